#pragma once

#include "util/error.h"

#include <QLockFile>
#include <QObject>

#include <functional>
#include <memory>

namespace seqera {

// The per-profile lock every process of the user takes before it renews or replaces a
// session: the provider rotates refresh tokens and revokes the whole grant when an old one
// comes back, so two renewals at once must never happen. QLockFile notices a holder that died
// (its PID is gone) and takes the lock over.
class ProfileLock : public QObject
{
    Q_OBJECT
public:
    ProfileLock(const QString &path, QObject *parent = nullptr);
    ~ProfileLock() override;

    // How long to wait for the lock: a holder renews or signs in, which is one network
    // exchange (`networkTimeoutMs`) and a keyring write; 10 s covers a slow keyring.
    static int waitMs(int networkTimeoutMs) { return networkTimeoutMs + 10000; }

    // Polls without blocking the event loop; `done` runs once, with an error on timeout.
    void acquire(int timeoutMs, std::function<void(const Error &)> done);
    void release();
    bool isLocked() const { return m_lock && m_lock->isLocked(); }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace seqera

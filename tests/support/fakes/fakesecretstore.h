#pragma once

#include "storage/secretstore.h"

#include <QHash>

namespace testsupport {

// A secret store in memory whose failures a test chooses. Fake because a real keyring cannot
// be told "refuse the third write" or "hang now"; tst_keychain covers the real one. Like every
// SecretStore it answers after start() has returned (after `delayMs` of event loop).
class FakeSecretStore : public seqera::SecretStore
{
    Q_OBJECT
public:
    explicit FakeSecretStore(Kind kind = Kind::Keychain, QObject *parent = nullptr);

    Kind kind() const override { return m_kind; }
    QString location(const QString &profile) const override;
    seqera::SecretJob *read(const QString &profile) override;
    seqera::SecretJob *write(const QString &profile, const QByteArray &secret) override;
    seqera::SecretJob *remove(const QString &profile) override;

    // What the store holds.
    QHash<QString, QByteArray> secrets;

    // Behaviour.
    int delayMs = 0;
    int writesBeforeFailing = -1; // -1: writes never fail; n: the (n+1)th write and later fail
    bool failReads = false;
    bool hang = false; // jobs never finish (a keyring waiting for a password)
    // A locked Secret Service reads as "not found" (libsecret).
    bool readsAsNotFound = false;

    // What was asked of it.
    int reads = 0;
    int writes = 0;
    int removes = 0;

    seqera::Error failure() const;

private:
    Kind m_kind;
};

// Starts `job` and waits for its `finished` (QSignalSpy), then `settleMs` more for a second
// one. `early` records a (wrong) answer from inside start(); `count` how often `finished` came;
// `elapsedMs` the time from start() to the first.
struct JobResult
{
    bool finished = false;
    bool early = false;
    int count = 0;
    qint64 elapsedMs = -1;
    seqera::Error error;
    std::optional<QByteArray> secret;
};
JobResult runJob(seqera::SecretJob *job, int timeoutMs = 10000, int settleMs = 0);

} // namespace testsupport

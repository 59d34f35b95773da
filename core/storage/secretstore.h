#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace seqera {

// One read, write or removal of a profile's secret, in QtKeychain's shape: the store makes
// the job, the caller connects `finished` and calls start(). `finished` is emitted exactly
// once and never before start() has returned (even a file store answers from the event
// loop), so a QSignalSpy made after start() sees it, and no caller depends on whether the
// answer came at once or later. The job deletes itself after `finished` unless
// setAutoDelete(false).
class SecretJob : public QObject
{
    Q_OBJECT
public:
    // Probe: write, read back and delete a throw-away entry (KeychainSecretStore::probe).
    enum class Operation { Read, Write, Remove, Probe };

    Operation operation() const { return m_operation; }
    QString profile() const { return m_profile; }

    void start();
    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // After `finished`:
    Error error() const { return m_error; }
    // Read: the secret, or nullopt when there is none (not an error).
    std::optional<QByteArray> secret() const { return m_result; }

Q_SIGNALS:
    void finished(seqera::SecretJob *job);

protected:
    SecretJob(Operation operation, QString profile, QByteArray input, QObject *parent);
    // Runs from the event loop after start(); must end with finish(), now or later.
    virtual void run() = 0;
    void finish(const Error &error, std::optional<QByteArray> secret = std::nullopt);
    // Write: what to store.
    QByteArray input() const { return m_input; }

private:
    Operation m_operation;
    QString m_profile;
    QByteArray m_input;
    Error m_error;
    std::optional<QByteArray> m_result;
    bool m_autoDelete = true;
    bool m_started = false;
    bool m_finished = false;
};

// Connects `done` (called with the job) to the job's `finished` in `context`, then starts it.
template <typename Done> void startJob(SecretJob *job, QObject *context, Done done)
{
    QObject::connect(job, &SecretJob::finished, context, std::move(done));
    job->start();
}

// Where a profile's secret (its TokenSet) lives: the system keyring or the 0600 file. The
// store makes jobs; see SecretJob.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Keychain, File };

    using QObject::QObject;

    virtual Kind kind() const = 0;
    // "the system keyring (Secret Service)" or the file's path: for `seqera status`.
    virtual QString location(const QString &profile) const = 0;

    // Unstarted jobs, children of the store.
    virtual SecretJob *read(const QString &profile) = 0;
    virtual SecretJob *write(const QString &profile, const QByteArray &secret) = 0;
    virtual SecretJob *remove(const QString &profile) = 0;

    static QString kindName(Kind kind)
    {
        return kind == Kind::Keychain ? QStringLiteral("keychain") : QStringLiteral("file");
    }
};

} // namespace seqera

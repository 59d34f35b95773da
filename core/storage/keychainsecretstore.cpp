#include "keychainsecretstore.h"

#include "os/keyringlock.h"

#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace seqera {

namespace {
Error keychainErrorMessage(QKeychain::Job *job, int timeoutMs);

// A QtKeychain job on the entry of `profile` (service "seqera-cli", account "session/<profile>").
template <typename Job> Job *entryJob(const QString &profile)
{
    auto *job = new Job(KeychainSecretStore::service());
    job->setKey(KeychainSecretStore::account(profile));
    return job;
}

// Runs `job` with a deadline; `finish` gets the job (or nullptr on timeout) exactly once.
// QtKeychain cannot take a request back: a keyring that answers after the deadline still
// carries it out. `late` (if given) then gets the job, in `lateContext`.
void runWithDeadline(QKeychain::Job *job, int timeoutMs, QObject *context,
    std::function<void(QKeychain::Job *)> finish, QObject *lateContext = nullptr,
    std::function<void(QKeychain::Job *)> late = {})
{
    auto done = std::make_shared<bool>(false);
    if (late && lateContext) {
        QObject::connect(
            job, &QKeychain::Job::finished, lateContext, [done, late](QKeychain::Job *j) {
                // Connected before the handler below: an answer in time finds `done` unset.
                if (*done)
                    late(j);
            });
    }
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    // Precise: the error says the keyring "did not answer within N ms", and a coarse timer
    // may fire 5% early (CI once measured 949 ms of a 1000 ms deadline).
    timer->setTimerType(Qt::PreciseTimer);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [done, timer, finish](QKeychain::Job *j) {
            if (*done)
                return;
            *done = true;
            timer->deleteLater();
            finish(j);
        });
    QObject::connect(timer, &QTimer::timeout, context, [done, timer, finish] {
        if (*done)
            return;
        *done = true;
        timer->deleteLater();
        finish(nullptr);
    });
    timer->start(timeoutMs);
    job->setAutoDelete(true);
    job->start();
}

// libsecret reports a locked collection as empty and a removal from it as done: see
// os/keyringlock.h.
using LockState = os::KeyringLock;

Error lockedError()
{
    return { Error::Code::KeychainUnavailable,
        QCoreApplication::translate("seqera::KeychainSecretStore",
            "The system keyring is locked. Unlock it (for example by logging in to the desktop "
            "session, or with your keyring manager) and try again. Nothing was changed.") };
}

Error keychainError(QKeychain::Job *job, int timeoutMs)
{
    Error e = keychainErrorMessage(job, timeoutMs);
    e.detail = job
        ? job->errorString()
        : QCoreApplication::translate("seqera::KeychainSecretStore", "no answer within %1 ms")
              .arg(timeoutMs);
    return e;
}

Error keychainErrorMessage(QKeychain::Job *job, int timeoutMs)
{
    if (!job) {
        return { Error::Code::KeychainUnavailable,
            QCoreApplication::translate("seqera::KeychainSecretStore",
                "The system keyring did not answer within %1 ms. It may be locked or "
                "waiting for a password: unlock it and try again.")
                .arg(timeoutMs) };
    }
    return { Error::Code::KeychainUnavailable,
        QCoreApplication::translate("seqera::KeychainSecretStore",
            "The system keyring refused the request: %1. Unlock it "
            "and try again. Nothing was changed.")
            .arg(job->errorString()) };
}
// One QtKeychain job (or, for a probe, three in a row) behind a SecretJob.
class KeychainJob : public SecretJob
{
public:
    KeychainJob(Operation operation, const QString &profile, const QByteArray &input,
        KeychainSecretStore *store)
        : SecretJob(operation, profile, input, store)
        , m_timeoutMs(store->timeoutMs())
    { }

protected:
    void run() override
    {
        switch (operation()) {
        case Operation::Read:
            readEntry(profile(),
                [this](const std::optional<QByteArray> &data, const Error &e) { finish(e, data); });
            return;
        case Operation::Write:
            writeEntry(profile(), input(), [this](const Error &e) { finish(e); });
            return;
        case Operation::Remove:
            removeEntry(profile(), [this](const Error &e) { finish(e); });
            return;
        case Operation::Probe:
            runProbe();
            return;
        }
    }

private:
    void readEntry(const QString &profile,
        std::function<void(const std::optional<QByteArray> &, const Error &)> done)
    {
        auto *job = entryJob<QKeychain::ReadPasswordJob>(profile);
        const int timeout = m_timeoutMs;
        runWithDeadline(job, timeout, this, [this, done, timeout](QKeychain::Job *j) {
            if (j && j->error() == QKeychain::EntryNotFound)
                os::askKeyringLock(this, timeout, [done](LockState state) {
                    done(std::nullopt, state == LockState::Locked ? lockedError() : Error());
                });
            else if (!j || j->error() != QKeychain::NoError)
                done(std::nullopt, keychainError(j, timeout));
            else
                done(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData(), {});
        });
    }

    // `lateWrite`: the write was carried out after its deadline.
    void writeEntry(const QString &profile, const QByteArray &secret,
        std::function<void(const Error &)> done, std::function<void()> lateWrite = {})
    {
        auto *job = entryJob<QKeychain::WritePasswordJob>(profile);
        job->setBinaryData(secret);
        const int timeout = m_timeoutMs;
        runWithDeadline(
            job, timeout, this,
            [done, timeout](QKeychain::Job *j) {
                done(j && j->error() == QKeychain::NoError ? Error() : keychainError(j, timeout));
            },
            lateWrite ? parent() : nullptr,
            [lateWrite](QKeychain::Job *j) {
                if (j->error() == QKeychain::NoError)
                    lateWrite();
            });
    }

    // A locked collection would report the removal as done and keep the entry: ask first.
    void removeEntry(const QString &profile, std::function<void(const Error &)> done)
    {
        const int timeout = m_timeoutMs;
        os::askKeyringLock(this, timeout, [this, profile, done, timeout](LockState state) {
            if (state == LockState::Locked)
                done(lockedError());
            else if (state == LockState::NoAnswer)
                done(keychainError(nullptr, timeout));
            else
                removeUnlocked(profile, done);
        });
    }

    void removeUnlocked(const QString &profile, std::function<void(const Error &)> done)
    {
        auto *job = entryJob<QKeychain::DeletePasswordJob>(profile);
        const int timeout = m_timeoutMs;
        runWithDeadline(job, timeout, this, [done, timeout](QKeychain::Job *j) {
            if (j && (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound))
                done({});
            else
                done(keychainError(j, timeout));
        });
    }

    void runProbe()
    {
        const QString entry
            = QStringLiteral("probe-%1")
                  .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
        const QByteArray payload = QByteArrayLiteral("probe");
        // The probe entry must not outlive the probe, even when a step fails or the keyring
        // carries out the write after its deadline: then it is removed without waiting.
        const auto leaveNothing = [entry] {
            auto *job = entryJob<QKeychain::DeletePasswordJob>(entry);
            job->setAutoDelete(true);
            job->start();
        };
        writeEntry(
            entry, payload,
            [this, entry, payload, leaveNothing](const Error &e) {
                if (e) {
                    finish(e);
                    return;
                }
                readEntry(
                    entry, [this, entry, payload, leaveNothing](const auto &data, const Error &e2) {
                        if (e2 || !data || *data != payload) {
                            leaveNothing();
                            finish(e2
                                    ? e2
                                    : Error(Error::Code::KeychainUnavailable,
                                        KeychainSecretStore::tr("The system keyring did not "
                                                                "return what was stored in it.")));
                            return;
                        }
                        removeEntry(entry, [this](const Error &e3) { finish(e3); });
                    });
            },
            leaveNothing);
    }

    int m_timeoutMs;
};
} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs, QObject *parent)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{ }

QString KeychainSecretStore::location(const QString &) const
{
    return tr("system keyring (Secret Service)");
}

SecretJob *KeychainSecretStore::read(const QString &profile)
{
    return new KeychainJob(SecretJob::Operation::Read, profile, {}, this);
}

SecretJob *KeychainSecretStore::write(const QString &profile, const QByteArray &secret)
{
    return new KeychainJob(SecretJob::Operation::Write, profile, secret, this);
}

SecretJob *KeychainSecretStore::remove(const QString &profile)
{
    return new KeychainJob(SecretJob::Operation::Remove, profile, {}, this);
}

SecretJob *KeychainSecretStore::probe()
{
    return new KeychainJob(SecretJob::Operation::Probe, QString(), {}, this);
}

} // namespace seqera

#include "keychainsecretstore.h"

#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace seqera {

namespace {
Error keychainErrorMessage(QKeychain::Job *job, int timeoutMs);

// Runs `job` with a deadline; `finish` gets the job (or nullptr on timeout) exactly once.
void runWithDeadline(QKeychain::Job *job, int timeoutMs, QObject *context,
    std::function<void(QKeychain::Job *)> finish)
{
    auto done = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
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
                "waiting for a password: unlock it and try again. Nothing was changed.")
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
        auto *job = new QKeychain::ReadPasswordJob(KeychainSecretStore::service());
        job->setKey(KeychainSecretStore::account(profile));
        const int timeout = m_timeoutMs;
        runWithDeadline(job, timeout, this, [done, timeout](QKeychain::Job *j) {
            if (j && j->error() == QKeychain::EntryNotFound)
                done(std::nullopt, {});
            else if (!j || j->error() != QKeychain::NoError)
                done(std::nullopt, keychainError(j, timeout));
            else
                done(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData(), {});
        });
    }

    void writeEntry(
        const QString &profile, const QByteArray &secret, std::function<void(const Error &)> done)
    {
        auto *job = new QKeychain::WritePasswordJob(KeychainSecretStore::service());
        job->setKey(KeychainSecretStore::account(profile));
        job->setBinaryData(secret);
        const int timeout = m_timeoutMs;
        runWithDeadline(job, timeout, this, [done, timeout](QKeychain::Job *j) {
            done(j && j->error() == QKeychain::NoError ? Error() : keychainError(j, timeout));
        });
    }

    void removeEntry(const QString &profile, std::function<void(const Error &)> done)
    {
        auto *job = new QKeychain::DeletePasswordJob(KeychainSecretStore::service());
        job->setKey(KeychainSecretStore::account(profile));
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
        writeEntry(entry, payload, [this, entry, payload](const Error &e) {
            if (e) {
                finish(e);
                return;
            }
            readEntry(entry, [this, entry, payload](const auto &data, const Error &e2) {
                if (e2) {
                    finish(e2);
                    return;
                }
                if (!data || *data != payload) {
                    finish({ Error::Code::KeychainUnavailable,
                        KeychainSecretStore::tr(
                            "The system keyring did not return what was stored in it.") });
                    return;
                }
                removeEntry(entry, [this](const Error &e3) { finish(e3); });
            });
        });
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

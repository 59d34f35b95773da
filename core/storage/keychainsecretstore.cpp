#include "keychainsecretstore.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "seqera.storage", QtWarningMsg)

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
} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs, QObject *parent)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{ }

QString KeychainSecretStore::location(const QString &) const
{
    return tr("system keyring (Secret Service)");
}

void KeychainSecretStore::read(const QString &profile, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setKey(account(profile));
    const int timeout = m_timeoutMs;
    runWithDeadline(job, timeout, this, [done, timeout](QKeychain::Job *j) {
        if (j && j->error() == QKeychain::EntryNotFound) {
            done(std::nullopt, {});
        } else if (!j || j->error() != QKeychain::NoError) {
            done(std::nullopt, keychainError(j, timeout));
        } else {
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData(), {});
        }
    });
}

void KeychainSecretStore::write(const QString &profile, const QByteArray &secret, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setKey(account(profile));
    job->setBinaryData(secret);
    const int timeout = m_timeoutMs;
    runWithDeadline(job, timeout, this, [done, timeout](QKeychain::Job *j) {
        done(j && j->error() == QKeychain::NoError ? Error() : keychainError(j, timeout));
    });
}

void KeychainSecretStore::remove(const QString &profile, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(service());
    job->setKey(account(profile));
    const int timeout = m_timeoutMs;
    runWithDeadline(job, timeout, this, [done, timeout](QKeychain::Job *j) {
        if (j && (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound))
            done({});
        else
            done(keychainError(j, timeout));
    });
}

void KeychainSecretStore::probe(DoneCallback done)
{
    const QString probeProfile
        = QStringLiteral("probe-%1")
              .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const QByteArray payload = QByteArrayLiteral("probe");
    QPointer<KeychainSecretStore> self(this);
    write(probeProfile, payload, [self, probeProfile, payload, done](const Error &e) {
        if (e || !self) {
            done(e);
            return;
        }
        self->read(
            probeProfile, [self, probeProfile, payload, done](const auto &data, const Error &e2) {
                if (e2 || !self) {
                    done(e2);
                    return;
                }
                if (!data || *data != payload) {
                    done({ Error::Code::KeychainUnavailable,
                        tr("The system keyring did not return what was stored in it.") });
                    return;
                }
                self->remove(probeProfile, done);
            });
    });
}

} // namespace seqera

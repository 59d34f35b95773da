#include "renewal.h"

#include "auth/tokenclient.h"
#include "session/profilelock.h"
#include "storage/sessionstore.h"
#include "util/clock.h"
#include "util/http.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRenewal, "seqera.session", QtWarningMsg)

namespace seqera {

namespace {
constexpr qint64 kMarginSecs = 5 * 60;
constexpr qint64 kShortLifetimeSecs = 25 * 60;
constexpr qint64 kUnknownLifetimeSecs = 60 * 60;
} // namespace

qint64 RenewalPolicy::marginSecs(const QDateTime &obtainedAt, const QDateTime &expiresAt)
{
    qint64 lifetime = obtainedAt.isValid() ? obtainedAt.secsTo(expiresAt) : kUnknownLifetimeSecs;
    if (lifetime <= 0)
        lifetime = kUnknownLifetimeSecs;
    return lifetime >= kShortLifetimeSecs ? kMarginSecs : lifetime / 5;
}

QDateTime RenewalPolicy::renewAt(const QDateTime &obtainedAt, const QDateTime &expiresAt)
{
    if (!expiresAt.isValid())
        return {};
    return expiresAt.addSecs(-marginSecs(obtainedAt, expiresAt));
}

bool RenewalPolicy::needsRenewal(
    const QDateTime &obtainedAt, const QDateTime &expiresAt, const QDateTime &now)
{
    return expiresAt.isValid() && now >= renewAt(obtainedAt, expiresAt);
}

Renewal::Renewal(SessionStore *store, QNetworkAccessManager *nam, const Clock *clock,
    int networkTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam)
    , m_clock(clock)
    , m_networkTimeoutMs(networkTimeoutMs)
{ }

void Renewal::run(const QString &profile, bool force, AccessTokenCallback done)
{
    m_profile = profile;
    m_force = force;
    m_done = std::move(done);

    Error error;
    const auto metadata = m_store->loadMetadata(profile, &error);
    if (error) {
        finish(error);
        return;
    }
    if (!metadata) {
        finish(notLoggedIn(profile));
        return;
    }
    m_metadata = *metadata;

    readSecret([this](const TokenSet &tokens) {
        m_seen = tokens;
        const QDateTime now = m_clock->now();
        const bool due
            = m_force || RenewalPolicy::needsRenewal(tokens.obtainedAt, tokens.expiresAt, now);
        if (!due) {
            finish(tokens, false, {});
            return;
        }
        if (!tokens.canRenew() || !m_metadata.tokenEndpoint.isValid()) {
            if (m_force) {
                finish({ Error::Code::SessionEnded,
                    tr("The server refused the stored access token of profile \"%1\", "
                       "and it cannot be renewed. Please run: seqera login")
                        .arg(m_profile) });
            } else if (RenewalPolicy::isExpired(tokens.expiresAt, now)) {
                finish({ Error::Code::SessionEnded,
                    tr("The session of profile \"%1\" has expired and cannot be renewed. "
                       "Please run: seqera login")
                        .arg(m_profile) });
            } else {
                finish(tokens, false, {});
            }
            return;
        }
        m_lock = new ProfileLock(m_store->lockPath(m_profile), this);
        m_lock->acquire(ProfileLock::waitMs(m_networkTimeoutMs), [this](const Error &e) {
            if (e)
                finish(e);
            else
                onLocked();
        });
    });
}

void Renewal::readSecret(std::function<void(const TokenSet &)> next)
{
    SecretStore *secrets = m_store->secretStore(m_metadata.storage);
    startJob(secrets->read(m_profile), this, [this, secrets, next](SecretJob *job) {
        if (const Error e = job->error()) {
            finish(e);
            return;
        }
        const std::optional<QByteArray> data = job->secret();
        if (!data) {
            // A locked keyring whose unlock prompt cannot be shown answers "not found" too
            // (libsecret): never treat that as the end of the session.
            if (secrets->kind() == SecretStore::Kind::Keychain) {
                finish({ Error::Code::KeychainUnavailable,
                    tr("The credentials of profile \"%1\" could not be read from the "
                       "system keyring. If it is locked, unlock it and try again; if "
                       "they were deleted, run \"seqera login\".")
                        .arg(m_profile) });
            } else {
                finish({ Error::Code::NotLoggedIn,
                    tr("The credentials of profile \"%1\" are missing from %2. Run "
                       "\"seqera login\" to sign in again.")
                        .arg(m_profile, secrets->location(m_profile)) });
            }
            return;
        }
        const auto tokens = TokenSet::fromSecret(*data);
        if (!tokens) {
            finish({ Error::Code::Corrupt,
                tr("The stored credentials of profile \"%1\" (%2) are damaged. Run "
                   "\"seqera logout\" to clean up, then \"seqera login\".")
                    .arg(m_profile, secrets->location(m_profile)) });
            return;
        }
        next(*tokens);
    });
}

void Renewal::onLocked()
{
    // Another process may have renewed while we waited for the lock: the metadata can have
    // moved too (e.g. to the file store), so read both again.
    Error error;
    const auto metadata = m_store->loadMetadata(m_profile, &error);
    if (error || !metadata) {
        finish(error ? error
                     : Error { Error::Code::NotLoggedIn,
                         tr("The session of profile \"%1\" was removed meanwhile. Run "
                            "\"seqera login\" to sign in.")
                             .arg(m_profile) });
        return;
    }
    m_metadata = *metadata;
    readSecret([this](const TokenSet &current) {
        const bool someoneElseRenewed = current.refreshToken != m_seen.refreshToken
            || current.accessToken != m_seen.accessToken;
        if (someoneElseRenewed
            && (m_force
                || !RenewalPolicy::needsRenewal(
                    current.obtainedAt, current.expiresAt, m_clock->now()))) {
            qCInfo(lcRenewal) << "profile" << m_profile << "was renewed by another process";
            finish(current, true, {});
            return;
        }
        preflight(current);
    });
}

void Renewal::preflight(const TokenSet &current)
{
    // A renewal spends the current refresh token (the provider rotates it). Before asking
    // for a new one, make sure it can be stored: rewriting the current secret, unchanged,
    // is that check. A read-only folder, a full disk or a keyring that reads but does not
    // write then costs nothing: the session stays as it is.
    const SecretStore::Kind before = m_metadata.storage;
    storeSecret(current, [this, current, before](const Error &e) {
        if (e) {
            cannotStore(current, e.message);
            return;
        }
        if (m_metadata.storage != before) {
            if (Error me = m_store->saveMetadata(m_metadata)) {
                cannotStore(current, me.message);
                return;
            }
        }
        refresh(current);
    });
}

void Renewal::storeSecret(const TokenSet &tokens, std::function<void(const Error &)> done)
{
    SecretStore *secrets = m_store->secretStore(m_metadata.storage);
    startJob(
        secrets->write(m_profile, tokens.toSecret()), this, [this, tokens, done](SecretJob *job) {
            const Error e = job->error();
            if (!e || m_metadata.storage != SecretStore::Kind::Keychain) {
                done(e);
                return;
            }
            // The keyring refuses writes: the 0600 file keeps the session rather than lose it.
            SecretStore *file = m_store->secretStore(SecretStore::Kind::File);
            startJob(file->write(m_profile, tokens.toSecret()), this,
                [this, e, done](SecretJob *fileJob) {
                    if (const Error fileError = fileJob->error()) {
                        done({ fileError.code,
                            e.message + QStringLiteral("; ") + fileError.message });
                        return;
                    }
                    qCWarning(lcRenewal) << "the keyring refuses writes (" << e.message
                                         << "): the session of profile" << m_profile
                                         << "moved to the 0600 credentials file";
                    m_metadata.storage = SecretStore::Kind::File;
                    done({});
                });
        });
}

void Renewal::cannotStore(const TokenSet &current, const QString &reason)
{
    if (!RenewalPolicy::isExpired(current.expiresAt, m_clock->now())) {
        qCWarning(lcRenewal) << "not renewing profile" << m_profile
                             << "now: a renewed session could not be stored:" << reason;
        finish(current, false, {});
        return;
    }
    finish({ Error::Code::Storage,
        tr("The session of profile \"%1\" must be renewed, but the renewed credentials "
           "could not be stored (%2). Free some disk space or make the folder writable, "
           "then try again. Nothing was changed.")
            .arg(m_profile, reason) });
}

void Renewal::refresh(const TokenSet &current)
{
    qCInfo(lcRenewal) << "renewing profile" << m_profile << "refresh token"
                      << http::maskToken(current.refreshToken);
    m_client = new TokenClient(m_nam, m_metadata.clientId, m_clock, this);
    m_client->refresh(m_metadata.tokenEndpoint, current.refreshToken,
        [this](const TokenSet &fresh, const Error &e) {
            if (e.code == Error::Code::SessionEnded)
                endSession(e);
            else if (e.isTransient())
                finish({ e.code,
                    tr("Could not renew the session of profile "
                       "\"%1\": %2 The stored session was kept; "
                       "try again later.")
                        .arg(m_profile, e.message) });
            else if (e)
                finish(e);
            else
                saveRenewed(fresh);
        });
}

void Renewal::saveRenewed(const TokenSet &fresh)
{
    // The old refresh token is already spent: losing the new one loses the session.
    storeSecret(fresh, [this, fresh](const Error &e) {
        if (e) {
            finish({ Error::Code::Storage,
                tr("The renewed session could not be saved (%1). Run \"seqera login\" "
                   "again.")
                    .arg(e.message) });
            return;
        }
        recordRenewed(fresh);
    });
}

void Renewal::recordRenewed(const TokenSet &fresh)
{
    // The secret is stored: now the metadata, which status and the tray read.
    m_metadata.obtainedAt = fresh.obtainedAt;
    m_metadata.expiresAt = fresh.expiresAt;
    m_metadata.renewable = fresh.canRenew();
    if (Error me = m_store->saveMetadata(m_metadata))
        qCWarning(lcRenewal) << "renewed, but the session file was not updated:" << me.message;
    emit sessionChanged(m_profile);
    finish(fresh, true, {});
}

void Renewal::endSession(const Error &reason)
{
    // The provider said the grant is gone (invalid_grant): the stored session can never work
    // again. Remove it so every front end shows "signed out" rather than a zombie.
    SecretStore *secrets = m_store->secretStore(m_metadata.storage);
    startJob(secrets->remove(m_profile), this, [this, reason](SecretJob *) {
        m_store->removeMetadata(m_profile);
        emit sessionChanged(m_profile);
        finish(reason);
    });
}

void Renewal::finish(const TokenSet &tokens, bool renewed, const Error &error)
{
    if (m_lock)
        m_lock->release();
    if (m_done) {
        AccessToken token;
        token.source = AccessToken::Source::Session;
        token.profile = m_profile;
        if (!error) {
            token.tokens = tokens;
            token.tokens.refreshToken.clear();
            token.tokens.idToken.clear();
            token.metadata = m_metadata;
            token.renewed = renewed;
        }
        auto done = std::move(m_done);
        m_done = nullptr;
        done(token, error);
    }
}

} // namespace seqera

#include "sessionmanager.h"

#include "auth/tokenclient.h"
#include "config/settings.h"
#include "session/profilelock.h"
#include "session/renewal.h"
#include "storage/keychainsecretstore.h"
#include "storage/sessionstore.h"
#include "util/clock.h"

#include <QFileInfo>
#include <QPointer>

#include <memory>

namespace seqera {

SessionManager::SessionManager(const Settings &settings, SessionStore *store,
    QNetworkAccessManager *nam, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(store)
    , m_nam(nam)
    , m_clock(clock)
{ }

void SessionManager::chooseStorage(
    const QString &profile, bool insecure, std::function<void(const StorageChoice &)> done)
{
    if (insecure || m_settings.noKeychain) {
        done({ SecretStore::Kind::File, {} });
        return;
    }
    auto *keychain
        = qobject_cast<KeychainSecretStore *>(m_store->secretStore(SecretStore::Kind::Keychain));
    if (!keychain) { // a test's own store: trust it
        done({ SecretStore::Kind::Keychain, {} });
        return;
    }
    startJob(keychain->probe(), this, [this, profile, done](SecretJob *job) {
        const Error e = job->error();
        if (!e) {
            done({ SecretStore::Kind::Keychain, {} });
            return;
        }
        done({ SecretStore::Kind::File,
            tr("Warning: no usable system keyring (%1). Credentials will be stored in a file "
               "readable only by you: %2")
                .arg(e.detail.isEmpty() ? e.message : e.detail,
                    m_store->secretStore(SecretStore::Kind::File)->location(profile)) });
    });
}

void SessionManager::storeOrganization(const QString &profile,
    const std::optional<Organization> &organization, std::function<void(const Error &)> done,
    int lockTimeoutMs)
{
    auto *lock = new ProfileLock(m_store->lockPath(profile), this);
    lock->acquire(lockTimeoutMs < 0 ? ProfileLock::waitMs(m_settings.networkTimeoutMs) : lockTimeoutMs,
        [=](const Error &lockError) {
            auto finish = [=](const Error &e) {
                lock->deleteLater();
                if (!e)
                    emit sessionChanged(profile);
                done(e);
            };
            if (lockError)
                return finish(lockError);
            // Read again under the lock: a renewal may just have written new expiry data.
            Error error;
            auto metadata = m_store->loadMetadata(profile, &error);
            if (error)
                return finish(error);
            if (!metadata)
                return finish(notLoggedIn(profile));
            metadata->setOrganization(organization);
            finish(m_store->saveMetadata(*metadata));
        });
}

void SessionManager::saveLogin(const QString &profile, const LoginResult &login,
    SecretStore::Kind kind, std::function<void(const Error &)> done)
{
    auto *lock = new ProfileLock(m_store->lockPath(profile), this);
    lock->acquire(ProfileLock::waitMs(m_settings.networkTimeoutMs), [=](const Error &lockError) {
        if (lockError) {
            lock->deleteLater();
            done(lockError);
            return;
        }
        Error ignored;
        const auto previous = m_store->loadMetadata(profile, &ignored);
        if (!previous) {
            writeLogin(profile, login, kind, std::nullopt, std::nullopt, lock, done);
            return;
        }
        // The session being replaced is revoked once the new one is stored, so that a
        // second login does not leave a live grant behind.
        startJob(m_store->secretStore(previous->storage)->read(profile), this, [=](SecretJob *job) {
            const auto data = job->secret();
            writeLogin(profile, login, kind, previous,
                data ? TokenSet::fromSecret(*data) : std::nullopt, lock, done);
        });
    });
}

void SessionManager::writeLogin(const QString &profile, const LoginResult &login,
    SecretStore::Kind kind, const std::optional<SessionMetadata> &previous,
    const std::optional<TokenSet> &previousTokens, ProfileLock *lock,
    std::function<void(const Error &)> done)
{
    startJob(m_store->secretStore(kind)->write(profile, login.tokens.toSecret()), this,
        [=](SecretJob *job) {
            if (const Error e = job->error()) {
                lock->deleteLater();
                done(e);
                return;
            }
            SessionMetadata m;
            m.profile = profile;
            m.email = login.email;
            m.authDomain = m_settings.authDomain;
            m.apiUrl = m_settings.platformApiUrl;
            m.clientId = m_settings.clientId;
            m.issuer = login.provider.issuer;
            m.tokenEndpoint = login.provider.tokenEndpoint;
            m.revocationEndpoint = login.provider.revocationEndpoint;
            m.loginAt = login.tokens.obtainedAt;
            m.obtainedAt = login.tokens.obtainedAt;
            m.expiresAt = login.tokens.expiresAt;
            m.renewable = login.tokens.canRenew();
            m.storage = kind;
            // Logging in again as the same account on the same Platform keeps the
            // organization chosen with `seqera org switch`; another account may not belong
            // to it, so its choice starts empty.
            if (previous && !previous->email.isEmpty()
                && previous->email.compare(m.email, Qt::CaseInsensitive) == 0
                && previous->authDomain == m.authDomain && previous->apiUrl == m.apiUrl) {
                m.organizationId = previous->organizationId;
                m.organizationName = previous->organizationName;
                m.organizationType = previous->organizationType;
            }
            const Error metaError = m_store->saveMetadata(m);
            auto finish = [=] {
                lock->deleteLater();
                emit sessionChanged(profile);
                done(metaError);
            };
            auto revokePrevious = [=] {
                if (metaError || !previous || !previousTokens || !previousTokens->canRenew()
                    || previous->revocationEndpoint.isEmpty()
                    || previousTokens->refreshToken == login.tokens.refreshToken) {
                    finish();
                    return;
                }
                auto *client = new TokenClient(m_nam, previous->clientId, m_clock, this);
                client->revoke(previous->revocationEndpoint, previousTokens->refreshToken,
                    QStringLiteral("refresh_token"), [client, finish](const Error &) {
                        client->deleteLater();
                        finish();
                    });
            };
            // A session that moved between stores must not leave its old secret behind.
            if (!metaError && previous && previous->storage != kind)
                startJob(m_store->secretStore(previous->storage)->remove(profile), this,
                    [revokePrevious](SecretJob *) { revokePrevious(); });
            else
                revokePrevious();
        });
}

void SessionManager::validToken(const QString &profile, bool forceRenew, AccessTokenCallback done)
{
    auto *renewal = new Renewal(m_store, m_nam, m_clock, m_settings.networkTimeoutMs, this);
    connect(renewal, &Renewal::sessionChanged, this, &SessionManager::sessionChanged);
    renewal->run(profile, forceRenew, [renewal, done](const AccessToken &token, const Error &e) {
        renewal->deleteLater();
        done(token, e);
    });
}

void SessionManager::completeLogin(LoginFlow *flow, const QString &profile, SecretStore::Kind kind,
    std::function<void(const LoginResult &, const Error &)> done, ConfirmLogin confirm)
{
    connect(flow, &LoginFlow::tokensReady, this,
        [this, flow = QPointer<LoginFlow>(flow), profile, kind, done, confirm](
            const LoginResult &result) {
            if (confirm) {
                if (const Error refused = confirm(result)) {
                    if (flow)
                        flow->complete(refused);
                    done(result, refused);
                    return;
                }
            }
            saveLogin(profile, result, kind, [flow, result, done](const Error &e) {
                // The browser's page tells the truth: success only once the session is stored.
                if (flow)
                    flow->complete(e);
                done(result, e);
            });
        });
}

void SessionManager::logout(const QString &profile, std::function<void(const LogoutReport &)> done)
{
    auto report = std::make_shared<LogoutReport>();
    Error metaError;
    const auto metadata = m_store->loadMetadata(profile, &metaError);
    const bool kindKnown = metadata.has_value();
    const SecretStore::Kind kind = metadata ? metadata->storage : SecretStore::Kind::Keychain;
    report->hadSession = metadata.has_value() || metaError;
    if (metaError)
        report->warnings << metaError.message;
    if (metadata)
        report->email = metadata->email;

    auto cleanUp = [=] {
        removeLocal(profile, kind, kindKnown, [=](const Error &e) {
            report->error = e;
            emit sessionChanged(profile);
            done(*report);
        });
    };
    if (!metadata) {
        // Damaged or missing metadata: nothing to revoke with, but clean up all that is there.
        if (QFileInfo(m_store->secretStore(SecretStore::Kind::File)->location(profile)).exists())
            report->hadSession = true;
        cleanUp();
        return;
    }

    SecretStore *secrets = m_store->secretStore(kind);
    startJob(secrets->read(profile), this, [=](SecretJob *job) {
        const std::optional<QByteArray> data = job->secret();
        if (const Error e = job->error()) {
            report->error = e; // keyring locked: keep everything so the user can retry
            done(*report);
            return;
        }
        const auto tokens = data ? TokenSet::fromSecret(*data) : std::nullopt;
        if (!data && kind == SecretStore::Kind::Keychain)
            report->warnings << tr("The credentials were not found in the system keyring (it may "
                                   "be locked), so the session could not be revoked on the "
                                   "server. It stays valid there until it expires.");
        if (!tokens || !metadata->revocationEndpoint.isValid()
            || metadata->revocationEndpoint.isEmpty()) {
            if (tokens)
                report->warnings << tr("The sign-in server offers no revocation; the server-side "
                                       "session stays valid until it expires.");
            cleanUp();
            return;
        }
        auto *client = new TokenClient(m_nam, metadata->clientId, m_clock, this);
        const QUrl endpoint = metadata->revocationEndpoint;
        // Revoking the refresh token ends the grant; the access token is revoked too so that
        // it stops working at once rather than at its expiry.
        auto revokeAccess = [=](const Error &refreshError) {
            client->revoke(endpoint, tokens->accessToken, QStringLiteral("access_token"),
                [=](const Error &accessError) {
                    client->deleteLater();
                    const Error &first = refreshError ? refreshError : accessError;
                    if (first) {
                        report->warnings << tr("Could not revoke the session on the "
                                               "server (%1). It may remain valid "
                                               "there until it expires.")
                                                .arg(first.message);
                    } else {
                        report->revoked = true;
                    }
                    cleanUp();
                });
        };
        if (tokens->canRenew())
            client->revoke(
                endpoint, tokens->refreshToken, QStringLiteral("refresh_token"), revokeAccess);
        else
            revokeAccess({});
    });
}

void SessionManager::removeLocal(const QString &profile, SecretStore::Kind kind, bool kindKnown,
    std::function<void(const Error &)> done)
{
    // The file secret always goes (cheap); the keyring entry when the session used it or
    // the metadata could not tell which store it used. The metadata goes last, and only when
    // no secret is left behind, so that a failed logout can be retried.
    const bool tryKeychain
        = !(kindKnown && kind == SecretStore::Kind::File) && !m_settings.noKeychain;
    auto removeMetadata = [=](const Error &secretError) {
        if (secretError) {
            done(secretError);
            return;
        }
        done(m_store->removeMetadata(profile));
    };
    auto removeKeychain = [=](const Error &fileError) {
        if (fileError || !tryKeychain) {
            removeMetadata(fileError);
            return;
        }
        startJob(m_store->secretStore(SecretStore::Kind::Keychain)->remove(profile), this,
            [=](SecretJob *job) {
                // With an unknown store and no keyring at all, nothing can be in the keyring.
                removeMetadata(kindKnown ? job->error() : Error());
            });
    };
    startJob(m_store->secretStore(SecretStore::Kind::File)->remove(profile), this,
        [removeKeychain](SecretJob *job) { removeKeychain(job->error()); });
}

} // namespace seqera

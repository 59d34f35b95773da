#pragma once

#include "session/accesstoken.h"
#include "util/error.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace seqera {

class Clock;
class ProfileLock;
class SessionStore;
class TokenClient;

// When to renew: with less than 5 minutes left, or for tokens that live under 25 minutes,
// with less than a fifth of their lifetime left — so a token just renewed is never renewed
// again. A token without a known expiry is not renewed ahead of time.
struct RenewalPolicy
{
    static qint64 marginSecs(const QDateTime &obtainedAt, const QDateTime &expiresAt);
    static QDateTime renewAt(const QDateTime &obtainedAt, const QDateTime &expiresAt);
    static bool needsRenewal(
        const QDateTime &obtainedAt, const QDateTime &expiresAt, const QDateTime &now);
    static bool isExpired(const QDateTime &expiresAt, const QDateTime &now)
    {
        return expiresAt.isValid() && now >= expiresAt;
    }
};

// Hands out a usable access token for one profile, renewing it if needed. The whole
// renewal procedure lives here:
//  1. read metadata and secret; a fresh token is returned at once;
//  2. take the profile's cross-process lock, then read the secret again: another process
//     may have renewed meanwhile;
//  3. check that a renewed secret can be stored (rewrite the current one), else stop
//     while the session is still intact;
//  4. refresh; save the new secret (rotated refresh token and access token in one write)
//     before anything uses the new token; if the keyring fails, save it to the 0600 file
//     rather than lose it; then update the metadata;
//  5. invalid_grant ends the session (removed, "seqera login" needed); network trouble,
//     timeouts and 5xx keep everything and report a transient error.
class Renewal : public QObject
{
    Q_OBJECT
public:
    Renewal(SessionStore *store, QNetworkAccessManager *nam, const Clock *clock,
        int networkTimeoutMs, QObject *parent = nullptr);

    // force: renew even if the token looks fresh (after the server refused it with 401).
    void run(const QString &profile, bool force, AccessTokenCallback done);

Q_SIGNALS:
    // The stored session changed (renewed or ended).
    void sessionChanged(const QString &profile);

private:
    void readSecret(std::function<void(const TokenSet &)> next);
    void onLocked();
    void preflight(const TokenSet &current);
    // Stores the secret in the session's store; when the keyring refuses, in the 0600 file
    // instead (m_metadata.storage then says File). The one keyring-to-file fallback.
    void storeSecret(const TokenSet &tokens, std::function<void(const Error &)> done);
    void cannotStore(const TokenSet &current, const QString &reason);
    void refresh(const TokenSet &current);
    void saveRenewed(const TokenSet &fresh);
    void recordRenewed(const TokenSet &fresh);
    void endSession(const Error &reason);
    // The one exit: releases the lock, names the session as the token's source.
    void finish(const TokenSet &tokens, bool renewed, const Error &error);
    void finish(const Error &error) { finish(TokenSet(), false, error); }

    SessionStore *m_store;
    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
    int m_networkTimeoutMs;
    QString m_profile;
    bool m_force = false;
    AccessTokenCallback m_done;
    SessionMetadata m_metadata;
    TokenSet m_seen; // what we read before taking the lock
    ProfileLock *m_lock = nullptr;
    TokenClient *m_client = nullptr;
};

} // namespace seqera

#pragma once

#include "auth/loginflow.h"
#include "session/accesstoken.h"
#include "storage/secretstore.h"
#include "storage/sessionmetadata.h"
#include "util/error.h"

#include <QObject>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace seqera {

class Clock;
class ProfileLock;
class SessionStore;
struct Settings;

struct StorageChoice
{
    SecretStore::Kind kind = SecretStore::Kind::Keychain;
    QString warning; // set when the file store was chosen because the keyring failed
};

struct LogoutReport
{
    bool hadSession = false;
    QString email;
    bool revoked = false;
    QStringList warnings;
    Error error; // local clean-up failed: something is still stored
};

// The front ends' one entry point to sessions: choose where to keep one, save a login,
// hand out valid tokens (renewing through Renewal), log out.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    SessionManager(const Settings &settings, SessionStore *store, QNetworkAccessManager *nam,
        const Clock *clock, QObject *parent = nullptr);

    // The keyring when a write probe succeeds in time, else the 0600 file with a warning.
    // `insecure` (--insecure-storage or SEQERA_NO_KEYCHAIN) picks the file on purpose.
    void chooseStorage(
        const QString &profile, bool insecure, std::function<void(const StorageChoice &)> done);

    // Stores a login under the profile lock: secret first, then metadata.
    void saveLogin(const QString &profile, const LoginResult &login, SecretStore::Kind kind,
        std::function<void(const Error &)> done);

    // The profile's session token, renewed through Renewal when due (or when `forceRenew`),
    // with the session's metadata. Renewals show up as sessionChanged.
    void validToken(const QString &profile, bool forceRenew, AccessTokenCallback done);

    // The end of a browser login, wired once for every front end: when `flow` has tokens,
    // ask `confirm` (if given; an error from it keeps the old session and becomes the
    // outcome), store the session (saveLogin), then let the flow answer the browser page with
    // the outcome, then call `done`.
    using ConfirmLogin = std::function<Error(const LoginResult &)>;
    void completeLogin(LoginFlow *flow, const QString &profile, SecretStore::Kind kind,
        std::function<void(const LoginResult &, const Error &)> done, ConfirmLogin confirm = {});

    void logout(const QString &profile, std::function<void(const LogoutReport &)> done);

    // Stores (or with nullopt clears) the profile's Seqera AI organization in its session
    // metadata, under the profile lock that renewals take, so that neither overwrites the
    // other's change; then sessionChanged. NotLoggedIn when the profile holds no session.
    // lockTimeoutMs < 0: the time a login waits for the lock.
    void storeOrganization(const QString &profile, const std::optional<Organization> &organization,
        std::function<void(const Error &)> done, int lockTimeoutMs = -1);

Q_SIGNALS:
    void sessionChanged(const QString &profile);

private:
    void writeLogin(const QString &profile, const LoginResult &login, SecretStore::Kind kind,
        const std::optional<SessionMetadata> &previous,
        const std::optional<TokenSet> &previousTokens, ProfileLock *lock,
        std::function<void(const Error &)> done);
    void removeLocal(const QString &profile, SecretStore::Kind kind, bool kindKnown,
        std::function<void(const Error &)> done);

    const Settings &m_settings;
    SessionStore *m_store;
    QNetworkAccessManager *m_nam;
    const Clock *m_clock;
};

} // namespace seqera

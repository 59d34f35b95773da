#pragma once

#include "session/accesstoken.h"
#include "util/error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace seqera {

class SessionManager;
struct Settings;

// Renews a refused token and hands back the new one (a session's forced renewal).
using TokenRenewer = std::function<void(std::function<void(const QString &, const Error &)>)>;
// A request made with a token; it reports its outcome through `reply`.
using TokenCall = std::function<void(const QString &token, std::function<void(const Error &)> reply)>;

// The one "call with a token, renew once after a 401" of every front end (the conversation's
// requests, `seqera org`, the organization step of `seqera login`). `call` runs with `token`;
// after an Unauthorized outcome it runs once more: with a renewer (a session token) after a
// forced renewal, without one (--token, a variable) as it is, since a proxy may refuse once.
// The second outcome, or a failed renewal, is final. `done` gets the token last used (the
// renewed one, for the caller to keep) and the outcome.
void callRenewingOnce(const QString &token, const TokenRenewer &renew, const TokenCall &call,
    std::function<void(const QString &token, const Error &)> done);

// Picks the access token a command uses, in the documented order (see AccessToken).
class TokenResolver : public QObject
{
    Q_OBJECT
public:
    // A session token comes from SessionManager::validToken (renewed when due): the one
    // place a Renewal runs for every front end, so that the tray, `status` and the commands
    // all see the same renewals (SessionManager::sessionChanged).
    TokenResolver(const Settings &settings, SessionManager *sessions, QObject *parent = nullptr);

    // explicitToken: the value of --token ("" when not given; "-" must already be read from stdin).
    void resolve(const QString &explicitToken, AccessTokenCallback done);

    // After a 401 with a session token: renew once (even if the token looks fresh) and hand
    // back the new one. For argument or environment tokens it fails with Unauthorized naming
    // the source, since there is nothing to renew.
    void renewAfterUnauthorized(const AccessToken &rejected, AccessTokenCallback done);
    // renewAfterUnauthorized for callRenewingOnce: empty for a token that cannot be renewed.
    TokenRenewer renewerFor(const AccessToken &token);

private:
    const Settings &m_settings;
    SessionManager *m_sessions;
};

} // namespace seqera

#pragma once

#include "session/accesstoken.h"
#include "util/error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace seqera {

class SessionManager;
struct Settings;

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

private:
    const Settings &m_settings;
    SessionManager *m_sessions;
};

} // namespace seqera

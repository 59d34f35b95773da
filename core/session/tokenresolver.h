#pragma once

#include "util/error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace seqera {

class SessionManager;
struct Settings;

// Where the access token a command uses came from, in the documented order:
// --token > SEQERA_ACCESS_TOKEN > SEQERA_TOKEN > TOWER_ACCESS_TOKEN > the profile's session.
struct ResolvedToken
{
    enum class Source { Argument, Environment, Session };
    QString token;
    Source source = Source::Session;
    QString variable; // the environment variable's name when source == Environment
    QString profile; // the profile when source == Session

    // "--token", "TOWER_ACCESS_TOKEN" or "profile 'default'": for error messages.
    QString describeSource() const;
};

class TokenResolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ResolvedToken &, const Error &)>;

    // A session token comes from SessionManager::validToken (renewed when due), the one
    // place a Renewal runs for the front ends.
    TokenResolver(const Settings &settings, SessionManager *sessions, QObject *parent = nullptr);

    // explicitToken: the value of --token ("" when not given; "-" must already be read from stdin).
    void resolve(const QString &explicitToken, Callback done);

    // After a 401 with a session token: renew once (even if the token looks fresh) and hand
    // back the new one. For argument or environment tokens it fails with Unauthorized naming
    // the source, since there is nothing to renew.
    void renewAfterUnauthorized(const ResolvedToken &rejected, Callback done);

private:
    void fromSession(const ResolvedToken &resolved, bool force, Callback done);

    const Settings &m_settings;
    SessionManager *m_sessions;
};

} // namespace seqera

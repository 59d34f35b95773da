#include "tokenresolver.h"

#include "config/settings.h"
#include "session/sessionmanager.h"

namespace seqera {

QString ResolvedToken::describeSource() const
{
    switch (source) {
    case Source::Argument:
        return QStringLiteral("--token");
    case Source::Environment:
        return variable;
    case Source::Session:
        break;
    }
    return TokenResolver::tr("profile \"%1\"").arg(profile);
}

TokenResolver::TokenResolver(const Settings &settings, SessionManager *sessions, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_sessions(sessions)
{ }

void TokenResolver::fromSession(const ResolvedToken &resolved, bool force, Callback done)
{
    m_sessions->validToken(
        resolved.profile, force, [resolved, done](const ValidToken &t, const Error &e) {
            ResolvedToken r = resolved;
            r.token = t.tokens.accessToken;
            done(r, e);
        });
}

void TokenResolver::resolve(const QString &explicitToken, Callback done)
{
    ResolvedToken resolved;
    if (!explicitToken.trimmed().isEmpty()) {
        resolved.token = explicitToken.trimmed();
        resolved.source = ResolvedToken::Source::Argument;
        done(resolved, {});
        return;
    }
    if (!m_settings.environmentToken.isEmpty()) {
        resolved.token = m_settings.environmentToken;
        resolved.source = ResolvedToken::Source::Environment;
        resolved.variable = m_settings.environmentTokenVariable;
        done(resolved, {});
        return;
    }
    resolved.source = ResolvedToken::Source::Session;
    resolved.profile = m_settings.profile;
    fromSession(resolved, false, done);
}

void TokenResolver::renewAfterUnauthorized(const ResolvedToken &rejected, Callback done)
{
    if (rejected.source != ResolvedToken::Source::Session) {
        done(rejected,
            { Error::Code::Unauthorized,
                tr("The access token from %1 was refused (HTTP 401). Check that it is a "
                   "valid, unexpired Seqera Platform access token.")
                    .arg(rejected.describeSource()) });
        return;
    }
    fromSession(rejected, true, done);
}

} // namespace seqera

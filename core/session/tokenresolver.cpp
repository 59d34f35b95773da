#include "tokenresolver.h"

#include "config/settings.h"
#include "session/sessionmanager.h"

namespace seqera {

TokenResolver::TokenResolver(const Settings &settings, SessionManager *sessions, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_sessions(sessions)
{ }

void TokenResolver::resolve(const QString &explicitToken, AccessTokenCallback done)
{
    AccessToken resolved;
    if (!explicitToken.trimmed().isEmpty()) {
        resolved.tokens.accessToken = explicitToken.trimmed();
        resolved.source = AccessToken::Source::Argument;
        done(resolved, {});
        return;
    }
    if (!m_settings.environmentToken.isEmpty()) {
        resolved.tokens.accessToken = m_settings.environmentToken;
        resolved.source = AccessToken::Source::Environment;
        resolved.variable = m_settings.environmentTokenVariable;
        done(resolved, {});
        return;
    }
    m_sessions->validToken(m_settings.profile, false, std::move(done));
}

void TokenResolver::renewAfterUnauthorized(const AccessToken &rejected, AccessTokenCallback done)
{
    if (rejected.source != AccessToken::Source::Session) {
        done(rejected,
            { Error::Code::Unauthorized,
                tr("The access token from %1 was refused (HTTP 401). Check that it is a "
                   "valid, unexpired Seqera Platform access token.")
                    .arg(rejected.describeSource()) });
        return;
    }
    m_sessions->validToken(rejected.profile, true, std::move(done));
}

} // namespace seqera

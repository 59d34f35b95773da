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

TokenRenewer TokenResolver::renewerFor(const AccessToken &token)
{
    if (token.source != AccessToken::Source::Session)
        return {};
    return [this, token](std::function<void(const QString &, const Error &)> done) {
        renewAfterUnauthorized(
            token, [done](const AccessToken &t, const Error &e) { done(t.value(), e); });
    };
}

void callRenewingOnce(const QString &token, const TokenRenewer &renew, const TokenCall &call,
    std::function<void(const QString &token, const Error &)> done)
{
    call(token, [=](const Error &error) {
        if (error.code != Error::Code::Unauthorized)
            return done(token, error);
        if (!renew)
            return call(token, [=](const Error &second) { done(token, second); });
        renew([=](const QString &renewed, const Error &renewError) {
            if (renewError)
                return done(token, renewError);
            call(renewed, [=](const Error &second) { done(renewed, second); });
        });
    });
}

} // namespace seqera

#include "tokenclient.h"

#include "auth/loginflow.h"
#include "auth/tokenreplyhandler.h"
#include "util/clock.h"
#include "util/http.h"

namespace seqera {

TokenClient::TokenClient(
    QNetworkAccessManager *nam, QString clientId, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clientId(std::move(clientId))
    , m_clock(clock)
{ }

void TokenClient::refresh(const QUrl &tokenEndpoint, const QString &refreshToken,
    std::function<void(const TokenSet &, const Error &)> done)
{
    // A public client sends no client_secret and no redirect_uri; the scope asked for at login
    // keeps offline_access on providers that would otherwise narrow it.
    http::Request request(tokenEndpoint,
        QCoreApplication::translate("seqera::TokenClient", "token renewal"),
        QByteArrayLiteral("POST"));
    request.redirects = http::Redirects::None;
    request.setForm({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("refresh_token"), refreshToken },
        { QStringLiteral("client_id"), m_clientId },
        { QStringLiteral("scope"), LoginFlow::requestedScope() } });
    http::send(
        m_nam, request, this, [this, tokenEndpoint, refreshToken, done](const http::Response &r) {
            if (const Error e
                = TokenReplyHandler::errorFor(r, http::displayAddress(tokenEndpoint))) {
                done({}, e);
                return;
            }
            done(TokenSet::fromTokenResponse(r.json, m_clock->now(), refreshToken), {});
        });
}

void TokenClient::revoke(const QUrl &revocationEndpoint, const QString &token,
    const QString &typeHint, std::function<void(const Error &)> done)
{
    http::Request request(revocationEndpoint,
        QCoreApplication::translate("seqera::TokenClient", "token revocation"),
        QByteArrayLiteral("POST"));
    request.redirects = http::Redirects::None;
    request.expectJson = false;
    request.setForm(
        { { QStringLiteral("token"), token }, { QStringLiteral("token_type_hint"), typeHint },
            { QStringLiteral("client_id"), m_clientId } });
    http::send(m_nam, request, this, [done](const http::Response &r) { done(r.error); });
}

} // namespace seqera

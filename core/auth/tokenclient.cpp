#include "tokenclient.h"

#include "auth/loginflow.h"
#include "auth/tokenreplyhandler.h"
#include "util/clock.h"
#include "util/http.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

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
    auto *flow = new QOAuth2AuthorizationCodeFlow(m_nam, this);
    auto *handler = new TokenReplyHandler(nullptr, flow);
    flow->setAccessTokenUrl(tokenEndpoint);
    flow->setClientIdentifier(m_clientId);
    flow->setReplyHandler(handler);
    flow->setRefreshToken(refreshToken);
    // Qt 6.4 also sends an empty client_secret and a redirect_uri; a public client sends
    // neither. Keep the scope we asked for at login (QTBUG-66415 loses it otherwise).
    flow->setModifyParametersFunction(
        [](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
            if (stage != QAbstractOAuth::Stage::RefreshingAccessToken)
                return;
            p->remove(QStringLiteral("client_secret"));
            p->remove(QStringLiteral("redirect_uri"));
            p->replace(QStringLiteral("scope"), LoginFlow::requestedScope());
        });

    auto finished = std::make_shared<bool>(false);
    auto finish = [flow, finished, done](const TokenSet &t, const Error &e) {
        if (*finished)
            return;
        *finished = true;
        flow->deleteLater();
        done(t, e);
    };
    connect(handler, &TokenReplyHandler::tokenRequestFailed, this,
        [finish](const Error &e) { finish({}, e); });
    connect(flow, &QAbstractOAuth::granted, this, [this, handler, refreshToken, finish] {
        finish(
            TokenSet::fromTokenResponse(handler->lastResponse(), m_clock->now(), refreshToken), {});
    });
    // Rotation with the same access token (nothing new) still ends in `granted`; guard against
    // a flow that neither grants nor fails (Qt 6.4 drops some answers silently).
    const int timeout = m_nam->transferTimeout() > 0 ? m_nam->transferTimeout() + 2000 : 60000;
    QTimer::singleShot(timeout, flow, [finish, tokenEndpoint] {
        finish({},
            { Error::Code::Timeout,
                QCoreApplication::translate("seqera::TokenClient",
                    "The token endpoint at %1 did not answer the "
                    "renewal in time.")
                    .arg(http::displayAddress(tokenEndpoint)) });
    });
    flow->refreshAccessToken();
}

void TokenClient::revoke(const QUrl &revocationEndpoint, const QString &token,
    const QString &typeHint, std::function<void(const Error &)> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), QString::fromLatin1(QUrl::toPercentEncoding(token)));
    form.addQueryItem(QStringLiteral("token_type_hint"), typeHint);
    form.addQueryItem(
        QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(m_clientId)));
    QNetworkReply *reply = m_nam->post(
        http::formRequest(revocationEndpoint), form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const http::Response r = http::readReply(
            reply, QCoreApplication::translate("seqera::TokenClient", "token revocation"), false);
        done(r.error);
    });
}

} // namespace seqera

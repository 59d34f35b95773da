#include "tokenreplyhandler.h"

#include "loopbackserver.h"
#include "util/http.h"

#include <QNetworkReply>

namespace seqera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::TokenReplyHandler)
};
} // namespace

TokenReplyHandler::TokenReplyHandler(LoopbackServer *server, QObject *parent)
    : QAbstractOAuthReplyHandler(parent)
    , m_server(server)
{
    if (server)
        connect(server, &LoopbackServer::callbackReceived, this,
            &QAbstractOAuthReplyHandler::callbackReceived);
}

QString TokenReplyHandler::callback() const
{
    return m_server ? m_server->redirectUri() : QString();
}

Error TokenReplyHandler::classify(int httpStatus, const QJsonObject &body, const QString &address)
{
    const QString error = body.value(QStringLiteral("error")).toString();
    const QString description = body.value(QStringLiteral("error_description")).toString();
    if (error == QLatin1String("invalid_grant")) {
        return { Error::Code::SessionEnded,
            Tr::tr("The sign-in server no longer accepts this session (%1). Please run: "
                   "seqera login")
                .arg(description.isEmpty() ? error : description) };
    }
    if (httpStatus >= 500 || httpStatus == 429) {
        return { Error::Code::Server,
            Tr::tr("The sign-in server at %1 failed to issue a token (HTTP %2).")
                .arg(address)
                .arg(httpStatus) };
    }
    if (error == QLatin1String("access_denied")) {
        return { Error::Code::AccessDenied,
            Tr::tr("The sign-in server refused access: %1")
                .arg(description.isEmpty() ? error : description) };
    }
    return { Error::Code::Protocol,
        Tr::tr("The sign-in server at %1 refused the token request (HTTP %2: %3).")
            .arg(address)
            .arg(httpStatus)
            .arg(description.isEmpty() ? (error.isEmpty() ? Tr::tr("no reason given") : error)
                                       : description) };
}

void TokenReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    const http::Response r = http::readReply(reply, Tr::tr("token request"));
    const QString address = http::displayAddress(reply->url());
    if (r.status == 0 || (r.status >= 200 && r.status < 300 && r.error)) {
        emit tokenRequestFailed(r.error);
        return;
    }
    if (r.status < 200 || r.status >= 300) {
        emit tokenRequestFailed(classify(r.status, r.json, address));
        return;
    }
    if (r.json.value(QStringLiteral("access_token")).toString().isEmpty()) {
        emit tokenRequestFailed({ Error::Code::Protocol,
            Tr::tr("The sign-in server at %1 answered without an access "
                   "token.")
                .arg(address) });
        return;
    }
    m_lastResponse = r.json;
    emit tokensReceived(r.json.toVariantMap());
}

} // namespace seqera

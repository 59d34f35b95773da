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

Error TokenReplyHandler::errorFor(const http::Response &r, const QString &address)
{
    if (r.status >= 400)
        return classify(r.status, r.json, address);
    if (r.error) // no answer, a redirect, a cap, a deadline, not JSON
        return r.error;
    if (r.json.value(QStringLiteral("access_token")).toString().isEmpty()) {
        return { Error::Code::Protocol,
            Tr::tr("The sign-in server at %1 answered without an access "
                   "token.")
                .arg(address) };
    }
    return {};
}

void TokenReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    // Qt's flow made this request on our manager, which followed no redirect and capped it.
    const http::Response r = http::readReply(reply, Tr::tr("token request"));
    if (const Error e = errorFor(r, http::displayAddress(reply->url()))) {
        emit tokenRequestFailed(e);
        return;
    }
    m_lastResponse = r.json;
    emit tokensReceived(r.json.toVariantMap());
}

} // namespace seqera

#include "http.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

namespace seqera::http {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::http)
};
} // namespace

QString displayAddress(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

QByteArray clientVersion()
{
    return QByteArrayLiteral("seqera-qt/") + QCoreApplication::applicationVersion().toUtf8();
}

QNetworkRequest jsonRequest(const QUrl &url, const QString &bearer)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, clientVersion());
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    return request;
}

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, clientVersion());
    return request;
}

Response readReply(QNetworkReply *reply, const QString &step, bool expectJson)
{
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed after a timeout
    const QString address = displayAddress(reply->url());

    if (r.status == 0) {
        const auto code = reply->error();
        if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
            r.error = { Error::Code::Timeout,
                Tr::tr("The %1 at %2 did not answer in time. The server may be down or "
                       "unreachable from here; try again later.")
                    .arg(step, address) };
        } else {
            r.error = { Error::Code::Network,
                Tr::tr("Could not reach %1 for the %2: %3. Check the address and your "
                       "network connection.")
                    .arg(address, step, reply->errorString()) };
        }
        return r;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.jsonValid = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (r.jsonValid)
        r.json = doc.object();

    if (r.status >= 500) {
        r.error = { Error::Code::Server,
            Tr::tr("The server at %1 failed during the %2 (HTTP %3). Nothing was changed "
                   "here; try again later.")
                .arg(address, step)
                .arg(r.status) };
    } else if (r.status == 401 || r.status == 403) {
        r.error = { Error::Code::Unauthorized,
            Tr::tr("The server at %1 refused the credentials for the %2 (HTTP %3).")
                .arg(address, step)
                .arg(r.status) };
    } else if (r.status >= 400) {
        const QString detail
            = r.json.value(QStringLiteral("error_description"))
                  .toString(r.json.value(QStringLiteral("error"))
                                .toString(r.json.value(QStringLiteral("message")).toString()));
        r.error = { Error::Code::Protocol,
            detail.isEmpty() ? Tr::tr("The server at %1 refused the %2 (HTTP %3).")
                                   .arg(address, step)
                                   .arg(r.status)
                             : Tr::tr("The server at %1 refused the %2 (HTTP %3): %4")
                                   .arg(address, step)
                                   .arg(r.status)
                                   .arg(detail) };
    } else if (expectJson && !r.jsonValid) {
        r.error = { Error::Code::Server,
            Tr::tr("The server at %1 sent an answer to the %2 that is not valid JSON. "
                   "Nothing was changed here; try again later.")
                .arg(address, step) };
    }
    return r;
}

} // namespace seqera::http

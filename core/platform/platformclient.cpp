#include "platformclient.h"

#include "util/http.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace seqera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::PlatformClient)
};

QUrl child(QUrl base, const QString &path)
{
    base.setPath(base.path() + QLatin1Char('/') + path);
    return base;
}
} // namespace

PlatformClient::PlatformClient(QNetworkAccessManager *nam, QUrl apiUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_api(std::move(apiUrl))
{ }

void PlatformClient::userInfo(
    const QString &token, std::function<void(const PlatformUser &, const Error &)> done)
{
    QNetworkReply *reply
        = m_nam->get(http::jsonRequest(child(m_api, QStringLiteral("user-info")), token));
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const http::Response r = http::readReply(reply, Tr::tr("Platform user-info request"));
        if (r.error) {
            done({}, r.error);
            return;
        }
        const QJsonObject user = r.json.value(QStringLiteral("user")).toObject();
        PlatformUser u;
        u.email = user.value(QStringLiteral("email")).toString();
        u.userName = user.value(QStringLiteral("userName")).toString();
        u.id = qint64(user.value(QStringLiteral("id")).toDouble());
        if (u.email.isEmpty() && u.userName.isEmpty()) {
            done({},
                { Error::Code::Protocol,
                    Tr::tr("The Platform at %1 answered the user-info request without a user.")
                        .arg(http::displayAddress(reply->url())) });
            return;
        }
        done(u, {});
    });
}

void PlatformClient::serviceVersion(std::function<void(const QString &, const Error &)> done)
{
    QNetworkReply *reply
        = m_nam->get(http::jsonRequest(child(m_api, QStringLiteral("service-info"))));
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const http::Response r = http::readReply(reply, Tr::tr("Platform service-info request"));
        if (r.error) {
            done({}, r.error);
            return;
        }
        done(r.json.value(QStringLiteral("serviceInfo"))
                 .toObject()
                 .value(QStringLiteral("version"))
                 .toString(),
            {});
    });
}

void fetchUserinfoEmail(QNetworkAccessManager *nam, const QUrl &endpoint, const QString &token,
    QObject *context, std::function<void(const QString &, const Error &)> done)
{
    QNetworkReply *reply = nam->get(http::jsonRequest(endpoint, token));
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        const http::Response r = http::readReply(reply, Tr::tr("userinfo request"));
        if (r.error) {
            done({}, r.error);
            return;
        }
        done(r.json.value(QStringLiteral("email")).toString(), {});
    });
}

} // namespace seqera

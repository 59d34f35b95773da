#include "platformclient.h"

#include "util/http.h"

namespace seqera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::PlatformClient)
};
} // namespace

PlatformClient::PlatformClient(QNetworkAccessManager *nam, QUrl apiUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_api(std::move(apiUrl))
{ }

void PlatformClient::userInfo(
    const QString &token, std::function<void(const PlatformUser &, const Error &)> done)
{
    http::Request request(
        http::childUrl(m_api, QStringLiteral("user-info")), Tr::tr("Platform user-info request"));
    request.bearer = token;
    const QUrl url = request.url;
    http::send(m_nam, request, this, [url, done](const http::Response &r) {
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
                        .arg(http::displayAddress(url)) });
            return;
        }
        done(u, {});
    });
}

void fetchUserinfoEmail(QNetworkAccessManager *nam, const QUrl &endpoint, const QString &token,
    QObject *context, std::function<void(const QString &, const Error &)> done)
{
    http::Request request(endpoint, Tr::tr("userinfo request"));
    request.bearer = token;
    http::send(nam, request, context, [done](const http::Response &r) {
        if (r.error) {
            done({}, r.error);
            return;
        }
        done(r.json.value(QStringLiteral("email")).toString(), {});
    });
}

} // namespace seqera

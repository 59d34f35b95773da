#include "providermetadata.h"

#include "util/http.h"

#include <QJsonArray>

namespace seqera {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ProviderMetadata)
};
} // namespace

ProviderMetadata ProviderMetadata::fromJson(const QJsonObject &json)
{
    ProviderMetadata m;
    const auto url
        = [&json](const char *key) { return QUrl(json.value(QLatin1String(key)).toString()); };
    m.issuer = json.value(QStringLiteral("issuer")).toString();
    m.authorizationEndpoint = url("authorization_endpoint");
    m.tokenEndpoint = url("token_endpoint");
    m.revocationEndpoint = url("revocation_endpoint");
    m.userinfoEndpoint = url("userinfo_endpoint");
    m.deviceAuthorizationEndpoint = url("device_authorization_endpoint");
    for (const QJsonValue &v :
        json.value(QStringLiteral("code_challenge_methods_supported")).toArray())
        m.codeChallengeMethods << v.toString();
    return m;
}

void fetchProviderMetadata(QNetworkAccessManager *nam, const QUrl &discoveryUrl, QObject *context,
    std::function<void(const ProviderMetadata &, const Error &)> done)
{
    // The layer refuses a discovery URL that is neither https nor loopback.
    http::send(nam, http::Request(discoveryUrl, Tr::tr("sign-in configuration request")), context,
        [discoveryUrl, done](const http::Response &r) {
            if (r.error) {
                done({}, r.error);
                return;
            }
            const ProviderMetadata m = ProviderMetadata::fromJson(r.json);
            if (!m.authorizationEndpoint.isValid() || m.authorizationEndpoint.isRelative()
                || !m.tokenEndpoint.isValid() || m.tokenEndpoint.isRelative()) {
                done({},
                    { Error::Code::Protocol,
                        Tr::tr("The sign-in configuration at %1 lacks an authorization or token "
                               "endpoint. Check SEQERA_AUTH_DOMAIN.")
                            .arg(http::displayAddress(discoveryUrl)) });
                return;
            }
            for (const QUrl &endpoint : { m.authorizationEndpoint, m.tokenEndpoint,
                     m.revocationEndpoint, m.userinfoEndpoint, m.deviceAuthorizationEndpoint }) {
                if (!endpoint.isEmpty() && !http::isSecureOrLoopback(endpoint)) {
                    done({},
                        { Error::Code::Protocol,
                            Tr::tr("The sign-in configuration at %1 names a plain-HTTP endpoint "
                                   "(%2); refusing to send credentials there.")
                                .arg(http::displayAddress(discoveryUrl),
                                    http::displayAddress(endpoint)) });
                    return;
                }
            }
            done(m, {});
        });
}

} // namespace seqera

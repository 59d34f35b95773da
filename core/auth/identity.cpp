#include "identity.h"

#include "auth/idtoken.h"
#include "platform/platformclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcLogin)

namespace seqera {

void resolveIdentity(QNetworkAccessManager *nam, const ProviderMetadata &provider,
    const QString &clientId, const QUrl &platformApiUrl, const TokenSet &tokens, QObject *context,
    std::function<void(const QString &, const Error &)> done)
{
    const IdTokenClaims claims = IdTokenClaims::parse(tokens.idToken.toUtf8());
    if (claims.valid) {
        if ((!provider.issuer.isEmpty() && claims.issuer() != provider.issuer)
            || !claims.hasAudience(clientId)) {
            done({},
                { Error::Code::Protocol,
                    QCoreApplication::translate("seqera::LoginFlow",
                        "The identity token was not issued by %1 for "
                        "this client; the login was refused.")
                        .arg(provider.issuer) });
            return;
        }
        if (!claims.email().isEmpty()) {
            done(claims.email(), {});
            return;
        }
    }
    const QString token = tokens.accessToken;
    const QString subject = claims.subject();
    auto viaPlatform = [nam, platformApiUrl, token, subject, context, done] {
        auto *platform = new PlatformClient(nam, platformApiUrl, context);
        platform->userInfo(
            token, [platform, subject, done](const PlatformUser &user, const Error &e) {
                platform->deleteLater();
                if (e)
                    qCWarning(lcLogin) << "Platform user-info failed:" << e.message;
                done(!user.email.isEmpty() ? user.email
                                           : (!user.userName.isEmpty() ? user.userName : subject),
                    {});
            });
    };
    if (!provider.userinfoEndpoint.isEmpty()) {
        fetchUserinfoEmail(nam, provider.userinfoEndpoint, token, context,
            [viaPlatform, done](const QString &email, const Error &e) {
                if (!e && !email.isEmpty())
                    done(email, {});
                else
                    viaPlatform();
            });
    } else {
        viaPlatform();
    }
}

} // namespace seqera

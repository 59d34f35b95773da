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
    QString idTokenEmail;
    QString subject;
    if (claims.valid) {
        const QString problem = claims.problem(provider.issuer, clientId);
        if (!problem.isEmpty()) {
            done({},
                { Error::Code::Protocol,
                    QCoreApplication::translate("seqera::LoginFlow",
                        "The identity token was not issued by %1 for this client (%2); the "
                        "login was refused.")
                        .arg(provider.issuer, problem) });
            return;
        }
        idTokenEmail = claims.email();
        subject = claims.subject();
    }
    const QString token = tokens.accessToken;
    const QUrl userinfoEndpoint = provider.userinfoEndpoint;
    // The Platform's own account comes first: it is who the API acts for.
    auto *platform = new PlatformClient(nam, platformApiUrl, context);
    platform->userInfo(token,
        [nam, platform, token, userinfoEndpoint, idTokenEmail, subject, context, done](
            const PlatformUser &user, const Error &e) {
            platform->deleteLater();
            if (!e) {
                done(!user.email.isEmpty() ? user.email : user.userName, {});
                return;
            }
            qCWarning(lcLogin) << "Platform user-info failed:" << e.message;
            if (!idTokenEmail.isEmpty()) {
                done(idTokenEmail, {});
                return;
            }
            if (userinfoEndpoint.isEmpty()) {
                done(subject, {});
                return;
            }
            fetchUserinfoEmail(nam, userinfoEndpoint, token, context,
                [subject, done](const QString &email, const Error &e2) {
                    done(!e2 && !email.isEmpty() ? email : subject, {});
                });
        });
}

} // namespace seqera

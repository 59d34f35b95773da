#pragma once

#include <QJsonObject>
#include <QString>

namespace seqera {

// The claims of an OpenID Connect id_token. The token comes straight from the token endpoint
// over the connection we opened, so (OIDC Core 3.1.3.7 step 6) TLS stands in for the
// signature; issuer and audience are still checked.
struct IdTokenClaims
{
    QJsonObject claims;
    bool valid = false;

    QString email() const { return claims.value(QStringLiteral("email")).toString(); }
    QString subject() const { return claims.value(QStringLiteral("sub")).toString(); }
    QString issuer() const { return claims.value(QStringLiteral("iss")).toString(); }
    bool hasAudience(const QString &clientId) const;

    static IdTokenClaims parse(const QByteArray &jwt);
};

} // namespace seqera

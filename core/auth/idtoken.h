#pragma once

#include <QJsonObject>
#include <QString>

namespace seqera {

// The claims of an OpenID Connect id_token. The token comes straight from the token endpoint
// over the connection we opened, so (OIDC Core 3.1.3.7 step 6) TLS stands in for the
// signature; the algorithm (never "none"), issuer and audience are still checked.
struct IdTokenClaims
{
    QJsonObject header; // the JOSE header, empty when it does not decode
    QJsonObject claims;
    bool valid = false;

    QString algorithm() const { return header.value(QStringLiteral("alg")).toString(); }
    QString email() const { return claims.value(QStringLiteral("email")).toString(); }
    QString subject() const { return claims.value(QStringLiteral("sub")).toString(); }
    QString issuer() const { return claims.value(QStringLiteral("iss")).toString(); }
    bool hasAudience(const QString &clientId) const;

    // Why these claims may not name the user: an unsigned token (alg "none" or no alg), no
    // issuer or another one than `issuer`, another audience. Empty when they may.
    QString problem(const QString &issuer, const QString &clientId) const;

    static IdTokenClaims parse(const QByteArray &jwt);
};

} // namespace seqera

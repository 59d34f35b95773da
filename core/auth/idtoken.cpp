#include "idtoken.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace seqera {

IdTokenClaims IdTokenClaims::parse(const QByteArray &jwt)
{
    IdTokenClaims result;
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return result;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return result;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return result;
    result.claims = doc.object();
    result.valid = true;
    const auto header = QByteArray::fromBase64Encoding(
        parts.at(0), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (header)
        result.header = QJsonDocument::fromJson(*header).object();
    return result;
}

QString IdTokenClaims::problem(const QString &expectedIssuer, const QString &clientId) const
{
    const QString alg = algorithm();
    if (alg.isEmpty() || alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("unsigned (alg %1)")
            .arg(alg.isEmpty() ? QStringLiteral("missing") : alg);
    if (issuer().isEmpty())
        return QStringLiteral("no issuer");
    if (expectedIssuer.isEmpty() || issuer() != expectedIssuer)
        return QStringLiteral("issuer %1").arg(issuer().left(100));
    if (!hasAudience(clientId))
        return QStringLiteral("another audience");
    return {};
}

bool IdTokenClaims::hasAudience(const QString &clientId) const
{
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    if (aud.isString())
        return aud.toString() == clientId;
    const QJsonArray list = aud.toArray();
    for (const QJsonValue &v : list) {
        if (v.toString() == clientId)
            return true;
    }
    return false;
}

} // namespace seqera

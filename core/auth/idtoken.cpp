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
    return result;
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

#include "tokenset.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace seqera {

TokenSet TokenSet::fromTokenResponse(
    const QJsonObject &response, const QDateTime &now, const QString &previousRefreshToken)
{
    TokenSet t;
    t.accessToken = response.value(QStringLiteral("access_token")).toString();
    t.refreshToken = response.value(QStringLiteral("refresh_token")).toString(previousRefreshToken);
    if (t.refreshToken.isEmpty())
        t.refreshToken = previousRefreshToken;
    t.idToken = response.value(QStringLiteral("id_token")).toString();
    t.obtainedAt = now.toUTC();
    const QJsonValue expiresIn = response.value(QStringLiteral("expires_in"));
    // Some servers send expires_in as a string.
    const double seconds
        = expiresIn.isString() ? expiresIn.toString().toDouble() : expiresIn.toDouble();
    // Clamped: an absurd lifetime (1e19, "inf") must neither overflow nor outlive a round
    // trip through the secret's ISO date. Ten years is longer than any real token lives.
    constexpr double kMaxLifetimeSecs = 10.0 * 365 * 24 * 3600;
    if (std::isfinite(seconds) && seconds > 0)
        t.expiresAt = t.obtainedAt.addSecs(qint64(std::min(seconds, kMaxLifetimeSecs)));
    return t;
}

QByteArray TokenSet::toSecret() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("access_token"), accessToken);
    if (!refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh_token"), refreshToken);
    o.insert(QStringLiteral("obtained_at"), obtainedAt.toUTC().toString(Qt::ISODateWithMs));
    if (expiresAt.isValid())
        o.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<TokenSet> TokenSet::fromSecret(const QByteArray &secret)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(secret, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    TokenSet t;
    t.accessToken = o.value(QStringLiteral("access_token")).toString();
    t.refreshToken = o.value(QStringLiteral("refresh_token")).toString();
    t.obtainedAt = QDateTime::fromString(
        o.value(QStringLiteral("obtained_at")).toString(), Qt::ISODateWithMs);
    t.expiresAt = QDateTime::fromString(
        o.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    if (t.accessToken.isEmpty() && t.refreshToken.isEmpty())
        return std::nullopt;
    return t;
}

} // namespace seqera

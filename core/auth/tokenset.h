#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace seqera {

// What the token endpoint gave us, and what the secret store keeps in ONE secret, so that a
// rotation (new refresh token + new access token) is a single write.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QString idToken; // not persisted
    QDateTime obtainedAt; // UTC
    QDateTime expiresAt; // UTC; invalid when the server did not say (treated as "unknown")

    bool canRenew() const { return !refreshToken.isEmpty(); }

    // `previousRefreshToken` is kept when a refresh answer carries no new one (no rotation).
    static TokenSet fromTokenResponse(const QJsonObject &response, const QDateTime &now,
        const QString &previousRefreshToken = {});

    QByteArray toSecret() const;
    static std::optional<TokenSet> fromSecret(const QByteArray &secret);
};

} // namespace seqera

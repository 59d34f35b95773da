#pragma once

#include "auth/tokenset.h"
#include "util/error.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace seqera {

class Clock;

// The two token-endpoint conversations after a login, each one form POST through the HTTP
// layer that follows no redirect: the refresh grant (RFC 6749 §6) and revocation (RFC 7009).
class TokenClient : public QObject
{
    Q_OBJECT
public:
    TokenClient(QNetworkAccessManager *nam, QString clientId, const Clock *clock,
        QObject *parent = nullptr);

    // On success the TokenSet holds the new access token and the new (rotated) refresh token,
    // or the old one when the server did not rotate. SessionEnded means invalid_grant.
    void refresh(const QUrl &tokenEndpoint, const QString &refreshToken,
        std::function<void(const TokenSet &, const Error &)> done);

    // Revokes one token; a 200 (also for unknown tokens, as RFC 7009 says) is success.
    void revoke(const QUrl &revocationEndpoint, const QString &token, const QString &typeHint,
        std::function<void(const Error &)> done);

private:
    QNetworkAccessManager *m_nam;
    QString m_clientId;
    const Clock *m_clock;
};

} // namespace seqera

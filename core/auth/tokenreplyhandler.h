#pragma once

#include "util/error.h"
#include "util/http.h"

#include <QAbstractOAuthReplyHandler>
#include <QJsonObject>
#include <QPointer>

namespace seqera {

class LoopbackServer;

// The reply handler given to QOAuth2AuthorizationCodeFlow. Qt 6.4's own handlers drop a
// failed token request on the floor (no signal, the flow stays in its waiting state); this
// one classifies every token-endpoint answer and reports failures with tokenRequestFailed().
// With a LoopbackServer it also supplies the redirect URI and forwards the real callback.
class TokenReplyHandler : public QAbstractOAuthReplyHandler
{
    Q_OBJECT
public:
    explicit TokenReplyHandler(LoopbackServer *server = nullptr, QObject *parent = nullptr);

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    // The last successful token response, untouched (the flow drops fields it does not know).
    QJsonObject lastResponse() const { return m_lastResponse; }

    // Maps a token-endpoint answer to our error type. invalid_grant means the grant is gone.
    static Error classify(int httpStatus, const QJsonObject &body, const QString &address);
    // The error of a whole token-endpoint exchange (none when it carries an access token).
    static Error errorFor(const http::Response &response, const QString &address);

Q_SIGNALS:
    void tokenRequestFailed(const Error &error);

private:
    QPointer<LoopbackServer> m_server;
    QJsonObject m_lastResponse;
};

} // namespace seqera

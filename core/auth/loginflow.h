#pragma once

#include "auth/signinflow.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QTimer;

namespace seqera {

class LoopbackServer;
class TokenReplyHandler;

// One browser login: discovery, authorization code with PKCE (S256) and state through
// QOAuth2AuthorizationCodeFlow, the loopback redirect, the code exchange and the identity.
// It never opens a browser: it emits authorizeWithBrowser() and the front end decides.
// After tokensReady() the owner stores the session and calls complete(), which tells the
// waiting browser page the truth; failed() ends the login at any step.
class LoginFlow : public SignInFlow
{
    Q_OBJECT
public:
    LoginFlow(QNetworkAccessManager *nam, const Settings &settings, const Clock *clock,
        QObject *parent = nullptr);
    ~LoginFlow() override;

    void cancel();
    // Answers the browser: success when `storeError` is empty. pageDelivered() follows.
    void complete(const Error &storeError);

    QString redirectUri() const;

Q_SIGNALS:
    void authorizeWithBrowser(const QUrl &url);
    void strayRequest(const QString &reason);
    void pageDelivered();

private:
    void begin() override;
    void afterFailure(const Error &error) override;
    void onTokensReceived();
    void finishIdentity(const QString &email);

    QByteArray m_verifier;
    QByteArray m_state;
    LoopbackServer *m_server = nullptr;
    TokenReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QTimer *m_timeout = nullptr;
    LoginResult m_result;
};

} // namespace seqera

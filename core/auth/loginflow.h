#pragma once

#include "auth/providermetadata.h"
#include "auth/tokenset.h"
#include "config/settings.h"
#include "util/error.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;
class QTimer;

namespace seqera {

class Clock;
class LoopbackServer;
class TokenReplyHandler;

struct LoginResult
{
    TokenSet tokens;
    QString email;
    ProviderMetadata provider;
};

// One browser login: discovery, authorization code with PKCE (S256) and state through
// QOAuth2AuthorizationCodeFlow, the loopback redirect, the code exchange and the identity.
// It never opens a browser: it emits authorizeWithBrowser() and the front end decides.
// After tokensReady() the owner stores the session and calls complete(), which tells the
// waiting browser page the truth; failed() ends the login at any step.
class LoginFlow : public QObject
{
    Q_OBJECT
public:
    LoginFlow(QNetworkAccessManager *nam, const Settings &settings, const Clock *clock,
        QObject *parent = nullptr);
    ~LoginFlow() override;

    void start();
    void cancel();
    // Answers the browser: success when `storeError` is empty. pageDelivered() follows.
    void complete(const Error &storeError);

    QString redirectUri() const;
    // After discovery: what the provider offers (e.g. device login, for remote hints).
    const ProviderMetadata &provider() const { return m_provider; }

    static QString requestedScope()
    {
        return QStringLiteral("openid profile email offline_access");
    }

Q_SIGNALS:
    void authorizeWithBrowser(const QUrl &url);
    void tokensReady(const seqera::LoginResult &result);
    void failed(const seqera::Error &error);
    void strayRequest(const QString &reason);
    void pageDelivered();

private:
    void onProviderMetadata(const ProviderMetadata &metadata, const Error &error);
    void onTokensReceived();
    void resolveIdentity();
    void finishIdentity(const QString &email);
    void fail(const Error &error);

    QNetworkAccessManager *m_nam;
    Settings m_settings;
    const Clock *m_clock;
    ProviderMetadata m_provider;
    QByteArray m_verifier;
    QByteArray m_state;
    LoopbackServer *m_server = nullptr;
    TokenReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QTimer *m_timeout = nullptr;
    LoginResult m_result;
    bool m_finished = false;
};

} // namespace seqera

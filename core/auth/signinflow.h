#pragma once

#include "auth/providermetadata.h"
#include "auth/tokenset.h"
#include "config/settings.h"
#include "util/error.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace seqera {

class Clock;

struct LoginResult
{
    TokenSet tokens;
    QString email;
    ProviderMetadata provider;
};

// What the browser login (LoginFlow) and the device login (DeviceFlow) share, written once:
// discovery of the provider before the flow's own steps, the identity of the tokens it gets,
// and one outcome: failed() at most once, and nothing after it.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    ~SignInFlow() override;

    // Discovery, then the flow's own steps (begin()).
    void start();

    // After discovery: what the provider offers (e.g. device login, for remote hints).
    const ProviderMetadata &provider() const { return m_provider; }

    static QString requestedScope()
    {
        return QStringLiteral("openid profile email offline_access");
    }

Q_SIGNALS:
    void tokensReady(const seqera::LoginResult &result);
    void failed(const seqera::Error &error);

protected:
    SignInFlow(
        QNetworkAccessManager *nam, const Settings &settings, const Clock *clock, QObject *parent);

    // The flow's steps once m_provider is known.
    virtual void begin() = 0;
    // After failed() was emitted: stop waiting, answer whoever still waits. Timers that fire
    // before this find m_finished set and do nothing.
    virtual void afterFailure(const Error &error) = 0;

    // Ends the flow with `error`, unless it has ended already.
    void fail(const Error &error);
    // Who the tokens belong to (resolveIdentity); `done` gets the email, a failure ends the flow.
    void identify(const TokenSet &tokens, std::function<void(const QString &email)> done);

    QNetworkAccessManager *m_nam;
    Settings m_settings;
    const Clock *m_clock;
    ProviderMetadata m_provider;
    bool m_finished = false;
};

} // namespace seqera

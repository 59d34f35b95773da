#pragma once

#include "auth/loginflow.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace seqera {

// Login without a local browser: the OAuth 2.0 device authorization grant (RFC 8628).
// The user opens the verification URL on any device and enters the code while this polls
// the token endpoint at the interval the server gives, slowing down when told to.
class DeviceFlow : public QObject
{
    Q_OBJECT
public:
    DeviceFlow(QNetworkAccessManager *nam, const Settings &settings, const Clock *clock,
        QObject *parent = nullptr);

    void start();
    void cancel();

Q_SIGNALS:
    void userCodeReady(const QString &userCode, const QUrl &verificationUri,
        const QUrl &verificationUriComplete, int expiresInSecs);
    void tokensReady(const seqera::LoginResult &result);
    void failed(const seqera::Error &error);

private:
    void onProviderMetadata(const ProviderMetadata &metadata, const Error &error);
    void poll();
    void schedulePoll();
    void fail(const Error &error);

    QNetworkAccessManager *m_nam;
    Settings m_settings;
    const Clock *m_clock;
    ProviderMetadata m_provider;
    QString m_deviceCode;
    int m_intervalSecs = 5;
    QDateTime m_deadline;
    QTimer *m_timer = nullptr;
    bool m_finished = false;
};

} // namespace seqera

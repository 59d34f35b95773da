#pragma once

#include "auth/signinflow.h"

#include <QDateTime>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace seqera {

// Login without a local browser: the OAuth 2.0 device authorization grant (RFC 8628).
// The user opens the verification URL on any device and enters the code while this polls
// the token endpoint at the interval the server gives, slowing down when told to.
class DeviceFlow : public SignInFlow
{
    Q_OBJECT
public:
    DeviceFlow(QNetworkAccessManager *nam, const Settings &settings, const Clock *clock,
        QObject *parent = nullptr);

    void cancel();

Q_SIGNALS:
    void userCodeReady(const QString &userCode, const QUrl &verificationUri,
        const QUrl &verificationUriComplete, int expiresInSecs);

private:
    void begin() override;
    void afterFailure(const Error &error) override;
    void poll();
    void schedulePoll();

    QString m_deviceCode;
    int m_intervalSecs = 5;
    QDateTime m_deadline;
    QTimer *m_timer = nullptr;
};

} // namespace seqera

#pragma once

#include "util/error.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace seqera {

struct PlatformUser
{
    QString email;
    QString userName;
    qint64 id = 0;
};

// The few Seqera Platform API calls the auth layer needs.
class PlatformClient : public QObject
{
    Q_OBJECT
public:
    PlatformClient(QNetworkAccessManager *nam, QUrl apiUrl, QObject *parent = nullptr);

    // GET {api}/user-info with the token as bearer; Unauthorized when the token is refused.
    void userInfo(
        const QString &token, std::function<void(const PlatformUser &, const Error &)> done);

private:
    QNetworkAccessManager *m_nam;
    QUrl m_api;
};

// GET the OIDC userinfo endpoint; the email claim or an error.
void fetchUserinfoEmail(QNetworkAccessManager *nam, const QUrl &endpoint, const QString &token,
    QObject *context, std::function<void(const QString &, const Error &)> done);

} // namespace seqera

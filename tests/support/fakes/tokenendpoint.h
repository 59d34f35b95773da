#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace testsupport {

// A token and revocation endpoint on 127.0.0.1 for the unit suites of Renewal,
// SessionManager and TokenResolver: they need a provider that answers a refresh in a chosen
// way (new tokens, invalid_grant, 500) and counts what it was sent. The integration suites
// use the real oidc-provider (platform-server.mjs); here a grant would first need a browser.
class TokenEndpoint : public QTcpServer
{
    Q_OBJECT
public:
    enum class Answer { Tokens, InvalidGrant, ServerError };

    explicit TokenEndpoint(QObject *parent = nullptr);

    QUrl tokenUrl() const;
    QUrl revocationUrl() const;

    Answer answer = Answer::Tokens;
    int expiresIn = 3600;

    // What came in.
    int refreshes = 0;
    QStringList refreshTokensSeen;
    QStringList revokedTokens;
    int issued = 0; // tokens are "access-N" / "refresh-N"

private:
    void serve(QTcpSocket *socket);
};

} // namespace testsupport

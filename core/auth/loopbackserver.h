#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

class QTcpServer;
class QTcpSocket;

namespace seqera {

// What to do with the bytes received so far on one connection: a pure function of the
// request, the expected state and whether the login already has its answer (fuzzed).
struct CallbackDecision
{
    enum class Kind { NeedMore, Refused, AuthorizationError, Code };
    Kind kind = Kind::NeedMore;
    int status = 0;
    QString title;
    QString message;
    QString reason; // why a request was refused as stray (for the user), no secrets
    QString error; // AuthorizationError: `error` and `error_description`
    QString description;
    QVariantMap values; // Code: the query parameters
};

// The redirect listener of a browser login (RFC 8252 §7.3): 127.0.0.1 only, open only while
// a login waits. Unlike QOAuthHttpServerReplyHandler it answers each request on its merits:
//  - another path: 404; no or wrong `state`, or no `code`: 400 — and the login keeps waiting;
//  - `error` with the right state: the login ends with that error;
//  - `code` with the right state: the browser's connection is held open until the caller
//    knows whether the tokens were stored, so the page tells the truth.
class LoopbackServer : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Tries `tries` consecutive ports from `firstPort` (0 = any free port).
    bool listen(quint16 firstPort, int tries = 10);
    quint16 port() const;
    bool isListening() const;
    QString redirectUri() const;
    void setExpectedState(const QByteArray &state) { m_expectedState = state; }

    // Answers the held browser request and stops listening.
    void finish(bool success, const QString &title, const QString &message);

    static CallbackDecision evaluate(
        const QByteArray &request, const QByteArray &expectedState, bool done);

Q_SIGNALS:
    void callbackReceived(const QVariantMap &values);
    void authorizationFailed(const QString &error, const QString &description);
    void strayRequest(const QString &reason);
    // After finish(): the page has been handed to the browser (or it went away).
    void pageDelivered();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void respond(
        QTcpSocket *socket, int status, const QString &title, const QString &message);

    QTcpServer *m_server = nullptr;
    QByteArray m_expectedState;
    quint16 m_port = 0;
    QPointer<QTcpSocket> m_held;
    bool m_done = false;
};

} // namespace seqera

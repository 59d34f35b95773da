#include "loopbackserver.h"

#include "util/terminaltext.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

Q_LOGGING_CATEGORY(lcCallback, "seqera.auth.callback", QtWarningMsg)

namespace seqera {

namespace {
constexpr int kMaxRequestBytes = 16 * 1024;
constexpr int kRequestTimeoutMs = 10000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::LoopbackServer)
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    default:
        return "Error";
    }
}
} // namespace

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

LoopbackServer::~LoopbackServer()
{
    if (m_held)
        respond(m_held, 400, Tr::tr("Sign-in cancelled"),
            Tr::tr("The sign-in was cancelled. You can close this window."));
}

bool LoopbackServer::listen(quint16 firstPort, int tries)
{
    bool ok = false;
    if (firstPort == 0)
        ok = m_server->listen(QHostAddress::LocalHost, 0);
    for (int i = 0; !ok && firstPort != 0 && i < tries && int(firstPort) + i <= 65535; ++i)
        ok = m_server->listen(QHostAddress::LocalHost, quint16(firstPort + i));
    // Remembered: the redirect URI must stay the same after the listener closes.
    m_port = ok ? m_server->serverPort() : 0;
    return ok;
}

quint16 LoopbackServer::port() const
{
    return m_port;
}

bool LoopbackServer::isListening() const
{
    return m_server->isListening();
}

QString LoopbackServer::redirectUri() const
{
    // The literal 127.0.0.1, never "localhost" (RFC 8252 §8.3).
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(port());
}

void LoopbackServer::finish(bool success, const QString &title, const QString &message)
{
    m_done = true;
    m_server->close();
    QTcpSocket *socket = m_held;
    m_held = nullptr;
    if (!socket) {
        QTimer::singleShot(0, this, &LoopbackServer::pageDelivered);
        return;
    }
    auto delivered = std::make_shared<bool>(false);
    const auto once = [this, delivered] {
        if (!*delivered) {
            *delivered = true;
            emit pageDelivered();
        }
    };
    connect(socket, &QTcpSocket::disconnected, this, once);
    QTimer::singleShot(3000, this, once);
    respond(socket, success ? 200 : 400, title, message);
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that connects and says nothing must not hold a socket for ever.
        QTimer::singleShot(kRequestTimeoutMs, socket, [this, socket] {
            if (socket != m_held)
                socket->abort();
        });
    }
}

// Long on purpose: every check of a request on the sign-in port, in order, each ending in
// its own answer page; read as a list, not a procedure.
CallbackDecision LoopbackServer::evaluate(
    const QByteArray &buffer, const QByteArray &expectedState, bool done)
{
    CallbackDecision d;
    const auto refuse = [&d](CallbackDecision::Kind kind, int status, QString title,
                            QString message, QString reason = {}) {
        d.kind = kind;
        d.status = status;
        d.title = std::move(title);
        d.message = std::move(message);
        d.reason = std::move(reason);
        return d;
    };
    if (buffer.size() > kMaxRequestBytes)
        return refuse(CallbackDecision::Kind::Refused, 413, Tr::tr("Request too large"),
            Tr::tr("This request was refused."), QStringLiteral("too large"));
    if (buffer.indexOf("\r\n\r\n") < 0) {
        d.kind = CallbackDecision::Kind::NeedMore;
        return d;
    }
    const QList<QByteArray> parts = buffer.left(buffer.indexOf("\r\n")).split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.") || !parts.at(1).startsWith('/'))
        return refuse(CallbackDecision::Kind::Refused, 400, Tr::tr("Bad request"),
            Tr::tr("This request was not understood."), QStringLiteral("malformed"));
    const QByteArray &method = parts.at(0);
    const QUrl url(QString::fromLatin1(parts.at(1)), QUrl::StrictMode);
    if (!url.isValid() || url.path() != QLatin1String("/callback"))
        return refuse(CallbackDecision::Kind::Refused, 404, Tr::tr("Not found"),
            Tr::tr("This address only receives the answer of a Seqera sign-in."),
            // Decoded bytes from any local process: shown made visible, never obeyed.
            QStringLiteral("path %1").arg(text::printable(url.path().left(64))));
    if (method != "GET")
        return refuse(CallbackDecision::Kind::Refused, 405, Tr::tr("Not allowed"),
            Tr::tr("This request was refused."),
            QStringLiteral("method %1").arg(text::printable(QString::fromLatin1(method.left(16)))));
    if (done)
        return refuse(CallbackDecision::Kind::Refused, 400, Tr::tr("Sign-in already finished"),
            Tr::tr("This sign-in has already been completed. You can close this "
                   "window."));

    const QUrlQuery query(url);
    // RFC 6749 §3.1: no parameter may appear twice. Which copy would count is ambiguous
    // (QUrlQuery reads the first, a map keeps the last), so such a request is refused.
    const auto items = query.queryItems(QUrl::FullyDecoded);
    QSet<QString> seen;
    for (const auto &item : items) {
        if (seen.contains(item.first))
            return refuse(CallbackDecision::Kind::Refused, 400, Tr::tr("Sign-in not recognised"),
                Tr::tr("This request repeats the parameter \"%1\" and was ignored.")
                    .arg(item.first.left(32)),
                QStringLiteral("repeated parameter"));
        seen.insert(item.first);
    }
    const QByteArray state
        = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (state.isEmpty() || expectedState.isEmpty() || state != expectedState)
        return refuse(CallbackDecision::Kind::Refused, 400, Tr::tr("Sign-in not recognised"),
            Tr::tr("This request does not belong to the sign-in in progress and was "
                   "ignored. Finish the sign-in in the window it opened, or run "
                   "\"seqera login\" again."),
            state.isEmpty() ? QStringLiteral("no state") : QStringLiteral("wrong state"));

    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        d.error = error;
        // Text for people, form-encoded (RFC 6749 appendix B; oidc-provider does): '+' is a
        // space there, a plus sign comes as %2B. Only here: a code is taken byte for byte.
        d.description = QUrl::fromPercentEncoding(
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyEncoded)
                .replace(QLatin1Char('+'), QLatin1Char(' '))
                .toUtf8());
        return refuse(CallbackDecision::Kind::AuthorizationError, 400, Tr::tr("Sign-in failed"),
            d.description.isEmpty()
                ? Tr::tr("The sign-in ended with the error \"%1\". Return to the "
                         "terminal for details.")
                      .arg(error)
                : Tr::tr("The sign-in ended with the error \"%1\": %2. Return to "
                         "the terminal for details.")
                      .arg(error, d.description));
    }
    if (query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).isEmpty())
        return refuse(CallbackDecision::Kind::Refused, 400, Tr::tr("Sign-in incomplete"),
            Tr::tr("This request carries no authorization code and was ignored."),
            QStringLiteral("no code"));

    d.kind = CallbackDecision::Kind::Code;
    for (const auto &item : items)
        d.values.insert(item.first, item.second);
    return d;
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("handled").toBool()) {
        socket->readAll();
        return;
    }
    const QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const CallbackDecision d = evaluate(buffer, m_expectedState, m_done);
    switch (d.kind) {
    case CallbackDecision::Kind::NeedMore:
        socket->setProperty("buffer", buffer);
        return;
    case CallbackDecision::Kind::Refused:
        socket->setProperty("handled", true);
        if (!d.reason.isEmpty())
            emit strayRequest(d.reason);
        respond(socket, d.status, d.title, d.message);
        return;
    case CallbackDecision::Kind::AuthorizationError:
        socket->setProperty("handled", true);
        m_done = true;
        respond(socket, d.status, d.title, d.message);
        m_server->close();
        emit authorizationFailed(d.error, d.description);
        return;
    case CallbackDecision::Kind::Code:
        // The one real callback: keep the browser waiting until the tokens are stored.
        socket->setProperty("handled", true);
        m_done = true;
        m_held = socket;
        m_server->close(); // nothing else needs to reach us now
        emit callbackReceived(d.values);
        return;
    }
}

void LoopbackServer::respond(
    QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    const QByteArray html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
        "<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em}"
        "h1{font-size:1.4em}</style></head><body><h1>%1</h1><p>%2</p></body></html>\n")
                                .arg(title.toHtmlEscaped(), message.toHtmlEscaped())
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
        + QByteArray::number(html.size())
        + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n"
          "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
        + html;
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace seqera

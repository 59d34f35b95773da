#include "loopbackserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
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
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    default: return "Error";
    }
}
} // namespace

LoopbackServer::LoopbackServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
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

void LoopbackServer::close()
{
    m_server->close();
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

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("handled").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->setProperty("handled", true);
        respond(socket, 413, Tr::tr("Request too large"), Tr::tr("This request was refused."));
        return;
    }
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("handled", true);
    socket->setProperty("buffer", QVariant());
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, Tr::tr("Bad request"), Tr::tr("This request was not understood."));
        return;
    }
    handleRequest(socket, parts.at(0), parts.at(1));
}

void LoopbackServer::handleRequest(QTcpSocket *socket, const QByteArray &method,
                                   const QByteArray &target)
{
    const QUrl url(QString::fromLatin1(target));
    if (url.path() != QLatin1String("/callback")) {
        emit strayRequest(QStringLiteral("path %1").arg(url.path().left(64)));
        respond(socket, 404, Tr::tr("Not found"),
                Tr::tr("This address only receives the answer of a Seqera sign-in."));
        return;
    }
    if (method != "GET") {
        emit strayRequest(QStringLiteral("method %1").arg(QString::fromLatin1(method.left(16))));
        respond(socket, 405, Tr::tr("Not allowed"), Tr::tr("This request was refused."));
        return;
    }

    const QUrlQuery query(url);
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    if (m_done) {
        respond(socket, 400, Tr::tr("Sign-in already finished"),
                Tr::tr("This sign-in has already been completed. You can close this window."));
        return;
    }
    if (state.isEmpty() || m_expectedState.isEmpty() || state != m_expectedState) {
        emit strayRequest(state.isEmpty() ? QStringLiteral("no state") : QStringLiteral("wrong state"));
        respond(socket, 400, Tr::tr("Sign-in not recognised"),
                Tr::tr("This request does not belong to the sign-in in progress and was "
                       "ignored. Finish the sign-in in the window it opened, or run "
                       "\"seqera login\" again."));
        return;
    }

    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description =
                query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        m_done = true;
        respond(socket, 400, Tr::tr("Sign-in failed"),
                description.isEmpty()
                        ? Tr::tr("The sign-in ended with the error \"%1\". Return to the terminal "
                                 "for details.")
                                  .arg(error)
                        : Tr::tr("The sign-in ended with the error \"%1\": %2. Return to the "
                                 "terminal for details.")
                                  .arg(error, description));
        m_server->close();
        emit authorizationFailed(error, description);
        return;
    }

    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        emit strayRequest(QStringLiteral("no code"));
        respond(socket, 400, Tr::tr("Sign-in incomplete"),
                Tr::tr("This request carries no authorization code and was ignored."));
        return;
    }

    // The one real callback: keep the browser waiting until the tokens are stored.
    m_done = true;
    m_held = socket;
    m_server->close(); // nothing else needs to reach us now
    QVariantMap values;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        values.insert(item.first, item.second);
    emit callbackReceived(values);
}

void LoopbackServer::respond(QTcpSocket *socket, int status, const QString &title,
                             const QString &message)
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

#include "tokenendpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

namespace testsupport {

TokenEndpoint::TokenEndpoint(QObject *parent)
    : QTcpServer(parent)
{
    listen(QHostAddress::LocalHost);
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl TokenEndpoint::tokenUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(serverPort()));
}

QUrl TokenEndpoint::revocationUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/revoke").arg(serverPort()));
}

void TokenEndpoint::serve(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QByteArray head = buffer.left(headerEnd).toLower();
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    const QByteArray body = buffer.mid(headerEnd + 4);
    if (body.size() < length)
        return;
    socket->setProperty("buffer", QByteArray());

    const QUrlQuery form(QString::fromUtf8(body));
    const QString path
        = QString::fromLatin1(buffer.left(buffer.indexOf("\r\n")).split(' ').value(1));
    int status = 200;
    QJsonObject reply;
    if (path == QLatin1String("/revoke")) {
        revokedTokens << form.queryItemValue(QStringLiteral("token"));
    } else {
        ++refreshes;
        refreshTokensSeen << form.queryItemValue(QStringLiteral("refresh_token"));
        if (answer == Answer::InvalidGrant) {
            status = 400;
            reply.insert(QStringLiteral("error"), QStringLiteral("invalid_grant"));
        } else if (answer == Answer::ServerError) {
            status = 500;
            reply.insert(QStringLiteral("error"), QStringLiteral("server_error"));
        } else {
            ++issued;
            reply.insert(QStringLiteral("access_token"), QStringLiteral("access-%1").arg(issued));
            reply.insert(QStringLiteral("refresh_token"), QStringLiteral("refresh-%1").arg(issued));
            reply.insert(QStringLiteral("token_type"), QStringLiteral("Bearer"));
            reply.insert(QStringLiteral("expires_in"), expiresIn);
        }
    }
    const QByteArray json = QJsonDocument(reply).toJson(QJsonDocument::Compact);
    const QByteArray reason = status == 200 ? "OK"
        : status == 400                     ? "Bad Request"
                                            : "Internal Server Error";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
        + "\r\nConnection: close\r\n\r\n" + json);
    socket->disconnectFromHost();
}

} // namespace testsupport

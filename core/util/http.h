#pragma once

#include "util/error.h"

#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>

class QNetworkReply;

namespace seqera::http {

// The outcome of one HTTP exchange, read completely from a finished reply.
struct Response
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object
    bool jsonValid = false;
    Error error; // set for transport errors, timeouts, 4xx/5xx and bad JSON
};

// `step` names what was being done ("discovery", "token request") and goes into the error
// message together with the address, so a user knows what failed where.
Response readReply(QNetworkReply *reply, const QString &step, bool expectJson = true);

QNetworkRequest jsonRequest(const QUrl &url, const QString &bearer = {});
QNetworkRequest formRequest(const QUrl &url);

// The scheme://host:port of a URL, never its query (which may carry a code or state).
QString displayAddress(const QUrl &url);

// The user agent and X-Client-Version value.
QByteArray clientVersion();

} // namespace seqera::http

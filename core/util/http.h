#pragma once

#include "util/error.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QJsonDocument;
class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// The one HTTP path of both programs. Every request goes through http::Job (or http::send),
// and every request gets, without the caller asking:
//  - the URL rule: https, or plain http only to this machine's loopback address, checked
//    each time a request is made (so a stored endpoint is re-checked every time it is used);
//  - a body cap (kMaxJsonBytes unless the request says otherwise): the transfer is aborted as
//    soon as Content-Length or the bytes received exceed it, with one clear error line;
//  - a TOTAL deadline (SEQERA_NETWORK_TIMEOUT_MS, carried by the network access manager from
//    createNetworkAccessManager()): a server sending one byte a second still times out.
//    Streams get an idle timeout instead, and a total byte cap;
//  - a redirect policy: Redirects::None (token, revocation and device endpoints: a 3xx is an
//    error) or Redirects::SameOrigin (elsewhere); nothing is ever sent on to another origin;
//  - the User-Agent "seqera-cli/<version> Qt/<version>", reading only while the reply is open,
//    and one classification of failures into seqera::Error with the step and the address.
// Replies made by Qt itself (the browser login's code exchange inside
// QOAuth2AuthorizationCodeFlow) get the same cap, deadline and "no redirect" rule from a
// manager made by createGuardedNetworkAccessManager().
namespace seqera::http {

// Named caps, each tested at cap + 1.
constexpr qint64 kMaxJsonBytes = 1024 * 1024; // any JSON answer (discovery, tokens, API)
constexpr qint64 kMaxStreamBytes = 64 * 1024 * 1024; // one connection of an event stream
constexpr qint64 kMaxEventBytes = 1024 * 1024; // one server-sent event (for the SSE parser)
constexpr int kDefaultTimeoutMs = 30000; // when the manager carries no timeout

enum class Redirects {
    None, // any 3xx answer is an error: for endpoints that receive codes and secrets
    SameOrigin, // follow only to the same scheme, host and port
};

struct Request
{
    QUrl url;
    QByteArray method = QByteArrayLiteral("GET"); // GET, POST, DELETE...
    QString step; // what is being done ("token request"): goes into every error message
    QString bearer; // sent as "Authorization: Bearer ..." when set
    QList<QPair<QByteArray, QByteArray>> headers; // extra raw headers (e.g. X-Client-Version)
    QByteArray body;
    QByteArray contentType;
    Redirects redirects = Redirects::SameOrigin;
    qint64 maxBytes = 0; // 0: kMaxJsonBytes, or kMaxStreamBytes for a stream (per connection)
    int timeoutMs = 0; // total deadline (idle timeout for streams); 0: the manager's setting
    bool expectJson = true; // a 2xx answer that is not a JSON object is an error
    bool stream = false; // deliver a 2xx body through Job::dataReceived as it arrives

    Request() = default;
    Request(QUrl u, QString s, QByteArray m = QByteArrayLiteral("GET"));

    // application/x-www-form-urlencoded from raw (unencoded) names and values.
    void setForm(const QList<QPair<QString, QString>> &fields);
    void setJson(const QJsonDocument &json);
    // A body already written as JSON (e.g. with its keys in an order of its own).
    void setJson(QByteArray json);
};

// The outcome of one HTTP exchange.
struct Response
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body; // empty for a streamed 2xx answer
    QJsonObject json; // the body when it is a JSON object
    bool jsonValid = false;
    Error error; // transport errors, timeouts, caps, redirects, 4xx/5xx, bad JSON
};

// One request in QtKeychain's shape: start(), then finished() exactly once (also after
// abort(), with Error::Code::Cancelled). Parent it to the object that waits for the answer:
// destroying the job aborts the transfer.
class Job : public QObject
{
    Q_OBJECT
public:
    Job(QNetworkAccessManager *nam, Request request, QObject *parent = nullptr);
    ~Job() override;

    void start();
    void abort();
    const Request &request() const { return m_request; }

Q_SIGNALS:
    // Streams only: a chunk of a 2xx body, in order, as it arrives.
    void dataReceived(const QByteArray &chunk);
    void finished(const seqera::http::Response &response);

private:
    void onReadyRead();
    void onMetaData();
    void onFinished();
    void stop(Error::Code code, const QString &message);
    void finish(const Response &response);
    bool isSuccess() const;
    qint64 cap() const;

    QNetworkAccessManager *m_nam;
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QByteArray m_body;
    qint64 m_received = 0;
    bool m_done = false;
};

// Runs one Job and calls `done` with its Response unless `context` (not null) is gone first.
// The job is a child of `context` and deletes itself; the returned pointer is for abort().
Job *send(QNetworkAccessManager *nam, Request request, QObject *context,
    std::function<void(const Response &)> done);

// The manager both programs use: carries the total deadline (SEQERA_NETWORK_TIMEOUT_MS) for
// Jobs; a request made on it outside a Job follows no redirect and gets the User-Agent.
QNetworkAccessManager *createNetworkAccessManager(int timeoutMs, QObject *parent = nullptr);
// For a component that makes its own requests and reads each answer only at the end
// (QOAuth2AuthorizationCodeFlow's code exchange): every reply also gets kMaxJsonBytes and the
// total deadline, its body is read as it arrives and readReply() hands it over. Not for
// anything that reads its replies itself.
QNetworkAccessManager *createGuardedNetworkAccessManager(int timeoutMs, QObject *parent = nullptr);

// Reads a finished reply that Qt made for us (QOAuth2AuthorizationCodeFlow's token request),
// with the same checks and messages as a Job.
Response readReply(QNetworkReply *reply, const QString &step, bool expectJson = true);

// https, or plain http to a loopback address: the rule for every URL that gets a credential.
bool isSecureOrLoopback(const QUrl &url);
// The error for a URL that fails isSecureOrLoopback(), naming what it is for.
Error insecureUrlError(const QUrl &url, const QString &what);

// The scheme://host:port/path of a URL, never its query (which may carry a code or state).
QString displayAddress(const QUrl &url);
// The base URL with its trailing slashes removed, and base + "/" + path.
QUrl withoutTrailingSlash(QUrl url);
QUrl childUrl(const QUrl &base, const QString &path);

// The one masking rule for logs: "…" and the last four characters, only "…" for a token of
// eight characters or fewer.
QString maskToken(const QString &token);

// "seqera-cli/<version> Qt/<version>", the User-Agent of every request.
QByteArray userAgent();

} // namespace seqera::http

Q_DECLARE_METATYPE(seqera::http::Response)

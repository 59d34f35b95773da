#include "http.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace seqera::http {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::http)
};

// Marks a request sent by a Job, which guards its own reply; the manager guards the rest.
constexpr auto kJobAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 17);
// Set on a reply that the manager's guard stopped: the message of why.
constexpr char kStoppedProperty[] = "seqera.http.stopped";
constexpr char kStoppedCodeProperty[] = "seqera.http.stoppedCode";
// Qt's HTTP thread reads an answer ahead without limit by default (read buffer size 0): with
// the main thread busy, 95 MB of a 300 MB answer had arrived before a cap check ran. The
// limit is larger than any valid answer: at 64 KiB (which also shrinks the socket's receive
// buffer) every renewal took ~35 ms longer (measured 26 -> 65 ms).
constexpr qint64 kReadAheadBytes = 2 * 1024 * 1024;
constexpr char kBodyObjectName[] = "seqera.http.body";

int effectiveTimeout(const QNetworkAccessManager *nam, int requested)
{
    if (requested > 0)
        return requested;
    return nam && nam->transferTimeout() > 0 ? nam->transferTimeout() : kDefaultTimeoutMs;
}

QString tooLargeMessage(const QUrl &url, const QString &step, qint64 cap)
{
    return Tr::tr("The server at %1 sent more than %2 for the %3, more than any valid answer; "
                  "the transfer was stopped and nothing was changed here. Check the address.")
        .arg(displayAddress(url), QLocale::c().formattedDataSize(cap, 0), step);
}

QString timeoutMessage(const QUrl &url, const QString &step)
{
    return Tr::tr("The %1 at %2 did not answer in time. The server may be down or "
                  "unreachable from here; try again later.")
        .arg(step, displayAddress(url));
}

QString redirectMessage(const QUrl &url, const QString &step, const QUrl &target)
{
    return Tr::tr("The server at %1 answered the %2 with a redirect to %3. Credentials are "
                  "never sent on to another address, so the request was stopped; check the "
                  "address.")
        .arg(displayAddress(url), step,
            target.isEmpty() ? Tr::tr("another address") : displayAddress(target));
}

bool isRedirect(int status)
{
    return status >= 300 && status < 400;
}

QUrl redirectTarget(QNetworkReply *reply)
{
    const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    return target.isEmpty() ? target : reply->url().resolved(target);
}

// The one classification of an HTTP outcome, for Jobs and for replies Qt made.
Response classify(QNetworkReply *reply, const QString &step, bool expectJson, QByteArray body)
{
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = std::move(body);
    const QUrl url = reply->url();
    const QString address = displayAddress(url);
    const auto code = reply->error();

    if (code == QNetworkReply::InsecureRedirectError || code == QNetworkReply::TooManyRedirectsError
        || isRedirect(r.status)) {
        r.error = { Error::Code::Protocol, redirectMessage(url, step, redirectTarget(reply)) };
        return r;
    }
    // Transport errors (1-99) count even after a status line arrived: a truncated body.
    if (r.status == 0
        || (code > QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied)) {
        if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
            r.error = { Error::Code::Timeout, timeoutMessage(url, step) };
        } else {
            r.error = { Error::Code::Network,
                Tr::tr("Could not reach %1 for the %2: %3. Check the address and your "
                       "network connection.")
                    .arg(address, step, reply->errorString()) };
        }
        return r;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    r.jsonValid = parseError.error == QJsonParseError::NoError && doc.isObject();
    if (r.jsonValid)
        r.json = doc.object();

    if (r.status >= 500) {
        r.error = { Error::Code::Server,
            Tr::tr("The server at %1 failed during the %2 (HTTP %3). Nothing was changed "
                   "here; try again later.")
                .arg(address, step)
                .arg(r.status) };
    } else if (r.status == 401 || r.status == 403) {
        r.error = { Error::Code::Unauthorized,
            Tr::tr("The server at %1 refused the credentials for the %2 (HTTP %3).")
                .arg(address, step)
                .arg(r.status) };
    } else if (r.status >= 400) {
        const QString detail
            = r.json.value(QStringLiteral("error_description"))
                  .toString(r.json.value(QStringLiteral("error"))
                                .toString(r.json.value(QStringLiteral("message")).toString()));
        r.error = { Error::Code::Protocol,
            detail.isEmpty() ? Tr::tr("The server at %1 refused the %2 (HTTP %3).")
                                   .arg(address, step)
                                   .arg(r.status)
                             : Tr::tr("The server at %1 refused the %2 (HTTP %3): %4")
                                   .arg(address, step)
                                   .arg(r.status)
                                   .arg(detail) };
    } else if (expectJson && !r.jsonValid) {
        r.error = { Error::Code::Server,
            Tr::tr("The server at %1 sent an answer to the %2 that is not valid JSON. "
                   "Nothing was changed here; try again later.")
                .arg(address, step) };
    }
    return r;
}

// Guards a reply Qt made on its own (no Job around it) with the default cap and deadline.
// Holds the body of a reply Qt made, read as it arrives (so Qt's read-ahead stays bounded);
// readReply() takes it from here.
class ReplyBody : public QObject
{
public:
    explicit ReplyBody(QNetworkReply *reply)
        : QObject(reply)
    {
        setObjectName(QLatin1String(kBodyObjectName));
    }
    static ReplyBody *of(QNetworkReply *reply)
    {
        return static_cast<ReplyBody *>(reply->findChild<QObject *>(
            QLatin1String(kBodyObjectName), Qt::FindDirectChildrenOnly));
    }
    QByteArray body;
};

// Guards a reply Qt made on its own (no Job around it) with the default cap and deadline.
void guardReply(QNetworkReply *reply, int timeoutMs)
{
    auto stop = [reply](Error::Code code, const QString &message) {
        if (reply->isFinished() || reply->property(kStoppedProperty).isValid())
            return;
        reply->setProperty(kStoppedProperty, message);
        reply->setProperty(kStoppedCodeProperty, int(code));
        reply->abort();
    };
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, stop] {
        stop(Error::Code::Timeout, timeoutMessage(reply->url(), Tr::tr("request")));
    });
    timer->start(timeoutMs);
    auto *holder = new ReplyBody(reply);
    auto tooLarge = [reply, stop] {
        stop(Error::Code::Server, tooLargeMessage(reply->url(), Tr::tr("request"), kMaxJsonBytes));
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, tooLarge] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > kMaxJsonBytes)
            tooLarge();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, holder, [reply, holder, tooLarge] {
        if (!reply->isOpen())
            return;
        holder->body += reply->readAll();
        if (holder->body.size() > kMaxJsonBytes) {
            holder->body.clear();
            tooLarge();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    reply->setReadBufferSize(kReadAheadBytes);
}

class GuardedNetworkAccessManager : public QNetworkAccessManager
{
public:
    GuardedNetworkAccessManager(bool guardEveryReply, QObject *parent)
        : QNetworkAccessManager(parent)
        , m_guardEveryReply(guardEveryReply)
    { }

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &original, QIODevice *data) override
    {
        QNetworkRequest request(original);
        const bool ours = request.attribute(kJobAttribute).toBool();
        if (!ours && request.header(QNetworkRequest::UserAgentHeader).isNull())
            request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        if (!ours && m_guardEveryReply)
            guardReply(reply, effectiveTimeout(this, request.transferTimeout()));
        return reply;
    }

private:
    const bool m_guardEveryReply;
};

QNetworkAccessManager *makeManager(bool guardEveryReply, int timeoutMs, QObject *parent)
{
    auto *nam = new GuardedNetworkAccessManager(guardEveryReply, parent);
    nam->setTransferTimeout(timeoutMs > 0 ? timeoutMs : kDefaultTimeoutMs);
    // Requests that do not choose (any made outside a Job) follow no redirect.
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return nam;
}
} // namespace

Request::Request(QUrl u, QString s, QByteArray m)
    : url(std::move(u))
    , method(std::move(m))
    , step(std::move(s))
{ }

void Request::setForm(const QList<QPair<QString, QString>> &fields)
{
    // Every byte outside the unreserved set is percent-encoded, so '+', '&', '=' and '%' in a
    // value arrive as they were given.
    QUrlQuery encoded;
    for (const auto &[key, value] : fields)
        encoded.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
            QString::fromLatin1(QUrl::toPercentEncoding(value)));
    body = encoded.toString(QUrl::FullyEncoded).toUtf8();
    contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
}

void Request::setJson(const QJsonDocument &json)
{
    setJson(json.toJson(QJsonDocument::Compact));
}

void Request::setJson(QByteArray json)
{
    body = std::move(json);
    contentType = QByteArrayLiteral("application/json");
}

Job::Job(QNetworkAccessManager *nam, Request request, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this,
        [this] { stop(Error::Code::Timeout, timeoutMessage(m_request.url, m_request.step)); });
}

Job::~Job()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void Job::start()
{
    if (!isSecureOrLoopback(m_request.url)) {
        const Error error = insecureUrlError(m_request.url, m_request.step);
        QTimer::singleShot(0, this, [this, error] {
            Response r;
            r.error = error;
            finish(r);
        });
        return;
    }
    QNetworkRequest req(m_request.url);
    req.setAttribute(kJobAttribute, true);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!m_request.stream)
        req.setRawHeader("Accept", "application/json");
    if (!m_request.bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_request.bearer.toUtf8());
    if (!m_request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_request.contentType);
    for (const auto &[name, value] : std::as_const(m_request.headers))
        req.setRawHeader(name, value);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
        m_request.redirects == Redirects::None ? QNetworkRequest::ManualRedirectPolicy
                                               : QNetworkRequest::SameOriginRedirectPolicy);
    const int timeout = effectiveTimeout(m_nam, m_request.timeoutMs);
    req.setTransferTimeout(timeout);

    if (m_request.method == "GET" && m_request.body.isEmpty())
        m_reply = m_nam->get(req);
    else if (m_request.method == "POST")
        m_reply = m_nam->post(req, m_request.body);
    else
        m_reply = m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    m_reply->setReadBufferSize(kReadAheadBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Job::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &Job::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Job::onFinished);
    m_deadline->start(timeout);
}

void Job::abort()
{
    stop(Error::Code::Cancelled, Tr::tr("The %1 was cancelled.").arg(m_request.step));
}

qint64 Job::cap() const
{
    const qint64 chosen = m_request.maxBytes > 0 ? m_request.maxBytes
        : m_request.stream                       ? kMaxStreamBytes
                                                 : kMaxJsonBytes;
    // A stream's error answer is a JSON document like any other.
    return m_request.stream && !isSuccess() ? qMin(chosen, kMaxJsonBytes) : chosen;
}

bool Job::isSuccess() const
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

void Job::onMetaData()
{
    if (!m_reply)
        return;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced > cap())
        stop(Error::Code::Server, tooLargeMessage(m_request.url, m_request.step, cap()));
}

void Job::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > cap()) {
        stop(Error::Code::Server, tooLargeMessage(m_request.url, m_request.step, cap()));
        return;
    }
    if (m_request.stream && isSuccess()) {
        m_deadline->start(); // an idle timeout for streams
        emit dataReceived(chunk); // `this` may be gone after this line
        return;
    }
    m_body += chunk;
}

void Job::onFinished()
{
    if (!m_reply || m_done)
        return;
    if (m_reply->isOpen()) {
        const QByteArray rest = m_reply->readAll();
        m_received += rest.size();
        if (m_received > cap()) {
            stop(Error::Code::Server, tooLargeMessage(m_request.url, m_request.step, cap()));
            return;
        }
        if (m_request.stream && isSuccess() && !rest.isEmpty()) {
            const QPointer<Job> self(this);
            emit dataReceived(rest);
            if (!self || m_done)
                return;
        } else {
            m_body += rest;
        }
    }
    const bool streamed = m_request.stream && isSuccess();
    Response r = classify(
        m_reply, m_request.step, m_request.expectJson && !streamed, std::exchange(m_body, {}));
    finish(r);
}

void Job::stop(Error::Code code, const QString &message)
{
    if (m_done)
        return;
    Response r; // status 0: no complete answer arrived
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    r.error = { code, message };
    finish(r);
}

void Job::finish(const Response &response)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply.clear();
    }
    emit finished(response);
}

Job *send(QNetworkAccessManager *nam, Request request, QObject *context,
    std::function<void(const Response &)> done)
{
    auto *job = new Job(nam, std::move(request), context);
    QObject::connect(job, &Job::finished, context, [job, done](const Response &r) {
        job->deleteLater();
        done(r);
    });
    job->start();
    return job;
}

QNetworkAccessManager *createNetworkAccessManager(int timeoutMs, QObject *parent)
{
    return makeManager(false, timeoutMs, parent);
}

QNetworkAccessManager *createGuardedNetworkAccessManager(int timeoutMs, QObject *parent)
{
    return makeManager(true, timeoutMs, parent);
}

Response readReply(QNetworkReply *reply, const QString &step, bool expectJson)
{
    const QVariant stopped = reply->property(kStoppedProperty);
    if (stopped.isValid()) {
        Response r; // status 0: no complete answer arrived
        // The guard did not know the step; name it now.
        const auto code = Error::Code(reply->property(kStoppedCodeProperty).toInt());
        r.error = { code,
            code == Error::Code::Timeout ? timeoutMessage(reply->url(), step)
                                         : tooLargeMessage(reply->url(), step, kMaxJsonBytes) };
        return r;
    }
    QByteArray body;
    if (ReplyBody *holder = ReplyBody::of(reply))
        body = std::exchange(holder->body, {});
    if (reply->isOpen())
        body += reply->readAll();
    return classify(reply, step, expectJson, std::move(body));
}

bool isSecureOrLoopback(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QHostAddress address(url.host());
    return url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

Error insecureUrlError(const QUrl &url, const QString &what)
{
    return { Error::Code::InvalidInput,
        Tr::tr("Refusing the %1 over plain HTTP (or another scheme) to %2: credentials are only "
               "sent to an https:// address, or over plain http to this machine's loopback "
               "address.")
            .arg(what, displayAddress(url)) };
}

QString displayAddress(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl childUrl(const QUrl &base, const QString &path)
{
    QUrl url = withoutTrailingSlash(base);
    QString child = path;
    while (child.startsWith(QLatin1Char('/')))
        child.remove(0, 1);
    url.setPath(url.path() + QLatin1Char('/') + child);
    return url;
}

QString maskToken(const QString &token)
{
    // Four characters of a short token would be most of it.
    return token.size() > 8 ? QStringLiteral("…") + token.right(4) : QStringLiteral("…");
}

QByteArray userAgent()
{
    return QByteArrayLiteral("seqera-cli/") + QCoreApplication::applicationVersion().toUtf8()
        + QByteArrayLiteral(" Qt/") + QByteArray(qVersion());
}

} // namespace seqera::http

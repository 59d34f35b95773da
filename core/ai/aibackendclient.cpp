#include "aibackendclient.h"

#include "ai/localtools.h"
#include "util/http.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcAi, "seqera.ai", QtWarningMsg)

namespace seqera::ai {

namespace {

// The backend's own words (FastAPI style: a string, or a list of {msg}), when it sent any.
QString detailOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue detail = doc.object().value(QStringLiteral("detail"));
    if (detail.isString())
        return detail.toString();
    if (detail.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : detail.toArray())
            parts << (v.isObject() ? v.toObject().value(QStringLiteral("msg")).toString()
                                   : v.toString());
        parts.removeAll(QString());
        return parts.join(QStringLiteral("; "));
    }
    if (detail.isObject()) {
        const QString message = detail.toObject().value(QStringLiteral("message")).toString();
        return message.isEmpty()
            ? QString::fromUtf8(QJsonDocument(detail.toObject()).toJson(QJsonDocument::Compact))
            : message;
    }
    const QString message = doc.object().value(QStringLiteral("message")).toString();
    return message;
}

constexpr int kStreamIdleMs = 120000;
// One event (the unfinished one being parsed) and one answer's whole stream.
constexpr qsizetype kMaxEventBytes = 1024 * 1024;
constexpr qint64 kMaxStreamBytes = 256LL * 1024 * 1024;

AiEvent::Type typeFromName(const QString &name, bool *known)
{
    static const QHash<QString, AiEvent::Type> types {
        { QStringLiteral("start"), AiEvent::Type::Start },
        { QStringLiteral("text-delta"), AiEvent::Type::TextDelta },
        { QStringLiteral("reasoning"), AiEvent::Type::Reasoning },
        { QStringLiteral("tool-call"), AiEvent::Type::ToolCall },
        { QStringLiteral("tool-result"), AiEvent::Type::ToolResult },
        { QStringLiteral("execute-local"), AiEvent::Type::ExecuteLocal },
        { QStringLiteral("finish"), AiEvent::Type::Finish },
        { QStringLiteral("error"), AiEvent::Type::Error },
        { QStringLiteral("compacting"), AiEvent::Type::Compacting },
        { QStringLiteral("history_end"), AiEvent::Type::HistoryEnd },
    };
    const auto it = types.constFind(name);
    *known = it != types.constEnd();
    return *known ? *it : AiEvent::Type::TextDelta;
}

QString errorText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject()) {
        const QString message = value.toObject().value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            return message;
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}
} // namespace

AiBackendClient::AiBackendClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_clientVersion(QCoreApplication::applicationVersion())
    , m_reconnectTimer(new QTimer(this))
{
    qRegisterMetaType<AiEvent>();
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &AiBackendClient::connectStream);
}

AiBackendClient::~AiBackendClient()
{
    closeStream();
}

void AiBackendClient::setReconnectPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs)
{
    m_maxAttempts = maxAttempts;
    m_baseDelayMs = baseDelayMs;
    m_maxDelayMs = maxDelayMs;
}

void AiBackendClient::setRetryPolicy(int tries, int firstDelayMs)
{
    m_tries = qMax(1, tries);
    m_retryDelayMs = firstDelayMs;
}

QNetworkRequest AiBackendClient::request(
    const QString &path, const QUrlQuery *query, bool versioned) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    if (query)
        url.setQuery(*query);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, http::clientVersion());
    req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (versioned && !m_clientVersion.isEmpty())
        req.setRawHeader("X-Client-Version", m_clientVersion.toUtf8());
    // The Bearer token must never reach another origin: follow same-origin redirects only.
    req.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return req;
}

Error AiBackendClient::errorFor(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString detail = detailOf(body);
    const QString where
        = reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError)
        return {};
    if (status == 401)
        return Error(Error::Code::Unauthorized,
            Error::tr("The Seqera AI backend refused the access token (HTTP 401)."));
    if (status == 429)
        return Error(Error::Code::UsageLimit,
            detail.isEmpty() ? Error::tr("The Seqera AI backend says you have reached your usage "
                                         "limit (HTTP 429). Try again later.")
                             : detail);
    if (status == 403)
        return Error(Error::Code::AccessDenied,
            Error::tr("The Seqera AI backend denied access (HTTP 403): %1")
                .arg(detail.isEmpty() ? reply->errorString() : detail));
    if (status >= 500)
        return Error(Error::Code::Server,
            Error::tr("The Seqera AI backend had a problem (HTTP %1 from %2). Nothing was "
                      "lost; try again in a moment.%3")
                .arg(status)
                .arg(where,
                    detail.isEmpty() ? QString()
                                     : QStringLiteral(" (") + detail + QStringLiteral(")")));
    if (status >= 400)
        return Error(Error::Code::Protocol,
            Error::tr("The Seqera AI backend rejected the request (HTTP %1 from %2): %3")
                .arg(status)
                .arg(where, detail.isEmpty() ? reply->errorString() : detail));
    if (status >= 300 && status < 400)
        return Error(Error::Code::Protocol,
            Error::tr("The Seqera AI backend at %1 redirected the request to another address "
                      "(HTTP %2). It was not followed, so the access token stays with the "
                      "backend you chose. Check SEQERA_AI_BACKEND_URL.")
                .arg(where)
                .arg(status));
    if (reply->error() == QNetworkReply::OperationCanceledError
        || reply->error() == QNetworkReply::TimeoutError)
        return Error(Error::Code::Timeout,
            Error::tr("The Seqera AI backend at %1 did not answer in time. Check the "
                      "network or SEQERA_AI_BACKEND_URL, then try again.")
                .arg(where));
    if (reply->error() != QNetworkReply::NoError)
        return Error(Error::Code::Network,
            Error::tr("Cannot reach the Seqera AI backend at %1: %2. Check the network "
                      "or SEQERA_AI_BACKEND_URL, then try again.")
                .arg(where, reply->errorString()));
    return Error(Error::Code::Protocol,
        Error::tr("The Seqera AI backend at %1 answered with HTTP status %2, which this "
                  "client does not understand.")
            .arg(where)
            .arg(status));
}

void AiBackendClient::call(
    std::function<QNetworkReply *()> send, bool retry, int timeoutMs, Reply done, int attempt)
{
    QNetworkReply *reply = send();
    // A total deadline per try (a transfer timeout would restart with every byte).
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("seqeraTimedOut", true);
        reply->abort();
    });
    deadline->start(timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, send, retry, timeoutMs, done, attempt] {
            reply->deleteLater();
            // An aborted reply is closed: reading it would only print a Qt warning.
            const QByteArray body = reply->isOpen() ? reply->read(kMaxJsonBytes + 1) : QByteArray();
            Error error = errorFor(reply, body);
            if (!error && body.size() > kMaxJsonBytes)
                error = Error(Error::Code::Protocol,
                    tr("The Seqera AI backend sent an answer larger than %1 bytes; it was "
                       "refused. Check SEQERA_AI_BACKEND_URL.")
                        .arg(kMaxJsonBytes));
            qCDebug(lcAi) << reply->operation() << reply->url().path()
                          << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                          << "try" << attempt;
            if (error && retry && error.isTransient() && attempt < m_tries) {
                // 1 s, then 2 s, each with up to 25 % jitter so clients do not march in step.
                const int base = m_retryDelayMs * (1 << (attempt - 1));
                const int delay = base + int(QRandomGenerator::global()->bounded(base / 4 + 1));
                qCInfo(lcAi) << "retrying" << reply->url().path() << "in" << delay << "ms";
                QTimer::singleShot(delay, this, [this, send, retry, timeoutMs, done, attempt] {
                    call(send, retry, timeoutMs, done, attempt + 1);
                });
                return;
            }
            done(body, error);
        });
}

void AiBackendClient::postJson(const QString &path, const QJsonObject &body, Reply done)
{
    QNetworkRequest req = request(path, nullptr, true);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray data = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call([this, req, data] { return m_network->post(req, data); }, true, m_timeoutMs,
        std::move(done));
}

void AiBackendClient::get(const QString &path, const QUrlQuery &query, bool versioned, Reply done)
{
    QNetworkRequest req = request(path, query.isEmpty() ? nullptr : &query, versioned);
    req.setRawHeader("Accept", "application/json");
    if (versioned)
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    call([this, req] { return m_network->get(req); }, versioned, m_timeoutMs, std::move(done));
}

void AiBackendClient::createSession(
    const QJsonObject &body, std::function<void(const QString &, const Error &)> done)
{
    postJson(QStringLiteral("/v1/cli/sessions"), body,
        [done](const QByteArray &answer, const Error &error) {
            if (error)
                return done(QString(), error);
            const QJsonObject o = QJsonDocument::fromJson(answer).object();
            QString id = o.value(QStringLiteral("session_id")).toString();
            if (id.isEmpty())
                id = o.value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                return done(QString(),
                    Error(Error::Code::Protocol,
                        Error::tr("The Seqera AI backend did not return a session "
                                  "id. Check SEQERA_AI_BACKEND_URL.")));
            done(id, Error());
        });
}

QString AiBackendClient::sendMessage(const QString &sessionId, const Message &message, Done done)
{
    const QString runId = message.runId.isEmpty()
        ? QUuid::createUuid().toString(QUuid::WithoutBraces)
        : message.runId;
    // The order of ai-protocol §4 (QJsonObject sorts keys; the backend reads them by name).
    QJsonObject body {
        { QStringLiteral("type"), QStringLiteral("user_message") },
        { QStringLiteral("content"), message.content },
        { QStringLiteral("run_id"), runId },
        { QStringLiteral("verbose"), message.verbose },
        { QStringLiteral("interaction_mode"),
            message.headless ? QStringLiteral("headless") : QStringLiteral("interactive") },
        { QStringLiteral("caller"), message.caller },
    };
    if (message.plan)
        body.insert(QStringLiteral("mode"), QStringLiteral("plan"));
    postJson(QStringLiteral("/v1/cli/sessions/%1/messages").arg(sessionId), body,
        [done](const QByteArray &, const Error &error) { done(error); });
    return runId;
}

void AiBackendClient::sendCancel(const QString &sessionId, Done done)
{
    postJson(QStringLiteral("/v1/cli/sessions/%1/messages").arg(sessionId),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("cancel") } },
        [done](const QByteArray &, const Error &error) { done(error); });
}

void AiBackendClient::postToolResult(
    const QString &sessionId, const QString &requestId, const ToolResult &result, Done done)
{
    postJson(QStringLiteral("/v1/cli/sessions/%1/tool-results").arg(sessionId),
        QJsonObject { { QStringLiteral("request_id"), requestId },
            { QStringLiteral("result"), result.toJson() } },
        [done](const QByteArray &, const Error &error) { done(error); });
}

void AiBackendClient::expireSession(const QString &sessionId, Done done, int timeoutMs)
{
    const QNetworkRequest req
        = request(QStringLiteral("/v1/cli/sessions/%1/expire").arg(sessionId));
    call([this, req] { return m_network->post(req, QByteArray()); }, false,
        qMin(timeoutMs, m_timeoutMs),
        [done](const QByteArray &, const Error &error) { done(error); });
}

void AiBackendClient::listSessions(const QString &cwd, int limit,
    std::function<void(const QList<AiSessionInfo> &, const Error &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cwd.isEmpty())
        query.addQueryItem(QStringLiteral("cwd"), cwd);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("expired"));
    get(QStringLiteral("/v1/cli/sessions"), query, false,
        [done](const QByteArray &body, const Error &error) {
            QList<AiSessionInfo> sessions;
            if (error)
                return done(sessions, error);
            const QJsonArray list = QJsonDocument::fromJson(body)
                                        .object()
                                        .value(QStringLiteral("sessions"))
                                        .toArray();
            for (const QJsonValue &v : list) {
                const QJsonObject o = v.toObject();
                AiSessionInfo info { o.value(QStringLiteral("session_id")).toString(),
                    o.value(QStringLiteral("title")).toString(),
                    o.value(QStringLiteral("created_at")).toString(),
                    o.value(QStringLiteral("last_used")).toString(),
                    o.value(QStringLiteral("cwd")).toString() };
                if (!info.sessionId.isEmpty())
                    sessions << info;
            }
            done(sessions, Error());
        });
}

void AiBackendClient::credits(
    const QString &organizationId, std::function<void(const QJsonObject &, const Error &)> done)
{
    QUrlQuery query;
    if (!organizationId.isEmpty())
        query.addQueryItem(QStringLiteral("org_id"), organizationId);
    get(QStringLiteral("/v1/cli/credits"), query, true,
        [done](const QByteArray &body, const Error &error) {
            done(QJsonDocument::fromJson(body).object(), error);
        });
}

// ---- event stream ------------------------------------------------------------------------

void AiBackendClient::openStream(const QString &sessionId, bool replayHistory)
{
    closeStream();
    if (m_lastEventIdSession != sessionId) {
        m_lastEventId = -1;
        m_lastEventIdSession = sessionId;
    }
    m_streamSession = sessionId;
    m_replayHistory = replayHistory;
    m_inHistory = replayHistory && m_lastEventId < 0;
    m_attempt = 0;
    m_streamBytes = 0;
    m_streamActive = true;
    connectStream();
}

void AiBackendClient::closeStream()
{
    m_reconnectTimer->stop();
    m_streamActive = false;
    if (QNetworkReply *reply = m_stream.data()) {
        m_stream.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void AiBackendClient::connectStream()
{
    if (!m_streamActive)
        return;
    QUrlQuery query;
    // While history is still being replayed a cursor would skip the `history_end` marker;
    // ids already delivered are dropped below instead.
    if (m_lastEventId >= 0 && !m_inHistory)
        query.addQueryItem(QStringLiteral("cursor"), QString::number(m_lastEventId + 1));
    QNetworkRequest req
        = request(QStringLiteral("/v1/cli/sessions/%1/events").arg(m_streamSession), &query, true);
    req.setRawHeader("Accept", "text/event-stream");
    req.setRawHeader("Cache-Control", "no-cache");
    // Live events: the backend stops the run when this stream closes only if it knows the
    // client sends an explicit cancel instead.
    req.setRawHeader("X-Client-Explicit-Cancel", "1");
    // Idle, not total: a long answer is fine, silence (not even a keepalive) is not.
    req.setTransferTimeout(kStreamIdleMs);
    m_parser.reset();
    m_gotEventThisConnection = false;
    qCDebug(lcAi) << "opening event stream, cursor"
                  << query.queryItemValue(QStringLiteral("cursor"));
    QNetworkReply *reply = m_network->get(req);
    m_stream = reply;
    connect(reply, &QNetworkReply::readyRead, this, &AiBackendClient::onStreamData);
    connect(reply, &QNetworkReply::finished, this, &AiBackendClient::onStreamFinished);
}

void AiBackendClient::onStreamData()
{
    QNetworkReply *reply = m_stream.data();
    if (!reply || reply != sender())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 || !reply->isOpen())
        return; // an error body: read it when the reply finishes
    const QByteArray bytes = reply->readAll();
    m_streamBytes += bytes.size();
    const QList<SseEvent> events = m_parser.feed(bytes);
    if (m_parser.pendingBytes() > kMaxEventBytes || m_streamBytes > kMaxStreamBytes) {
        return failStream(Error(Error::Code::Protocol,
            m_streamBytes > kMaxStreamBytes
                ? tr("The Seqera AI backend sent more than %1 MiB for one answer; the stream "
                     "was closed.")
                      .arg(kMaxStreamBytes / (1024 * 1024))
                : tr("The Seqera AI backend sent an event larger than %1 KiB; the stream was "
                     "closed.")
                      .arg(kMaxEventBytes / 1024)));
    }
    for (const SseEvent &sse : events) {
        handleSse(sse);
        if (m_stream.data() != reply) // a terminal event, or a slot closed/reopened the stream
            return;
    }
}

void AiBackendClient::handleSse(const SseEvent &sse)
{
    qint64 id = -1;
    if (sse.ownId) {
        bool ok = false;
        id = sse.id.toLongLong(&ok);
        if (!ok)
            id = -1;
    }
    if (id >= 0 && id <= m_lastEventId)
        return; // already delivered before the reconnect
    if (id >= 0)
        m_lastEventId = id;

    const QJsonDocument doc = QJsonDocument::fromJson(sse.data.toUtf8());
    const QJsonObject o = doc.object();
    QString typeName = o.value(QStringLiteral("type")).toString();
    if (typeName.isEmpty() && sse.event != QLatin1String("message"))
        typeName = sse.event;
    bool known = false;
    AiEvent event;
    event.type = typeFromName(typeName, &known);
    if (!known) {
        qCDebug(lcAi) << "ignoring event of type" << typeName;
        return;
    }
    m_gotEventThisConnection = true;
    m_attempt = 0;

    event.id = id;
    event.history = m_inHistory;
    switch (event.type) {
    case AiEvent::Type::Start:
        event.threadId = o.value(QStringLiteral("threadId")).toString();
        break;
    case AiEvent::Type::TextDelta:
    case AiEvent::Type::Reasoning:
        event.text = o.value(QStringLiteral("delta")).toString();
        if (event.text.isEmpty())
            event.text = o.value(QStringLiteral("text")).toString();
        break;
    case AiEvent::Type::ToolCall:
        event.toolCallId = o.value(QStringLiteral("toolCallId")).toString();
        event.toolName = o.value(QStringLiteral("toolName")).toString();
        event.args = o.value(QStringLiteral("args")).toObject();
        break;
    case AiEvent::Type::ToolResult:
        event.toolCallId = o.value(QStringLiteral("toolCallId")).toString();
        event.result = o.value(QStringLiteral("result"));
        break;
    case AiEvent::Type::ExecuteLocal:
        event.toolName = o.value(QStringLiteral("toolName")).toString();
        event.args = o.value(QStringLiteral("args")).toObject();
        event.requestId = o.value(QStringLiteral("requestId")).toString();
        break;
    case AiEvent::Type::Finish:
        event.finishReason = o.value(QStringLiteral("finishReason")).toString();
        event.usage = o.value(QStringLiteral("usage")).toObject();
        break;
    case AiEvent::Type::Error:
        event.text = errorText(o.value(QStringLiteral("error")));
        if (event.text.isEmpty())
            event.text = tr("The assistant reported an error without details.");
        break;
    case AiEvent::Type::HistoryEnd:
        m_inHistory = false;
        event.history = false;
        break;
    case AiEvent::Type::Compacting:
        break;
    }

    if (event.isTerminal() && !event.history)
        closeStream(); // the run is over; the next message opens a new stream
    emit eventReceived(event);
}

void AiBackendClient::onStreamFinished()
{
    QNetworkReply *reply = m_stream.data();
    if (!reply || reply != sender())
        return;
    // Whatever arrived with the end of the stream still counts.
    onStreamData();
    if (m_stream.data() != reply)
        return;
    m_stream.clear();
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body
        = status == 200 || !reply->isOpen() ? QByteArray() : reply->read(kMaxJsonBytes);
    const Error error = status == 200 ? Error() : errorFor(reply, body);
    // Refusals do not get better by retrying; server trouble and broken connections might.
    if (error && !error.isTransient())
        return failStream(error);
    scheduleReconnect(error ? error
                            : Error(Error::Code::Network,
                                tr("The answer stream ended before the answer was complete.")));
}

void AiBackendClient::scheduleReconnect(const Error &why)
{
    if (!m_streamActive)
        return;
    ++m_attempt;
    if (m_attempt > m_maxAttempts) {
        return failStream(
            Error(why.code == Error::Code::Timeout ? Error::Code::Timeout : Error::Code::Network,
                tr("The answer stream broke off and could not be resumed after %n attempt(s) (%1). "
                   "The answer is incomplete: check the network and ask again.",
                    nullptr, m_maxAttempts)
                    .arg(why.message)));
    }
    qint64 delay = m_baseDelayMs;
    for (int i = 1; i < m_attempt && delay < m_maxDelayMs; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, m_maxDelayMs);
    qCInfo(lcAi) << "event stream dropped (" << why.message << "), reconnecting in" << delay
                 << "ms, attempt" << m_attempt;
    emit reconnecting(m_attempt, int(delay));
    m_reconnectTimer->start(int(delay));
}

void AiBackendClient::failStream(const Error &error)
{
    closeStream();
    emit streamFailed(error);
}

} // namespace seqera::ai

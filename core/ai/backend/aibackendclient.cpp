#include "aibackendclient.h"

#include "ai/context/projectcontext.h"
#include "ai/tools/localtools.h"
#include "util/http.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QRegularExpression>
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

const QStringList kCli { QStringLiteral("v1"), QStringLiteral("cli") };

// base + every segment percent-encoded: a segment can never add a "/" or a "?" of its own.
QUrl endpointUrl(const QUrl &base, const QStringList &segments)
{
    QUrl url = http::withoutTrailingSlash(base);
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    for (const QString &segment : segments)
        path += '/' + QUrl::toPercentEncoding(segment);
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    return url;
}

// For an id that fails isValidSessionId() where it was about to go into a URL.
Error invalidSessionIdError()
{
    return Error(Error::Code::InvalidInput,
        AiBackendClient::tr("The session id is not valid (1 to 128 letters, digits, \".\", "
                            "\"_\" or \"-\"): nothing was sent."));
}

// "10 minutes", "2 seconds": how long the stream stayed silent, for the error.
QString duration(int ms)
{
    if (ms >= 60000 && ms % 60000 == 0)
        return AiBackendClient::tr("%n minute(s)", nullptr, ms / 60000);
    return AiBackendClient::tr("%n second(s)", nullptr, qMax(1, (ms + 999) / 1000));
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// Worth another try: a 5xx, a broken or refused connection, a deadline. Not a refusal, a
// redirect, a cap or the URL rule: those give the same answer every time.
bool isTransient(const http::Response &response, const Error &error)
{
    return response.status >= 500 || error.code == Error::Code::Network
        || error.code == Error::Code::Timeout;
}

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

Error refusedTokenError(const QString &source, bool renewable)
{
    if (renewable)
        return Error(Error::Code::Unauthorized,
            QCoreApplication::translate("seqera::ai::Conversation",
                "The Seqera AI backend refused the access token of %1 even after renewing it. "
                "Run \"seqera login\" and try again.")
                .arg(source));
    return Error(Error::Code::Unauthorized,
        QCoreApplication::translate("seqera::ai::Conversation",
            "The Seqera AI backend refused the access token from %1 (HTTP 401). Replace it "
            "with a valid token, or unset it to use your login.")
            .arg(source));
}

bool isValidSessionId(const QString &id)
{
    // Anchored for real: "$" alone would accept a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._-]{1,128}")));
    return id != QLatin1String(".") && id != QLatin1String("..") && pattern.match(id).hasMatch();
}

AiBackendClient::AiBackendClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
    , m_clientVersion(QString::fromLatin1(kClientProtocolVersion))
    , m_reconnectTimer(new QTimer(this))
    , m_idleTimer(new QTimer(this))
{
    qRegisterMetaType<AiEvent>();
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &AiBackendClient::connectStream);
    m_idleTimer->setSingleShot(true);
    // Precise: the error names the time waited (a coarse timer may fire 5% early).
    m_idleTimer->setTimerType(Qt::PreciseTimer);
    connect(m_idleTimer, &QTimer::timeout, this, &AiBackendClient::onIdleTimeout);
}

void AiBackendClient::setClientVersion(const QString &version)
{
    m_clientVersion = version.isEmpty() ? QString::fromLatin1(kClientProtocolVersion) : version;
}

void AiBackendClient::setEventIdleTimeoutMs(int ms)
{
    m_eventIdleMs = ms > 0 ? ms : kDefaultEventIdleTimeoutMs;
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

http::Request AiBackendClient::request(const QStringList &segments, const QUrlQuery *query,
    QByteArray method, bool versioned, const QString &step) const
{
    QUrl url = endpointUrl(m_baseUrl, segments);
    if (query)
        url.setQuery(*query);
    http::Request req(url, step, std::move(method));
    req.bearer = m_token;
    if (versioned && !m_clientVersion.isEmpty())
        req.headers.append({ QByteArrayLiteral("X-Client-Version"), m_clientVersion.toUtf8() });
    // The token must never reach another origin: same-origin redirects only (the layer's).
    req.redirects = http::Redirects::SameOrigin;
    req.timeoutMs = m_timeoutMs;
    return req;
}

Error AiBackendClient::errorFor(const http::Response &r)
{
    if (!r.error)
        return {};
    const QString detail = detailOf(r.body);
    if (r.status == 401)
        return Error(Error::Code::Unauthorized,
            Error::tr("The Seqera AI backend refused the access token (HTTP 401)."));
    if (r.status == 429)
        return Error(Error::Code::UsageLimit,
            detail.isEmpty() ? Error::tr("The Seqera AI backend says you have reached your usage "
                                         "limit (HTTP 429). Try again later.")
                             : detail);
    if (r.status == 403)
        return Error(Error::Code::AccessDenied,
            Error::tr("The Seqera AI backend denied access (HTTP 403): %1")
                .arg(detail.isEmpty() ? r.error.message : detail));
    if (r.status >= 400 && r.status < 500 && !detail.isEmpty())
        return Error(Error::Code::Protocol,
            Error::tr("The Seqera AI backend rejected the request (HTTP %1): %2")
                .arg(r.status)
                .arg(detail));
    if (r.status >= 500 && !detail.isEmpty())
        return Error(
            r.error.code, r.error.message + QStringLiteral(" (") + detail + QLatin1Char(')'));
    if (r.error.code == Error::Code::Network || r.error.code == Error::Code::Timeout)
        return Error(r.error.code,
            r.error.message + QLatin1Char(' ')
                + Error::tr("(The Seqera AI backend is set by SEQERA_AI_BACKEND_URL.)"));
    return r.error; // redirects, caps, the URL rule: the layer's words
}

void AiBackendClient::call(http::Request req, bool retry, Reply done, int attempt)
{
    http::send(m_network, req, this, [this, req, retry, done, attempt](const http::Response &r) {
        const Error error = errorFor(r);
        qCDebug(lcAi) << req.method << req.url.path() << r.status << "try" << attempt;
        // Network trouble and 5xx might pass; a refusal, a redirect or a cap will not.
        const bool transient = isTransient(r, error);
        if (error && retry && transient && attempt < m_tries) {
            // 1 s, then 2 s, each with up to 25 % jitter so clients do not march in step.
            const int base = m_retryDelayMs * (1 << (attempt - 1));
            const int delay = base + int(QRandomGenerator::global()->bounded(base / 4 + 1));
            qCInfo(lcAi) << "retrying" << req.url.path() << "in" << delay << "ms";
            QTimer::singleShot(delay, this,
                [this, req, retry, done, attempt] { call(req, retry, done, attempt + 1); });
            return;
        }
        done(r.body, error);
    });
}

void AiBackendClient::postJson(
    const QStringList &segments, QByteArray json, const QString &step, bool expectJson, Reply done)
{
    http::Request req = request(segments, nullptr, QByteArrayLiteral("POST"), true, step);
    req.setJson(std::move(json));
    req.expectJson = expectJson;
    call(req, true, std::move(done));
}

void AiBackendClient::get(const QStringList &segments, const QUrlQuery &query, bool versioned,
    const QString &step, Reply done, bool retry)
{
    http::Request req = request(
        segments, query.isEmpty() ? nullptr : &query, QByteArrayLiteral("GET"), versioned, step);
    if (versioned)
        req.contentType = QByteArrayLiteral("application/json");
    call(req, versioned || retry, std::move(done));
}

bool AiBackendClient::sessionPath(
    const QString &sessionId, const QString &endpoint, QStringList *segments, Reply done)
{
    if (isValidSessionId(sessionId)) {
        *segments = kCli + QStringList { QStringLiteral("sessions"), sessionId, endpoint };
        return true;
    }
    // Callers expect an answer later, never inside the call.
    QTimer::singleShot(0, this, [done] { done({}, invalidSessionIdError()); });
    return false;
}

void AiBackendClient::createSession(
    const QJsonObject &body, std::function<void(const QString &, const Error &)> done)
{
    // The same JSON as QJsonDocument would write, with the keys in the official client's
    // order (docs/ai-context.md).
    postJson(kCli + QStringList { QStringLiteral("sessions") }, toWireJson(body),
        tr("Seqera AI session creation"), true,
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
            if (!isValidSessionId(id))
                return done(QString(),
                    Error(Error::Code::Protocol,
                        tr("The Seqera AI backend sent a session id that is not valid (1 to 128 "
                           "letters, digits, \".\", \"_\" or \"-\"), so it is not used. Check "
                           "SEQERA_AI_BACKEND_URL.")));
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
    const Reply reply = [done](const QByteArray &, const Error &error) { done(error); };
    QStringList path;
    if (sessionPath(sessionId, QStringLiteral("messages"), &path, reply))
        postJson(path, compact(body), tr("Seqera AI message"), false, reply);
    return runId;
}

void AiBackendClient::sendCancel(const QString &sessionId, Done done)
{
    const Reply reply = [done](const QByteArray &, const Error &error) { done(error); };
    QStringList path;
    if (sessionPath(sessionId, QStringLiteral("messages"), &path, reply))
        postJson(path,
            compact(QJsonObject { { QStringLiteral("type"), QStringLiteral("cancel") } }),
            tr("Seqera AI cancel request"), false, reply);
}

void AiBackendClient::postToolResult(
    const QString &sessionId, const QString &requestId, const ToolResult &result, Done done)
{
    // Answered (or given up): the backend no longer waits on us for this one.
    const Reply reply = [this, requestId, done](const QByteArray &, const Error &error) {
        if (m_owedToolResults.remove(requestId) && m_owedToolResults.isEmpty())
            restartIdleClock();
        done(error);
    };
    QStringList path;
    if (sessionPath(sessionId, QStringLiteral("tool-results"), &path, reply))
        postJson(path,
            compact(QJsonObject { { QStringLiteral("request_id"), requestId },
                { QStringLiteral("result"), result.toJson() } }),
            tr("Seqera AI tool result"), false, reply);
}

void AiBackendClient::expireSession(const QString &sessionId, Done done, int timeoutMs)
{
    const Reply reply = [done](const QByteArray &, const Error &error) { done(error); };
    QStringList path;
    if (!sessionPath(sessionId, QStringLiteral("expire"), &path, reply))
        return;
    http::Request req
        = request(path, nullptr, QByteArrayLiteral("POST"), false, tr("Seqera AI session end"));
    req.expectJson = false;
    req.timeoutMs = m_timeoutMs > 0 ? qMin(timeoutMs, m_timeoutMs) : timeoutMs;
    call(req, false, reply);
}

void AiBackendClient::listSessions(const QString &cwd, int limit,
    std::function<void(const QList<AiSessionInfo> &, const Error &)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cwd.isEmpty())
        query.addQueryItem(QStringLiteral("cwd"), cwd);
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("expired"));
    get(kCli + QStringList { QStringLiteral("sessions") }, query, false,
        tr("Seqera AI session list"), [done](const QByteArray &body, const Error &error) {
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
                if (isValidSessionId(info.sessionId))
                    sessions << info;
                else // never offered, resumed or printed
                    qCInfo(lcAi) << "ignoring a listed session with an invalid id";
            }
            done(sessions, Error());
        });
}

void AiBackendClient::messages(
    const QString &sessionId, std::function<void(const QList<AiMessage> &, const Error &)> done)
{
    QStringList path;
    const Reply reply = [done](const QByteArray &body, const Error &error) {
        QList<AiMessage> list;
        if (!error) {
            const QJsonArray messages = QJsonDocument::fromJson(body)
                                            .object()
                                            .value(QStringLiteral("messages"))
                                            .toArray();
            for (const QJsonValue &v : messages) {
                const QJsonObject o = v.toObject();
                list << AiMessage { o.value(QStringLiteral("role")).toString(),
                    o.value(QStringLiteral("content")).toString(),
                    o.value(QStringLiteral("timestamp")).toString() };
            }
        }
        done(list, error);
    };
    if (sessionPath(sessionId, QStringLiteral("messages"), &path, reply))
        get(path, QUrlQuery(), false, tr("Seqera AI session history"), reply);
}

void AiBackendClient::credits(
    const QString &organizationId, std::function<void(const QJsonObject &, const Error &)> done)
{
    QUrlQuery query;
    if (!organizationId.isEmpty())
        query.addQueryItem(QStringLiteral("org_id"), organizationId);
    get(kCli + QStringList { QStringLiteral("credits") }, query, true,
        tr("Seqera AI credits request"), [done](const QByteArray &body, const Error &error) {
            done(QJsonDocument::fromJson(body).object(), error);
        });
}

void AiBackendClient::skills(std::function<void(const QJsonArray &, const Error &)> done)
{
    get(kCli + QStringList { QStringLiteral("skills") }, QUrlQuery(), true,
        tr("Seqera AI skills request"),
        [done](const QByteArray &body, const Error &error) {
            QJsonArray valid;
            // Only what can be shown and invoked: a name without blanks or a slash.
            for (const QJsonValue &v :
                QJsonDocument::fromJson(body).object().value(QStringLiteral("skills")).toArray()) {
                const QString name = v.toObject().value(QStringLiteral("name")).toString();
                if (!name.isEmpty() && name.size() <= 64
                    && !name.contains(QRegularExpression(QStringLiteral("[\\s/]"))))
                    valid << v;
            }
            done(valid, error);
        });
}

void AiBackendClient::organizations(
    std::function<void(const QList<Organization> &, const Error &)> done)
{
    get(
        kCli + QStringList { QStringLiteral("organizations") }, QUrlQuery(), false,
        tr("Seqera AI organization list"),
        [done](const QByteArray &body, const Error &error) {
            if (error)
                return done({}, error);
            const QJsonObject answer = QJsonDocument::fromJson(body).object();
            if (!answer.value(QStringLiteral("organizations")).isArray())
                return done({},
                    Error(Error::Code::Protocol,
                        tr("The Seqera AI backend sent an organization list without "
                           "\"organizations\". Check SEQERA_AI_BACKEND_URL.")));
            done(parseOrganizations(answer), {});
        },
        true);
}

// ---- event stream ------------------------------------------------------------------------

void AiBackendClient::openStream(const QString &sessionId, bool replayHistory)
{
    closeStream();
    if (!isValidSessionId(sessionId)) {
        // Like every other failure of the stream: reported after the call, never inside it.
        QTimer::singleShot(0, this, [this] { emit streamFailed(invalidSessionIdError()); });
        return;
    }
    if (m_lastEventIdSession != sessionId) {
        m_lastEventId = -1;
        m_lastEventIdSession = sessionId;
        m_owedToolResults.clear();
    }
    m_streamSession = sessionId;
    m_replayHistory = replayHistory;
    m_inHistory = replayHistory && m_lastEventId < 0;
    m_attempt = 0;
    m_streamActive = true;
    restartIdleClock();
    connectStream();
}

void AiBackendClient::closeStream()
{
    m_reconnectTimer->stop();
    m_idleTimer->stop();
    m_streamActive = false;
    if (http::Job *job = m_stream.data()) {
        m_stream.clear();
        job->disconnect(this);
        job->deleteLater(); // aborts the transfer; safe inside the job's own signal
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
    http::Request req = request(kCli
            + QStringList { QStringLiteral("sessions"), m_streamSession, QStringLiteral("events") },
        &query, QByteArrayLiteral("GET"), true, tr("Seqera AI answer stream"));
    req.stream = true;
    req.expectJson = false;
    req.maxBytes = http::kMaxStreamBytes; // per connection
    req.timeoutMs = kStreamIdleMs; // idle, not total: a long answer is fine, silence is not
    req.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream") });
    req.headers.append({ QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache") });
    // Live events: the backend keeps the run going when this stream closes, since this
    // client sends an explicit cancel instead.
    req.headers.append({ QByteArrayLiteral("X-Client-Explicit-Cancel"), QByteArrayLiteral("1") });
    m_parser.reset();
    m_gotEventThisConnection = false;
    qCDebug(lcAi) << "opening event stream, cursor"
                  << query.queryItemValue(QStringLiteral("cursor")) << "token"
                  << http::maskToken(m_token);
    auto *job = new http::Job(m_network, req, this);
    m_stream = job;
    connect(job, &http::Job::dataReceived, this, &AiBackendClient::onStreamData);
    connect(job, &http::Job::finished, this, &AiBackendClient::onStreamFinished);
    job->start();
}

void AiBackendClient::onStreamData(const QByteArray &bytes)
{
    http::Job *job = m_stream.data();
    if (!job || job != sender())
        return;
    const QList<SseEvent> events = m_parser.feed(bytes);
    if (m_parser.pendingBytes() > http::kMaxEventBytes)
        return failStream(Error(Error::Code::Protocol,
            tr("The Seqera AI backend sent an event larger than %1 KiB; the answer stream was "
               "closed.")
                .arg(http::kMaxEventBytes / 1024)));
    for (const SseEvent &sse : events) {
        handleSse(sse);
        if (m_stream.data() != job) // a terminal event, or a slot closed/reopened the stream
            return;
    }
}

// Long on purpose: one case per event type of the stream (ai-protocol §5), in one switch.
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
    // A real event, not a keep-alive or a ping: the backend is working on the answer.
    restartIdleClock();

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
        if (!m_inHistory && !event.requestId.isEmpty()) {
            // The backend now waits for our answer: silence is expected until it is posted.
            m_owedToolResults.insert(event.requestId);
            m_idleTimer->stop();
        }
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

    if (event.isTerminal() && !event.history) {
        closeStream(); // the run is over; the next message opens a new stream
        m_owedToolResults.clear();
    }
    emit eventReceived(event);
}

void AiBackendClient::onStreamFinished(const http::Response &response)
{
    http::Job *job = m_stream.data();
    if (!job || job != sender())
        return;
    m_stream.clear();
    job->deleteLater();
    const Error error = errorFor(response);
    // Refusals (and redirects, caps) do not get better by retrying; server trouble and
    // broken connections might, and so does a clean end without a terminal event.
    const bool transient = isTransient(response, error);
    if (error && !transient)
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
    m_owedToolResults.clear();
    emit streamFailed(error);
}

void AiBackendClient::restartIdleClock()
{
    if (m_streamActive && m_owedToolResults.isEmpty())
        m_idleTimer->start(m_eventIdleMs);
}

void AiBackendClient::onIdleTimeout()
{
    if (!m_streamActive || !m_owedToolResults.isEmpty())
        return;
    qCInfo(lcAi) << "no event but keep-alives for" << m_eventIdleMs << "ms: giving up the run";
    failStream(Error(Error::Code::Timeout,
        tr("The Seqera AI backend sent nothing but keep-alives for %1, so the answer was given "
           "up. The backend may be overloaded or the run stuck: ask again later. "
           "(SEQERA_AI_IDLE_TIMEOUT_MS sets how long to wait.)")
            .arg(duration(m_eventIdleMs))));
}

} // namespace seqera::ai

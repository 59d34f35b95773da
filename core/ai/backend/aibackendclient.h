#pragma once

#include "ai/backend/sseparser.h"
#include "ai/organizations.h"
#include "util/error.h"
#include "util/http.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;
class QUrlQuery;

namespace seqera::ai {

struct ToolResult;

// The protocol level this client implements: the official client release whose wire format it
// speaks (ai-protocol §2), sent as X-Client-Version. The backend judges clients by this header
// alone; who we really are goes in the User-Agent (http::userAgent()).
// SEQERA_AI_CLIENT_VERSION (Settings::aiClientVersion) overrides it.
inline constexpr char kClientProtocolVersion[] = "1.12.0";

// How long an answer stream may carry nothing but keep-alives (SSE comments, pings) before the
// run is given up: SEQERA_AI_IDLE_TIMEOUT_MS (Settings::aiIdleTimeoutMs) overrides it.
constexpr int kDefaultEventIdleTimeoutMs = 10 * 60 * 1000;

// A session id as this client accepts it, from the backend or from a person: 1 to 128 of
// [A-Za-z0-9._-], and neither "." nor "..". Ids go into URL paths that carry the bearer token
// and are printed on terminals, so anything else (a "/", "..", "%", an escape sequence) is
// refused where it enters: the backend's answers (createSession, listSessions), `-s ID`, the
// stored session record.
bool isValidSessionId(const QString &id);

// One event of the `seqera ai` event stream, already decoded from its JSON.
struct AiEvent
{
    enum class Type {
        Start, // threadId
        TextDelta, // text
        Reasoning, // text
        ToolCall, // toolCallId, toolName, args
        ToolResult, // toolCallId, result
        ExecuteLocal, // requestId, toolName, args
        Finish, // finishReason, usage (terminal)
        Error, // text = the error message (terminal)
        Compacting,
        HistoryEnd,
    };
    Type type = Type::TextDelta;
    qint64 id = -1; // the SSE id, -1 when the event had none
    bool history = false; // replayed from earlier runs (before `history_end`)
    QString text;
    QString threadId;
    QString toolCallId;
    QString toolName;
    QString requestId;
    QJsonObject args;
    QJsonValue result;
    QString finishReason;
    QJsonObject usage;

    bool isTerminal() const { return type == Type::Finish || type == Type::Error; }
};

// One message of a session's history (GET .../messages).
struct AiMessage
{
    QString role; // "user" or "assistant"
    QString content;
    QString timestamp;
};

struct AiSessionInfo
{
    QString sessionId;
    QString title;
    QString createdAt;
    QString lastUsed;
    QString cwd;
};

// Asynchronous client of the Seqera AI backend (see docs and the official CLI facts):
// JSON calls with callbacks, and one event stream at a time, reconnected with `?cursor=`
// when it drops. Every event id is delivered at most once per client.
// The backend's final refusal of a token (after callRenewingOnce): names where the token came
// from ("profile 'default'", "TOWER_ACCESS_TOKEN"), never the token, and what to do.
Error refusedTokenError(const QString &source, bool renewable);

class AiBackendClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Error &)>;

    AiBackendClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);
    ~AiBackendClient() override;

    void setToken(const QString &token) { m_token = token; }
    // X-Client-Version; empty: kClientProtocolVersion.
    void setClientVersion(const QString &version);
    QString clientVersion() const { return m_clientVersion; }
    // A run whose stream brings no event (only keep-alives) for this long fails with a Timeout
    // (streamFailed). The clock stops while a local tool's result is owed to the backend
    // (execute-local received, postToolResult not yet answered): then the backend waits on us.
    void setEventIdleTimeoutMs(int ms);
    // Total time a JSON call may take (each try); 0: the network access manager's setting.
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Official CLI: 5 tries, 1 s doubling, capped at 30 s.
    void setReconnectPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs);
    // JSON calls that carry X-Client-Version are tried up to `tries` times on network errors
    // and 5xx answers, `firstDelayMs` then twice that (plus up to 25 % jitter) apart, as the
    // official client does (3 tries, 1 s, 2 s).
    void setRetryPolicy(int tries, int firstDelayMs);

    // The body is built by the caller (cwd, approval_mode, local_execution, headless,
    // directory_context, instruction_context, organization_id: ai-protocol §3).
    void createSession(
        const QJsonObject &body, std::function<void(const QString &sessionId, const Error &)> done);

    struct Message
    {
        QString content;
        QString runId; // a new UUID when empty; kept by every retry of the same message
        bool headless = false;
        bool verbose = false;
        bool plan = false;
        QString caller; // see callerName()
    };
    // Returns the run id it sent.
    QString sendMessage(const QString &sessionId, const Message &message, Done done);
    void sendCancel(const QString &sessionId, Done done);
    void postToolResult(
        const QString &sessionId, const QString &requestId, const ToolResult &result, Done done);
    // Never takes longer than `timeoutMs` (the official client's 2 s): an exit must not wait.
    void expireSession(const QString &sessionId, Done done, int timeoutMs = 2000);
    // cwd empty: every directory.
    void listSessions(const QString &cwd, int limit,
        std::function<void(const QList<AiSessionInfo> &, const Error &)> done);
    // The messages of a session so far, oldest first (for showing them on resume).
    void messages(const QString &sessionId,
        std::function<void(const QList<AiMessage> &, const Error &)> done);
    // GET /v1/cli/skills: the backend's skills, {name, description, path?} each.
    void skills(std::function<void(const QJsonArray &, const Error &)> done);
    // GET /v1/cli/credits[?org_id=]: the backend's usage object as it sent it.
    void credits(const QString &organizationId,
        std::function<void(const QJsonObject &, const Error &)> done);
    // GET /v1/cli/organizations: the organizations of the token's user (`seqera org`). No
    // X-Client-Version (ai-protocol §2); retried like the versioned calls, being a plain read.
    void organizations(std::function<void(const QList<Organization> &, const Error &)> done);

    // Opens the event stream of a session. replayHistory: the server may first replay the
    // events of earlier runs, up to `history_end`; those arrive with history == true. Without
    // it (a new session, or a known cursor) every event is live.
    void openStream(const QString &sessionId, bool replayHistory = false);
    void closeStream();
    bool isStreaming() const { return m_stream != nullptr || m_streamActive; }
    qint64 lastEventId() const { return m_lastEventId; }

    // For error messages: HTTP status and the backend's `detail` of a failed call.
    // The layer's error, in the backend's words where it gave any (`detail`).
    static Error errorFor(const http::Response &response);

signals:
    void eventReceived(const seqera::ai::AiEvent &event);
    // The stream ended without a terminal event and could not be resumed, or was refused.
    void streamFailed(const seqera::Error &error);
    void reconnecting(int attempt, int delayMs);

private:
    using Reply = std::function<void(const QByteArray &, const Error &)>;
    // `segments`: the path below the base URL, one unencoded segment each (every one is
    // percent-encoded). versioned: one of the calls that carry X-Client-Version.
    http::Request request(const QStringList &segments, const QUrlQuery *query, QByteArray method,
        bool versioned, const QString &step) const;
    // `json`: the body as it goes on the wire (each call decides its key order).
    void postJson(const QStringList &segments, QByteArray json, const QString &step,
        bool expectJson, Reply done);
    // versioned calls are retried; `retry` retries an unversioned one too.
    void get(const QStringList &segments, const QUrlQuery &query, bool versioned,
        const QString &step, Reply done, bool retry = false);
    // The path of a session's endpoint, or false (and `done` called soon with the error)
    // when `sessionId` is not a valid id: nothing is sent for it.
    bool sessionPath(
        const QString &sessionId, const QString &endpoint, QStringList *segments, Reply done);
    // Sends (and with `retry` re-sends) the request until it succeeds, fails for good or runs
    // out of tries.
    void call(http::Request request, bool retry, Reply done, int attempt = 1);

    void connectStream();
    void onStreamData(const QByteArray &bytes);
    void onStreamFinished(const http::Response &response);
    void scheduleReconnect(const Error &why);
    void handleSse(const SseEvent &sse);
    void failStream(const Error &error);
    // The keep-alive clock: (re)started by every event, paused while a tool result is owed.
    void restartIdleClock();
    void onIdleTimeout();

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    QString m_clientVersion;
    int m_timeoutMs = 0;
    int m_tries = 3;
    int m_retryDelayMs = 1000;
    int m_maxAttempts = 5;
    int m_baseDelayMs = 1000;
    int m_maxDelayMs = 30000;
    int m_eventIdleMs = kDefaultEventIdleTimeoutMs;

    // Stream state.
    QPointer<http::Job> m_stream;
    QString m_streamSession;
    SseParser m_parser;
    bool m_streamActive = false; // between openStream and a terminal event / failure
    bool m_inHistory = false;
    bool m_replayHistory = false;
    bool m_gotEventThisConnection = false;
    int m_attempt = 0;
    qint64 m_lastEventId = -1;
    QString m_lastEventIdSession;
    QTimer *m_reconnectTimer;
    QTimer *m_idleTimer;
    QSet<QString> m_owedToolResults; // requestIds of execute-local events not yet answered
};

} // namespace seqera::ai

Q_DECLARE_METATYPE(seqera::ai::AiEvent)

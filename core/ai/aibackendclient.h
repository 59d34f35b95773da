#pragma once

#include "ai/sseparser.h"
#include "util/error.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

class QNetworkRequest;
class QTimer;

namespace seqera::ai {

struct ToolResult;

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
class AiBackendClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Error &)>;

    AiBackendClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);
    ~AiBackendClient() override;

    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    void setClientVersion(const QString &version) { m_clientVersion = version; }
    // Time without any byte after which a JSON request fails.
    void setTransferTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Time without any byte (keepalives count) after which the stream counts as dropped.
    void setStreamIdleTimeoutMs(int ms) { m_streamIdleTimeoutMs = ms; }
    // Official CLI: 5 tries, 1 s doubling, capped at 30 s.
    void setReconnectPolicy(int maxAttempts, int baseDelayMs, int maxDelayMs);

    struct SessionOptions
    {
        QString cwd;
        bool headless = false;
        QString organizationId;
        QJsonObject directoryContext; // extra keys next to cwd
    };
    void createSession(const SessionOptions &options,
        std::function<void(const QString &sessionId, const Error &)> done);
    // Returns the run id (a UUID) it sent.
    QString sendMessage(const QString &sessionId, const QString &content, bool headless, Done done,
        const QString &caller = QStringLiteral("seqera-cli"));
    void sendCancel(const QString &sessionId, Done done);
    void postToolResult(
        const QString &sessionId, const QString &requestId, const ToolResult &result, Done done);
    void expireSession(const QString &sessionId, Done done);
    void listSessions(const QString &cwd, int limit,
        std::function<void(const QList<AiSessionInfo> &, const Error &)> done);

    // Opens the event stream of a session. replayHistory: the server may first replay the
    // events of earlier runs, up to `history_end`; those arrive with history == true. Without
    // it (a new session, or a known cursor) every event is live.
    void openStream(const QString &sessionId, bool replayHistory = false);
    void closeStream();
    bool isStreaming() const { return m_stream != nullptr || m_streamActive; }
    qint64 lastEventId() const { return m_lastEventId; }

    // For error messages: HTTP status and the backend's `detail` of a failed call.
    static Error errorFor(QNetworkReply *reply, const QByteArray &body);

signals:
    void eventReceived(const seqera::ai::AiEvent &event);
    // The stream ended without a terminal event and could not be resumed, or was refused.
    void streamFailed(const seqera::Error &error);
    void reconnecting(int attempt, int delayMs);

private:
    QNetworkRequest request(const QString &path, const QUrlQuery *query = nullptr) const;
    void postJson(const QString &path, const QJsonObject &body,
        std::function<void(const QByteArray &, const Error &)> done);
    void get(const QString &path, const QUrlQuery &query,
        std::function<void(const QByteArray &, const Error &)> done);
    void track(QNetworkReply *reply, std::function<void(const QByteArray &, const Error &)> done);

    void connectStream();
    void onStreamData();
    void onStreamFinished();
    void scheduleReconnect(const Error &why);
    void handleSse(const SseEvent &sse);
    void failStream(const Error &error);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    QString m_clientVersion;
    int m_timeoutMs = 30000;
    int m_streamIdleTimeoutMs = 120000;
    int m_maxAttempts = 5;
    int m_baseDelayMs = 1000;
    int m_maxDelayMs = 30000;

    // Stream state.
    QPointer<QNetworkReply> m_stream;
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
};

} // namespace seqera::ai

Q_DECLARE_METATYPE(seqera::ai::AiEvent)

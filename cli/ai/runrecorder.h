#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace seqera::ai {

struct ToolResult;

// The machine-readable record of a headless run (ai-protocol §10), one JSON object a line:
// - SubAgent: `--sub-agent` on stdout, {v:1,type,timestamp,data}: run_started, text,
//   thinking, tool_call, tool_result, compacting, interrupted, error, complete;
// - Events: the `--events-path` diagnostic file, {type,timestamp,data}: run.started,
//   event.text, event.thinking, event.tool_use, event.tool_result, event.compacting,
//   run.interrupted, error, run.complete.
// Each tool request gets one tool_call and one tool_result, with the request's id: the
// backend announces a local tool twice (a `tool-call` event, then `execute-local`) and
// reports its result back (`tool-result`), so those echoes of local tools are left out.
class RunRecorder
{
public:
    enum class Format { SubAgent, Events };
    enum class Outcome { Success, Error, Interrupted };
    using Sink = std::function<void(const QByteArray &line)>;
    using Clock = std::function<QDateTime()>;

    RunRecorder(Format format, Sink sink, Clock clock = {});

    void runStarted(const QString &runId, const QString &sessionId);
    void text(const QString &content);
    void thinking(const QString &content);
    // Tools the backend runs itself (tool-call / tool-result events); for a local tool
    // (name ending in `_local`) these are the backend's echoes, not recorded.
    void serverToolCall(
        const QString &toolCallId, const QString &toolName, const QJsonObject &args);
    void serverToolResult(const QString &toolCallId, const QJsonValue &result);
    // A local tool (execute-local): started, and finished, refused or rejected. A request that
    // never started (refused) gets its tool_call just before its result.
    void localToolCall(const QString &requestId, const QString &toolName, const QJsonObject &args);
    void localToolResult(
        const QString &requestId, const QString &toolName, const ToolResult &result);
    void compacting();
    // usage: the `finish` event's {promptTokens, completionTokens}; the events file records it
    // as token_usage {input_tokens, output_tokens, total_tokens}.
    void complete(Outcome outcome, const QString &finishReason, const QString &message,
        const QJsonObject &usage);
    void error(const QString &message, const QString &code);

    // The text a record gives as a tool's output: a server result as sent (JSON compact when
    // it is not a string); a local tool's stdout, then its stderr.
    static QString outputText(const QJsonValue &serverResult);
    static QString outputText(const ToolResult &localResult);

private:
    void emitRecord(const char *subAgentType, const char *eventsType, const QJsonObject &data);
    void toolCall(const QString &id, const QString &toolName, const QJsonObject &args);
    void toolResult(const QString &id, const QString &content, bool isError);

    Format m_format;
    Sink m_sink;
    Clock m_clock;
    QSet<QString> m_localEchoes; // tool-call ids of local tools: their tool-result is an echo
    QList<QPair<QString, QJsonObject>> m_announced; // local tools announced by tool-call
    QSet<QString> m_called; // request ids that have their tool_call
};

// The sink of `--events-path FILE`: FILE written through securefile::AppendFile (emptied when
// `seqera ai` starts, 0600, never through a link, never a FIFO or a device, never blocking).
// An empty Sink, and *error, when FILE cannot be used.
RunRecorder::Sink openRecordFile(const QString &path, Error *error);

} // namespace seqera::ai

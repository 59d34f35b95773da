#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace seqera::ai {

// The machine-readable record of a headless run (ai-protocol §10), one JSON object a line:
// - SubAgent: `--sub-agent` on stdout, {v:1,type,timestamp,data}: run_started, text,
//   thinking, tool_call, tool_result, complete, error;
// - Events: the `--events-path` diagnostic file, {type,timestamp,data}: run.started,
//   event.text, event.thinking, event.tool_use, event.tool_result, run.complete, error.
class RunRecorder
{
public:
    enum class Format { SubAgent, Events };
    using Sink = std::function<void(const QByteArray &line)>;
    using Clock = std::function<QDateTime()>;

    RunRecorder(Format format, Sink sink, Clock clock = {});

    void runStarted(const QString &runId, const QString &sessionId);
    void text(const QString &content);
    void thinking(const QString &content);
    void toolUse(const QString &toolId, const QString &toolName, const QJsonObject &input);
    // status: "success" or "error" (the events file only).
    void toolResult(const QString &toolId, const QJsonValue &content, bool isError);
    // status: "success", "cancelled", "error" or the finish reason; usage: the events file only.
    void complete(const QString &status, const QString &message, const QJsonObject &usage);
    void error(const QString &message, const QString &code);

private:
    void emitRecord(const char *subAgentType, const char *eventsType, const QJsonObject &data);

    Format m_format;
    Sink m_sink;
    Clock m_clock;
};

// Opens FILE for appending records: created 0600, never through a symlink (O_NOFOLLOW), only
// a regular file. Returns -1 and sets *error when it cannot.
int openRecordFile(const QString &path, Error *error);

} // namespace seqera::ai

#include "runrecorder.h"

#include "ai/tools/localtools.h"
#include "storage/securefile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <memory>

namespace seqera::ai {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ai::RunRecorder)
};

Q_LOGGING_CATEGORY(lcRecord, "seqera.ai.record", QtWarningMsg)

bool isLocalTool(const QString &name)
{
    return name.endsWith(QLatin1String("_local"));
}

// At most this many local tools announced by `tool-call` and not (yet) started are kept for
// their arguments: a backend that announces without ever asking must not grow the list.
constexpr int kMaxAnnounced = 64;
} // namespace

RunRecorder::RunRecorder(Format format, Sink sink, Clock clock)
    : m_format(format)
    , m_sink(std::move(sink))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{ }

void RunRecorder::emitRecord(
    const char *subAgentType, const char *eventsType, const QJsonObject &data)
{
    QJsonObject record;
    if (m_format == Format::SubAgent)
        record.insert(QStringLiteral("v"), 1);
    record.insert(QStringLiteral("type"),
        QLatin1String(m_format == Format::SubAgent ? subAgentType : eventsType));
    record.insert(QStringLiteral("timestamp"), m_clock().toUTC().toString(Qt::ISODateWithMs));
    record.insert(QStringLiteral("data"), data);
    m_sink(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
}

void RunRecorder::runStarted(const QString &runId, const QString &sessionId)
{
    emitRecord("run_started", "run.started",
        { { QStringLiteral("run_id"), runId },
            { QStringLiteral("session_id"),
                sessionId.isEmpty() ? QStringLiteral("pending") : sessionId } });
}

void RunRecorder::text(const QString &content)
{
    emitRecord("text", "event.text", { { QStringLiteral("content"), content } });
}

void RunRecorder::thinking(const QString &content)
{
    emitRecord("thinking", "event.thinking", { { QStringLiteral("content"), content } });
}

void RunRecorder::toolCall(const QString &id, const QString &toolName, const QJsonObject &args)
{
    emitRecord("tool_call", "event.tool_use",
        { { QStringLiteral("tool_id"), id }, { QStringLiteral("tool_name"), toolName },
            { QStringLiteral("tool_input"), args } });
}

void RunRecorder::toolResult(const QString &id, const QString &content, bool isError)
{
    QJsonObject data { { QStringLiteral("tool_id"), id }, { QStringLiteral("content"), content },
        { QStringLiteral("is_error"), isError } };
    if (m_format == Format::Events)
        data.insert(QStringLiteral("status"),
            isError ? QStringLiteral("error") : QStringLiteral("completed"));
    emitRecord("tool_result", "event.tool_result", data);
}

void RunRecorder::serverToolCall(
    const QString &toolCallId, const QString &toolName, const QJsonObject &args)
{
    if (isLocalTool(toolName)) {
        // Recorded once, under the request's id, when the execute-local request comes.
        m_localEchoes.insert(toolCallId);
        if (m_announced.size() >= kMaxAnnounced)
            m_announced.removeFirst();
        m_announced.append({ toolName, args });
        return;
    }
    toolCall(toolCallId, toolName, args);
}

void RunRecorder::serverToolResult(const QString &toolCallId, const QJsonValue &result)
{
    if (m_localEchoes.remove(toolCallId))
        return; // the local tool's result, already recorded when it was posted
    const bool isError
        = result.isObject() && result.toObject().value(QStringLiteral("error")).toBool();
    toolResult(toolCallId, outputText(result), isError);
}

void RunRecorder::localToolCall(
    const QString &requestId, const QString &toolName, const QJsonObject &args)
{
    for (qsizetype i = 0; i < m_announced.size(); ++i) {
        if (m_announced.at(i).first == toolName) {
            m_announced.removeAt(i);
            break;
        }
    }
    if (m_called.contains(requestId))
        return;
    m_called.insert(requestId);
    toolCall(requestId, toolName, args);
}

void RunRecorder::localToolResult(
    const QString &requestId, const QString &toolName, const ToolResult &result)
{
    if (!m_called.contains(requestId)) {
        // Refused or rejected before it ran: its call is recorded now, with the arguments
        // the backend announced for it when it did.
        QJsonObject args;
        for (const auto &announced : std::as_const(m_announced)) {
            if (announced.first == toolName) {
                args = announced.second;
                break;
            }
        }
        localToolCall(requestId, toolName, args);
    }
    m_called.remove(requestId);
    toolResult(requestId, outputText(result), result.exitCode != 0);
}

void RunRecorder::compacting()
{
    emitRecord("compacting", "event.compacting", {});
}

void RunRecorder::complete(
    Outcome outcome, const QString &finishReason, const QString &message, const QJsonObject &usage)
{
    QJsonObject data;
    QString text = message;
    if (outcome == Outcome::Success || text.isEmpty())
        text = QStringLiteral("Completed with reason: %1")
                   .arg(finishReason.isEmpty() ? QStringLiteral("unknown") : finishReason);
    if (outcome == Outcome::Interrupted)
        emitRecord("interrupted", "run.interrupted", { { QStringLiteral("message"), text } });
    if (m_format == Format::SubAgent) {
        data.insert(QStringLiteral("status"),
            outcome == Outcome::Success     ? QStringLiteral("success")
                : outcome == Outcome::Error ? QStringLiteral("error")
                                            : QStringLiteral("interrupted"));
        data.insert(QStringLiteral("message"), text);
    } else {
        data.insert(QStringLiteral("status"),
            outcome == Outcome::Success     ? QStringLiteral("success")
                : outcome == Outcome::Error ? QStringLiteral("error")
                                            : QStringLiteral("cancelled"));
        data.insert(QStringLiteral("message"), text);
        if (!usage.isEmpty()) {
            const qint64 in = usage.value(QStringLiteral("promptTokens")).toInteger();
            const qint64 out = usage.value(QStringLiteral("completionTokens")).toInteger();
            data.insert(QStringLiteral("token_usage"),
                QJsonObject { { QStringLiteral("input_tokens"), in },
                    { QStringLiteral("output_tokens"), out },
                    { QStringLiteral("total_tokens"), in + out } });
        }
    }
    emitRecord("complete", "run.complete", data);
    m_localEchoes.clear();
    m_announced.clear();
    m_called.clear();
}

void RunRecorder::error(const QString &message, const QString &code)
{
    emitRecord("error", "error",
        { { QStringLiteral("message"), message }, { QStringLiteral("code"), code } });
}

QString RunRecorder::outputText(const QJsonValue &serverResult)
{
    if (serverResult.isString())
        return serverResult.toString();
    if (serverResult.isObject())
        return QString::fromUtf8(
            QJsonDocument(serverResult.toObject()).toJson(QJsonDocument::Compact));
    if (serverResult.isArray())
        return QString::fromUtf8(
            QJsonDocument(serverResult.toArray()).toJson(QJsonDocument::Compact));
    if (serverResult.isNull() || serverResult.isUndefined())
        return {};
    return serverResult.toVariant().toString();
}

QString RunRecorder::outputText(const ToolResult &localResult)
{
    QString text = localResult.stdoutText;
    if (!localResult.stderrText.isEmpty()) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        text += localResult.stderrText;
    }
    return text;
}

RunRecorder::Sink openRecordFile(const QString &path, Error *error)
{
    auto file = std::make_shared<securefile::AppendFile>();
    if (const Error e = file->open(path)) {
        *error = Error(e.code, Tr::tr("Cannot record the run (--events-path): %1").arg(e.message));
        return {};
    }
    return [file, warned = std::make_shared<bool>(false)](const QByteArray &line) {
        // The record is diagnostic: a full disk must not end the answer. Said once.
        if (const Error e = file->append(line); e && !std::exchange(*warned, true))
            qCWarning(lcRecord, "%s", qPrintable(e.message));
    };
}

} // namespace seqera::ai

#include "runrecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seqera::ai {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ai::RunRecorder)
};
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

void RunRecorder::toolUse(const QString &toolId, const QString &toolName, const QJsonObject &input)
{
    emitRecord("tool_call", "event.tool_use",
        { { QStringLiteral("tool_id"), toolId }, { QStringLiteral("tool_name"), toolName },
            { QStringLiteral("tool_input"), input } });
}

void RunRecorder::toolResult(const QString &toolId, const QJsonValue &content, bool isError)
{
    QJsonObject data { { QStringLiteral("tool_id"), toolId },
        { QStringLiteral("content"), content }, { QStringLiteral("is_error"), isError } };
    if (m_format == Format::Events)
        data.insert(QStringLiteral("status"),
            isError ? QStringLiteral("error") : QStringLiteral("success"));
    emitRecord("tool_result", "event.tool_result", data);
}

void RunRecorder::complete(const QString &status, const QString &message, const QJsonObject &usage)
{
    QJsonObject data;
    if (!message.isEmpty())
        data.insert(QStringLiteral("message"), message);
    if (m_format == Format::Events) {
        data.insert(QStringLiteral("status"), status);
        if (!usage.isEmpty())
            data.insert(QStringLiteral("token_usage"), usage);
    }
    emitRecord("complete", "run.complete", data);
}

void RunRecorder::error(const QString &message, const QString &code)
{
    emitRecord("error", "error",
        { { QStringLiteral("message"), message }, { QStringLiteral("code"), code } });
}

int openRecordFile(const QString &path, Error *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(
        name.constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0) {
        const int err = errno;
        *error = Error(Error::Code::Storage,
            err == ELOOP ? Tr::tr("Cannot write the events to %1: it is a symbolic link, which "
                                  "is not followed. Choose another --events-path.")
                               .arg(path)
                         : Tr::tr("Cannot write the events to %1: %2.")
                               .arg(path, QString::fromLocal8Bit(std::strerror(err))));
        return -1;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != ::geteuid()) {
        ::close(fd);
        *error = Error(Error::Code::Storage,
            Tr::tr("Cannot write the events to %1: it is not a regular file of yours. Choose "
                   "another --events-path.")
                .arg(path));
        return -1;
    }
    if ((st.st_mode & 0777) != 0600)
        ::fchmod(fd, 0600); // the record names files and commands of the project: private
    return fd;
}

} // namespace seqera::ai

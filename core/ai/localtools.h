#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace seqera::ai {

// What every local tool hands back to the backend (`tool-results`).
struct ToolResult
{
    QString stdoutText;
    QString stderrText;
    int exitCode = 0;

    QJsonObject toJson() const;
    static ToolResult failure(const QString &message, int exitCode = 1);
};

// Runs the local tools the backend asks for with `execute-local`. Paths are relative to the
// working directory. Shell commands run with bash in their own process group, with a timeout
// and bounded output; nothing here blocks the event loop. Approval is not decided here
// (see ApprovalPolicy): this class runs what it is given.
class LocalTools : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ToolResult &)>;

    explicit LocalTools(QString workingDir, QObject *parent = nullptr);
    ~LocalTools() override;

    void setCommandTimeoutMs(int ms) { m_timeoutMs = ms; }
    int commandTimeoutMs() const { return m_timeoutMs; }
    // Per stream (stdout, stderr) and per file read.
    void setOutputLimitBytes(qint64 bytes) { m_limit = bytes; }
    qint64 outputLimitBytes() const { return m_limit; }
    QString workingDir() const { return m_workingDir; }

    static bool isKnownTool(const QString &toolName);

    // Runs the tool; done is always called exactly once, never before run() returns.
    void run(const QString &toolName, const QJsonObject &args, Callback done);

    // Kills every running command (e.g. the user cancelled the answer).
    void cancelAll();

private:
    ToolResult readFile(const QJsonObject &args) const;
    ToolResult listDirectory(const QJsonObject &args) const;
    ToolResult searchFiles(const QJsonObject &args) const;
    ToolResult writeFile(const QJsonObject &args) const;
    ToolResult editFile(const QJsonObject &args) const;
    void runShell(const QString &script, const QStringList &positional, Callback done);
    QString resolve(const QString &path) const;
    QString bounded(const QByteArray &bytes, qint64 totalBytes) const;

    QString m_workingDir;
    int m_timeoutMs = 120000;
    qint64 m_limit = 100 * 1024;
};

} // namespace seqera::ai

#include "localtools.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTools, "seqera.ai.tools", QtWarningMsg)

namespace seqera::ai {

namespace {
const QString kRead = QStringLiteral("read_file_local");
const QString kList = QStringLiteral("list_directory_local");
const QString kSearch = QStringLiteral("search_files_local");
const QString kWrite = QStringLiteral("write_file_local");
const QString kEdit = QStringLiteral("edit_file_local");
const QString kBash = QStringLiteral("execute_bash_local");
const QString kNextflowLint = QStringLiteral("run_nextflow_lint_local");
const QString kNfCoreLint = QStringLiteral("run_nf_core_lint_local");

constexpr qint64 kMaxSearchedFileBytes = 2 * 1024 * 1024;
constexpr int kMaxListedEntries = 5000;

bool looksBinary(const QByteArray &head)
{
    return head.contains('\0');
}

// Collects one output stream of a command up to a limit, counting what it drops.
struct BoundedBuffer
{
    QByteArray bytes;
    qint64 total = 0;
    void append(const QByteArray &chunk, qint64 limit)
    {
        total += chunk.size();
        if (bytes.size() < limit)
            bytes += chunk.left(limit - bytes.size());
    }
};

struct RunningCommand
{
    QProcess *process = nullptr;
    QTimer *timer = nullptr;
    BoundedBuffer out, err;
    bool timedOut = false;
    bool cancelled = false;
    LocalTools::Callback done;
};
} // namespace

QJsonObject ToolResult::toJson() const
{
    return QJsonObject { { QStringLiteral("stdout"), stdoutText },
        { QStringLiteral("stderr"), stderrText }, { QStringLiteral("exit_code"), exitCode } };
}

ToolResult ToolResult::failure(const QString &message, int exitCode)
{
    return ToolResult { QString(), message, exitCode };
}

LocalTools::LocalTools(QString workingDir, QObject *parent)
    : QObject(parent)
    , m_workingDir(std::move(workingDir))
{ }

LocalTools::~LocalTools()
{
    cancelAll();
}

bool LocalTools::isKnownTool(const QString &toolName)
{
    static const QStringList names { kRead, kList, kSearch, kWrite, kEdit, kBash, kNextflowLint,
        kNfCoreLint };
    return names.contains(toolName);
}

QString LocalTools::resolve(const QString &path) const
{
    QString p = path.isEmpty() ? QStringLiteral(".") : path;
    if (p == QLatin1String("~") || p.startsWith(QLatin1String("~/")))
        p = QDir::homePath() + p.mid(1);
    if (!QDir::isAbsolutePath(p))
        p = m_workingDir + QLatin1Char('/') + p;
    return QDir::cleanPath(p);
}

QString LocalTools::bounded(const QByteArray &bytes, qint64 totalBytes) const
{
    QString text = QString::fromUtf8(bytes);
    if (totalBytes > bytes.size())
        text += tr("\n[output truncated: %1 of %2 bytes shown]").arg(bytes.size()).arg(totalBytes);
    return text;
}

void LocalTools::run(const QString &toolName, const QJsonObject &args, Callback done)
{
    auto later = [this, done](const ToolResult &result) {
        QTimer::singleShot(0, this, [done, result] { done(result); });
    };
    qCDebug(lcTools) << "running" << toolName;

    if (toolName == kRead)
        return later(readFile(args));
    if (toolName == kList)
        return later(listDirectory(args));
    if (toolName == kSearch)
        return later(searchFiles(args));
    if (toolName == kWrite)
        return later(writeFile(args));
    if (toolName == kEdit)
        return later(editFile(args));
    if (toolName == kBash) {
        const QString command = args.value(QStringLiteral("command")).toString();
        if (command.trimmed().isEmpty())
            return later(ToolResult::failure(tr("No command given.")));
        return runShell(command, {}, done);
    }
    if (toolName == kNextflowLint || toolName == kNfCoreLint) {
        const bool nextflow = toolName == kNextflowLint;
        const QString program = nextflow ? QStringLiteral("nextflow") : QStringLiteral("nf-core");
        // The path travels as a positional parameter, never spliced into the script.
        const QString script
            = QStringLiteral("command -v %1 >/dev/null 2>&1 || { echo \"%1 is not "
                             "installed or not on PATH\" >&2; exit 127; }; exec %1 lint \"$1\"")
                  .arg(program);
        return runShell(script, { resolve(args.value(QStringLiteral("path")).toString()) }, done);
    }
    // The exact text the backend expects for tools it did not know we lack.
    later(ToolResult { QString(), QStringLiteral("Unknown tool: %1").arg(toolName), 1 });
}

ToolResult LocalTools::readFile(const QJsonObject &args) const
{
    const QString path = resolve(args.value(QStringLiteral("path")).toString());
    QFile file(path);
    if (QFileInfo(path).isDir())
        return ToolResult::failure(tr("%1 is a directory, not a file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return ToolResult::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));

    const int startLine = args.value(QStringLiteral("start_line")).toInt(0);
    const int endLine = args.value(QStringLiteral("end_line")).toInt(0);
    if (startLine <= 0 && endLine <= 0) {
        const QByteArray bytes = file.read(m_limit);
        return ToolResult { bounded(bytes, file.size()), QString(), 0 };
    }
    QByteArray bytes;
    qint64 total = 0;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        if (startLine > 0 && lineNumber < startLine)
            continue;
        if (endLine > 0 && lineNumber > endLine)
            break;
        total += line.size();
        if (bytes.size() < m_limit)
            bytes += line.left(m_limit - bytes.size());
    }
    return ToolResult { bounded(bytes, total), QString(), 0 };
}

ToolResult LocalTools::listDirectory(const QJsonObject &args) const
{
    const QString path = resolve(args.value(QStringLiteral("path")).toString());
    const bool recursive = args.value(QStringLiteral("recursive")).toBool(false);
    const QDir dir(path);
    if (!dir.exists())
        return ToolResult::failure(tr("%1 is not a directory.").arg(path));

    QStringList entries;
    int skipped = 0;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
        recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = dir.relativeFilePath(info.filePath());
        if (recursive
            && (relative.startsWith(QLatin1String(".git/"))
                || relative.contains(QLatin1String("/.git/"))))
            continue;
        if (entries.size() >= kMaxListedEntries) {
            ++skipped;
            continue;
        }
        entries << (info.isDir() && !info.isSymLink() ? relative + QLatin1Char('/') : relative);
    }
    entries.sort();
    QString text = entries.join(QLatin1Char('\n'));
    if (skipped > 0)
        text += tr("\n[%n more entries not listed]", nullptr, skipped);
    const QByteArray utf8 = text.toUtf8();
    return ToolResult { bounded(utf8.left(m_limit), utf8.size()), QString(), 0 };
}

ToolResult LocalTools::searchFiles(const QJsonObject &args) const
{
    const QString path = resolve(args.value(QStringLiteral("path")).toString());
    const QString pattern = args.value(QStringLiteral("pattern")).toString();
    if (pattern.isEmpty())
        return ToolResult::failure(tr("No search pattern given."));
    if (!QFileInfo(path).exists())
        return ToolResult::failure(tr("%1 does not exist.").arg(path));

    // The pattern matches file names as a wildcard and file contents as a regular
    // expression (a literal when it is not a valid one).
    QRegularExpression content(pattern);
    if (!content.isValid())
        content = QRegularExpression(QRegularExpression::escape(pattern));
    const QRegularExpression name(QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion));

    QByteArray out;
    qint64 total = 0;
    auto add = [&](const QString &line) {
        const QByteArray bytes = line.toUtf8() + '\n';
        total += bytes.size();
        if (out.size() < m_limit)
            out += bytes.left(m_limit - out.size());
    };

    const QDir base(QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath());
    QStringList files;
    if (QFileInfo(path).isDir()) {
        QDirIterator it(
            path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            if (!f.contains(QLatin1String("/.git/")))
                files << f;
        }
    } else {
        files << path;
    }
    files.sort();

    for (const QString &f : files) {
        const QString relative = base.relativeFilePath(f);
        if (name.match(QFileInfo(f).fileName()).hasMatch())
            add(relative);
        QFile file(f);
        if (QFileInfo(f).size() > kMaxSearchedFileBytes || !file.open(QIODevice::ReadOnly))
            continue;
        if (looksBinary(file.peek(4096)))
            continue;
        int lineNumber = 0;
        while (!file.atEnd() && out.size() < m_limit) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(0);
            ++lineNumber;
            if (content.match(line).hasMatch()) {
                QString trimmed = line;
                while (trimmed.endsWith(QLatin1Char('\n')) || trimmed.endsWith(QLatin1Char('\r')))
                    trimmed.chop(1);
                add(QStringLiteral("%1:%2:%3").arg(relative).arg(lineNumber).arg(trimmed));
            }
        }
        if (out.size() >= m_limit)
            total += 1; // at least one more byte was not searched
    }
    if (total == 0)
        return ToolResult { QString(), QString(), 1 }; // like grep: nothing found
    return ToolResult { bounded(out, total), QString(), 0 };
}

ToolResult LocalTools::writeFile(const QJsonObject &args) const
{
    const QString path = resolve(args.value(QStringLiteral("path")).toString());
    const QByteArray content = args.value(QStringLiteral("content")).toString().toUtf8();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return ToolResult::failure(tr("Cannot create the directory of %1.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return ToolResult::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return ToolResult { tr("Wrote %n byte(s) to %1.", nullptr, int(content.size())).arg(path),
        QString(), 0 };
}

ToolResult LocalTools::editFile(const QJsonObject &args) const
{
    const QString path = resolve(args.value(QStringLiteral("path")).toString());
    const QString oldStr = args.value(QStringLiteral("old_str")).toString();
    const QString newStr = args.value(QStringLiteral("new_str")).toString();
    if (oldStr.isEmpty())
        return ToolResult::failure(tr("old_str is empty: say which text to replace."));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return ToolResult::failure(tr("Cannot read %1: %2").arg(path, in.errorString()));
    QString text = QString::fromUtf8(in.readAll());
    in.close();
    const qsizetype count = text.count(oldStr);
    if (count == 0)
        return ToolResult::failure(tr("The text to replace was not found in %1.").arg(path));
    if (count > 1)
        return ToolResult::failure(
            tr("The text to replace occurs %n times in %1: give more context so it is unique.",
                nullptr, int(count))
                .arg(path));
    text.replace(text.indexOf(oldStr), oldStr.size(), newStr);
    QSaveFile out(path);
    const QByteArray bytes = text.toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return ToolResult::failure(tr("Cannot write %1: %2").arg(path, out.errorString()));
    return ToolResult { tr("Edited %1.").arg(path), QString(), 0 };
}

void LocalTools::runShell(const QString &script, const QStringList &positional, Callback done)
{
    QString shell = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (shell.isEmpty())
        shell = QStringLiteral("/bin/sh");

    auto *process = new QProcess(this);
    auto *state = new RunningCommand;
    state->process = process;
    state->done = std::move(done);
    process->setWorkingDirectory(m_workingDir);
    process->setProgram(shell);
    process->setArguments(
        QStringList { QStringLiteral("-c"), script, QStringLiteral("bash") } + positional);
    process->setStandardInputFile(QProcess::nullDevice());
    // Its own process group, so a timeout or a cancel also stops what the command started.
    process->setChildProcessModifier([] { ::setpgid(0, 0); });

    state->timer = new QTimer(process);
    state->timer->setSingleShot(true);
    const qint64 limit = m_limit;
    auto killGroup = [process] {
        const qint64 pid = process->processId();
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        process->kill();
    };
    connect(state->timer, &QTimer::timeout, process, [state, killGroup] {
        state->timedOut = true;
        killGroup();
    });
    connect(process, &QProcess::readyReadStandardOutput, process,
        [state, limit] { state->out.append(state->process->readAllStandardOutput(), limit); });
    connect(process, &QProcess::readyReadStandardError, process,
        [state, limit] { state->err.append(state->process->readAllStandardError(), limit); });
    connect(process, &QObject::destroyed, [state] { delete state; });
    process->setProperty("seqeraCancel", QVariant::fromValue<void *>(state));

    auto finish = [this, state, limit, timeoutMs = m_timeoutMs](
                      int exitCode, bool crashed, const QString &startError) {
        state->timer->stop();
        state->out.append(state->process->readAllStandardOutput(), limit);
        state->err.append(state->process->readAllStandardError(), limit);
        ToolResult result { bounded(state->out.bytes, state->out.total),
            bounded(state->err.bytes, state->err.total), exitCode };
        if (!startError.isEmpty()) {
            result = ToolResult::failure(startError, 127);
        } else if (state->timedOut) {
            result.stderrText
                += tr("\nThe command was stopped after %n second(s) without finishing.", nullptr,
                    qMax(1, timeoutMs / 1000));
            result.exitCode = 124;
        } else if (state->cancelled) {
            result.stderrText += tr("\nThe command was cancelled.");
            result.exitCode = 130;
        } else if (crashed) {
            result.exitCode = 128 + SIGKILL;
        }
        Callback done = std::move(state->done);
        state->process->disconnect(this);
        state->process->deleteLater(); // deletes state too
        if (done)
            done(result);
    };
    connect(process, &QProcess::finished, this, [finish](int code, QProcess::ExitStatus status) {
        finish(code, status == QProcess::CrashExit, QString());
    });
    connect(process, &QProcess::errorOccurred, this, [finish, state](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(127, false,
                tr("Cannot start %1: %2")
                    .arg(state->process->program(), state->process->errorString()));
    });

    connect(process, &QProcess::started, process, [state] { state->timer->start(); });
    state->timer->setInterval(m_timeoutMs);
    // QProcess::start is asynchronous: finished/errorOccurred arrive from the event loop.
    process->start();
}

void LocalTools::cancelAll()
{
    const auto processes = findChildren<QProcess *>();
    for (QProcess *process : processes) {
        auto *state
            = static_cast<RunningCommand *>(process->property("seqeraCancel").value<void *>());
        if (!state || process->state() == QProcess::NotRunning)
            continue;
        state->cancelled = true;
        const qint64 pid = process->processId();
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        process->kill();
    }
}

} // namespace seqera::ai

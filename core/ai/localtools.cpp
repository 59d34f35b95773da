#include "localtools.h"

#include "ai/pathresolver.h"
#include "ai/tools/childprocess.h"
#include "ai/tooltable.h"
#include "config/settings.h"
#include "storage/securefile.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTools, "seqera.ai.tools", QtWarningMsg)

namespace seqera::ai {

using namespace toollimits;

namespace {
constexpr qint64 kMaxSearchedFileBytes = 2 * 1024 * 1024;
constexpr int kMaxWalkedEntries = 20000; // a list or search never walks more than this
constexpr int kMaxMatchChars = 500;
constexpr qint64 kMaxEditedFileBytes = 64 * 1024 * 1024; // read whole into memory to edit

// Folders a listing or a search does not go into (generated or vendored content).
const QStringList &skippedFolders()
{
    static const QStringList names { QStringLiteral(".git"), QStringLiteral("node_modules"),
        QStringLiteral("build"), QStringLiteral("dist"), QStringLiteral("venv"),
        QStringLiteral(".venv"), QStringLiteral("__pycache__"), QStringLiteral(".nextflow"),
        QStringLiteral("work"), QStringLiteral(".tox"), QStringLiteral(".mypy_cache"),
        QStringLiteral(".pytest_cache") };
    return names;
}

bool looksBinary(const QByteArray &head)
{
    return head.contains('\0');
}

bool isRegularFile(const QString &real)
{
    struct stat st;
    return ::lstat(QFile::encodeName(real).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

bool isDirectory(const QString &real)
{
    struct stat st;
    return ::lstat(QFile::encodeName(real).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

QStringList splitLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast(); // a final newline ends the last line, it does not start one
    return lines;
}

// One hunk from the first to the last changed line, as a fenced unified diff (§7).
QString fencedDiff(const QString &path, const QString &before, const QString &after)
{
    const QStringList a = splitLines(before);
    const QStringList b = splitLines(after);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const int oldCount = int(a.size()) - prefix - suffix;
    const int newCount = int(b.size()) - prefix - suffix;
    auto start = [prefix](int count) { return count == 0 ? prefix : prefix + 1; };
    QStringList out { QStringLiteral("```diff"), QStringLiteral("--- a/") + path,
        QStringLiteral("+++ b/") + path,
        QStringLiteral("@@ -%1,%2 +%3,%4 @@")
            .arg(start(oldCount))
            .arg(oldCount)
            .arg(start(newCount))
            .arg(newCount) };
    int shown = 0;
    int chars = 0;
    int omitted = 0;
    auto add = [&](const QString &line) {
        if (shown >= kMaxDiffLines || chars + line.size() > kMaxDiffChars) {
            ++omitted;
            return;
        }
        ++shown;
        chars += int(line.size()) + 1;
        out << line;
    };
    for (int i = prefix; i < prefix + oldCount; ++i)
        add(QLatin1Char('-') + a.at(i));
    for (int i = prefix; i < prefix + newCount; ++i)
        add(QLatin1Char('+') + b.at(i));
    if (omitted > 0)
        out << LocalTools::tr("... (%n more diff line(s) not shown)", nullptr, omitted);
    out << QStringLiteral("```");
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// A folder for our own copies: ours, not a link, 0700.
bool privateFolderReady(const QString &dir)
{
    if (securefile::ensurePrivateDir(dir))
        return false;
    struct stat st;
    return ::lstat(QFile::encodeName(dir).constData(), &st) == 0 && S_ISDIR(st.st_mode)
        && st.st_uid == ::getuid() && (st.st_mode & 077) == 0;
}

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

LocalTools::LocalTools(QString workingDir, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_workingDir(std::move(workingDir))
    , m_own(settings)
    , m_scrubbed(Settings::tokenVariables() + settings.aiScrubEnv)
    , m_copyDir(QDir::tempPath() + QStringLiteral("/seqera-tool-output"))
{
    // The user's runtime folder holds the session bus, the keyring's control socket and the
    // agents' sockets: nothing a command needs, everything a hostile one would want.
    if (!settings.runtimeDir.isEmpty() && QDir::isAbsolutePath(settings.runtimeDir))
        m_sandboxSettings.hidden << QDir::cleanPath(settings.runtimeDir);
    m_sandboxSettings.network = settings.aiSandboxNetwork;
    m_sandboxSettings.writable = settings.aiSandboxWritable;
}

LocalTools::LocalTools(QString workingDir, QObject *parent)
    : LocalTools(std::move(workingDir), Settings::fromEnvironment(), parent)
{ }

LocalTools::~LocalTools()
{
    cancelAll();
}

bool LocalTools::resolveTool(const QString &path, ResolvedPath *resolved, ToolResult *error) const
{
    *resolved = PathResolver::resolve(path, m_workingDir);
    if (!resolved->ok()) {
        *error = ToolResult::failure(resolved->error);
        return false;
    }
    {
        if (m_own.contains(resolved->real)) {
            *error = ToolResult::failure(
                tr("Refused: %1 is one of seqera's own credential, session or lock files, or a "
                   "process's environment or memory, which the assistant's tools never read or "
                   "change.")
                    .arg(resolved->real));
            return false;
        }
    }
    return true;
}

QString LocalTools::shownPath(const QString &real) const
{
    const ResolvedPath base = PathResolver::resolve(m_workingDir, QStringLiteral("/"));
    if (base.ok() && PathResolver::isWithin(real, base.real) && real != base.real)
        return QDir(base.real).relativeFilePath(real);
    return real;
}

void LocalTools::run(
    const QString &toolName, const QJsonObject &args, Callback done, Confinement confinement)
{
    auto later = [this, done](const ToolResult &result) {
        QTimer::singleShot(0, this, [done, result] { done(result); });
    };
    qCDebug(lcTools) << "running" << toolName;

    const ToolSpec *spec = tooltable::find(toolName);
    if (!spec) // the exact text the backend expects (§7)
        return later(ToolResult { QString(), QStringLiteral("Unknown tool: %1").arg(toolName), 1 });

    switch (spec->id) {
    case ToolId::ReadFile:
        return later(readFile(args));
    case ToolId::ListDirectory:
        return later(listDirectory(args));
    case ToolId::SearchFiles:
        return later(searchFiles(args));
    case ToolId::WriteFile:
        return later(writeFile(args));
    case ToolId::EditFile:
        return later(editFile(args));
    case ToolId::ExecuteBash: {
        const QString command = args.value(QStringLiteral("command")).toString();
        if (command.trimmed().isEmpty())
            return later(ToolResult::failure(tr("No command given.")));
        return runShell(toolName, command, confinement, done);
    }
    case ToolId::NextflowLint:
    case ToolId::NfCoreLint: {
        ResolvedPath dir;
        ToolResult error;
        if (!resolveTool(args.value(QStringLiteral("path")).toString(), &dir, &error))
            return later(error);
        if (!isDirectory(dir.real))
            return later(ToolResult::failure(tr("%1 is not a folder.").arg(dir.real)));
        const QString scope
            = tooltable::lintScope(args.value(QStringLiteral("lint_scope")).toString());
        if (spec->id == ToolId::NfCoreLint && scope.isEmpty())
            return later(
                ToolResult::failure(tr("lint_scope must be \"pipelines\" or \"modules\".")));
        return runShell(
            toolName, tooltable::lintCommandLine(spec->id, dir.real, scope), confinement, done);
    }
    }
}

ToolResult LocalTools::readFile(const QJsonObject &args)
{
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.value(QStringLiteral("path")).toString(), &path, &error))
        return error;
    if (isDirectory(path.real))
        return ToolResult::failure(tr("%1 is a folder, not a file.").arg(path.real));
    QFile file(path.real);
    if (!path.exists || !isRegularFile(path.real) || !file.open(QIODevice::ReadOnly))
        return ToolResult::failure(
            tr("Cannot read %1: %2")
                .arg(
                    path.real, path.exists ? file.errorString() : tr("No such file or directory")));

    const int startLine = qMax(1, args.value(QStringLiteral("start_line")).toInt(1));
    int endLine = args.value(QStringLiteral("end_line")).toInt(0);
    if (endLine < startLine)
        endLine = startLine + kDefaultReadLines - 1;
    endLine = qMin(endLine, startLine + kMaxReadLines - 1);

    QByteArray out;
    int lineNumber = 0;
    int lastShown = 0;
    bool bytesCapped = false;
    while (!file.atEnd()) {
        // Bounded however long the line: what is past the shown part is skipped unread.
        QByteArray line = file.readLine(kMaxLineChars * 4 + 1);
        while (!line.endsWith('\n') && !file.atEnd()) {
            const QByteArray more = file.readLine(64 * 1024);
            if (more.isEmpty())
                break;
            if (more.endsWith('\n'))
                line += '\n';
        }
        ++lineNumber;
        if (lineNumber < startLine || lineNumber > endLine || bytesCapped)
            continue;
        const bool newline = line.endsWith('\n');
        QString text = QString::fromUtf8(newline ? line.chopped(1) : line);
        if (text.size() > kMaxLineChars)
            text = text.left(kMaxLineChars) + tr(" ... (line truncated)");
        line = text.toUtf8() + (newline ? QByteArray("\n") : QByteArray());
        if (out.size() + line.size() > kMaxOutputBytes) {
            bytesCapped = true;
            continue;
        }
        out += line;
        lastShown = lineNumber;
    }
    m_read.insert(path.real);
    QString text = QString::fromUtf8(out);
    if (lastShown < lineNumber && lineNumber > 0) {
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        text += tr("[Showing lines %1-%2 of %3. Use start_line and end_line to read more.]")
                    .arg(lastShown == 0 ? 0 : startLine)
                    .arg(lastShown)
                    .arg(lineNumber);
    }
    return ToolResult { text, QString(), 0 };
}

ToolResult LocalTools::listDirectory(const QJsonObject &args) const
{
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.value(QStringLiteral("path")).toString(), &path, &error))
        return error;
    if (!isDirectory(path.real))
        return ToolResult::failure(tr("%1 is not a folder.").arg(path.real));
    const bool hidden = args.value(QStringLiteral("show_hidden")).toBool(false);
    const bool recursive = args.value(QStringLiteral("recursive")).toBool(true);

    const QDir dir(path.real);
    QStringList entries;
    int walked = 0;
    QStringList todo { path.real };
    while (!todo.isEmpty() && walked < kMaxWalkedEntries) {
        const QString current = todo.takeFirst();
        QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System;
        if (hidden)
            filters |= QDir::Hidden;
        const QFileInfoList infos = QDir(current).entryInfoList(filters, QDir::Name);
        for (const QFileInfo &info : infos) {
            if (++walked > kMaxWalkedEntries)
                break;
            const QString full = info.absoluteFilePath();
            if (m_own.contains(full))
                continue;
            const bool folder = info.isDir() && !info.isSymLink();
            entries << dir.relativeFilePath(full) + (folder ? QStringLiteral("/") : QString());
            if (folder && recursive && !skippedFolders().contains(info.fileName()))
                todo << full;
        }
    }
    entries.sort();
    const int total = int(entries.size());
    QString text = entries.mid(0, kMaxListedEntries).join(QLatin1Char('\n'));
    if (total > kMaxListedEntries)
        text += QLatin1Char('\n')
            + tr("[%n more entries not listed]", nullptr, total - kMaxListedEntries);
    if (walked > kMaxWalkedEntries)
        text += QLatin1Char('\n') + tr("[stopped after %1 entries]").arg(kMaxWalkedEntries);
    return ToolResult { text, QString(), 0 };
}

ToolResult LocalTools::searchFiles(const QJsonObject &args) const
{
    const QString pattern = args.value(QStringLiteral("pattern")).toString();
    if (pattern.isEmpty())
        return ToolResult::failure(tr("No search pattern given."));
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.value(QStringLiteral("path")).toString(), &path, &error))
        return error;
    if (!path.exists)
        return ToolResult::failure(tr("%1 does not exist.").arg(path.real));
    const bool recursive = args.value(QStringLiteral("recursive")).toBool(true);
    int maxResults = args.value(QStringLiteral("max_results")).toInt(kDefaultSearchResults);
    if (maxResults <= 0)
        maxResults = kDefaultSearchResults;
    maxResults = qMin(maxResults, kMaxSearchResults);
    const QString includeGlob = args.value(QStringLiteral("include_glob")).toString();
    QRegularExpression include;
    if (!includeGlob.isEmpty())
        include = QRegularExpression(QRegularExpression::wildcardToRegularExpression(
            includeGlob, QRegularExpression::DefaultWildcardConversion));

    // A regular expression (ripgrep's syntax is close to PCRE), or the text itself when the
    // pattern is not a valid one.
    QRegularExpression content(pattern);
    if (!content.isValid())
        content = QRegularExpression(QRegularExpression::escape(pattern));

    const bool single = isRegularFile(path.real);
    const QDir base(single ? QFileInfo(path.real).absolutePath() : path.real);
    QStringList files;
    if (single) {
        files << path.real;
    } else if (isDirectory(path.real)) {
        int walked = 0;
        QStringList todo { path.real };
        while (!todo.isEmpty() && walked < kMaxWalkedEntries) {
            const QString current = todo.takeFirst();
            const QFileInfoList infos
                = QDir(current).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
            for (const QFileInfo &info : infos) {
                if (++walked > kMaxWalkedEntries)
                    break;
                const QString full = info.absoluteFilePath();
                if (m_own.contains(full) || info.isSymLink())
                    continue;
                if (info.isDir()) {
                    if (recursive && !skippedFolders().contains(info.fileName()))
                        todo << full;
                } else if (info.isFile()) {
                    files << full;
                }
            }
        }
    } else {
        return ToolResult::failure(tr("%1 is neither a file nor a folder.").arg(path.real));
    }
    files.sort();

    QStringList out;
    int found = 0;
    bool stopped = false;
    for (const QString &f : std::as_const(files)) {
        if (stopped)
            break;
        const QString relative = base.relativeFilePath(f);
        if (include.isValid() && !includeGlob.isEmpty()
            && !include
                    .match(
                        includeGlob.contains(QLatin1Char('/')) ? relative : QFileInfo(f).fileName())
                    .hasMatch())
            continue;
        QFile file(f);
        if (QFileInfo(f).size() > kMaxSearchedFileBytes || !file.open(QIODevice::ReadOnly))
            continue;
        if (looksBinary(file.peek(4096)))
            continue;
        bool named = false;
        int lineNumber = 0;
        while (!file.atEnd()) {
            QString line = QString::fromUtf8(file.readLine());
            ++lineNumber;
            while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (!content.match(line).hasMatch())
                continue;
            if (found == maxResults) {
                stopped = true;
                break;
            }
            if (!named) {
                out << relative;
                named = true;
            }
            if (line.size() > kMaxMatchChars)
                line = line.left(kMaxMatchChars) + QStringLiteral("...");
            out << QStringLiteral("  Line %1: %2").arg(lineNumber).arg(line);
            ++found;
        }
    }
    if (found == 0)
        return ToolResult { QStringLiteral("No matches found"), QString(), 0 };
    QString text = QStringLiteral("Found %1 matches\n").arg(found) + out.join(QLatin1Char('\n'));
    if (stopped)
        text += QLatin1Char('\n')
            + tr("[Stopped at max_results=%1: narrow the pattern, path or include_glob to see "
                 "the rest.]")
                  .arg(maxResults);
    return ToolResult { text, QString(), 0 };
}

ToolResult LocalTools::replaceFile(const ResolvedPath &path, const QString &shown,
    const QByteArray &oldBytes, const QByteArray &newBytes, bool existed)
{
    // O_NOFOLLOW's meaning for the last component: the resolved name must not have become a
    // link since it was resolved (securefile renames over the name itself).
    struct stat st;
    if (::lstat(QFile::encodeName(path.real).constData(), &st) == 0 && !S_ISREG(st.st_mode))
        return ToolResult::failure(tr("Refused: %1 is not a regular file.").arg(path.real));
    if (!existed) {
        // The user's project folders, not ours: the usual mode (0777 less the umask).
        const QString parent = QFileInfo(path.real).absolutePath();
        if (!QDir().mkpath(parent))
            return ToolResult::failure(tr("Cannot create the folder %1.").arg(parent));
    }
    const Error e
        = securefile::writeAtomically(path.real, newBytes, securefile::Permissions::KeepExisting);
    if (e)
        return ToolResult::failure(e.message);
    m_read.insert(path.real);
    return ToolResult { fencedDiff(shown, QString::fromUtf8(oldBytes), QString::fromUtf8(newBytes)),
        QString(), 0 };
}

ToolResult LocalTools::writeFile(const QJsonObject &args)
{
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.value(QStringLiteral("path")).toString(), &path, &error))
        return error;
    if (!args.value(QStringLiteral("content")).isString())
        return ToolResult::failure(tr("No content given."));
    const QByteArray content = args.value(QStringLiteral("content")).toString().toUtf8();
    QByteArray old;
    if (path.exists) {
        if (!isRegularFile(path.real))
            return ToolResult::failure(tr("%1 is not a regular file.").arg(path.real));
        if (!m_read.contains(path.real))
            return ToolResult::failure(
                tr("%1 already exists and has not been read in this session: read it with "
                   "read_file_local first, then write it.")
                    .arg(shownPath(path.real)));
        QFile in(path.real);
        if (!in.open(QIODevice::ReadOnly))
            return ToolResult::failure(tr("Cannot read %1: %2").arg(path.real, in.errorString()));
        if (in.size() > kMaxEditedFileBytes)
            return ToolResult::failure(tr("%1 is too large to rewrite here.").arg(path.real));
        old = in.readAll();
        if (old == content)
            return ToolResult {
                tr("%1 is unchanged: it already has this content.").arg(shownPath(path.real)),
                QString(), 0
            };
    }
    return replaceFile(path, shownPath(path.real), old, content, path.exists);
}

ToolResult LocalTools::editFile(const QJsonObject &args)
{
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.value(QStringLiteral("path")).toString(), &path, &error))
        return error;
    const QString oldStr = args.value(QStringLiteral("old_str")).toString();
    const QString newStr = args.value(QStringLiteral("new_str")).toString();
    if (oldStr.isEmpty())
        return ToolResult::failure(tr("old_str is empty: say which text to replace."));
    if (!path.exists || !isRegularFile(path.real))
        return ToolResult::failure(
            tr("Cannot edit %1: it is not an existing file.").arg(path.real));
    const QString shown = shownPath(path.real);
    if (!m_read.contains(path.real))
        return ToolResult::failure(tr("%1 has not been read in this session: read it with "
                                      "read_file_local first, then edit it.")
                                       .arg(shown));
    QFile in(path.real);
    if (!in.open(QIODevice::ReadOnly))
        return ToolResult::failure(tr("Cannot read %1: %2").arg(path.real, in.errorString()));
    if (in.size() > kMaxEditedFileBytes)
        return ToolResult::failure(tr("%1 is too large to edit here.").arg(path.real));
    const QByteArray oldBytes = in.readAll();
    in.close();
    QString text = QString::fromUtf8(oldBytes);
    const qsizetype count = text.count(oldStr);
    if (count > 1)
        return ToolResult::failure(
            tr("The text to replace occurs %n times in %1: give more context so it is unique.",
                nullptr, int(count))
                .arg(shown));
    if (count == 1) {
        text.replace(text.indexOf(oldStr), oldStr.size(), newStr);
    } else {
        // Not found as written (often whitespace the model got wrong): with three lines or
        // more, the first and last lines anchor one region, if exactly one matches.
        const QStringList want = oldStr.split(QLatin1Char('\n'));
        if (want.size() < 3 || want.first().trimmed().isEmpty() || want.last().trimmed().isEmpty())
            return ToolResult::failure(tr("The text to replace was not found in %1.").arg(shown));
        const QStringList lines = text.split(QLatin1Char('\n'));
        const QString first = want.first().trimmed();
        const QString last = want.last().trimmed();
        int matches = 0;
        int from = -1, to = -1;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() != first)
                continue;
            for (int j = i + 1; j < lines.size() && j < i + 2 * int(want.size()); ++j) {
                if (lines.at(j).trimmed() == last) {
                    ++matches;
                    from = i;
                    to = j;
                    break;
                }
            }
        }
        if (matches != 1)
            return ToolResult::failure(matches == 0
                    ? tr("The text to replace was not found in %1.").arg(shown)
                    : tr("The text to replace was not found exactly, and its first and "
                         "last lines match %1 places in %2: give the exact text.")
                          .arg(matches)
                          .arg(shown));
        QStringList result = lines.mid(0, from);
        result += newStr.split(QLatin1Char('\n'));
        result += lines.mid(to + 1);
        text = result.join(QLatin1Char('\n'));
    }
    return replaceFile(path, shown, oldBytes, text.toUtf8(), true);
}

QString LocalTools::capped(
    const QString &tool, const QString &stream, const QByteArray &bytes) const
{
    const qsizetype totalLines
        = bytes.count('\n') + (bytes.endsWith('\n') || bytes.isEmpty() ? 0 : 1);
    if (bytes.size() <= kMaxOutputBytes && totalLines <= kMaxOutputLines)
        return QString::fromUtf8(bytes);
    // The head: whole lines within both limits.
    qsizetype end = 0;
    int lines = 0;
    while (lines < kMaxOutputLines) {
        const qsizetype nl = bytes.indexOf('\n', end);
        const qsizetype next = nl < 0 ? bytes.size() : nl + 1;
        if (next > kMaxOutputBytes)
            break;
        end = next;
        ++lines;
        if (nl < 0)
            break;
    }
    if (end == 0)
        end = kMaxOutputBytes; // one huge line
    QString text = QString::fromUtf8(bytes.left(end));
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');

    QString copy;
    if (privateFolderReady(m_copyDir)) {
        copy = m_copyDir + QLatin1Char('/')
            + QStringLiteral("%1-%2-%3.txt")
                  .arg(tool, stream, QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        if (securefile::writeAtomically(copy, bytes, securefile::Permissions::Private))
            copy.clear();
    }
    if (copy.isEmpty())
        text += tr("[Output truncated: showing %1 of %2 lines (%3 of %4 bytes).]")
                    .arg(lines)
                    .arg(totalLines)
                    .arg(end)
                    .arg(bytes.size());
    else
        text += tr("[Output truncated: showing %1 of %2 lines (%3 of %4 bytes). The full output "
                   "is in %5]")
                    .arg(lines)
                    .arg(totalLines)
                    .arg(end)
                    .arg(bytes.size())
                    .arg(copy);
    return text;
}

SandboxProfile LocalTools::profileFor(Confinement confinement)
{
    SandboxProfile profile;
    profile.access = confinement == Confinement::ReadOnly ? SandboxProfile::Access::ReadOnly
                                                          : SandboxProfile::Access::Workspace;
    const ResolvedPath workspace = PathResolver::resolve(m_workingDir, QStringLiteral("/"));
    profile.workspace = workspace.ok() ? workspace.real : m_workingDir;
    profile.writable = m_sandboxSettings.writable;
    profile.network = m_sandboxSettings.network;
    profile.hidden = hiddenFolders();
    // One /tmp for the commands of this conversation, so a file one command leaves there is
    // there for the next; removed with the conversation.
    if (!m_privateTmp) {
        m_privateTmp = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/seqera-ai-tmp-XXXXXX"));
        if (!m_privateTmp->isValid())
            m_privateTmp.reset();
    }
    if (m_privateTmp)
        profile.privateTmp = m_privateTmp->path();
    return profile;
}

QStringList LocalTools::hiddenFolders() const
{
    QStringList hidden;
    // Our own folders are covered, so they must exist (0700, ours): a command with the home
    // folder writable must not be able to plant them either.
    for (const QString &dir : m_own.folders()) {
        if (const Error e = securefile::ensurePrivateDir(dir))
            qCWarning(lcTools) << "cannot prepare" << dir << "to hide it:" << e.message;
        const ResolvedPath real = PathResolver::resolve(dir, QStringLiteral("/"));
        hidden << (real.ok() ? real.real : dir);
    }
    for (const QString &dir : m_sandboxSettings.hidden) {
        const ResolvedPath real = PathResolver::resolve(dir, QStringLiteral("/"));
        hidden << (real.ok() ? real.real : dir);
    }
    return hidden;
}

void LocalTools::runShell(
    const QString &tool, const QString &script, Confinement confinement, Callback done)
{
    QString shell = QStringLiteral("/bin/bash");
    if (!QFileInfo(shell).isExecutable())
        shell = QStandardPaths::findExecutable(QStringLiteral("bash"));
    if (shell.isEmpty())
        shell = QStringLiteral("/bin/sh");

    ChildProcess::Options options;
    options.program = shell;
    options.arguments = { QStringLiteral("-c"), script };
    options.workingDir = m_workingDir;
    options.timeoutMs = m_timeoutMs;
    options.captureLimit = m_captureLimit;
    // The command's environment: ours without any token (the model must never see one),
    // plus what tells tools they run under an agent (§7). In the sandbox also without the
    // addresses of the session bus and the agents (their sockets are hidden anyway).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : std::as_const(m_scrubbed))
        env.remove(name);
    env.insert(QStringLiteral("AGENT"), QStringLiteral("1"));
    env.insert(QStringLiteral("NXF_AGENT_MODE"), QStringLiteral("true"));
    if (!env.contains(QStringLiteral("NXF_ANSI_LOG")))
        env.insert(QStringLiteral("NXF_ANSI_LOG"), QStringLiteral("false"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    if (confinement != Confinement::Outside && m_sandbox.available()) {
        options.sandbox = &m_sandbox;
        options.profile = profileFor(confinement);
        for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "SSH_AUTH_SOCK", "GPG_AGENT_INFO" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("TMPDIR"), QStringLiteral("/tmp"));
    }
    options.environment = env;

    auto *child = new ChildProcess(options, this);
    auto callback = std::make_shared<Callback>(std::move(done));
    connect(child, &ChildProcess::finished, this,
        [this, tool, child, callback, limit = m_captureLimit, timeoutMs = m_timeoutMs](
            const ChildResult &r) {
            ToolResult result { capped(tool, QStringLiteral("stdout"), r.out),
                capped(tool, QStringLiteral("stderr"), r.err), r.exitCode };
            auto note = [&result](const QString &line) {
                if (!result.stderrText.isEmpty() && !result.stderrText.endsWith(QLatin1Char('\n')))
                    result.stderrText += QLatin1Char('\n');
                result.stderrText += line;
            };
            if (!r.started()) {
                result = ToolResult::failure(r.startError, 127);
            } else if (r.cancelled) {
                note(tr("The command was cancelled."));
                result.exitCode = 130;
            } else if (r.timedOut) {
                note(tr("The command was stopped after %n second(s) without finishing.", nullptr,
                    qMax(1, timeoutMs / 1000)));
                result.exitCode = 1;
            } else if (r.overflow) {
                note(tr("The command was stopped: it wrote more than %1 MiB of output.")
                         .arg(limit / (1024.0 * 1024.0), 0, 'g', 3));
                result.exitCode = 1;
            } else if (r.crashed) {
                result.exitCode = 128 + SIGKILL;
            }
            child->deleteLater();
            if (*callback)
                (*callback)(result);
        });
    // start() is asynchronous: finished() arrives from the event loop.
    child->start();
}

void LocalTools::cancelAll()
{
    const auto children = findChildren<ChildProcess *>(QString(), Qt::FindDirectChildrenOnly);
    for (ChildProcess *child : children)
        child->cancel();
}

} // namespace seqera::ai

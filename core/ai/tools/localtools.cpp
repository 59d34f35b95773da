#include "localtools.h"

#include "ai/tools/childprocess.h"
#include "ai/tools/fileglob.h"
#include "ai/tools/pathresolver.h"
#include "ai/tools/tooloutput.h"
#include "ai/tools/tooltable.h"
#include "config/settings.h"
#include "os/files.h"
#include "os/process.h"
#include "storage/securefile.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <re2/re2.h>

#include <functional>

Q_LOGGING_CATEGORY(lcTools, "seqera.ai.tools", QtWarningMsg)

namespace seqera::ai {

using namespace toollimits;

namespace {
constexpr qint64 kMaxSearchedFileBytes = 2 * 1024 * 1024;
// What one search reads in all: the search runs on the event loop, and every match is counted
// (not only the shown ones), so a large tree is cut short with a note rather than read whole.
constexpr qint64 kMaxSearchedTotalBytes = 64 * 1024 * 1024;
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
    const std::optional<os::FileStatus> st = os::statNoFollow(real);
    return st && st->type == os::FileType::Regular;
}

bool isDirectory(const QString &real)
{
    const std::optional<os::FileStatus> st = os::statNoFollow(real);
    return st && st->type == os::FileType::Folder;
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

// Edit distance between two lines (two rows of the table; lines are short).
int levenshtein(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j] = qMin(qMin(current[j - 1] + 1, previous[j] + 1),
                previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1));
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Character pairs the fuzzy match may compare for one edit (edit distance is quadratic, and
// both texts come from the model or its file): a fraction of a second; beyond it, the exact
// text is asked for.
constexpr qint64 kFuzzyEditBudget = 20 * 1000 * 1000;

// How alike the middle lines of want and of lines[from..to] are, 0 to 1 (trimmed, line by
// line, averaged over the lines both have); 1 when there is nothing between the anchors.
// -1 when *budget runs out.
double similarity(
    const QStringList &lines, int from, int to, const QStringList &want, qint64 *budget)
{
    double sum = 0;
    int counted = 0;
    for (int k = 1; k < want.size() - 1 && from + k < to; ++k) {
        const QString a = lines.at(from + k).trimmed().left(kMaxLineChars);
        const QString b = want.at(k).trimmed().left(kMaxLineChars);
        const int longest = int(qMax(a.size(), b.size()));
        if (longest == 0)
            continue;
        *budget -= qint64(a.size()) * b.size();
        if (*budget < 0)
            return -1;
        sum += 1.0 - double(levenshtein(a, b)) / longest;
        ++counted;
    }
    return counted == 0 ? 1.0 : sum / counted;
}

struct FuzzyMatch
{
    int from = -1;
    int to = -1;
    bool ambiguous = false;
    bool tooCostly = false; // over kFuzzyEditBudget
};

// The region of `lines` that `want` (three lines or more) most likely meant: first and last
// lines equal when trimmed, the nearest last line within twice the length, the middle at
// least kFuzzyEditMinSimilarity alike (kFuzzyEditMinSimilarityOfMany when several regions
// qualify), and no runner-up within kFuzzyEditAmbiguity.
FuzzyMatch fuzzyRegion(const QStringList &lines, const QStringList &want)
{
    FuzzyMatch none;
    if (want.size() < 3 || want.first().trimmed().isEmpty() || want.last().trimmed().isEmpty())
        return none;
    const QString first = want.first().trimmed();
    const QString last = want.last().trimmed();
    struct Candidate
    {
        int from, to;
        double score;
    };
    QList<Candidate> candidates;
    qint64 budget = kFuzzyEditBudget;
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() != first)
            continue;
        for (int j = i + 2; j < lines.size() && j < i + 2 * int(want.size()); ++j) {
            if (lines.at(j).trimmed() == last) {
                const double score = similarity(lines, i, j, want, &budget);
                if (score < 0) {
                    none.tooCostly = true;
                    return none;
                }
                candidates << Candidate { i, j, score };
                break;
            }
        }
    }
    if (candidates.isEmpty())
        return none;
    std::sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    const Candidate &best = candidates.first();
    const double needed
        = candidates.size() == 1 ? kFuzzyEditMinSimilarity : kFuzzyEditMinSimilarityOfMany;
    if (best.score < needed)
        return none;
    if (candidates.size() > 1 && best.score - candidates.at(1).score < kFuzzyEditAmbiguity) {
        none.ambiguous = true;
        return none;
    }
    return FuzzyMatch { best.from, best.to, false };
}

// A folder for our own copies: ours, not a link, 0700.
bool privateFolderReady(const QString &dir)
{
    if (securefile::ensurePrivateDir(dir))
        return false;
    const std::optional<os::FileStatus> st = os::statNoFollow(dir);
    return st && st->type == os::FileType::Folder && st->owner == os::Owner::User
        && (st->mode & 077) == 0;
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

namespace {
bool stampOf(const QString &real, qint64 *mtimeNs, qint64 *ctimeNs, qint64 *size)
{
    const std::optional<os::FileStatus> st = os::statNoFollow(real);
    if (!st)
        return false;
    *mtimeNs = st->modifiedNs;
    *ctimeNs = st->changedNs;
    *size = st->size;
    return true;
}
} // namespace

void LocalTools::recordRead(const QString &real)
{
    FileStamp stamp;
    if (!stampOf(real, &stamp.mtimeNs, &stamp.ctimeNs, &stamp.size)) {
        m_read.remove(real);
        return;
    }
    stamp.readAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_read.insert(real, stamp);
}

bool LocalTools::readForChange(
    const QString &real, const QString &tool, QByteArray *content, ToolResult *error) const
{
    const QString stale = staleReason(real, tool);
    if (!stale.isEmpty()) {
        *error = ToolResult::failure(stale);
        return false;
    }
    QFile in(real);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = ToolResult::failure(tr("Cannot read %1: %2").arg(real, in.errorString()));
        return false;
    }
    if (in.size() > kMaxEditedFileBytes) {
        *error = ToolResult::failure(tool == QLatin1String("write")
                ? tr("%1 is too large to rewrite here.").arg(real)
                : tr("%1 is too large to edit here.").arg(real));
        return false;
    }
    *content = in.readAll();
    return true;
}

QString LocalTools::staleReason(const QString &real, const QString &tool) const
{
    const auto read = m_read.constFind(real);
    if (read == m_read.cend())
        return tool == QLatin1String("write")
            ? tr("%1 already exists and has not been read in this session: read it with "
                 "read_file_local first, then write it.")
                  .arg(shownPath(real))
            : tr("%1 has not been read in this session: read it with read_file_local first, "
                 "then edit it.")
                  .arg(shownPath(real));
    FileStamp now;
    if (stampOf(real, &now.mtimeNs, &now.ctimeNs, &now.size) && now == *read)
        return QString();
    // Something else (a command, the user's editor) changed it: the model's copy is old.
    return tr("%1 has changed since it was read (at %2): read it again with read_file_local, "
              "then change it.")
        .arg(shownPath(real), read->readAt);
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
    const ToolArguments arguments = ToolArguments::parse(*spec, args);
    if (!arguments.error().isEmpty())
        return later(ToolResult::failure(arguments.error()));

    switch (spec->id) {
    case ToolId::ReadFile:
        return later(readFile(arguments));
    case ToolId::ListDirectory:
        return later(listDirectory(arguments));
    case ToolId::SearchFiles:
        return later(searchFiles(arguments));
    case ToolId::WriteFile:
        return later(writeFile(arguments));
    case ToolId::EditFile:
        return later(editFile(arguments));
    case ToolId::ExecuteBash: {
        const QString command = arguments.string("command");
        if (command.trimmed().isEmpty())
            return later(ToolResult::failure(tr("No command given.")));
        // A command's children must stop with it (a deadline, a cancel): without process
        // groups they could outlive it, so no command runs. The file tools remain.
        if (!os::hasProcessGroups())
            return later(ToolResult::failure(
                tr("This build of seqera runs no commands: it cannot stop what a command starts "
                   "on this system (no process groups). Use the file tools instead, or run the "
                   "command yourself.")));
        return runShell(toolName, command, confinement, done);
    }
    case ToolId::NextflowLint:
    case ToolId::NfCoreLint: {
        ResolvedPath dir;
        ToolResult error;
        if (!resolveTool(arguments.string("path"), &dir, &error))
            return later(error);
        if (!isDirectory(dir.real))
            return later(ToolResult::failure(tr("%1 is not a folder.").arg(dir.real)));
        const QString scope = tooltable::lintScope(arguments.string("lint_scope"));
        return runShell(
            toolName, tooltable::lintCommandLine(spec->id, dir.real, scope), confinement, done);
    }
    }
}

ToolResult LocalTools::readFile(const ToolArguments &args)
{
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.string("path"), &path, &error))
        return error;
    if (isDirectory(path.real))
        return ToolResult::failure(tr("%1 is a folder, not a file.").arg(path.real));
    QFile file(path.real);
    if (!path.exists || !isRegularFile(path.real) || !file.open(QIODevice::ReadOnly))
        return ToolResult::failure(
            tr("Cannot read %1: %2")
                .arg(
                    path.real, path.exists ? file.errorString() : tr("No such file or directory")));

    // No range: the first 250 lines. A start line alone: to the end, 1200 lines at most.
    const bool fromStart = args.given("start_line");
    const int startLine = qMax(1, args.integer("start_line"));
    int endLine = args.integer("end_line");
    if (endLine < startLine)
        endLine = startLine + (fromStart ? kMaxReadLines : kDefaultReadLines) - 1;
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
    recordRead(path.real);
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

ToolResult LocalTools::listDirectory(const ToolArguments &args) const
{
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.string("path"), &path, &error))
        return error;
    if (!isDirectory(path.real))
        return ToolResult::failure(tr("%1 is not a folder.").arg(path.real));
    const bool hidden = args.boolean("show_hidden");
    const bool recursive = args.boolean("recursive");

    // An indented tree, depth first, folders before files: the first kMaxListedEntries.
    QStringList lines { path.real.endsWith(QLatin1Char('/')) ? path.real
                                                             : path.real + QLatin1Char('/') };
    int listed = 0;
    int walked = 0;
    bool truncated = false;
    std::function<void(const QString &, int)> walk = [&](const QString &folder, int depth) {
        QDir::Filters filters = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System;
        if (hidden)
            filters |= QDir::Hidden;
        QFileInfoList infos = QDir(folder).entryInfoList(filters, QDir::NoSort);
        std::sort(infos.begin(), infos.end(), [](const QFileInfo &a, const QFileInfo &b) {
            const bool da = a.isDir() && !a.isSymLink();
            const bool db = b.isDir() && !b.isSymLink();
            if (da != db)
                return da;
            const int c = a.fileName().compare(b.fileName(), Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a.fileName() < b.fileName();
        });
        for (const QFileInfo &info : std::as_const(infos)) {
            if (truncated || ++walked > kMaxWalkedEntries)
                return;
            const QString full = info.absoluteFilePath();
            if (m_own.contains(full))
                continue;
            if (listed == kMaxListedEntries) {
                truncated = true;
                return;
            }
            const bool isFolder = info.isDir() && !info.isSymLink();
            lines << QString(2 * depth, QLatin1Char(' ')) + info.fileName()
                    + (isFolder ? QStringLiteral("/") : QString());
            ++listed;
            if (isFolder && recursive && !skippedFolders().contains(info.fileName()))
                walk(full, depth + 1);
        }
    };
    walk(path.real, 1);
    QString text = lines.join(QLatin1Char('\n'));
    if (truncated)
        text += QStringLiteral("\n\n")
            + tr("(Results are truncated: showing first %1 entries. Prefer search_files_local "
                 "with include_glob to narrow the area before reading files.)")
                  .arg(kMaxListedEntries);
    if (walked > kMaxWalkedEntries)
        text += QLatin1Char('\n') + tr("[stopped after %1 entries]").arg(kMaxWalkedEntries);
    return ToolResult { limited(
                            tooltable::name(ToolId::ListDirectory), QStringLiteral("stdout"), text),
        QString(), 0 };
}

namespace {
// The .gitignore rules for a search of `root`: those of its repository (from the top down
// to root, and .git/info/exclude), or of root alone outside a repository. *top is where the
// rules' paths start.
IgnoreRules ignoreRulesAbove(const QString &root, QString *top)
{
    IgnoreRules rules;
    *top = root;
    for (QDir d(root);;) {
        if (QFileInfo::exists(d.filePath(QStringLiteral(".git")))) {
            *top = d.absolutePath();
            break;
        }
        if (!d.cdUp())
            break;
    }
    auto readSmall = [](const QString &file) {
        QFile f(file);
        if (!isRegularFile(file) || f.size() > 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            return QByteArray();
        return f.readAll();
    };
    const QDir topDir(*top);
    rules.addFile(QString(), readSmall(topDir.filePath(QStringLiteral(".git/info/exclude"))));
    QString folder;
    const QStringList parts = topDir.relativeFilePath(root).split(QLatin1Char('/'));
    rules.addFile(QString(), readSmall(topDir.filePath(QStringLiteral(".gitignore"))));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        folder = folder.isEmpty() ? part : folder + QLatin1Char('/') + part;
        rules.addFile(folder, readSmall(topDir.filePath(folder + QStringLiteral("/.gitignore"))));
    }
    return rules;
}
// The official client's headers, which the model knows: `Found N matches (showing first
// M)`, the files, and a note with the number not shown.
QString searchReport(int found, int maxResults, const QStringList &shown)
{
    if (found == 0)
        return QStringLiteral("No matches found");
    QString text = found > maxResults
        ? QStringLiteral("Found %1 matches (showing first %2)").arg(found).arg(maxResults)
        : QStringLiteral("Found %1 matches").arg(found);
    text += QLatin1Char('\n') + shown.join(QLatin1Char('\n'));
    if (found > maxResults)
        text += QStringLiteral("\n\n")
            + LocalTools::tr("(Results truncated: showing %1 of %2 matches (%3 hidden). Use a "
                             "narrower path, include_glob, or pattern.)")
                  .arg(maxResults)
                  .arg(found)
                  .arg(found - maxResults);
    return text;
}
} // namespace

QStringList LocalTools::searchedFiles(const QString &folder, bool recursive,
    const QString &includeGlob, const FileGlob &include) const
{
    struct Candidate
    {
        QString path;
        qint64 mtimeNs;
    };
    QList<Candidate> files;
    // Hidden files too (not .git), and what the repository's .gitignore files leave out is
    // left out here, as ripgrep --hidden does.
    QString top;
    IgnoreRules ignored = ignoreRulesAbove(folder, &top);
    const QDir topDir(top);
    const QDir root(folder);
    int walked = 0;
    QStringList todo { folder };
    while (!todo.isEmpty() && walked < kMaxWalkedEntries) {
        const QString current = todo.takeFirst();
        if (current != folder) {
            QFile gitignore(current + QStringLiteral("/.gitignore"));
            if (isRegularFile(gitignore.fileName()) && gitignore.size() <= 1024 * 1024
                && gitignore.open(QIODevice::ReadOnly))
                ignored.addFile(topDir.relativeFilePath(current), gitignore.readAll());
        }
        const QFileInfoList infos = QDir(current).entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo &info : infos) {
            if (++walked > kMaxWalkedEntries)
                break;
            const QString full = info.absoluteFilePath();
            if (m_own.contains(full) || info.isSymLink()
                || info.fileName() == QLatin1String(".git"))
                continue;
            const bool isFolder = info.isDir();
            if (ignored.ignores(topDir.relativeFilePath(full), isFolder))
                continue;
            if (isFolder) {
                if (recursive && !skippedFolders().contains(info.fileName()))
                    todo << full;
            } else if (info.isFile()) {
                const QString name = includeGlob.contains(QLatin1Char('/'))
                    ? root.relativeFilePath(full)
                    : info.fileName();
                if (!includeGlob.isEmpty() && !include.matches(name))
                    continue;
                qint64 mtime = 0, ctime = 0, size = 0;
                stampOf(full, &mtime, &ctime, &size);
                files << Candidate { full, mtime };
            }
        }
    }
    // Newest first (what the user works on now), then by name.
    std::sort(files.begin(), files.end(), [](const Candidate &a, const Candidate &b) {
        return a.mtimeNs != b.mtimeNs ? a.mtimeNs > b.mtimeNs : a.path < b.path;
    });
    QStringList paths;
    for (const Candidate &c : std::as_const(files))
        paths << c.path;
    return paths;
}

// Long on purpose: the tool's documented steps in order (arguments, pattern, files newest
// first, the budget, the official output format); the file walk and the matching are helpers.
ToolResult LocalTools::searchFiles(const ToolArguments &args) const
{
    const QString pattern = args.string("pattern");
    if (pattern.isEmpty())
        return ToolResult::failure(tr("No search pattern given."));
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.string("path"), &path, &error))
        return error;
    if (!path.exists)
        return ToolResult::failure(tr("%1 does not exist.").arg(path.real));
    const bool recursive = args.boolean("recursive");
    const int maxResults = qBound(1, args.integer("max_results"), kMaxSearchResults);

    // The model's pattern runs on RE2 (ripgrep's syntax family): time linear in the text
    // whatever the pattern, where a backtracking engine takes minutes on `^(a+)+$`.
    RE2::Options options;
    options.set_log_errors(false);
    const RE2 content(pattern.toStdString(), options);
    if (!content.ok())
        return ToolResult::failure(
            tr("The pattern cannot be used: %1. Patterns are regular expressions in RE2 syntax, "
               "as ripgrep's: backreferences (\\1) and lookaround ((?=...), (?!...), (?<=...)) "
               "are not supported; use a simpler pattern and check the lines found with "
               "read_file_local.")
                .arg(QString::fromStdString(content.error())));
    const QString includeGlob = args.string("include_glob");
    const FileGlob include(includeGlob, FileGlob::Syntax::Ripgrep);
    if (!includeGlob.isEmpty() && !include.isValid())
        return ToolResult::failure(
            tr("include_glob is not a glob that can be used: %1").arg(includeGlob));

    QStringList files;
    if (isRegularFile(path.real))
        files << path.real;
    else if (isDirectory(path.real))
        files = searchedFiles(path.real, recursive, includeGlob, include);
    else
        return ToolResult::failure(tr("%1 is neither a file nor a folder.").arg(path.real));

    QStringList shown;
    int found = 0;
    qint64 read = 0;
    int searched = 0;
    for (const QString &candidate : std::as_const(files)) {
        QFile file(candidate);
        if (file.size() > kMaxSearchedFileBytes || !file.open(QIODevice::ReadOnly))
            continue;
        if ((read += file.size()) > kMaxSearchedTotalBytes)
            break;
        ++searched;
        if (looksBinary(file.peek(4096)))
            continue;
        bool named = false;
        int lineNumber = 0;
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            ++lineNumber;
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (!RE2::PartialMatch(
                    re2::StringPiece(line.constData(), size_t(line.size())), content))
                continue;
            if (++found > maxResults)
                continue; // counted, not shown
            if (!named) {
                if (!shown.isEmpty())
                    shown << QString();
                shown << shownPath(candidate) + QLatin1Char(':');
                named = true;
            }
            QString text = QString::fromUtf8(line);
            if (text.size() > kMaxMatchChars)
                text = text.left(kMaxMatchChars) + QStringLiteral("...");
            shown << QStringLiteral("  Line %1: %2").arg(lineNumber).arg(text);
        }
    }
    QString report = searchReport(found, maxResults, shown);
    if (read > kMaxSearchedTotalBytes)
        report += QStringLiteral("\n\n")
            + tr("(Search stopped after the %1 newest files (%2 MiB): narrow the path or "
                 "include_glob to search the other %3.)")
                  .arg(searched)
                  .arg(kMaxSearchedTotalBytes / (1024 * 1024))
                  .arg(files.size() - searched);
    return ToolResult { limited(
                            tooltable::name(ToolId::SearchFiles), QStringLiteral("stdout"), report),
        QString(), 0 };
}

ToolResult LocalTools::replaceFile(const ResolvedPath &path, const QString &shown,
    const QByteArray &oldBytes, const QByteArray &newBytes, bool existed)
{
    // O_NOFOLLOW's meaning for the last component: the resolved name must not have become a
    // link since it was resolved (securefile renames over the name itself).
    const std::optional<os::FileStatus> st = os::statNoFollow(path.real);
    if (st && st->type != os::FileType::Regular)
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
    recordRead(path.real);
    return ToolResult { fencedDiff(shown, QString::fromUtf8(oldBytes), QString::fromUtf8(newBytes)),
        QString(), 0 };
}

ToolResult LocalTools::writeFile(const ToolArguments &args)
{
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.string("path"), &path, &error))
        return error;
    const QByteArray content = args.string("content").toUtf8();
    QByteArray old;
    if (path.exists) {
        if (!isRegularFile(path.real))
            return ToolResult::failure(tr("%1 is not a regular file.").arg(path.real));
        if (!readForChange(path.real, QStringLiteral("write"), &old, &error))
            return error;
        if (old == content)
            return ToolResult {
                tr("%1 is unchanged: it already has this content.").arg(shownPath(path.real)),
                QString(), 0
            };
        // A whole rewrite of a long file is where a model drops what it did not mean to:
        // such changes go through edit_file_local.
        const QString before = QString::fromUtf8(old);
        const QString after = QString::fromUtf8(content);
        const int oldLines = int(splitLines(before).size());
        const int newLines = int(splitLines(after).size());
        if (oldLines > kMaxRewriteLines || newLines > kMaxRewriteLines
            || before.size() > kMaxRewriteChars || after.size() > kMaxRewriteChars)
            return ToolResult::failure(
                tr("Refused: write_file_local only creates files or rewrites short ones (up to "
                   "%1 lines and %2 characters), and %3 is an existing file of %4 lines and %5 "
                   "characters (the new content: %6 lines, %7 characters). Read the part to "
                   "change and use edit_file_local instead.")
                    .arg(kMaxRewriteLines)
                    .arg(kMaxRewriteChars)
                    .arg(shownPath(path.real))
                    .arg(oldLines)
                    .arg(before.size())
                    .arg(newLines)
                    .arg(after.size()));
    }
    return replaceFile(path, shownPath(path.real), old, content, path.exists);
}

ToolResult LocalTools::editFile(const ToolArguments &args)
{
    ResolvedPath path;
    ToolResult error;
    if (!resolveTool(args.string("path"), &path, &error))
        return error;
    const QString oldStr = args.string("old_str");
    const QString newStr = args.string("new_str");
    if (oldStr.isEmpty())
        return ToolResult::failure(tr("old_str is empty: say which text to replace."));
    if (!path.exists || !isRegularFile(path.real))
        return ToolResult::failure(
            tr("Cannot edit %1: it is not an existing file.").arg(path.real));
    const QString shown = shownPath(path.real);
    QByteArray oldBytes;
    if (!readForChange(path.real, QStringLiteral("edit"), &oldBytes, &error))
        return error;
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
        // more, regions whose first and last lines match (ignoring blanks at the ends) are
        // scored by how alike their middle lines are; a clear winner is replaced.
        QStringList want = oldStr.split(QLatin1Char('\n'));
        if (want.size() > 1 && want.last().isEmpty())
            want.removeLast();
        const QStringList lines = text.split(QLatin1Char('\n'));
        const FuzzyMatch m = fuzzyRegion(lines, want);
        if (m.ambiguous)
            return ToolResult::failure(
                tr("The text to replace was not found exactly in %1, and it is about as close "
                   "to several places: read the file again and give the exact text.")
                    .arg(shown));
        if (m.tooCostly)
            return ToolResult::failure(
                tr("The text to replace was not found exactly in %1, and it is too long to be "
                   "matched approximately: read the file again and give the exact text.")
                    .arg(shown));
        if (m.from < 0)
            return ToolResult::failure(tr("The text to replace was not found in %1.").arg(shown));
        const int from = m.from;
        const int to = m.to;
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
    QString text = tooloutput::withoutTerminalControls(QString::fromUtf8(bytes));
    // Nextflow's log, from its linter or from a run the command started (found by its output,
    // so a script that runs Nextflow counts too).
    if (stream == QLatin1String("stdout")
        && (tool == tooltable::name(ToolId::NextflowLint)
            || tooloutput::looksLikeNextflowRun(text)))
        text = tooloutput::condensedNextflow(text);
    return limited(tool, stream, text);
}

QString LocalTools::limited(const QString &tool, const QString &stream, const QString &full) const
{
    const QByteArray bytes = full.toUtf8();
    const qsizetype totalLines
        = bytes.count('\n') + (bytes.endsWith('\n') || bytes.isEmpty() ? 0 : 1);
    if (bytes.size() <= kMaxOutputBytes && totalLines <= kMaxOutputLines)
        return full;
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
                result.exitCode = 128 + 9; // killed (SIGKILL), as a shell reports it
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

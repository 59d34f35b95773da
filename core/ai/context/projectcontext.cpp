#include "projectcontext.h"

#include "ai/tools/childprocess.h"
#include "os/files.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>
#include <memory>
#include <optional>


Q_LOGGING_CATEGORY(lcContext, "seqera.ai.context", QtWarningMsg)

namespace seqera::ai {

namespace {

// ---- files ------------------------------------------------------------------------------

// The one way this file reads a file, ours or the user's. Every link on the way is resolved
// (PathResolver, as the local tools do) before anything is decided: the real file must be
// inside `root` (a link may point elsewhere in the project, never out of it) and must not be
// one of the program's own files (a `main.nf` linked to a profile's credentials.json in a
// home folder that is the project). The last component is opened with O_NOFOLLOW, so a link
// put there after the check is refused, and O_NONBLOCK, so a FIFO or device swapped in never
// blocks; only a regular file is read, at most maxBytes of it.
std::optional<QByteArray> readFileInside(
    const QString &path, const QString &root, qint64 maxBytes, const OwnFiles &own)
{
    const ResolvedPath real = PathResolver::resolve(path, QStringLiteral("/"));
    const ResolvedPath realRoot = PathResolver::resolve(root, QStringLiteral("/"));
    if (!real.ok() || !real.exists || !realRoot.ok()
        || !PathResolver::isWithin(real.real, realRoot.real))
        return std::nullopt;
    if (own.contains(real.real) || own.contains(QDir::cleanPath(path))) {
        qCInfo(lcContext) << "not read: one of the program's own files";
        return std::nullopt;
    }
    os::File file = os::File::openRead(real.real, nullptr);
    const std::optional<os::FileStatus> st = file.status();
    if (!st || st->type != os::FileType::Regular)
        return std::nullopt;
    return file.read(maxBytes);
}

struct Entry
{
    QString name;
    bool dir = false; // a real folder, or a link to one
    bool link = false;
};

struct Listing
{
    QList<Entry> entries;
    qint64 total = 0; // names seen; more than entries.size() only when reading stopped early
};

bool shownName(const QString &name)
{
    if (!name.startsWith(QLatin1Char('.')))
        return true;
    return name == QLatin1String(".git") || name == QLatin1String(".github")
        || name == QLatin1String(".nextflow");
}

// Names and types without a stat per entry (a stat only for links and file systems that give
// no type).
Listing readDirectory(const QString &path, int maxEntries)
{
    Listing result;
    QList<os::DirectoryEntry> entries;
    if (!os::listFolder(path, maxEntries, shownName, &entries, &result.total))
        return result;
    if (result.total == maxEntries && entries.size() == maxEntries)
        qCDebug(lcContext) << "read" << path << "up to" << maxEntries << "names";
    for (const os::DirectoryEntry &e : std::as_const(entries))
        result.entries.append(Entry { e.name, e.folder, e.link });
    return result;
}

// Case-insensitive, as the official client's localeCompare puts `README.md` between
// `nextflow.config` and `subworkflows`, but the same whatever the locale (with LANG unset a
// collator sorts by code point, every capital first): Unicode case folding, then lowercase
// before uppercase for names that differ only in case.
bool nameLess(const QString &a, const QString &b)
{
    const int folded = QString::compare(a, b, Qt::CaseInsensitive);
    return folded != 0 ? folded < 0 : QString::compare(a, b, Qt::CaseSensitive) > 0;
}

void sortByName(QList<Entry> &entries)
{
    std::sort(entries.begin(), entries.end(),
        [](const Entry &a, const Entry &b) { return nameLess(a.name, b.name); });
}

// ---- directory tree and listing ------------------------------------------------------------

// Two levels, as the official client draws it: every top-level entry, and under each
// top-level folder its first TreeChildren entries. A link to a folder is shown as a folder and
// never followed (ours: the official lists its insides).
QString directoryTree(const QString &cwd, Listing top, const ContextOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    QStringList lines { cwd };
    qsizetype chars = cwd.size();
    auto add = [&](const QString &line) {
        lines << line;
        chars += line.size() + 1;
    };
    auto entryLine = [](const QString &prefix, const Entry &e) {
        return prefix + e.name + (e.dir ? QLatin1String("/") : QLatin1String());
    };
    sortByName(top.entries);
    const qsizetype count = top.entries.size();
    for (qsizetype i = 0; i < count; ++i) {
        const Entry &entry = top.entries.at(i);
        add(entryLine(i == count - 1 ? QStringLiteral("`-- ") : QStringLiteral("|-- "), entry));
        if (entry.dir && !entry.link) {
            Listing children
                = readDirectory(PathResolver::join(cwd, entry.name), options.maxEntriesPerDirectory);
            sortByName(children.entries);
            const qsizetype shown
                = std::min<qsizetype>(children.entries.size(), contextcaps::TreeChildren);
            const bool more = children.total > shown;
            for (qsizetype j = 0; j < shown; ++j) {
                add(entryLine(j == shown - 1 && !more ? QStringLiteral("    `-- ")
                                                      : QStringLiteral("    |-- "),
                    children.entries.at(j)));
            }
            if (more)
                add(QStringLiteral("    `-- ... (%1 more items)").arg(children.total - shown));
        }
        // Never past what the payload cap could keep, nor past the time budget.
        if (i < count - 1
            && (chars > contextcaps::Body || clock.hasExpired(options.walkBudgetMs))) {
            lines << QStringLiteral("... (truncated)");
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString formatSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 2) + QStringLiteral(" MB");
    QLocale english(QLocale::English, QLocale::UnitedStates); // "1,234 bytes" everywhere
    return english.toString(bytes) + QStringLiteral(" bytes");
}

// Folders first (`name/ <DIR>`), then files with their sizes, each group by name.
QString directoryListing(const QString &cwd, Listing top)
{
    QList<Entry> dirs, files;
    for (const Entry &e : std::as_const(top.entries))
        (e.dir ? dirs : files).append(e);
    sortByName(dirs);
    sortByName(files);
    const QList<Entry> all = dirs + files;
    QStringList lines;
    for (const Entry &e : all) {
        if (lines.size() == contextcaps::ListingEntries)
            break;
        if (e.dir) {
            lines << (e.name + QLatin1Char('/')).leftJustified(40) + QStringLiteral(" <DIR>");
            continue;
        }
        const std::optional<os::FileStatus> st = os::statFollow(PathResolver::join(cwd, e.name));
        lines << e.name.leftJustified(40) + QLatin1Char(' ')
                + (st ? formatSize(st->size) : QStringLiteral("[error reading]"));
    }
    if (top.total > lines.size())
        lines << QStringLiteral("... (%1 more items)").arg(top.total - lines.size());
    return lines.join(QLatin1Char('\n'));
}

// ---- main.nf ------------------------------------------------------------------------------

QString capMainNf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    bool truncated = false;
    if (lines.size() > contextcaps::MainNfLines) {
        lines = lines.mid(0, contextcaps::MainNfLines);
        truncated = true;
    }
    for (QString &line : lines) {
        if (line.size() > contextcaps::MainNfLineChars) {
            line.truncate(contextcaps::MainNfLineChars);
            truncated = true;
        }
    }
    QString result = lines.join(QLatin1Char('\n'));
    if (result.size() > contextcaps::MainNfChars) {
        result.truncate(contextcaps::MainNfChars);
        truncated = true;
    }
    if (truncated)
        result += QStringLiteral("\n... (truncated)");
    return result;
}

// ---- git --------------------------------------------------------------------------------

// Git's answers are parsed whole; a repository's status or diff beyond this is not worth
// the backend's 20,000 characters anyway.
constexpr qint64 kMaxGitOutputBytes = 16 * 1024 * 1024;

class Git
{
public:
    explicit Git(const ContextOptions &options)
        : m_program(options.gitProgram)
        , m_deadline(options.gitTimeoutMs)
        , m_sandbox(options.sandbox)
        , m_hidden(options.sandboxHidden)
    {
        // Looked up in the PATH of the environment git gets, not only in ours.
        if (!m_program.contains(QLatin1Char('/'))) {
            const QString found = QStandardPaths::findExecutable(m_program,
                options.environment.value(QStringLiteral("PATH"))
                    .split(QLatin1Char(':'), Qt::SkipEmptyParts));
            m_program = found; // "" when git is not installed: every call fails to start
        }
        // GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE... set by a hook or an editor would point git
        // at another repository than the one the user is in.
        const QProcessEnvironment &base = options.environment;
        for (const QString &key : base.keys()) {
            if (!key.startsWith(QLatin1String("GIT_")))
                m_environment.insert(key, base.value(key));
        }
        m_environment.insert(QStringLiteral("GIT_OPTIONAL_LOCKS"), QStringLiteral("0"));
        m_environment.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    }

    std::unique_ptr<ChildProcess> start(const QString &dir, const QStringList &args) const
    {
        ChildProcess::Options options;
        options.program = m_program;
        // A repository's config must not make a status call run a program of its choosing
        // (core.fsmonitor), nor reformat what we parse.
        options.arguments = QStringList { QStringLiteral("-C"), dir, QStringLiteral("--no-pager"),
            QStringLiteral("-c"), QStringLiteral("core.fsmonitor=false"), QStringLiteral("-c"),
            QStringLiteral("core.quotepath=false"), QStringLiteral("-c"),
            QStringLiteral("color.ui=false") }
            + args;
        options.workingDir = dir;
        options.environment = m_environment;
        options.discardStderr = true;
        options.captureLimit = kMaxGitOutputBytes;
        // Git only reads here: in the sandbox it sees the system read-only, without the
        // network and without seqera's own files (a hook or a filter the repository
        // configures runs there too).
        options.sandbox = m_sandbox;
        options.profile.access = SandboxProfile::Access::ReadOnly;
        options.profile.network = false;
        options.profile.hidden = m_hidden;
        auto child = std::make_unique<ChildProcess>(options);
        child->start();
        return child;
    }

    // stdout of a successful call; nothing on failure or when the shared deadline passed
    // (then *timedOut is set).
    std::optional<QByteArray> finish(ChildProcess *child, bool *timedOut = nullptr) const
    {
        if (!child->waitForFinished(int(std::max<qint64>(1, m_deadline.remainingTime())))) {
            if (timedOut)
                *timedOut = true;
            qCInfo(lcContext) << "git" << child->options().arguments.mid(9) << "timed out";
            child->cancel();
            child->waitForFinished(1000);
            return std::nullopt;
        }
        const ChildResult &r = child->result();
        if (!r.started() || r.crashed || r.exitCode != 0 || r.overflow)
            return std::nullopt; // no git, or not a repository as far as we can tell
        return r.out;
    }

    std::optional<QByteArray> run(const QString &dir, const QStringList &args) const
    {
        auto process = start(dir, args);
        return finish(process.get());
    }

private:
    QString m_program;
    QProcessEnvironment m_environment;
    QDeadlineTimer m_deadline;
    const Sandbox *m_sandbox;
    QStringList m_hidden;
};

// Git's answers are collected in two steps so that the tree walk runs while git works.
class GitCollector
{
public:
    explicit GitCollector(const ContextOptions &options)
        : m_git(options)
        , m_own(options.ownFiles)
    { }
    // Finds the repository, then starts the calls, all in parallel (they only read).
    void start(const QString &cwd);
    QString root() const { return m_root; }
    QJsonObject finish();

private:
    int countLines(const QString &path);

    Git m_git;
    const OwnFiles &m_own;
    QString m_root;
    std::unique_ptr<ChildProcess> m_branch, m_changes, m_untracked, m_log, m_diffs;
    // Untracked data files can be gigabytes: each is counted in its first 8 MiB, and all of
    // them together in 64 MiB (later ones count 0).
    qint64 m_countBudget = 64 * 1024 * 1024;
};

// An untracked file's "added" lines as the official client counts them: the pieces between
// newlines (a last line without one counts too), 0 for an empty or unreadable file.
int GitCollector::countLines(const QString &path)
{
    if (m_countBudget <= 0)
        return 0;
    const auto data
        = readFileInside(path, m_root, std::min<qint64>(8 * 1024 * 1024, m_countBudget), m_own);
    if (!data || data->isEmpty())
        return 0;
    m_countBudget -= data->size();
    return int(data->count('\n')) + 1;
}

// The folder holding `.git` (a folder, or a file for worktrees and submodules), found by
// looking rather than with `git rev-parse`: one process less before git's calls can start.
// Whether git agrees that it is a repository is decided by the calls' answers.
QString repositoryRoot(const QString &cwd)
{
    QDir dir(cwd);
    for (int guard = 0; guard < 256; ++guard) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return dir.absolutePath();
        if (!dir.cdUp())
            break;
    }
    return {};
}

void GitCollector::start(const QString &cwd)
{
    m_root = repositoryRoot(cwd);
    if (m_root.isEmpty())
        return;
    // Not `git status`: it refreshes the index and walks for untracked files one after the
    // other, and a second call would have to refresh again for the counts. These two split the
    // work between processes (measured: 30% less time on a 5,000-file repository).
    m_branch = m_git.start(m_root,
        { QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("--short"),
            QStringLiteral("HEAD") });
    m_changes = m_git.start(m_root,
        { QStringLiteral("diff"), QStringLiteral("--numstat"), QStringLiteral("-z"),
            QStringLiteral("--no-renames"), QStringLiteral("--no-ext-diff"),
            QStringLiteral("HEAD") });
    // Every untracked file, also inside an untracked folder (not one `newdir/` entry).
    m_untracked = m_git.start(m_root,
        { QStringLiteral("ls-files"), QStringLiteral("--others"),
            QStringLiteral("--exclude-standard"), QStringLiteral("-z") });
    const QString count = QStringLiteral("-%1").arg(contextcaps::RecentCommits);
    m_log = m_git.start(m_root,
        { QStringLiteral("log"), count, QStringLiteral("--no-color"),
            QStringLiteral("--format=%H%x1f%an%x1f%aI%x1f%s%x1e") });
    // Patches are file contents: none of the program's own files (a home folder kept in git
    // with the profiles folder committed), and none at all in a repository inside them.
    QStringList patchArgs { QStringLiteral("log"), count, QStringLiteral("--no-color"),
        QStringLiteral("--no-ext-diff"), QStringLiteral("--no-textconv"), QStringLiteral("-p"),
        QStringLiteral("--stat"), QStringLiteral("--format=%x1e%H"), QStringLiteral("--"),
        QStringLiteral(":/") };
    const ResolvedPath realRoot = PathResolver::resolve(m_root, QStringLiteral("/"));
    if (!realRoot.ok() || m_own.contains(realRoot.real) || m_own.contains(m_root))
        return;
    for (const QString &own : m_own.roots()) {
        for (const QString &base : { m_root, realRoot.real }) {
            if (PathResolver::isWithin(own, base) && own != base)
                patchArgs << QStringLiteral(":(top,exclude,literal)")
                        + QDir(base).relativeFilePath(own);
        }
    }
    m_diffs = m_git.start(m_root, patchArgs);
}

// Long on purpose: collects the answers of the git calls started in parallel and turns them
// into the git fields in the order the wire has them; each field is a short block.
QJsonObject GitCollector::finish()
{
    QJsonObject result { { QStringLiteral("is_git_repo"), false } };
    if (m_root.isEmpty())
        return result;
    const QString &root = m_root;
    bool branchLate = false, untrackedLate = false, late = false;
    const auto branchOut = m_git.finish(m_branch.get(), &branchLate);
    const auto changesOut = m_git.finish(m_changes.get(), &late);
    const auto untrackedOut = m_git.finish(m_untracked.get(), &untrackedLate);
    const auto logOut = m_git.finish(m_log.get(), &late);
    const auto diffsOut
        = m_diffs ? m_git.finish(m_diffs.get(), &late) : std::optional<QByteArray>();

    // `ls-files --others` answers in every repository with a work tree, commits or not; git
    // refuses all of them outside one (or in a repository of another user).
    if (!untrackedOut && !untrackedLate && !branchOut && !branchLate)
        return result;
    result.insert(QStringLiteral("is_git_repo"), true);
    // symbolic-ref fails on a detached HEAD, which rev-parse --abbrev-ref calls "HEAD". A
    // branch git did not name in time is left out, not sent empty.
    if (branchOut)
        result.insert(QStringLiteral("branch"), QString::fromUtf8(*branchOut).trimmed());
    else if (!branchLate)
        result.insert(QStringLiteral("branch"), QStringLiteral("HEAD"));

    // Statuses and counts as the official client computes them: whatever `git diff --numstat
    // HEAD` lists is "modified" (also a deleted or a staged new file: its lines tell which),
    // an untracked file is "added" with its lines.
    QJsonArray files;
    auto add = [&](const QString &path, int added, int removed, const QString &status) {
        if (files.size() < contextcaps::GitFiles)
            files.append(
                QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("added"), added },
                    { QStringLiteral("removed"), removed }, { QStringLiteral("status"), status } });
    };
    if (changesOut) {
        // "added\tremoved\tpath\0"; a binary file has "-" for both, which counts as 0.
        for (const QByteArray &record : changesOut->split('\0')) {
            const QList<QByteArray> fields = record.split('\t');
            if (fields.size() >= 3)
                add(QString::fromUtf8(fields.mid(2).join('\t')), fields.at(0).toInt(),
                    fields.at(1).toInt(), QStringLiteral("modified"));
        }
    } else if (!logOut) {
        // No commit yet, so no HEAD to compare with: what is staged is new (ours; the
        // official client lists nothing for it).
        if (const auto staged
            = m_git.run(root, { QStringLiteral("ls-files"), QStringLiteral("-z") })) {
            for (const QByteArray &p : staged->split('\0')) {
                if (!p.isEmpty()) {
                    const QString path = QString::fromUtf8(p);
                    add(path, countLines(PathResolver::join(root, path)), 0, QStringLiteral("added"));
                }
            }
        }
    }
    if (untrackedOut) {
        for (const QByteArray &p : untrackedOut->split('\0')) {
            if (p.isEmpty())
                continue;
            const QString path = QString::fromUtf8(p);
            add(path, countLines(PathResolver::join(root, path)), 0, QStringLiteral("added"));
        }
    }
    result.insert(QStringLiteral("files"), files);

    if (logOut) {
        // Each commit's `--stat` and patch as git prints them after the subject, from the
        // `---` that starts them; a longer one is cut with a note.
        QHash<QString, QString> diffOf;
        if (diffsOut) {
            for (const QByteArray &chunk : diffsOut->split('\x1e')) {
                const qsizetype nl = chunk.indexOf('\n');
                if (nl < 0)
                    continue;
                QString diff = QString::fromUtf8(chunk.mid(nl + 1)).trimmed();
                if (diff.size() > contextcaps::CommitDiffChars) {
                    diff.truncate(contextcaps::CommitDiffChars);
                    diff += QStringLiteral("\n... (truncated)");
                }
                diffOf.insert(QString::fromUtf8(chunk.left(nl)).trimmed(), diff);
            }
        }
        QJsonArray commits;
        for (const QByteArray &record : logOut->split('\x1e')) {
            const QList<QByteArray> f = record.trimmed().split('\x1f');
            if (f.size() < 4)
                continue;
            const QString hash = QString::fromUtf8(f.at(0));
            const QString author = QString::fromUtf8(f.at(1));
            QJsonObject commit { { QStringLiteral("hash"), hash.left(8) },
                { QStringLiteral("author"), author.isEmpty() ? QStringLiteral("unknown") : author },
                { QStringLiteral("date"), QString::fromUtf8(f.at(2)) },
                { QStringLiteral("message"), QString::fromUtf8(f.at(3)) } };
            // No diff (an empty commit, or git was too slow): no key, not an empty one.
            const QString diff = diffOf.value(hash);
            if (!diff.isEmpty())
                commit.insert(QStringLiteral("diff"), diff);
            commits.append(commit);
        }
        if (!commits.isEmpty())
            result.insert(QStringLiteral("recent_commits"), commits);
    }
    return result;
}

// ---- skills, docs, memory, instructions ---------------------------------------------------

// The folders from `cwd` up to `root` (both included), nearest first; just cwd outside git.
QStringList ancestorsUpTo(const QString &cwd, const QString &root)
{
    QStringList dirs { cwd };
    if (root.isEmpty())
        return dirs;
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    QDir dir(cwd);
    for (int guard = 0; guard < 256; ++guard) {
        if (QFileInfo(dir.path()).canonicalFilePath() == realRoot)
            return dirs;
        if (!dir.cdUp())
            break;
        dirs << dir.path();
    }
    return { cwd }; // cwd is not below the root (a link): only cwd itself
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))))
        value = value.mid(1, value.size() - 2);
    return value;
}

// `name` and `description` of a SKILL.md's YAML front matter (plain, quoted or folded).
std::pair<QString, QString> skillFrontMatter(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xfeff))) // a byte-order mark
        lines.first().remove(0, 1);
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return {};
    QString name, description;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        if (line.trimmed() == QLatin1String("---"))
            break;
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        QString value = line.mid(colon + 1).trimmed();
        if (value.isEmpty() || value.startsWith(QLatin1Char('>'))
            || value.startsWith(QLatin1Char('|'))) {
            QStringList folded;
            while (i + 1 < lines.size()
                && (lines.at(i + 1).startsWith(QLatin1Char(' '))
                    || lines.at(i + 1).startsWith(QLatin1Char('\t'))))
                folded << lines.at(++i).trimmed();
            value = folded.join(QLatin1Char(' '));
        }
        if (key == QLatin1String("name"))
            name = unquote(value);
        else if (key == QLatin1String("description"))
            description = unquote(value);
    }
    return { name, description };
}

int jsonValueLength(const QJsonValue &value)
{
    return int(QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
                   .size())
        - 2;
}

// Appends `item` if the array stays within `cap` JSON characters.
bool appendWithin(QJsonArray &array, int &length, const QJsonObject &item, int cap)
{
    const int added = jsonValueLength(item) + (array.isEmpty() ? 0 : 1);
    if ((array.isEmpty() ? 2 : length) + added > cap)
        return false;
    length = (array.isEmpty() ? 2 : length) + added;
    array.append(item);
    return true;
}

QJsonArray collectSkills(const QStringList &projectDirs, const QString &projectRoot,
    const QStringList &userDirs, const QString &home, const OwnFiles &own)
{
    QJsonArray skills;
    int length = 2;
    QSet<QString> seen;
    bool full = false;
    auto scan = [&](const QString &skillsDir, const QString &source, const QString &root) {
        QStringList names
            = QDir(skillsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        names = names.mid(0, 200);
        for (const QString &name : std::as_const(names)) {
            if (full)
                return;
            const QString path = PathResolver::join(PathResolver::join(skillsDir, name), QStringLiteral("SKILL.md"));
            const auto data = readFileInside(path, root, 64 * 1024, own);
            if (!data)
                continue;
            const auto [skillName, description] = skillFrontMatter(QString::fromUtf8(*data));
            if (skillName.isEmpty() || description.isEmpty() || seen.contains(skillName))
                continue;
            const QJsonObject skill { { QStringLiteral("name"), skillName },
                { QStringLiteral("description"), description },
                { QStringLiteral("source"), source }, { QStringLiteral("path"), path } };
            if (!appendWithin(skills, length, skill, contextcaps::Skills)) {
                full = true;
                return;
            }
            seen.insert(skillName);
        }
    };
    for (const QString &dir : projectDirs) {
        scan(PathResolver::join(dir, QStringLiteral(".seqera/skills")), QStringLiteral("project"),
            projectRoot);
        scan(PathResolver::join(dir, QStringLiteral(".agents/skills")), QStringLiteral("project"),
            projectRoot);
    }
    for (const QString &dir : userDirs)
        scan(dir, QStringLiteral("user"), home);
    return skills;
}

QJsonArray collectDocuments(const QString &cwd, const QString &folder, int cap, const OwnFiles &own)
{
    const QString dir = PathResolver::join(cwd, folder);
    QStringList names = QDir(dir).entryList({ QStringLiteral("*.md") }, QDir::Files);
    std::sort(names.begin(), names.end()); // code-unit order, as a plain JS sort
    QJsonArray documents;
    int length = 2;
    for (const QString &name : std::as_const(names).mid(0, 200)) {
        const auto data
            = readFileInside(PathResolver::join(dir, name), cwd, 4 * contextcaps::DocumentChars, own);
        if (!data)
            continue;
        QString content = QString::fromUtf8(*data);
        content.truncate(contextcaps::DocumentChars);
        const QString path = PathResolver::join(folder, name);
        QJsonObject document { { QStringLiteral("path"), path },
            { QStringLiteral("content"), content } };
        if (appendWithin(documents, length, document, cap))
            continue;
        // The first one that does not fit is cut to the room left, if that is worth sending.
        const int room = cap - (documents.isEmpty() ? 2 : length + 1)
            - jsonValueLength(QJsonObject {
                { QStringLiteral("path"), path }, { QStringLiteral("content"), QString() } })
            - 20;
        if (room > 200) {
            QString cut = content.left(room);
            while (!cut.isEmpty()) {
                document.insert(
                    QStringLiteral("content"), cut + QStringLiteral("\n... (truncated)"));
                if (appendWithin(documents, length, document, cap))
                    break;
                cut.chop(std::max<qsizetype>(16, cut.size() / 16));
            }
        }
        break;
    }
    return documents;
}

// The official client's notes when instruction files do not fit.
const QString instructionsHeader = QStringLiteral(
    "[instruction context truncated to %1 chars; prioritizing nearest instruction files]")
                                       .arg(contextcaps::Instructions);
const QString truncatedFileNote = QStringLiteral("\n\n[truncated file content]");

// `path` + newline + text of each file, root first, separated by blank lines. When that is
// longer than contextcaps::Instructions: the header, then as many whole files as fit, nearest
// first (the nearest one cut with a note if not even it fits).
QString joinInstructions(const QList<std::pair<QString, QString>> &rootFirst)
{
    QStringList parts;
    for (const auto &[path, text] : rootFirst)
        parts << path + QLatin1Char('\n') + text;
    const QString all = parts.join(QStringLiteral("\n\n"));
    if (all.size() <= contextcaps::Instructions)
        return all;
    qsizetype room = contextcaps::Instructions - instructionsHeader.size() - 2;
    QStringList kept; // nearest first
    for (qsizetype i = rootFirst.size() - 1; i >= 0; --i) {
        const QString &part = parts.at(i);
        const qsizetype separator = kept.isEmpty() ? 0 : 2;
        if (part.size() + separator <= room) {
            kept << part;
            room -= part.size() + separator;
            continue;
        }
        if (kept.isEmpty()) {
            const QString head = rootFirst.at(i).first + QLatin1Char('\n');
            if (room <= head.size())
                kept << head.left(room);
            else if (room - head.size() <= truncatedFileNote.size())
                kept << head + truncatedFileNote.left(room - head.size());
            else
                kept << head
                        + QStringView(rootFirst.at(i).second)
                              .left(room - head.size() - truncatedFileNote.size())
                              .trimmed()
                              .toString()
                        + truncatedFileNote;
        }
        break; // farther files give way to nearer ones
    }
    std::reverse(kept.begin(), kept.end());
    return instructionsHeader + QStringLiteral("\n\n") + kept.join(QStringLiteral("\n\n"));
}

// The first of AGENTS.md, CLAUDE.md, CONTEXT.md found from the working directory up to the
// repository's top (ours: the official client goes on up to `/`), every copy of it; else the
// user's own instruction file.
QString collectInstructions(const QStringList &nearestFirst, const QString &projectRoot,
    const QString &home, const QString &configHome, const OwnFiles &own)
{
    // The official client reads whole files; 4 characters a byte at most is plenty for a cap
    // of 8,000 characters (only the end of a longer file would differ, and it is cut anyway).
    const qint64 maxBytes = 4 * contextcaps::Instructions;
    QList<std::pair<QString, QString>> found; // nearest first
    auto read = [&](const QString &path, const QString &root) {
        const auto data = readFileInside(path, root, maxBytes, own);
        if (!data)
            return false;
        const QString text = QString::fromUtf8(*data).trimmed();
        if (!text.isEmpty()) // an empty file is found, but adds nothing
            found.append({ path, text });
        return true;
    };
    bool any = false;
    for (const char *name : { "AGENTS.md", "CLAUDE.md", "CONTEXT.md" }) {
        for (const QString &dir : nearestFirst)
            any = read(PathResolver::join(dir, QLatin1String(name)), projectRoot) || any;
        if (any)
            break;
    }
    if (!any) {
        for (const QString &path : { PathResolver::join(configHome, QStringLiteral("opencode/AGENTS.md")),
                 PathResolver::join(home, QStringLiteral(".claude/CLAUDE.md")) }) {
            if (read(path, home))
                break;
        }
    }
    std::reverse(found.begin(), found.end());
    return joinInstructions(found);
}

} // namespace

QString aiWorkingDirectory(const QProcessEnvironment &environment)
{
    const QString configured = environment.value(QStringLiteral("SEQERA_AI_CWD"));
    if (!configured.isEmpty())
        return QDir::cleanPath(QFileInfo(configured).absoluteFilePath());
    return QDir::currentPath();
}

int jsonLength(const QJsonObject &object)
{
    return int(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)).size());
}

namespace {
// Every key of the session body in the order the official client writes it. One list serves
// every nested object because their keys never share a relative order that conflicts: files
// are path < added, skills name < ... < path, documents path < content.
const char *const wireOrder[] = { "cwd", "approval_mode", "local_execution", "headless",
    "directory_context", "instruction_context", "organization_id", "directory_tree", "main_nf_path",
    "main_nf_content", "git_status", "directory_listing", "project_skills", "pipeline_docs",
    "pipeline_memory", "is_git_repo", "branch", "files", "recent_commits", "name", "description",
    "source", "path", "content", "added", "removed", "status", "hash", "author", "date", "message",
    "diff" };

int wireRank(const QString &key)
{
    for (int i = 0; i < int(std::size(wireOrder)); ++i) {
        if (key == QLatin1String(wireOrder[i]))
            return i;
    }
    return int(std::size(wireOrder)); // unknown keys last, alphabetically
}

void writeWire(const QJsonValue &value, QByteArray &out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QStringList keys = o.keys();
        std::stable_sort(keys.begin(), keys.end(),
            [](const QString &a, const QString &b) { return wireRank(a) < wireRank(b); });
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += ',';
            writeWire(keys.at(i), out);
            out += ':';
            writeWire(o.value(keys.at(i)), out);
        }
        out += '}';
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            writeWire(a.at(i), out);
        }
        out += ']';
    } else {
        // A scalar as QJsonDocument encodes it: inside an array, without the brackets.
        const QByteArray one = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        out += one.mid(1, one.size() - 2);
    }
}
} // namespace

QByteArray toWireJson(const QJsonObject &sessionBody)
{
    QByteArray out;
    writeWire(sessionBody, out);
    return out;
}

namespace {
struct UserFolders
{
    QString home;
    QString configHome;
    QStringList skillDirs;
};

UserFolders userFolders(const ContextOptions &options)
{
    UserFolders f;
    f.home = options.homeDir.isEmpty() ? QDir::homePath() : options.homeDir;
    f.configHome = options.configHome;
    if (f.configHome.isEmpty())
        f.configHome = options.environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (f.configHome.isEmpty())
        f.configHome = PathResolver::join(f.home, QStringLiteral(".config"));
    f.skillDirs = QStringList { PathResolver::join(f.configHome, QStringLiteral("seqera/skills")),
        PathResolver::join(f.home, QStringLiteral(".seqera/skills")),
        PathResolver::join(f.home, QStringLiteral(".agents/skills")) };
    return f;
}
} // namespace

QJsonArray localSkills(const QString &cwd, const ContextOptions &options)
{
    const UserFolders user = userFolders(options);
    const QString root = repositoryRoot(cwd);
    return collectSkills(ancestorsUpTo(cwd, root), root.isEmpty() ? cwd : root, user.skillDirs,
        user.home, options.ownFiles);
}

ProjectContext collectProjectContext(const QString &cwd, const ContextOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const UserFolders user = userFolders(options);
    const QString &home = user.home;

    // git works while the tree is walked.
    GitCollector git(options);
    git.start(cwd);
    const QString projectRoot = git.root().isEmpty() ? cwd : git.root();

    const Listing top = readDirectory(cwd, options.maxEntriesPerDirectory);
    QJsonObject dc;
    dc.insert(QStringLiteral("cwd"), cwd);
    dc.insert(QStringLiteral("directory_tree"), directoryTree(cwd, top, options));

    // Outside a pipeline folder both keys are left out, as the official client does (a
    // schema with non-nullable strings would refuse a null).
    for (const QString &candidate :
        { QStringLiteral("main.nf"), QStringLiteral("workflows/main.nf") }) {
        const auto data
            = readFileInside(PathResolver::join(cwd, candidate), projectRoot, 64 * 1024, options.ownFiles);
        if (data) {
            dc.insert(QStringLiteral("main_nf_path"), candidate);
            dc.insert(QStringLiteral("main_nf_content"), capMainNf(QString::fromUtf8(*data)));
            break;
        }
    }
    dc.insert(QStringLiteral("git_status"), git.finish());
    dc.insert(QStringLiteral("directory_listing"), directoryListing(cwd, top));

    const QStringList nearestFirst = ancestorsUpTo(cwd, git.root());
    const QStringList &userSkillDirs = user.skillDirs;
    // Lists with nothing in them are left out, as the official client does.
    auto insertList = [&](const QString &key, const QJsonArray &list) {
        if (!list.isEmpty())
            dc.insert(key, list);
    };
    insertList(QStringLiteral("project_skills"),
        collectSkills(nearestFirst, projectRoot, userSkillDirs, home, options.ownFiles));
    insertList(QStringLiteral("pipeline_docs"),
        collectDocuments(cwd, QStringLiteral(".seqera/docs"), contextcaps::Docs, options.ownFiles));
    insertList(QStringLiteral("pipeline_memory"),
        collectDocuments(
            cwd, QStringLiteral(".seqera/memory"), contextcaps::Memory, options.ownFiles));

    ProjectContext context;
    context.directoryContext = dc;
    context.instructionContext
        = collectInstructions(nearestFirst, projectRoot, home, user.configHome, options.ownFiles);
    qCDebug(lcContext) << "project context collected in" << clock.elapsed() << "ms";
    return context;
}

// Long on purpose: the body is built key by key in the order the wire has it (ai-protocol
// §3), with each key's cap beside it; the trimming steps come last, in the official order.
QJsonObject sessionBody(
    const QString &cwd, bool headless, const ProjectContext &context, const QString &organizationId)
{
    QJsonObject dc = context.directoryContext;
    dc.insert(QStringLiteral("cwd"), cwd);
    QJsonObject body { { QStringLiteral("cwd"), cwd },
        { QStringLiteral("approval_mode"), QStringLiteral("auto") },
        { QStringLiteral("local_execution"), true }, { QStringLiteral("headless"), headless } };
    if (!context.instructionContext.isEmpty())
        body.insert(QStringLiteral("instruction_context"), context.instructionContext);
    if (!organizationId.isEmpty())
        body.insert(QStringLiteral("organization_id"), organizationId);

    const int cap = contextcaps::Body;
    auto length = [&] {
        body.insert(QStringLiteral("directory_context"), dc);
        return jsonLength(body);
    };
    int total = length();
    if (total <= cap)
        return body;

    // 1.-2. the listing, then the tree: as many whole lines as fit (found by bisection, as
    // the official client bisects its characters), then a note. One that cannot keep
    // `minLines` (the tree its first line, the working directory, and one entry) is left out
    // rather than sent as a stub.
    auto shortenLines = [&](const QString &key, qsizetype minLines) {
        const QString text = dc.value(key).toString();
        if (total <= cap || text.isEmpty())
            return;
        const QStringList lines = text.split(QLatin1Char('\n'));
        auto withLines = [&](qsizetype n) {
            QStringList kept = lines.mid(0, n);
            kept << QStringLiteral("... (truncated by payload cap)");
            dc.insert(key, kept.join(QLatin1Char('\n')));
            return length();
        };
        // The largest n in [minLines, lines.size() - 1] that fits.
        qsizetype lo = minLines, hi = lines.size() - 1;
        if (hi < lo || withLines(lo) > cap) {
            dc.remove(key);
            total = length();
            return;
        }
        while (lo < hi) {
            const qsizetype mid = (lo + hi + 1) / 2;
            if (withLines(mid) <= cap)
                lo = mid;
            else
                hi = mid - 1;
        }
        total = withLines(lo);
    };
    shortenLines(QStringLiteral("directory_listing"), 1);
    shortenLines(QStringLiteral("directory_tree"), 2);
    // 3.-7. arrays, from their end (oldest commits, least relevant entries)
    auto trimArray = [&](QJsonArray array, const std::function<void(const QJsonArray &)> &store) {
        while (total > cap && !array.isEmpty()) {
            total -= jsonValueLength(array.last()) + (array.size() > 1 ? 1 : 0);
            array.removeLast();
        }
        store(array);
        total = length();
    };
    QJsonObject git = dc.value(QStringLiteral("git_status")).toObject();
    if (total > cap && git.contains(QStringLiteral("recent_commits"))) {
        trimArray(git.value(QStringLiteral("recent_commits")).toArray(), [&](const QJsonArray &a) {
            if (a.isEmpty())
                git.remove(QStringLiteral("recent_commits"));
            else
                git.insert(QStringLiteral("recent_commits"), a);
            dc.insert(QStringLiteral("git_status"), git);
        });
    }
    if (total > cap && git.contains(QStringLiteral("files"))) {
        trimArray(git.value(QStringLiteral("files")).toArray(), [&](const QJsonArray &a) {
            git.insert(QStringLiteral("files"), a);
            dc.insert(QStringLiteral("git_status"), git);
        });
    }
    for (const QString &key : { QStringLiteral("project_skills"), QStringLiteral("pipeline_docs"),
             QStringLiteral("pipeline_memory") }) {
        // A list emptied by trimming is left out, as the official client does; one that was
        // not there is not added.
        if (total > cap && dc.contains(key)) {
            trimArray(dc.value(key).toArray(), [&](const QJsonArray &a) {
                if (a.isEmpty())
                    dc.remove(key);
                else
                    dc.insert(key, a);
            });
        }
    }
    // 8. main.nf, from its end; when nothing of it fits, its content is left out (the path
    // stays, as the official client keeps it).
    if (total > cap && dc.value(QStringLiteral("main_nf_content")).isString()) {
        QString content = dc.value(QStringLiteral("main_nf_content")).toString();
        const QString note = QStringLiteral("\n... (truncated)");
        if (content.endsWith(note))
            content.chop(note.size());
        while (total > cap && !content.isEmpty()) {
            content.chop(std::max<qsizetype>(total - cap, 16));
            if (content.isEmpty())
                dc.remove(QStringLiteral("main_nf_content"));
            else
                dc.insert(QStringLiteral("main_nf_content"), content + note);
            total = length();
        }
    }
    if (total > cap)
        qCWarning(lcContext) << "session body still" << total << "characters after trimming";
    return body;
}

} // namespace seqera::ai

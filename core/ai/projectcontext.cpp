#include "projectcontext.h"

#include "ai/tools/childprocess.h"

#include <QCollator>
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

#include <csignal>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcContext, "seqera.ai.context", QtWarningMsg)

namespace seqera::ai {

namespace {

// ---- files ------------------------------------------------------------------------------

QString joinPath(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

bool isInside(const QString &canonicalPath, const QString &canonicalRoot)
{
    if (canonicalRoot.isEmpty())
        return false;
    if (canonicalRoot == QLatin1String("/"))
        return canonicalPath.startsWith(QLatin1Char('/'));
    return canonicalPath == canonicalRoot
        || canonicalPath.startsWith(canonicalRoot + QLatin1Char('/'));
}

// Reads at most maxBytes of a regular file whose real location is inside `root` (a symbolic
// link may point elsewhere in the project, never out of it). A FIFO or device is never
// opened: reading one could block forever.
std::optional<QByteArray> readFileInside(const QString &path, const QString &root, qint64 maxBytes)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    if (real.isEmpty() || !isInside(real, QFileInfo(root).canonicalFilePath()))
        return std::nullopt;
    struct stat st;
    if (::stat(QFile::encodeName(real).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    QFile file(real);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(maxBytes);
}

bool isRegularFile(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
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

bool shownName(const char *name)
{
    if (name[0] != '.')
        return true;
    return qstrcmp(name, ".git") == 0 || qstrcmp(name, ".github") == 0
        || qstrcmp(name, ".nextflow") == 0;
}

// readdir: names and types without a stat per entry (a stat only for links and file systems
// that give no type).
Listing readDirectory(const QString &path, int maxEntries)
{
    Listing result;
    const QByteArray encoded = QFile::encodeName(path);
    DIR *dir = ::opendir(encoded.constData());
    if (!dir)
        return result;
    while (const dirent *e = ::readdir(dir)) {
        if (qstrcmp(e->d_name, ".") == 0 || qstrcmp(e->d_name, "..") == 0 || !shownName(e->d_name))
            continue;
        if (result.entries.size() >= maxEntries) {
            qCDebug(lcContext) << "stopped reading" << path << "after" << maxEntries << "names";
            break;
        }
        ++result.total;
        Entry entry;
        entry.name = QFile::decodeName(e->d_name);
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            const QByteArray full = encoded + '/' + e->d_name;
            struct stat st;
            if (type == DT_UNKNOWN && ::lstat(full.constData(), &st) == 0)
                type = S_ISLNK(st.st_mode) ? DT_LNK : S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
            if (type == DT_LNK) {
                entry.link = true;
                entry.dir = ::stat(full.constData(), &st) == 0 && S_ISDIR(st.st_mode);
            }
        }
        if (type == DT_DIR)
            entry.dir = true;
        result.entries.append(entry);
    }
    ::closedir(dir);
    return result;
}

// "Locale sort", as the official client's localeCompare.
void localeSort(QList<Entry> &entries, const QCollator &collator)
{
    std::sort(entries.begin(), entries.end(),
        [&](const Entry &a, const Entry &b) { return collator.compare(a.name, b.name) < 0; });
}

// ---- directory tree and listing ------------------------------------------------------------

class TreeBuilder
{
public:
    TreeBuilder(const ContextOptions &options, const QCollator &collator)
        : m_options(options)
        , m_collator(collator)
    {
        m_clock.start();
    }

    QString build(const QString &cwd, Listing top)
    {
        m_lines << cwd;
        addChildren(cwd, std::move(top), 0);
        if (m_stopped)
            m_lines << QStringLiteral("... (truncated)");
        return m_lines.join(QLatin1Char('\n'));
    }

private:
    void addChildren(const QString &dirPath, Listing listing, int depth)
    {
        localeSort(listing.entries, m_collator);
        const QString indent(depth * 4, QLatin1Char(' '));
        const qsizetype shown
            = std::min<qsizetype>(listing.entries.size(), contextcaps::TreeChildren);
        const bool more = listing.total > shown;
        for (qsizetype i = 0; i < shown; ++i) {
            if (m_stopped)
                return;
            const Entry &entry = listing.entries.at(i);
            const bool last = i == shown - 1 && !more;
            m_lines << indent + (last ? QLatin1String("`-- ") : QLatin1String("|-- ")) + entry.name
                    + (entry.dir ? QLatin1String("/") : QLatin1String());
            m_chars += m_lines.last().size() + 1;
            // The tree never grows past what the payload cap could keep, nor past its time.
            if (m_chars > contextcaps::Body || m_clock.hasExpired(m_options.walkBudgetMs)) {
                m_stopped = true;
                return;
            }
            // Links are shown, never followed; .git is named, its insides are not the project.
            if (entry.dir && !entry.link && entry.name != QLatin1String(".git")) {
                const QString child = joinPath(dirPath, entry.name);
                addChildren(
                    child, readDirectory(child, m_options.maxEntriesPerDirectory), depth + 1);
            }
        }
        if (more && !m_stopped) {
            m_lines << indent
                    + QStringLiteral("`-- ... (%1 more items)").arg(listing.total - shown);
            m_chars += m_lines.last().size() + 1;
        }
    }

    const ContextOptions &m_options;
    const QCollator &m_collator;
    QElapsedTimer m_clock;
    QStringList m_lines;
    qsizetype m_chars = 0;
    bool m_stopped = false;
};

QString formatSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 2) + QStringLiteral(" MB");
    QLocale english(QLocale::English, QLocale::UnitedStates); // "1,234 bytes" everywhere
    return english.toString(bytes) + QStringLiteral(" bytes");
}

QString directoryListing(const QString &cwd, Listing top, const QCollator &collator)
{
    QList<Entry> dirs, files;
    for (const Entry &e : std::as_const(top.entries))
        (e.dir ? dirs : files).append(e);
    localeSort(dirs, collator);
    localeSort(files, collator);
    const QList<Entry> all = dirs + files;
    QStringList lines;
    for (const Entry &e : all) {
        if (lines.size() == contextcaps::ListingEntries)
            break;
        QString line = e.name.leftJustified(40);
        if (e.dir) {
            line += QStringLiteral(" <DIR>");
        } else {
            struct stat st;
            const QByteArray path = QFile::encodeName(joinPath(cwd, e.name));
            line += QLatin1Char(' ')
                + formatSize(::stat(path.constData(), &st) == 0 ? qint64(st.st_size) : 0);
        }
        lines << line;
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

int countLines(const QString &path, const QString &root)
{
    // Untracked data files can be gigabytes: count the first 8 MiB.
    const auto data = readFileInside(path, root, 8 * 1024 * 1024);
    return data ? int(data->count('\n')) + 1 : 0;
}

// Git's answers are collected in two steps so that the tree walk runs while git works.
class GitCollector
{
public:
    explicit GitCollector(const ContextOptions &options)
        : m_git(options)
    { }
    // Finds the repository, then starts the calls, all in parallel (they only read).
    void start(const QString &cwd);
    QString root() const { return m_root; }
    QJsonObject finish();

private:
    Git m_git;
    QString m_root;
    std::unique_ptr<ChildProcess> m_branch, m_changes, m_untracked, m_log, m_diffs;
};

void GitCollector::start(const QString &cwd)
{
    // The folder holding `.git` (a folder, or a file for worktrees and submodules), found
    // here rather than with `git rev-parse`: one process less before the others can start.
    // Whether git agrees that it is a repository is decided by the calls' answers.
    QDir dir(cwd);
    for (int guard = 0; guard < 256 && m_root.isEmpty(); ++guard) {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            m_root = dir.absolutePath();
        else if (!dir.cdUp())
            break;
    }
    if (m_root.isEmpty())
        return;
    // Not `git status`: it refreshes the index and walks for untracked files one after the
    // other, and a second call would have to refresh again for the counts. These two split the
    // work between processes (measured: 30% less time on a 5,000-file repository).
    m_branch = m_git.start(m_root,
        { QStringLiteral("symbolic-ref"), QStringLiteral("-q"), QStringLiteral("--short"),
            QStringLiteral("HEAD") });
    m_changes = m_git.start(m_root,
        { QStringLiteral("diff"), QStringLiteral("--raw"), QStringLiteral("--numstat"),
            QStringLiteral("-z"), QStringLiteral("--no-renames"), QStringLiteral("--no-ext-diff"),
            QStringLiteral("HEAD") });
    m_untracked = m_git.start(m_root,
        { QStringLiteral("ls-files"), QStringLiteral("--others"),
            QStringLiteral("--exclude-standard"), QStringLiteral("--directory"),
            QStringLiteral("--no-empty-directory"), QStringLiteral("-z") });
    const QString count = QStringLiteral("-%1").arg(contextcaps::RecentCommits);
    m_log = m_git.start(m_root,
        { QStringLiteral("log"), count, QStringLiteral("--no-color"),
            QStringLiteral("--format=%H%x1f%an%x1f%aI%x1f%s%x1e") });
    m_diffs = m_git.start(m_root,
        { QStringLiteral("log"), count, QStringLiteral("--no-color"),
            QStringLiteral("--no-ext-diff"), QStringLiteral("--no-textconv"), QStringLiteral("-p"),
            QStringLiteral("--stat"), QStringLiteral("--format=%x1e%H") });
}

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
    const auto diffsOut = m_git.finish(m_diffs.get(), &late);

    // `ls-files --others` answers in every repository with a work tree, commits or not; git
    // refuses all of them outside one (or in a repository of another user).
    if (!untrackedOut && !untrackedLate && !branchOut && !branchLate)
        return result;
    result.insert(QStringLiteral("is_git_repo"), true);
    // symbolic-ref fails on a detached HEAD, which rev-parse --abbrev-ref calls "HEAD".
    result.insert(QStringLiteral("branch"),
        branchOut        ? QString::fromUtf8(*branchOut).trimmed()
            : branchLate ? QString()
                         : QStringLiteral("HEAD"));

    QJsonArray files;
    auto add = [&](const QString &path, int added, int removed, const QString &status) {
        if (files.size() < contextcaps::GitFiles)
            files.append(
                QJsonObject { { QStringLiteral("path"), path }, { QStringLiteral("added"), added },
                    { QStringLiteral("removed"), removed }, { QStringLiteral("status"), status } });
    };
    if (changesOut) {
        // --raw records (":old new oldsha newsha X\0path\0"), then --numstat ("a\tr\tpath\0").
        const QList<QByteArray> tokens = changesOut->split('\0');
        QList<std::pair<QString, char>> changed;
        QHash<QString, std::pair<int, int>> counts;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QByteArray &t = tokens.at(i);
            if (t.startsWith(':') && i + 1 < tokens.size()) {
                changed.append({ QString::fromUtf8(tokens.at(++i)), t.at(t.size() - 1) });
                continue;
            }
            const QList<QByteArray> fields = t.split('\t');
            if (fields.size() >= 3) // "-" (binary) counts as 0
                counts.insert(QString::fromUtf8(fields.mid(2).join('\t')),
                    { fields.at(0).toInt(), fields.at(1).toInt() });
        }
        for (const auto &[path, letter] : std::as_const(changed)) {
            const auto c = counts.value(path, { 0, 0 });
            add(path, c.first, c.second,
                letter == 'D'       ? QStringLiteral("deleted")
                    : letter == 'A' ? QStringLiteral("added")
                                    : QStringLiteral("modified"));
        }
    } else if (!logOut) {
        // No commit yet: everything in the index is new.
        if (const auto staged
            = m_git.run(root, { QStringLiteral("ls-files"), QStringLiteral("-z") })) {
            for (const QByteArray &p : staged->split('\0')) {
                if (!p.isEmpty()) {
                    const QString path = QString::fromUtf8(p);
                    add(path, countLines(joinPath(root, path), root), 0, QStringLiteral("added"));
                }
            }
        }
    }
    if (untrackedOut) {
        for (const QByteArray &p : untrackedOut->split('\0')) {
            if (p.isEmpty())
                continue;
            const QString path = QString::fromUtf8(p);
            // A folder of untracked files is one entry, as git status shows it.
            add(path, path.endsWith(QLatin1Char('/')) ? 0 : countLines(joinPath(root, path), root),
                0, QStringLiteral("added"));
        }
    }
    result.insert(QStringLiteral("files"), files);

    if (logOut) {
        QHash<QString, QString> diffOf;
        if (diffsOut) {
            for (const QByteArray &chunk : diffsOut->split('\x1e')) {
                const qsizetype nl = chunk.indexOf('\n');
                if (nl < 0)
                    continue;
                QString diff = QString::fromUtf8(chunk.mid(nl + 1)).trimmed();
                if (diff.startsWith(QLatin1String("---\n"))) // log's stat/patch separator
                    diff.remove(0, 4);
                diff = diff.trimmed();
                diff.truncate(contextcaps::CommitDiffChars);
                diffOf.insert(QString::fromUtf8(chunk.left(nl)).trimmed(), diff);
            }
        }
        QJsonArray commits;
        for (const QByteArray &record : logOut->split('\x1e')) {
            const QList<QByteArray> f = record.trimmed().split('\x1f');
            if (f.size() < 4)
                continue;
            const QString hash = QString::fromUtf8(f.at(0));
            commits.append(QJsonObject { { QStringLiteral("hash"), hash.left(8) },
                { QStringLiteral("author"), QString::fromUtf8(f.at(1)) },
                { QStringLiteral("date"), QString::fromUtf8(f.at(2)) },
                { QStringLiteral("message"), QString::fromUtf8(f.at(3)) },
                { QStringLiteral("diff"), diffOf.value(hash) } });
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
    const QStringList &userDirs, const QString &home)
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
            const QString path = joinPath(joinPath(skillsDir, name), QStringLiteral("SKILL.md"));
            const auto data = readFileInside(path, root, 64 * 1024);
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
        scan(joinPath(dir, QStringLiteral(".seqera/skills")), QStringLiteral("project"),
            projectRoot);
        scan(joinPath(dir, QStringLiteral(".agents/skills")), QStringLiteral("project"),
            projectRoot);
    }
    for (const QString &dir : userDirs)
        scan(dir, QStringLiteral("user"), home);
    return skills;
}

QJsonArray collectDocuments(const QString &cwd, const QString &folder, int cap)
{
    const QString dir = joinPath(cwd, folder);
    QStringList names = QDir(dir).entryList({ QStringLiteral("*.md") }, QDir::Files);
    std::sort(names.begin(), names.end()); // code-unit order, as a plain JS sort
    QJsonArray documents;
    int length = 2;
    for (const QString &name : std::as_const(names).mid(0, 200)) {
        const auto data = readFileInside(joinPath(dir, name), cwd, 4 * contextcaps::DocumentChars);
        if (!data)
            continue;
        QString content = QString::fromUtf8(*data);
        content.truncate(contextcaps::DocumentChars);
        const QString path = joinPath(folder, name);
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

QString collectInstructions(const QStringList &nearestFirst, const QString &projectRoot,
    const QString &home, const QString &configHome)
{
    QStringList paths; // nearest first
    for (const char *name : { "AGENTS.md", "CLAUDE.md", "CONTEXT.md" }) {
        for (const QString &dir : nearestFirst) {
            const QString path = joinPath(dir, QLatin1String(name));
            if (isRegularFile(path))
                paths << path;
        }
        if (!paths.isEmpty())
            break;
    }
    QString root = projectRoot;
    if (paths.isEmpty()) {
        root = home;
        for (const QString &path : { joinPath(configHome, QStringLiteral("opencode/AGENTS.md")),
                 joinPath(home, QStringLiteral(".claude/CLAUDE.md")) }) {
            if (isRegularFile(path)) {
                paths << path;
                break;
            }
        }
    }
    QStringList parts; // nearest first while collecting
    qsizetype total = 0;
    for (const QString &path : std::as_const(paths)) {
        const auto data = readFileInside(path, root, 4 * contextcaps::Instructions);
        if (!data)
            continue;
        QString part = path + QLatin1Char('\n') + QString::fromUtf8(*data).trimmed();
        const qsizetype separator = parts.isEmpty() ? 0 : 2;
        if (total + separator + part.size() > contextcaps::Instructions) {
            if (parts.isEmpty()) // the nearest alone is too long: keep its beginning
                parts << part.left(contextcaps::Instructions);
            break; // farther ones give way to nearer ones
        }
        total += separator + part.size();
        parts << part;
    }
    std::reverse(parts.begin(), parts.end()); // root first, down to the working directory
    return parts.join(QStringLiteral("\n\n"));
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

ProjectContext collectProjectContext(const QString &cwd, const ContextOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const QString home = options.homeDir.isEmpty() ? QDir::homePath() : options.homeDir;
    QString configHome = options.configHome;
    if (configHome.isEmpty())
        configHome = options.environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (configHome.isEmpty())
        configHome = joinPath(home, QStringLiteral(".config"));

    QCollator collator; // the user's locale, like localeCompare
    collator.setCaseSensitivity(Qt::CaseSensitive);

    // git works while the tree is walked.
    GitCollector git(options);
    git.start(cwd);
    const QString projectRoot = git.root().isEmpty() ? cwd : git.root();

    const Listing top = readDirectory(cwd, options.maxEntriesPerDirectory);
    QJsonObject dc;
    dc.insert(QStringLiteral("cwd"), cwd);
    dc.insert(QStringLiteral("directory_tree"), TreeBuilder(options, collator).build(cwd, top));

    QJsonValue mainPath = QJsonValue::Null, mainContent = QJsonValue::Null;
    for (const QString &candidate :
        { QStringLiteral("main.nf"), QStringLiteral("workflows/main.nf") }) {
        const auto data = readFileInside(joinPath(cwd, candidate), projectRoot, 64 * 1024);
        if (data) {
            mainPath = candidate;
            mainContent = capMainNf(QString::fromUtf8(*data));
            break;
        }
    }
    dc.insert(QStringLiteral("main_nf_path"), mainPath);
    dc.insert(QStringLiteral("main_nf_content"), mainContent);
    dc.insert(QStringLiteral("git_status"), git.finish());
    dc.insert(QStringLiteral("directory_listing"), directoryListing(cwd, top, collator));

    const QStringList nearestFirst = ancestorsUpTo(cwd, git.root());
    const QStringList userSkillDirs { joinPath(configHome, QStringLiteral("seqera/skills")),
        joinPath(home, QStringLiteral(".seqera/skills")),
        joinPath(home, QStringLiteral(".agents/skills")) };
    dc.insert(QStringLiteral("project_skills"),
        collectSkills(nearestFirst, projectRoot, userSkillDirs, home));
    dc.insert(QStringLiteral("pipeline_docs"),
        collectDocuments(cwd, QStringLiteral(".seqera/docs"), contextcaps::Docs));
    dc.insert(QStringLiteral("pipeline_memory"),
        collectDocuments(cwd, QStringLiteral(".seqera/memory"), contextcaps::Memory));

    ProjectContext context;
    context.directoryContext = dc;
    context.instructionContext = collectInstructions(nearestFirst, projectRoot, home, configHome);
    qCDebug(lcContext) << "project context collected in" << clock.elapsed() << "ms";
    return context;
}

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

    // 1. the listing
    if (!dc.value(QStringLiteral("directory_listing")).toString().isEmpty()) {
        dc.insert(QStringLiteral("directory_listing"), QString());
        total = length();
    }
    // 2. the tree, cut at a line with a note (as many lines as fit, found by bisection)
    if (total > cap) {
        const QString suffix = QStringLiteral("... (truncated by payload cap)");
        const QStringList lines
            = dc.value(QStringLiteral("directory_tree")).toString().split(QLatin1Char('\n'));
        auto withLines = [&](qsizetype n) {
            QStringList kept = lines.mid(0, n);
            kept << suffix;
            dc.insert(QStringLiteral("directory_tree"), kept.join(QLatin1Char('\n')));
            return length();
        };
        qsizetype lo = 0, hi = lines.size() - 1; // the largest n that fits, in [lo, hi]
        if (withLines(0) > cap) {
            hi = 0;
        } else {
            while (lo < hi) {
                const qsizetype mid = (lo + hi + 1) / 2;
                if (withLines(mid) <= cap)
                    lo = mid;
                else
                    hi = mid - 1;
            }
        }
        total = withLines(hi);
    }
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
        if (total > cap)
            trimArray(dc.value(key).toArray(), [&](const QJsonArray &a) { dc.insert(key, a); });
    }
    // 8. main.nf, from its end
    if (total > cap && dc.value(QStringLiteral("main_nf_content")).isString()) {
        QString content = dc.value(QStringLiteral("main_nf_content")).toString();
        const QString note = QStringLiteral("\n... (truncated)");
        if (content.endsWith(note))
            content.chop(note.size());
        while (total > cap && !content.isEmpty()) {
            content.chop(std::max<qsizetype>(total - cap, 16));
            dc.insert(QStringLiteral("main_nf_content"),
                content.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(content + note));
            total = length();
        }
    }
    if (total > cap)
        qCWarning(lcContext) << "session body still" << total << "characters after trimming";
    return body;
}

} // namespace seqera::ai

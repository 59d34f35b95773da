#include "pathresolver.h"

#include "config/settings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "os/files.h"

#include <algorithm>

namespace seqera::ai {

namespace {
constexpr int kMaxSymlinks = 40; // Linux's MAXSYMLINKS

QString readLink(const QString &path, bool *ok)
{
    const std::optional<QString> target = os::readLink(path);
    *ok = target.has_value();
    return target.value_or(QString());
}

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}
} // namespace

QString PathResolver::join(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

ResolvedPath PathResolver::resolve(
    const QString &path, const QString &workingDir, const QString &home)
{
    ResolvedPath result;
    QString p = path.isEmpty() ? QStringLiteral(".") : path;
    if (p.contains(QChar(0))) {
        result.error = tr("The path contains a NUL character.");
        return result;
    }
    if (p == QLatin1String("~") || p.startsWith(QLatin1String("~/")))
        p = (home.isEmpty() ? QDir::homePath() : home) + p.mid(1);
    if (!p.startsWith(QLatin1Char('/'))) {
        // The working directory itself goes through the same walk.
        const QString base = workingDir.isEmpty() ? QDir::currentPath() : workingDir;
        p = base + QLatin1Char('/') + p;
    }

    // Components still to walk, in order; `done` is resolved and exists (or is "/").
    QStringList todo = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    std::reverse(todo.begin(), todo.end()); // pop from the back
    QString done = QStringLiteral("/");
    bool missing = false; // once a component is missing, the rest is taken as written
    QString lastExisting; // `done` when the first missing component was met
    int links = 0;
    while (!todo.isEmpty()) {
        const QString name = todo.takeLast();
        if (name == QLatin1String("."))
            continue;
        if (name == QLatin1String("..")) {
            done = parentOf(done);
            // Back out of the missing part ("nope/../escape"): what follows exists again
            // and must be resolved like any other component, links included.
            if (missing && PathResolver::isWithin(lastExisting, done))
                missing = false;
            continue;
        }
        const QString candidate = PathResolver::join(done, name);
        if (missing) {
            done = candidate;
            continue;
        }
        const std::optional<os::FileStatus> st = os::statNoFollow(candidate);
        if (!st) {
            missing = true;
            lastExisting = done;
            done = candidate;
            continue;
        }
        if (st->type != os::FileType::Link) {
            done = candidate;
            continue;
        }
        if (++links > kMaxSymlinks) {
            result.error = tr("Too many levels of symbolic links in %1.").arg(path);
            return result;
        }
        bool ok = false;
        const QString target = readLink(candidate, &ok);
        if (!ok || target.isEmpty()) {
            result.error = tr("Cannot read the symbolic link %1.").arg(candidate);
            return result;
        }
        // The target's components are walked next, from the root or from the link's folder:
        // a dangling link resolves to the file a write through it would create.
        QStringList parts = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        std::reverse(parts.begin(), parts.end());
        todo += parts;
        if (target.startsWith(QLatin1Char('/')))
            done = QStringLiteral("/");
    }
    result.real = done;
    result.exists = !missing;
    return result;
}

bool PathResolver::isWithin(const QString &path, const QString &directory)
{
    if (path.isEmpty() || directory.isEmpty())
        return false;
    if (directory == QLatin1String("/"))
        return path.startsWith(QLatin1Char('/'));
    return path == directory || path.startsWith(directory + QLatin1Char('/'));
}

OwnFiles::OwnFiles(const Settings &settings)
    : m_folders { QDir::cleanPath(settings.configDir), QDir::cleanPath(settings.stateDir) }
{
    // The profiles folder holds every credentials.json and session.json; the state folder
    // the locks and the AI session history.
    for (const QString &dir : { settings.profilesDir(), settings.stateDir }) {
        const ResolvedPath r = PathResolver::resolve(dir, QStringLiteral("/"));
        if (r.ok() && !m_roots.contains(r.real))
            m_roots << r.real;
        // The folder as written too, in case it is replaced by a link later.
        const QString clean = QDir::cleanPath(dir);
        if (!m_roots.contains(clean))
            m_roots << clean;
    }
}

namespace {
// A process's environment holds the tokens given in SEQERA_ACCESS_TOKEN & co.: ours
// (/proc/self is /proc/<our pid>), and the shell's that started us (same user, readable).
// Its memory and the rest of our own /proc folder are no business of the model either.
bool isProcessSecret(const QString &realPath)
{
    static const QRegularExpression re(
        QStringLiteral("^/proc/[0-9]+(/task/[0-9]+)?/(environ|mem|auxv|pagemap|stack|syscall)$"));
    if (re.match(realPath).hasMatch())
        return true;
    return PathResolver::isWithin(
        realPath, QStringLiteral("/proc/%1").arg(QCoreApplication::applicationPid()));
}
} // namespace

bool OwnFiles::contains(const QString &realPath) const
{
    for (const QString &root : m_roots) {
        if (PathResolver::isWithin(realPath, root))
            return true;
    }
    return isProcessSecret(realPath);
}

bool OwnFiles::reachableFrom(const QString &realDir) const
{
    for (const QString &root : m_roots) {
        if (PathResolver::isWithin(root, realDir) || PathResolver::isWithin(realDir, root))
            return true;
    }
    return PathResolver::isWithin(QStringLiteral("/proc"), realDir)
        || PathResolver::isWithin(realDir, QStringLiteral("/proc"));
}

} // namespace seqera::ai

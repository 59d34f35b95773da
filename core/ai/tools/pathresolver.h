#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace seqera {
struct Settings;
}

namespace seqera::ai {

// The one way a path the model names becomes a file on this machine, for the approval check
// and for the tool that then opens it, so the two can never disagree: `~` and `~/` expand to
// home, relative paths start at the working directory, and every symlink (also a dangling
// one, whose target would be created by a write) and every `..` is resolved the way the
// kernel would, component by component, before anyone asks "is it inside the workspace?".
struct ResolvedPath
{
    QString real; // absolute, no symlink, no `.`/`..`; components after the first missing one
                  // are appended as given
    bool exists = false; // `real` exists (lstat)
    QString error; // translated; non-empty when the path cannot be resolved (a symlink loop)

    bool ok() const { return error.isEmpty(); }
};

class PathResolver
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ai::PathResolver)
public:
    // home empty: QDir::homePath().
    static ResolvedPath resolve(
        const QString &path, const QString &workingDir, const QString &home = QString());

    // Both absolute and already resolved (ResolvedPath::real): `path` is `directory` or below.
    static bool isWithin(const QString &path, const QString &directory);
    // `dir` + "/" + `name`, without doubling the slash of "/" or of a folder written with one:
    // the one path join of the assistant's code.
    static QString join(const QString &dir, const QString &name);
};

// The program's own credentials, sessions and locks: the local tools never read, list the
// contents of, search or write them, and the approval policy never lets a command that
// names them run without asking. The folders come from Settings, the same place the
// session store gets them.
class OwnFiles
{
public:
    OwnFiles() = default;
    explicit OwnFiles(const Settings &settings); // the one way: settings passed in

    // `realPath` resolved (ResolvedPath::real).
    bool contains(const QString &realPath) const;
    // True when a glob or a recursive walk starting at `realDir` can reach one of them.
    bool reachableFrom(const QString &realDir) const;
    const QStringList &roots() const { return m_roots; }
    // seqera's configuration and state folders as configured (what the sandbox hides).
    const QStringList &folders() const { return m_folders; }

private:
    QStringList m_roots; // resolved folders
    QStringList m_folders;
};

} // namespace seqera::ai

#pragma once

#include "ai/tools/pathresolver.h"
#include "ai/tools/sandbox.h"
#include "ai/tools/tooltable.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QTemporaryDir;

namespace seqera {
struct Settings;
}

namespace seqera::ai {

class FileGlob;

// What every local tool hands back to the backend (`tool-results`).
struct ToolResult
{
    QString stdoutText;
    QString stderrText;
    int exitCode = 0;

    QJsonObject toJson() const;
    static ToolResult failure(const QString &message, int exitCode = 1);
};

// The limits of docs/ai-protocol §7.
namespace toollimits {
constexpr int kDefaultReadLines = 250;
constexpr int kMaxReadLines = 1200;
constexpr int kMaxLineChars = 2000;
constexpr int kMaxOutputLines = 1200; // what the model sees of one output
constexpr qint64 kMaxOutputBytes = 50000;
constexpr int kMaxListedEntries = 100;
constexpr int kMaxSearchResults = 200;
constexpr int kMaxDiffLines = 160; // of the diff shown after a write or an edit
constexpr int kMaxDiffChars = 6000;
constexpr int kMaxRewriteLines = 160; // write_file_local over an existing file: old and new
constexpr int kMaxRewriteChars = 6000;
constexpr double kFuzzyEditMinSimilarity = 0.45; // one candidate region
constexpr double kFuzzyEditMinSimilarityOfMany = 0.6; // the best of several
constexpr double kFuzzyEditAmbiguity = 0.05; // two candidates closer than this: refused
constexpr int kCommandTimeoutMs = 300000;
constexpr qint64 kCaptureLimitBytes = 10 * 1024 * 1024; // per stream; beyond: stopped, exit 1
} // namespace toollimits

// Runs the local tools the backend asks for with `execute-local`, as the one tool table
// (tooltable.h) lists them. Every path goes through PathResolver (the same resolution the
// approval policy checked) and is refused when it is one of the program's own credential or
// state files. Shell commands run with bash in their own process group, with a timeout,
// bounded output and an environment without the token variables; nothing here blocks the
// event loop. Approval is not decided here (see ApprovalPolicy): this class runs what it is
// given, within those rules.
class LocalTools : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ToolResult &)>;

    // settings: where the program keeps its own files, and SEQERA_AI_SCRUB_ENV.
    LocalTools(QString workingDir, const Settings &settings, QObject *parent = nullptr);
    ~LocalTools() override; // out of line: QTemporaryDir

    // The program's own folders (from the settings): never read, written or listed here.
    const OwnFiles &ownFiles() const { return m_own; }
    void setCommandTimeoutMs(int ms) { m_timeoutMs = ms; }
    int commandTimeoutMs() const { return m_timeoutMs; }
    // Per stream of a command: beyond it the command is stopped (exit code 1).
    void setCaptureLimitBytes(qint64 bytes) { m_captureLimit = bytes; }
    // Where full copies of truncated outputs go (default $TMPDIR/seqera-tool-output, 0700).
    void setOutputCopyDir(const QString &dir) { m_copyDir = dir; }
    QString outputCopyDir() const { return m_copyDir; }
    QString workingDir() const { return m_workingDir; }

    // The sandbox commands (the shell tool, the linters) run in; without one (the default)
    // they run with the user's rights.
    void setSandbox(const Sandbox &sandbox) { m_sandbox = sandbox; }
    const Sandbox &sandbox() const { return m_sandbox; }
    // Writable in the sandbox besides the working directory (config.json's sandbox.writablePaths).
    QStringList writablePaths() const { return m_sandboxSettings.writable; }
    // What the sandbox hides (seqera's configuration and state folders, created 0700 when
    // missing so that no command can plant them; the runtime folder), resolved.
    QStringList hiddenFolders() const;

    // Runs the tool; done is always called exactly once, never before run() returns.
    // `confinement`: what a command may change (ApprovalPolicy's decision); the file tools
    // are bounded by PathResolver and the approval policy instead.
    void run(const QString &toolName, const QJsonObject &args, Callback done,
        Confinement confinement = Confinement::Workspace);

    // Kills every running command (e.g. the user cancelled the answer).
    void cancelAll();

private:
    ToolResult readFile(const ToolArguments &args);
    ToolResult listDirectory(const ToolArguments &args) const;
    ToolResult searchFiles(const ToolArguments &args) const;
    // The files a search of `folder` reads, newest first: hidden ones too but not .git, no
    // links or files of ours, nothing the repository's .gitignore files leave out, and not
    // inside folders such as node_modules.
    QStringList searchedFiles(const QString &folder, bool recursive, const QString &includeGlob,
        const FileGlob &include) const;
    ToolResult writeFile(const ToolArguments &args);
    ToolResult editFile(const ToolArguments &args);
    ToolResult replaceFile(const ResolvedPath &path, const QString &shownPath,
        const QByteArray &oldBytes, const QByteArray &newBytes, bool existed);
    // Resolves `path` and refuses our own files; error set on refusal.
    bool resolveTool(const QString &path, ResolvedPath *resolved, ToolResult *error) const;
    QString shownPath(const QString &real) const;
    void runShell(
        const QString &tool, const QString &script, Confinement confinement, Callback done);
    SandboxProfile profileFor(Confinement confinement);
    // The model's view of one output stream of a command: without terminal controls,
    // Nextflow's log condensed, then limited().
    QString capped(const QString &tool, const QString &stream, const QByteArray &bytes) const;
    // At most kMaxOutputLines/kMaxOutputBytes, with a note and a private full copy when longer.
    QString limited(const QString &tool, const QString &stream, const QString &text) const;
    // Refusal text when `real` may not be changed now: an existing file not read in this
    // session, or changed since (mtime, ctime or size); empty when it may.
    QString staleReason(const QString &real, const QString &tool) const;
    // The content of a file `tool` ("write" or "edit") is about to change: false, with the
    // refusal in `error`, when it changed since it was read, cannot be read or is too large.
    bool readForChange(
        const QString &real, const QString &tool, QByteArray *content, ToolResult *error) const;
    void recordRead(const QString &real);

    QString m_workingDir;
    OwnFiles m_own;
    QStringList m_scrubbed;
    QString m_copyDir;
    int m_timeoutMs = toollimits::kCommandTimeoutMs;
    qint64 m_captureLimit = toollimits::kCaptureLimitBytes;
    struct FileStamp
    {
        qint64 mtimeNs = 0;
        qint64 ctimeNs = 0;
        qint64 size = 0;
        QString readAt; // ISO time, for the refusal's text
        bool operator==(const FileStamp &o) const
        {
            return mtimeNs == o.mtimeNs && ctimeNs == o.ctimeNs && size == o.size;
        }
    };
    QHash<QString, FileStamp> m_read; // real paths read (or written) in this session
    Sandbox m_sandbox;
    struct
    {
        QStringList hidden; // besides our own folders
        QStringList writable;
        bool network = true;
    } m_sandboxSettings;
    std::unique_ptr<QTemporaryDir> m_privateTmp;
};

} // namespace seqera::ai

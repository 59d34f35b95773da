#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace seqera::ai {

// Where the approval policy lets one command run.
enum class Confinement {
    ReadOnly, // in the sandbox, nothing writable but a private /tmp
    Workspace, // in the sandbox, the working directory (and configured folders) writable
    Outside, // without the sandbox: the user said so for this command
};

// What one command run by the assistant may do to the machine. The approval policy picks
// the access from the approval mode and the user's answer; the rest comes from the
// configuration and is the same for every command of a run.
struct SandboxProfile
{
    enum class Access {
        ReadOnly, // everything read-only, the workspace included; a private /tmp writable
        Workspace, // the workspace, the configured folders and a private /tmp writable
    };
    Access access = Access::ReadOnly;
    QString workspace; // the working directory (writable with Access::Workspace)
    QStringList writable; // more folders writable with Access::Workspace (configuration)
    // Folders that are empty inside the sandbox: seqera's own configuration and state
    // (credentials, session files, locks, records) and the user's runtime folder (the
    // D-Bus session bus, the keyring's and agents' sockets).
    QStringList hidden;
    QString privateTmp; // bound at /tmp (a folder of this run's); empty: a new, empty /tmp
    bool network = true; // off: a network namespace of its own (loopback only)
};

// The operating system's wall around the assistant's commands: the classifier only decides
// what to ask; this decides what is possible. On Linux it is bubblewrap (mount, PID, IPC and
// UTS namespaces: a read-only view of the system with the writable folders bound in, a
// private /proc and /tmp, no capabilities, its own session) plus, where the kernel has it
// (Landlock ABI 6, Linux 6.12), a Landlock scope that keeps abstract Unix sockets (the
// session bus, X11) and signals out of reach. docs/security-model.md says why and what.
class Sandbox
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ai::Sandbox)
public:
    enum class Kind { None, Bubblewrap };

    // How seqera was told to sandbox (SEQERA_AI_SANDBOX): "auto" (the default) looks for
    // bubblewrap and checks once that it can start; "none" runs commands without a sandbox
    // (every command that would run unasked in the default and full modes asks instead).
    // `bwrap`: the program to use (empty: /usr/bin/bwrap, else from PATH).
    static Sandbox detect(const QString &mode = QStringLiteral("auto"), const QString &bwrap = {});
    // A sandbox that is not there, with the reason to tell the user.
    static Sandbox none(const QString &reason);

    Kind kind() const { return m_kind; }
    bool available() const { return m_kind != Kind::None; }
    // One line for --help, /status and the warning: what protects the user's files.
    QString description() const;
    // Why there is no sandbox (empty when there is one).
    QString unavailableReason() const { return m_reason; }
    bool scopesSocketsAndSignals() const { return m_landlockScopes; }
    QString program() const { return m_program; } // bwrap

    // The program and arguments that run `program arguments` in `workingDir` inside the
    // profile. The caller runs them with childSetup() in the child (ChildProcess does both).
    QStringList wrap(const SandboxProfile &profile, const QString &workingDir,
        const QString &program, const QStringList &arguments) const;
    // Runs in the child between fork and exec (async-signal-safe system calls only): the
    // Landlock scope, when the kernel has it. False when it could not be applied.
    bool childSetup() const;

private:
    Kind m_kind = Kind::None;
    QString m_program;
    QString m_version;
    QString m_reason;
    bool m_landlockScopes = false;
};

} // namespace seqera::ai

#pragma once

#include "ai/tools/pathresolver.h"
#include "ai/tools/sandbox.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace seqera::ai {

// --approval-mode, as the official CLI names them.
enum class ApprovalMode { Basic, Default, Full };

bool parseApprovalMode(const QString &text, ApprovalMode *mode);
QString approvalModeName(ApprovalMode mode);

// The approval prompt's "always for this session" answers (docs/ai-protocol §8). A rule is
// a command prefix of one to three words and `*` ("nextflow run *", at most 100 characters)
// for execute_bash_local, or a whole tool for the others ("write_file"). A rule never covers
// a dangerous command, an unknown one (a name built from an expansion, a string handed to a
// shell), a command with variable assignments, or a redirection: those still ask.
class SessionApprovals
{
public:
    // The rule the "always" answer would add for this call, to show in the prompt; empty when
    // no rule may be offered (then the prompt offers only once and reject).
    static QString ruleFor(const QString &toolName, const QJsonObject &args);

    void allowAlways(const QString &toolName, const QJsonObject &args);
    // True when the rules cover this call entirely (every simple command of a shell command).
    bool allows(const QString &toolName, const QJsonObject &args) const;

    QStringList rules() const { return m_rules; }
    void clear() { m_rules.clear(); }

private:
    friend class ApprovalPolicy;
    QStringList m_rules;
};

// What the operating system contains (Sandbox) and what the user allowed beyond it.
struct ApprovalSandboxing
{
    bool available = true; // commands run in the sandbox
    bool allowOutside = false; // headless: run what needs more than the sandbox gives
    QStringList writable; // folders writable in the sandbox besides the working directory
    // The program's own folders (credentials, sessions, locks; from Settings): a command that
    // names them always asks. Empty: none are known, so none are protected by the question
    // (the sandbox still hides them).
    OwnFiles ownFiles;
};

// Whether a local tool the backend asks for may run. A pure function of its inputs (where the
// program keeps its own credentials comes in with ApprovalSandboxing::ownFiles), so the
// rules can be read (and tested) in one place:
// - basic: read-only work only (reading files, listing, searching, read-only shell commands);
// - default: also file edits inside the working directory (write/edit tools, cp/mv/mkdir/
//   touch/tee/... and redirections whose every target resolves inside);
// - full: everything except dangerous and unknown commands, which always ask.
// In every mode a command that names the program's own credential or state files asks, and
// an unknown tool asks. Whatever is not allowed asks in a terminal and is refused without
// asking when headless. Session rules (SessionApprovals) only ever widen "ask" to "allow"
// for what they cover.
class ApprovalPolicy
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ai::ApprovalPolicy)
public:
    enum class Verdict { Allow, Ask, Deny };
    struct Decision
    {
        Verdict verdict = Verdict::Ask;
        QString reason; // translated: why it is not simply allowed (empty for Allow)
        // Where a command runs once allowed or approved. Outside: the question (or the
        // headless refusal) is about running it without the sandbox.
        Confinement confinement = Confinement::Workspace;
    };
    using Sandboxing = ApprovalSandboxing;

    // The classifier decides what to ask; the sandbox bounds what an allowed command can do:
    // - basic: read-only commands run unasked, with everything read-only;
    // - default and full: what the mode allows runs unasked with the working directory
    //   writable, and so does what the user approves;
    // - a command that writes to a named place outside the working directory (and the
    //   configured folders) needs to run outside the sandbox: that is asked about (and
    //   refused headless unless allowOutside);
    // - without a sandbox nothing is contained: what default and full would run unasked is
    //   asked about instead (refused headless unless allowOutside); basic's read-only
    //   commands still run.
    static Decision decide(ApprovalMode mode, const QString &toolName, const QJsonObject &args,
        const QString &workingDir, bool interactive, const SessionApprovals *session = nullptr,
        const Sandboxing &sandboxing = Sandboxing());

    // What the approval prompt shows: the bash command, `write_file P`, `edit_file P`, the lint
    // command line, or `tool {json}`; control characters, ANSI sequences and bidi overrides
    // made visible (seqera::text::printable), so the model cannot make the user approve
    // something other than what they read.
    static QString displayText(
        const QString &toolName, const QJsonObject &args, const QString &workingDir);

    // The path rule: `path` (relative to `directory`, `~` expanded, symlinks and `..`
    // resolved) is `directory` or below it.
    static bool isInsideDirectory(const QString &path, const QString &directory);
    // A shell command that runs unasked in basic mode.
    static bool isReadOnlyCommand(
        const QString &command, const OwnFiles &own, const QString &workingDir = QString());
};

} // namespace seqera::ai

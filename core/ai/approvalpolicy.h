#pragma once

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

// Whether a local tool the backend asks for may run. A pure function of its inputs (and of
// where the program keeps its own credentials, from the environment's Settings), so the
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
    };

    static Decision decide(ApprovalMode mode, const QString &toolName, const QJsonObject &args,
        const QString &workingDir, bool interactive, const SessionApprovals *session = nullptr);

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
    static bool isReadOnlyCommand(const QString &command, const QString &workingDir = QString());
};

} // namespace seqera::ai

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

// Whether a local tool the backend asks for may run. A pure function of its inputs, so the
// rules can be read (and tested) in one place:
// - basic: read-only work only (reading files, listing, searching, read-only shell commands);
// - default: also file edits inside the working directory;
// - full: everything except the dangerous commands, which always ask.
// Whatever is not allowed asks in a terminal and is refused without asking when headless.
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
        const QString &workingDir, bool interactive);

    // The shell rules, exposed for their own tests.
    static bool isReadOnlyCommand(const QString &command);
    static bool isDangerousCommand(const QString &command);
    static bool isInsideDirectory(const QString &path, const QString &directory);

    static const QStringList &readOnlyCommands();
    static const QStringList &dangerousCommands();
};

} // namespace seqera::ai

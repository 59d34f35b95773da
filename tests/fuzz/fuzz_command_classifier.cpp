// Fuzzes the command classifier of `seqera ai`'s approval (core/ai/tools/commandclassifier): the
// model chooses the command, so every byte of it is hostile. Input: the command text (UTF-8).
//
// Invariants besides "no sanitizer report":
// - the analysis is deterministic;
// - a dangerous or unknown command appended after any input (as its own command, after a
//   newline and ";") is always seen: the whole is Dangerous or Unknown and full mode asks.
//   This is the bypass class of issue 11 (r''m, r\m, ${x}m, env -S, bash -c) behind any prefix;
// - a command that basic mode allows stops being allowed once "; touch x" follows it;
// - a session rule offered for the input is at most 100 characters, ends in " *", and never
//   lets the input followed by "; rm -rf d" run;
// - the approval prompt's text has nothing left that the one sanitizer would replace.
#include "ai/tools/approvalpolicy.h"
#include "ai/tools/commandclassifier.h"
#include "fuzzcommon.h"
#include "util/terminaltext.h"

#include <QDir>

using namespace seqera::ai;

namespace {
QString g_workspace;

bool asksOrRefuses(ApprovalMode mode, const QString &command)
{
    const auto d = ApprovalPolicy::decide(mode, QStringLiteral("execute_bash_local"),
        QJsonObject { { QStringLiteral("command"), command } }, g_workspace, true);
    return d.verdict != ApprovalPolicy::Verdict::Allow;
}

QList<CommandKind> kinds(const CommandAnalysis &a)
{
    QList<CommandKind> k;
    for (const SimpleCommand &c : a.commands)
        k << c.kind;
    return k;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    seqera::fuzz::ensureApplication();
    g_workspace = QDir::tempPath() + QStringLiteral("/seqera-fuzz-classifier");
    QDir().mkpath(g_workspace + QStringLiteral("/sub"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const CommandAnalysis a = CommandClassifier::analyze(input);
    const CommandAnalysis again = CommandClassifier::analyze(input);
    FUZZ_CHECK(kinds(a) == kinds(again) && a.malformed == again.malformed);

    static const char *const attacks[] = { "\n;r''m -rf d", "\n;r\\m -rf d", "\n;${x}m -rf d",
        "\n;env -S'rm -rf d'", "\n;bash -c 'rm -rf d'", "\n;command rm -rf d" };
    for (const char *attack : attacks) {
        const QString command = input + QString::fromUtf8(attack);
        const CommandKind worst = CommandClassifier::analyze(command).worst();
        FUZZ_CHECK(worst == CommandKind::Dangerous || worst == CommandKind::Unknown);
        FUZZ_CHECK(asksOrRefuses(ApprovalMode::Full, command));
    }

    if (!asksOrRefuses(ApprovalMode::Basic, input))
        FUZZ_CHECK(asksOrRefuses(ApprovalMode::Basic, input + QStringLiteral("\n;touch x")));

    const QJsonObject args { { QStringLiteral("command"), input } };
    const QString rule = SessionApprovals::ruleFor(QStringLiteral("execute_bash_local"), args);
    if (!rule.isEmpty()) {
        FUZZ_CHECK(rule.size() <= 100 && rule.endsWith(QLatin1String(" *")));
        SessionApprovals session;
        session.allowAlways(QStringLiteral("execute_bash_local"), args);
        FUZZ_CHECK(session.rules() == QStringList { rule });
        const QJsonObject worse { { QStringLiteral("command"),
            input + QStringLiteral("\n;rm -rf d") } };
        FUZZ_CHECK(!session.allows(QStringLiteral("execute_bash_local"), worse));
        FUZZ_CHECK(ApprovalPolicy::decide(ApprovalMode::Default,
                       QStringLiteral("execute_bash_local"), worse, g_workspace, true, &session)
                       .verdict
            != ApprovalPolicy::Verdict::Allow);
    }

    const QString shown
        = ApprovalPolicy::displayText(QStringLiteral("execute_bash_local"), args, g_workspace);
    // Nothing left that the one sanitizer would replace (C0/C1 controls, DEL, bidi
    // overrides, line separators, zero-width characters); newlines are made visible too.
    FUZZ_CHECK(!seqera::text::needsEscaping(shown, seqera::text::Lines::Single));
    for (const QChar c : shown)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    return 0;
}

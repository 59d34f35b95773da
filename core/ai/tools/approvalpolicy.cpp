#include "approvalpolicy.h"

#include "ai/tools/commandclassifier.h"
#include "ai/tools/pathresolver.h"
#include "ai/tools/tooltable.h"
#include "util/terminaltext.h"

#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

namespace seqera::ai {

bool parseApprovalMode(const QString &text, ApprovalMode *mode)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("basic"))
        *mode = ApprovalMode::Basic;
    else if (t == QLatin1String("default"))
        *mode = ApprovalMode::Default;
    else if (t == QLatin1String("full"))
        *mode = ApprovalMode::Full;
    else
        return false;
    return true;
}

QString approvalModeName(ApprovalMode mode)
{
    switch (mode) {
    case ApprovalMode::Basic:
        return QStringLiteral("basic");
    case ApprovalMode::Default:
        return QStringLiteral("default");
    case ApprovalMode::Full:
        return QStringLiteral("full");
    }
    return {};
}

namespace {

constexpr int kMaxRuleLength = 100;
constexpr int kMaxRuleWords = 3;

QString commandOf(const QJsonObject &args)
{
    return args.value(QStringLiteral("command")).toString();
}

// Where a shell word points, for the workspace and own-files checks.
struct WordPlace
{
    bool known = false; // a literal path we could resolve
    bool inside = false; // resolves inside the working directory
    bool ownFile = false; // is (or, for a glob or a folder walk, can reach) our own files
    QString real; // where it resolves (known only)
};

WordPlace place(const ShellWord &w, const QString &workingDir, const OwnFiles &own, bool walks)
{
    WordPlace p;
    if (w.expansion)
        return p;
    QString text = w.text;
    if (w.glob) {
        // The fixed folder before the first wildcard bounds what the glob can match.
        const qsizetype wild = text.indexOf(QRegularExpression(QStringLiteral("[*?\\[]")));
        const qsizetype slash = text.lastIndexOf(QLatin1Char('/'), wild);
        const QString dir = slash < 0 ? QStringLiteral(".") : text.left(slash + 1);
        const ResolvedPath r = PathResolver::resolve(dir, workingDir);
        if (!r.ok()) {
            p.ownFile = true;
            return p;
        }
        // Without globstar a pattern matches names exactly `depth` folders down; a reader
        // (cat *.txt) gets those files, a walker (grep -r x *) also everything below them.
        const int depth = int(text.mid(slash + 1).count(QLatin1Char('/'))) + 1;
        for (const QString &root : own.roots()) {
            if (PathResolver::isWithin(r.real, root))
                p.ownFile = true;
            else if (PathResolver::isWithin(root, r.real)) {
                const int rootDepth = r.real == QLatin1String("/")
                    ? int(root.count(QLatin1Char('/')))
                    : int(root.mid(r.real.size()).count(QLatin1Char('/')));
                if (walks || rootDepth < depth)
                    p.ownFile = true;
            }
        }
        return p;
    }
    const ResolvedPath r = PathResolver::resolve(text, workingDir);
    if (!r.ok()) {
        p.ownFile = true; // a symlink loop: treat as the worst
        return p;
    }
    const ResolvedPath base = PathResolver::resolve(workingDir, QStringLiteral("/"));
    p.known = true;
    p.real = r.real;
    p.inside = base.ok() && PathResolver::isWithin(r.real, base.real);
    p.ownFile = walks ? own.reachableFrom(r.real) : own.contains(r.real);
    return p;
}

struct ShellVerdict
{
    bool dangerous = false;
    bool unknown = false;
    bool ownFiles = false;
    bool allSafe = true; // basic mode's rule
    bool safeOrEditInside = true; // default mode's rule
    // Writes to a named place the sandbox keeps read-only (outside the working directory,
    // /tmp and the configured folders).
    bool writesOutsideSandbox = false;
    QString outsideTarget;
    QString detail; // untranslated detail of the worst part
};

// Long on purpose: the shell rules in the order they apply (own files, dangerous, unknown,
// redirections, writes, reads), one block each, so the policy reads top to bottom.
ShellVerdict judge(const CommandAnalysis &a, const QString &workingDir, const OwnFiles &own,
    const QStringList &sandboxWritable = {})
{
    ShellVerdict v;
    auto noteWrite = [&v, &sandboxWritable](const WordPlace &p) {
        if (!p.known || p.inside || v.writesOutsideSandbox)
            return;
        QStringList writable = sandboxWritable;
        writable << QStringLiteral("/tmp") << QStringLiteral("/dev");
        for (const QString &dir : std::as_const(writable)) {
            if (PathResolver::isWithin(p.real, dir))
                return;
        }
        v.writesOutsideSandbox = true;
        v.outsideTarget = p.real;
    };
    if (a.malformed || a.commands.isEmpty()) {
        v.unknown = true;
        v.allSafe = v.safeOrEditInside = false;
        v.detail = QStringLiteral("the command could not be read completely");
    }
    for (const SimpleCommand &c : a.commands) {
        switch (c.kind) {
        case CommandKind::Dangerous:
            v.dangerous = true;
            v.detail = c.reason;
            break;
        case CommandKind::Unknown:
            v.unknown = true;
            if (!v.dangerous)
                v.detail = c.reason;
            break;
        default:
            break;
        }
        if (c.kind != CommandKind::Safe)
            v.allSafe = false;
        if (c.kind != CommandKind::Safe && c.kind != CommandKind::Edit)
            v.safeOrEditInside = false;
        for (const ShellWord &w : c.readPaths) {
            const WordPlace p = place(w, workingDir, own, false);
            if (p.ownFile)
                v.ownFiles = true;
            if (!p.known && !w.glob)
                v.allSafe = v.safeOrEditInside = false; // "cat $f": which file?
        }
        if (c.kind == CommandKind::Edit) {
            if (!c.writePathsKnown)
                v.safeOrEditInside = false;
            for (const ShellWord &w : c.writePaths) {
                const WordPlace p = place(w, workingDir, own, false);
                v.ownFiles = v.ownFiles || p.ownFile;
                if (!p.inside)
                    v.safeOrEditInside = false;
                noteWrite(p);
            }
        }
        // cd -, popd: the paths after it are relative to a folder nobody named here; a bare
        // cd goes home ("cd; cat .config/seqera/...").
        if (c.name == QLatin1String("cd") || c.name == QLatin1String("pushd")
            || c.name == QLatin1String("popd")) {
            const bool elsewhere = c.name == QLatin1String("popd")
                || (c.words.size() > 1 && c.words.at(1).text == QLatin1String("-"));
            const bool home = c.words.size() == 1 && c.name != QLatin1String("popd");
            if (elsewhere
                || (home
                    && own.reachableFrom(
                        PathResolver::resolve(QStringLiteral("~"), workingDir).real)))
                v.ownFiles = true;
        }
        if (c.kind == CommandKind::Other || c.kind == CommandKind::Edit) {
            // Any other program given one of our files, or a folder holding them, could read
            // it: "grep -r refresh_token ~", "cp -r ~/.config/seqera /tmp".
            for (int i = 1; i < c.words.size(); ++i) {
                ShellWord w = c.words.at(i);
                const qsizetype eq = w.text.indexOf(QLatin1Char('='));
                if (w.text.startsWith(QLatin1Char('-'))) {
                    if (eq < 0)
                        continue;
                    w.text = w.text.mid(eq + 1);
                }
                if (place(w, workingDir, own, true).ownFile)
                    v.ownFiles = true;
            }
        }
    }
    for (const ShellWord &w : a.redirectReads) {
        const WordPlace p = place(w, workingDir, own, false);
        v.ownFiles = v.ownFiles || p.ownFile;
        if (!p.known)
            v.allSafe = v.safeOrEditInside = false;
    }
    for (const ShellWord &w : a.redirectWrites) {
        v.allSafe = false;
        const WordPlace p = place(w, workingDir, own, false);
        v.ownFiles = v.ownFiles || p.ownFile;
        if (!p.inside)
            v.safeOrEditInside = false;
        noteWrite(p);
    }
    return v;
}

// The words of a rule without its " *".
QStringList ruleWords(const QString &rule)
{
    QString r = rule;
    if (r.endsWith(QLatin1String(" *")))
        r.chop(2);
    return r.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ruleCovers(const QStringList &rules, const SimpleCommand &c)
{
    if (c.kind == CommandKind::Dangerous || c.kind == CommandKind::Unknown || c.assignments)
        return false;
    for (const QString &rule : rules) {
        const QStringList words = ruleWords(rule);
        if (words.isEmpty() || words.size() > c.words.size())
            continue;
        bool match = true;
        for (int i = 0; i < words.size() && match; ++i)
            match = !c.words.at(i).expansion && c.words.at(i).text == words.at(i);
        if (match)
            return true;
    }
    return false;
}

} // namespace

QString SessionApprovals::ruleFor(const QString &toolName, const QJsonObject &args)
{
    const ToolSpec *spec = tooltable::find(toolName);
    if (!spec)
        return QString();
    if (spec->risk != ToolRisk::RunsCommand)
        return QLatin1String(spec->approvalName);
    const CommandAnalysis a = CommandClassifier::analyze(commandOf(args));
    if (a.malformed || a.commands.isEmpty())
        return QString();
    const SimpleCommand &first = a.commands.first();
    if (first.words.isEmpty() || first.kind == CommandKind::Dangerous
        || first.kind == CommandKind::Unknown || first.assignments)
        return QString();
    static const QRegularExpression subcommand(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]*$"));
    QStringList words { first.words.first().text };
    for (int i = 1; i < first.words.size() && words.size() < kMaxRuleWords; ++i) {
        const ShellWord &w = first.words.at(i);
        if (w.expansion || w.glob || !subcommand.match(w.text).hasMatch())
            break;
        words << w.text;
    }
    // A rule is shown and stored as text: a word with a space or a control character in it
    // could not be read back as the same words.
    for (const QString &w : words) {
        if (w.isEmpty() || w.contains(QLatin1Char(' ')) || text::needsEscaping(w))
            return QString();
    }
    const QString rule = words.join(QLatin1Char(' ')) + QStringLiteral(" *");
    return rule.size() <= kMaxRuleLength ? rule : QString();
}

void SessionApprovals::allowAlways(const QString &toolName, const QJsonObject &args)
{
    const QString rule = ruleFor(toolName, args);
    if (!rule.isEmpty() && !m_rules.contains(rule))
        m_rules << rule;
}

bool SessionApprovals::allows(const QString &toolName, const QJsonObject &args) const
{
    const ToolSpec *spec = tooltable::find(toolName);
    if (!spec)
        return false;
    if (spec->risk != ToolRisk::RunsCommand)
        return m_rules.contains(QLatin1String(spec->approvalName));
    const CommandAnalysis a = CommandClassifier::analyze(commandOf(args));
    if (a.malformed || a.commands.isEmpty() || !a.redirectWrites.isEmpty())
        return false;
    for (const SimpleCommand &c : a.commands) {
        if (!ruleCovers(m_rules, c))
            return false;
    }
    return true;
}

namespace {
// The classifier's answer for a command or a linter, before the sandbox is considered.
struct ModeVerdict
{
    bool allowed = false;
    bool readOnly = false; // basic mode's read-only rule allowed it
    bool bySession = false; // only the user's "always" answers allowed it
    QString reason; // when not allowed
    bool writesOutsideSandbox = false;
    QString outsideTarget;
};

ModeVerdict judgeCommand(ApprovalMode mode, const QJsonObject &args, const QString &workingDir,
    const SessionApprovals *session, const ApprovalSandboxing &sandboxing)
{
    ModeVerdict m;
    const CommandAnalysis a = CommandClassifier::analyze(commandOf(args));
    const ShellVerdict v = judge(a, workingDir, sandboxing.ownFiles, sandboxing.writable);
    m.writesOutsideSandbox = v.writesOutsideSandbox;
    m.outsideTarget = v.outsideTarget;
    if (v.dangerous) {
        m.reason = ApprovalPolicy::tr("The command uses a dangerous program (%1), which always "
                                      "needs approval.")
                       .arg(text::printable(v.detail));
        return m;
    }
    if (v.unknown) {
        m.reason = ApprovalPolicy::tr("What this command runs cannot be checked (%1), so it "
                                      "always needs approval.")
                       .arg(text::printable(v.detail));
        return m;
    }
    if (v.ownFiles) {
        m.reason = ApprovalPolicy::tr("The command names, or can reach, seqera's own credential "
                                      "or state files, which always needs approval.");
        return m;
    }
    m.readOnly = v.allSafe;
    if (mode == ApprovalMode::Full || v.allSafe
        || (mode == ApprovalMode::Default && v.safeOrEditInside)) {
        m.allowed = true;
        return m;
    }
    if (session && a.redirectWrites.isEmpty()) {
        bool covered = true;
        for (const SimpleCommand &c : a.commands) {
            bool safeHere = c.kind == CommandKind::Safe;
            for (const ShellWord &w : c.readPaths)
                safeHere = safeHere && !w.expansion;
            covered = covered && (safeHere || ruleCovers(session->rules(), c));
        }
        if (covered) {
            m.allowed = m.bySession = true;
            return m;
        }
    }
    m.reason = mode == ApprovalMode::Basic
        ? ApprovalPolicy::tr("The command is not read-only, which the basic approval mode does "
                             "not allow without asking.")
        : ApprovalPolicy::tr("The command does more than read or change files inside the "
                             "working directory, which the default approval mode does not "
                             "allow without asking.");
    return m;
}
} // namespace

// Long on purpose: the whole policy in the order it applies, so that what a mode allows can
// be read (and reviewed) in one place; the shell rules are in judge().
ApprovalPolicy::Decision ApprovalPolicy::decide(ApprovalMode mode, const QString &toolName,
    const QJsonObject &args, const QString &workingDir, bool interactive,
    const SessionApprovals *session, const Sandboxing &sandboxing)
{
    auto allow = [] { return Decision { Verdict::Allow, QString(), Confinement::Workspace }; };
    auto notAllowed = [interactive](const QString &reason) {
        return Decision { interactive ? Verdict::Ask : Verdict::Deny, reason,
            Confinement::Workspace };
    };

    const ToolSpec *spec = tooltable::find(toolName);
    if (!spec)
        return notAllowed(
            tr("%1 is not a tool this version of seqera knows.").arg(text::printable(toolName)));
    const bool sessionRule = session && session->allows(toolName, args);

    switch (spec->risk) {
    case ToolRisk::Reads:
        return allow();
    case ToolRisk::WritesFile: {
        const QString path = args.value(QStringLiteral("path")).toString();
        if (sessionRule)
            return allow();
        switch (mode) {
        case ApprovalMode::Basic:
            return notAllowed(tr("The basic approval mode does not allow changing files "
                                 "(%1) without asking.")
                                  .arg(text::printable(path)));
        case ApprovalMode::Default:
            if (isInsideDirectory(path, workingDir))
                return allow();
            return notAllowed(tr("%1 is outside the working directory %2 (after following "
                                 "~, .. and symbolic links).")
                                  .arg(text::printable(path), text::printable(workingDir)));
        case ApprovalMode::Full:
            return allow();
        }
        break;
    }
    case ToolRisk::RunsLinter:
    case ToolRisk::RunsCommand: {
        ModeVerdict m;
        if (spec->risk == ToolRisk::RunsLinter) {
            m.allowed = mode != ApprovalMode::Basic || sessionRule;
            m.bySession = mode == ApprovalMode::Basic && sessionRule;
            if (!m.allowed)
                m.reason = tr("Running a linter starts programs, which the basic approval mode "
                              "does not allow without asking.");
        } else {
            m = judgeCommand(mode, args, workingDir, session, sandboxing);
        }
        // Without a sandbox only basic mode's read-only commands, and what the user allowed
        // for the session, run unasked.
        if (!sandboxing.available) {
            if (m.allowed && ((m.readOnly && mode == ApprovalMode::Basic) || m.bySession))
                return Decision { Verdict::Allow, QString(), Confinement::Outside };
            if (m.allowed) {
                m.allowed = false;
                m.reason = tr("There is no sandbox here, so commands run with your own rights "
                              "and the %1 approval mode asks before each one.")
                               .arg(approvalModeName(mode));
                if (!interactive && sandboxing.allowOutside)
                    return Decision { Verdict::Allow, QString(), Confinement::Outside };
            }
            Decision d = notAllowed(m.reason);
            d.confinement = Confinement::Outside;
            return d;
        }
        if (m.writesOutsideSandbox) {
            const QString reason = tr("The command writes to %1, outside the working directory, "
                                      "which the sandbox keeps read-only: it would have to run "
                                      "outside the sandbox, with your own rights.")
                                       .arg(text::printable(m.outsideTarget));
            if (m.allowed && !interactive && sandboxing.allowOutside)
                return Decision { Verdict::Allow, QString(), Confinement::Outside };
            Decision d
                = notAllowed(m.reason.isEmpty() ? reason : m.reason + QLatin1Char(' ') + reason);
            d.confinement = Confinement::Outside;
            return d;
        }
        if (!m.allowed)
            return notAllowed(m.reason);
        return Decision { Verdict::Allow, QString(),
            m.readOnly && mode == ApprovalMode::Basic ? Confinement::ReadOnly
                                                      : Confinement::Workspace };
    }
    }
    return notAllowed(
        tr("%1 is not a tool this version of seqera knows.").arg(text::printable(toolName)));
}

QString ApprovalPolicy::displayText(
    const QString &toolName, const QJsonObject &args, const QString &workingDir)
{
    const ToolSpec *spec = tooltable::find(toolName);
    QString shown;
    if (!spec) {
        shown = toolName + QLatin1Char(' ')
            + QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
    } else {
        const QString path = args.value(QStringLiteral("path")).toString();
        switch (spec->risk) {
        case ToolRisk::RunsCommand:
            shown = commandOf(args);
            break;
        case ToolRisk::WritesFile: {
            shown = QLatin1String(spec->approvalName) + QLatin1Char(' ') + path;
            // The file that will really change, when links make it another one: a
            // "notes.txt" that is a link to ~/.bashrc is shown as such.
            const ResolvedPath r = PathResolver::resolve(path, workingDir);
            QString lexical = path;
            if (lexical == QLatin1String("~") || lexical.startsWith(QLatin1String("~/")))
                lexical = QDir::homePath() + lexical.mid(1);
            if (!QDir::isAbsolutePath(lexical))
                lexical = workingDir + QLatin1Char('/') + lexical;
            lexical = QDir::cleanPath(lexical);
            const ResolvedPath base = PathResolver::resolve(workingDir, QStringLiteral("/"));
            const QString expected = base.ok() && QDir::cleanPath(workingDir) != base.real
                    && PathResolver::isWithin(lexical, QDir::cleanPath(workingDir))
                ? base.real + lexical.mid(QDir::cleanPath(workingDir).size())
                : lexical;
            if (r.ok() && r.real != expected)
                shown += QStringLiteral(" -> ") + r.real;
            break;
        }
        case ToolRisk::RunsLinter: {
            const ResolvedPath r = PathResolver::resolve(path, workingDir);
            shown = tooltable::lintCommandLine(spec->id, r.ok() ? r.real : path,
                tooltable::lintScope(args.value(QStringLiteral("lint_scope")).toString()));
            break;
        }
        case ToolRisk::Reads:
            shown = QLatin1String(spec->approvalName) + QLatin1Char(' ') + path;
            break;
        }
    }
    return text::printable(shown, text::Lines::Single);
}

bool ApprovalPolicy::isInsideDirectory(const QString &path, const QString &directory)
{
    if (path.isEmpty() || directory.isEmpty())
        return false;
    const ResolvedPath base = PathResolver::resolve(directory, QStringLiteral("/"));
    const ResolvedPath target = PathResolver::resolve(path, directory);
    return base.ok() && base.exists && target.ok()
        && PathResolver::isWithin(target.real, base.real);
}

bool ApprovalPolicy::isReadOnlyCommand(
    const QString &command, const OwnFiles &own, const QString &workingDir)
{
    const CommandAnalysis a = CommandClassifier::analyze(command);
    const ShellVerdict v
        = judge(a, workingDir.isEmpty() ? QStringLiteral(".") : workingDir, own);
    return !v.dangerous && !v.unknown && !v.ownFiles && v.allSafe;
}

} // namespace seqera::ai

#include "approvalpolicy.h"

#include <QDir>
#include <QFileInfo>
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

const QStringList &ApprovalPolicy::readOnlyCommands()
{
    static const QStringList names { QStringLiteral("cat"), QStringLiteral("ls"),
        QStringLiteral("pwd"), QStringLiteral("head"), QStringLiteral("tail"),
        QStringLiteral("tree"), QStringLiteral("echo"), QStringLiteral("date"),
        QStringLiteral("whoami"), QStringLiteral("env"), QStringLiteral("printenv"),
        QStringLiteral("stat"), QStringLiteral("uptime") };
    return names;
}

const QStringList &ApprovalPolicy::dangerousCommands()
{
    static const QStringList names { QStringLiteral("rm"), QStringLiteral("chmod"),
        QStringLiteral("chown"), QStringLiteral("kill"), QStringLiteral("killall"),
        QStringLiteral("pkill"), QStringLiteral("sudo"), QStringLiteral("dd"),
        QStringLiteral("mount"), QStringLiteral("umount"), QStringLiteral("mkfs"),
        QStringLiteral("reboot"), QStringLiteral("shutdown") };
    return names;
}

namespace {

// A small shell lexer: enough of POSIX sh to split a command line into simple commands and
// to notice everything that can run or write something we cannot see in the words: command
// substitution, process substitution, output redirection, subshells. Anything it does not
// understand makes the command "not read-only", which only means the user is asked.
struct ShellScan
{
    QList<QStringList> commands; // words of each simple command
    bool opaque = false; // contains constructs we refuse to reason about
};

ShellScan scanShell(const QString &text)
{
    ShellScan scan;
    QStringList words;
    QString word;
    bool inWord = false;
    auto endWord = [&] {
        if (inWord)
            words << word;
        word.clear();
        inWord = false;
    };
    auto endCommand = [&] {
        endWord();
        if (!words.isEmpty())
            scan.commands << words;
        words.clear();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('\\')) {
            if (i + 1 < n) {
                if (next != QLatin1Char('\n')) {
                    word += next;
                    inWord = true;
                }
                ++i;
            }
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype close = text.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0) {
                scan.opaque = true;
                break;
            }
            word += text.mid(i + 1, close - i - 1);
            inWord = true;
            i = close;
            continue;
        }
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            bool closed = false;
            for (; j < n; ++j) {
                const QChar d = text.at(j);
                if (d == QLatin1Char('\\') && j + 1 < n) {
                    word += text.at(++j);
                    continue;
                }
                if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                // Command substitution still runs inside double quotes.
                if (d == QLatin1Char('`')
                    || (d == QLatin1Char('$') && j + 1 < n && text.at(j + 1) == QLatin1Char('(')))
                    scan.opaque = true;
                word += d;
            }
            if (!closed) {
                scan.opaque = true;
                break;
            }
            inWord = true;
            i = j;
            continue;
        }
        if (c == QLatin1Char('`') || (c == QLatin1Char('$') && next == QLatin1Char('('))) {
            scan.opaque = true;
            word += c;
            inWord = true;
            continue;
        }
        if ((c == QLatin1Char('<') || c == QLatin1Char('>')) && next == QLatin1Char('(')) {
            scan.opaque = true; // process substitution
            continue;
        }
        if (c == QLatin1Char('>')) {
            // "2>&1" and "> /dev/null" write nothing anyone keeps; every other > writes a file.
            const QString rest = text.mid(i + 1).trimmed();
            const bool dupFd = next == QLatin1Char('&');
            const bool devNull = rest.startsWith(QLatin1String("/dev/null"))
                && (rest.size() == 9 || rest.at(9).isSpace() || rest.at(9) == QLatin1Char(';')
                    || rest.at(9) == QLatin1Char('|') || rest.at(9) == QLatin1Char('&'));
            if (!dupFd && !devNull)
                scan.opaque = true;
            // Drop the fd number that may precede it ("2>").
            if (inWord && !word.isEmpty() && word.at(word.size() - 1).isDigit()
                && word.size() == 1) {
                word.clear();
                inWord = false;
            }
            endWord();
            if (dupFd) {
                i += 2; // skip "&" and the digit or "-"
            } else {
                qsizetype j = i + 1;
                if (j < n && text.at(j) == QLatin1Char('>'))
                    ++j;
                while (j < n && text.at(j).isSpace())
                    ++j;
                while (j < n && !text.at(j).isSpace() && text.at(j) != QLatin1Char(';')
                    && text.at(j) != QLatin1Char('|') && text.at(j) != QLatin1Char('&'))
                    ++j;
                i = j - 1;
            }
            continue;
        }
        if (c == QLatin1Char('<')) {
            // Input redirection reads; the target word is not a command argument we care about.
            endWord();
            continue;
        }
        if (c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char('&')
            || c == QLatin1Char('\n')) {
            endCommand();
            continue;
        }
        if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('{')
            || c == QLatin1Char('}')) {
            // Subshells and groups: keep it simple and ask.
            scan.opaque = true;
            endCommand();
            continue;
        }
        if (c.isSpace()) {
            endWord();
            continue;
        }
        word += c;
        inWord = true;
    }
    endCommand();
    return scan;
}

bool isAssignment(const QString &word)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    return re.match(word).hasMatch();
}

// The read-only commands can still be told to write or run something by some options.
bool argumentsStayReadOnly(const QString &name, const QStringList &args)
{
    if (name == QLatin1String("env")) {
        // "env" prints; "env X=1 cmd" or "env cmd" runs cmd.
        for (const QString &a : args) {
            if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-S")
                || a.startsWith(QLatin1String("--split-string")) || a == QLatin1String("-C")
                || a.startsWith(QLatin1String("--chdir")))
                return false;
        }
        return true;
    }
    if (name == QLatin1String("date")) {
        for (const QString &a : args) {
            if (a == QLatin1String("-s") || a.startsWith(QLatin1String("--set"))
                || (a.startsWith(QLatin1Char('-')) && !a.startsWith(QLatin1String("--"))
                    && a.contains(QLatin1Char('s'))))
                return false;
        }
        return true;
    }
    if (name == QLatin1String("tree")) {
        for (const QString &a : args) {
            if (a == QLatin1String("-o") || a.startsWith(QLatin1String("--output")))
                return false;
        }
        return true;
    }
    return true;
}

} // namespace

bool ApprovalPolicy::isReadOnlyCommand(const QString &command)
{
    const ShellScan scan = scanShell(command);
    if (scan.opaque || scan.commands.isEmpty())
        return false;
    for (const QStringList &words : scan.commands) {
        const QString &name = words.first();
        // "X=1 ls" could point ls at another PATH or library: not plainly read-only.
        if (isAssignment(name) || !readOnlyCommands().contains(name))
            return false;
        if (!argumentsStayReadOnly(name, words.mid(1)))
            return false;
    }
    return true;
}

bool ApprovalPolicy::isDangerousCommand(const QString &command)
{
    // Deliberately a plain text scan, not the lexer: a dangerous name anywhere as a word
    // ("sudo rm", "xargs rm", "bash -c 'rm -rf x'", "/bin/rm", "$(rm x)") makes us ask.
    // False alarms ("echo rm") only cost a question.
    static const QRegularExpression re([] {
        return QStringLiteral("(?:^|[^A-Za-z0-9_.-])(?:%1)(?:$|[^A-Za-z0-9_.-])")
            .arg(dangerousCommands().join(QLatin1Char('|')));
    }());
    static const QRegularExpression findDelete(QStringLiteral("(?:^|\\s)-delete(?:$|\\s)"));
    return re.match(command).hasMatch() || findDelete.match(command).hasMatch();
}

bool ApprovalPolicy::isInsideDirectory(const QString &path, const QString &directory)
{
    if (path.isEmpty() || directory.isEmpty())
        return false;
    const QString base = QFileInfo(directory).canonicalFilePath();
    if (base.isEmpty())
        return false;
    QString absolute = QDir::isAbsolutePath(path) ? path : directory + QLatin1Char('/') + path;
    absolute = QDir::cleanPath(absolute);

    // Resolve symlinks of the longest existing ancestor, so a link inside the directory that
    // points outside of it does not count as inside.
    QString existing = absolute;
    QString remainder;
    while (!QFileInfo::exists(existing)) {
        const qsizetype slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return false;
        remainder.prepend(existing.mid(slash));
        existing = existing.left(slash);
    }
    QString resolved = QFileInfo(existing).canonicalFilePath();
    if (resolved.isEmpty())
        return false;
    resolved = QDir::cleanPath(resolved + remainder);
    return resolved == base
        || resolved.startsWith(base == QLatin1String("/") ? base : base + QLatin1Char('/'));
}

ApprovalPolicy::Decision ApprovalPolicy::decide(ApprovalMode mode, const QString &toolName,
    const QJsonObject &args, const QString &workingDir, bool interactive)
{
    Decision d;
    auto allow = [] { return Decision { Verdict::Allow, QString() }; };
    auto notAllowed = [interactive](const QString &reason) {
        return Decision { interactive ? Verdict::Ask : Verdict::Deny, reason };
    };

    if (toolName == QLatin1String("read_file_local")
        || toolName == QLatin1String("list_directory_local")
        || toolName == QLatin1String("search_files_local"))
        return allow();

    if (toolName == QLatin1String("run_nextflow_lint_local")
        || toolName == QLatin1String("run_nf_core_lint_local")) {
        if (mode == ApprovalMode::Basic)
            return notAllowed(tr("Running a linter starts programs, which the basic approval mode "
                                 "does not allow without asking."));
        return allow();
    }

    if (toolName == QLatin1String("write_file_local")
        || toolName == QLatin1String("edit_file_local")) {
        const QString path = args.value(QStringLiteral("path")).toString();
        switch (mode) {
        case ApprovalMode::Basic:
            return notAllowed(tr("The basic approval mode does not allow changing files "
                                 "(%1) without asking.")
                                  .arg(path));
        case ApprovalMode::Default:
            if (isInsideDirectory(path, workingDir))
                return allow();
            return notAllowed(tr("%1 is outside the working directory %2.").arg(path, workingDir));
        case ApprovalMode::Full:
            return allow();
        }
    }

    if (toolName == QLatin1String("execute_bash_local")) {
        const QString command = args.value(QStringLiteral("command")).toString();
        if (isDangerousCommand(command))
            return notAllowed(tr("The command uses a dangerous program (%1), which always needs "
                                 "approval.")
                                  .arg(dangerousCommands().join(QStringLiteral(", "))));
        if (mode == ApprovalMode::Full || isReadOnlyCommand(command))
            return allow();
        return notAllowed(tr("The command is not read-only, which the %1 approval mode does not "
                             "allow without asking.")
                              .arg(approvalModeName(mode)));
    }

    // Unknown tools run nothing: the runner answers them with the documented error.
    return allow();
}

} // namespace seqera::ai

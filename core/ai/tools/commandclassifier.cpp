#include "commandclassifier.h"

#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace seqera::ai {

namespace {

constexpr int kMaxDepth = 16; // nested wrappers ("env timeout nice ..."); deeper is Unknown

// ---- classification of one simple command ----

bool isAssignment(const QString &raw)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*\\])?\\+?="));
    return re.match(raw).hasMatch();
}

QString baseName(const QString &word)
{
    const qsizetype slash = word.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? word : word.mid(slash + 1);
}

CommandKind worse(CommandKind a, CommandKind b)
{
    auto rank = [](CommandKind k) {
        switch (k) {
        case CommandKind::Safe:
            return 0;
        case CommandKind::Edit:
            return 1;
        case CommandKind::Other:
            return 2;
        case CommandKind::Unknown:
            return 3;
        case CommandKind::Dangerous:
            return 4;
        }
        return 4;
    };
    return rank(a) >= rank(b) ? a : b;
}

SimpleCommand unknown(const QList<ShellWord> &words, const QString &reason)
{
    SimpleCommand c;
    c.words = words;
    c.name = words.isEmpty() ? QString() : baseName(words.first().text);
    c.kind = CommandKind::Unknown;
    c.reason = reason;
    return c;
}

// Options of a wrapper: `flags` take no value, `valued` take one (attached, "=..." or the next
// word). Returns the index of the first word after the options, or -1 for an option we do not
// know (the wrapper is then Unknown).
int skipOptions(const QList<ShellWord> &w, int i, const QStringList &flags,
    const QStringList &valued, bool allowNumeric = false)
{
    while (i < w.size()) {
        const QString &t = w.at(i).text;
        if (w.at(i).expansion)
            return -1;
        if (t == QLatin1String("--"))
            return i + 1;
        if (!t.startsWith(QLatin1Char('-')) || t == QLatin1String("-"))
            return i;
        if (allowNumeric && QRegularExpression(QStringLiteral("^-[0-9]+$")).match(t).hasMatch()) {
            ++i;
            continue;
        }
        if (t.startsWith(QLatin1String("--"))) {
            const QString name = t.section(QLatin1Char('='), 0, 0);
            if (flags.contains(name) && !t.contains(QLatin1Char('='))) {
                ++i;
                continue;
            }
            if (valued.contains(name)) {
                i += t.contains(QLatin1Char('=')) ? 1 : 2;
                continue;
            }
            return -1;
        }
        // Short options, possibly combined ("-rt", "-n5").
        int j = 1;
        bool consumedNext = false;
        for (; j < t.size(); ++j) {
            const QString opt = QStringLiteral("-") + t.at(j);
            if (flags.contains(opt))
                continue;
            if (valued.contains(opt)) {
                consumedNext = j == t.size() - 1; // value in the next word
                j = int(t.size());
                break;
            }
            return -1;
        }
        i += consumedNext ? 2 : 1;
    }
    return i;
}

SimpleCommand classifyWords(QList<ShellWord> words, bool assignments, int depth);

SimpleCommand wrapped(const QList<ShellWord> &words, int innerStart, int depth,
    const QString &wrapper, CommandKind atLeast)
{
    if (innerStart < 0)
        return unknown(
            words, QStringLiteral("%1 with an option that is not understood").arg(wrapper));
    if (innerStart >= words.size()) {
        SimpleCommand c;
        c.words = words;
        c.name = wrapper;
        c.kind = atLeast;
        return c;
    }
    SimpleCommand inner = classifyWords(words.mid(innerStart), false, depth + 1);
    // env X=1 cmd: the assignment counts like one before the command.
    inner.assignments = inner.assignments || atLeast == CommandKind::Other;
    inner.kind = worse(inner.kind, atLeast);
    return inner;
}

// ---- the policy: one judge per family of programs ----------------------------------------------
// classifyWords looks a command's name up in kFamilies and lets that family's judge decide;
// a judge that returns nothing leaves the command to the safe and edit lists. Every judge
// sees the command as bash would run it (name first, the arguments after).

struct Invocation
{
    QList<ShellWord> words; // the name first
    QList<ShellWord> args; // words without the name
    QString name; // without its folder
    bool byPath = false; // called as /bin/x or ./x: not the safe list's program
    bool assignments = false;
    int depth = 0;

    SimpleCommand command(CommandKind kind) const
    {
        SimpleCommand c;
        c.words = words;
        c.name = name;
        c.assignments = assignments;
        c.kind = kind;
        return c;
    }
};
using Judgement = std::optional<SimpleCommand>;

// A program text handed to an interpreter: nothing here can check it.
Judgement judgeStringRunner(const Invocation &in)
{
    return unknown(in.words, QStringLiteral("%1 runs a command it is given as text").arg(in.name));
}

// "bash -c STRING", "bash -s", plain "bash" reading a script from stdin.
Judgement judgeShell(const Invocation &in)
{
    for (const ShellWord &a : in.args) {
        if (!a.text.startsWith(QLatin1Char('-')) || a.expansion)
            break;
        if (!a.text.startsWith(QLatin1String("--"))
            && (a.text.contains(QLatin1Char('c')) || a.text.contains(QLatin1Char('s'))))
            return unknown(in.words, QStringLiteral("%1 -c runs a string").arg(in.name));
    }
    for (const ShellWord &a : in.args) {
        if (!a.text.startsWith(QLatin1Char('-')))
            return in.command(CommandKind::Other); // a script file
    }
    return unknown(in.words, QStringLiteral("%1 runs what it reads").arg(in.name));
}

// Program text given inline (python -c, perl -e/-E, node -e/-p/--eval/--print, ruby -e, php
// -r, Rscript -e) or read from standard input (no script named: a pipe, a here-document,
// "-"): nothing here can check it. A script file is "Other".
Judgement judgeInterpreter(const Invocation &in)
{
    static const QStringList inlineLong { QStringLiteral("--eval"), QStringLiteral("--print"),
        QStringLiteral("--command"), QStringLiteral("--require"), QStringLiteral("--import"),
        QStringLiteral("--interactive"), QStringLiteral("--exec"), QStringLiteral("--expr") };
    static const QStringList harmless { QStringLiteral("--version"), QStringLiteral("-V"),
        QStringLiteral("--help"), QStringLiteral("-h") };
    bool onlyHarmless = !in.args.isEmpty();
    for (const ShellWord &a : in.args) {
        if (a.expansion)
            return unknown(in.words, QStringLiteral("%1 gets a computed argument").arg(in.name));
        const QString &t = a.text;
        if (!t.startsWith(QLatin1Char('-')))
            return in.command(CommandKind::Other); // the script
        onlyHarmless = onlyHarmless && harmless.contains(t);
        const QString option = t.section(QLatin1Char('='), 0, 0);
        if (t == QLatin1String("-") || inlineLong.contains(option)
            || (!t.startsWith(QLatin1String("--"))
                && t.contains(QRegularExpression(QStringLiteral("[ceEprRBix]")))))
            return unknown(
                in.words, QStringLiteral("%1 runs program text given inline").arg(in.name));
    }
    if (onlyHarmless)
        return in.command(CommandKind::Other);
    return unknown(in.words, QStringLiteral("%1 runs the program text it reads").arg(in.name));
}

// Arithmetic evaluates a variable's value as an expression, and bash runs the substitutions
// inside one used as a subscript: `x='a[$(rm f)]'; [[ $x -eq 0 ]]`.
Judgement judgeArithmetic(const Invocation &in)
{
    static const QStringList arithmeticOperators { QStringLiteral("-eq"), QStringLiteral("-ne"),
        QStringLiteral("-lt"), QStringLiteral("-le"), QStringLiteral("-gt"),
        QStringLiteral("-ge") };
    if (in.name == QLatin1String("let"))
        return unknown(in.words, QStringLiteral("let evaluates arithmetic"));
    if (in.name == QLatin1String("[[")) {
        for (const ShellWord &a : in.args) {
            if (arithmeticOperators.contains(a.text))
                return unknown(
                    in.words, QStringLiteral("[[ ... %1 ... ]] evaluates arithmetic").arg(a.text));
        }
        return std::nullopt;
    }
    // declare, typeset, local, readonly, export
    for (const ShellWord &a : in.args) {
        if (a.expansion || a.text.contains(QLatin1Char('['))
            || (a.text.startsWith(QLatin1Char('-')) && a.text.contains(QLatin1Char('i'))))
            return unknown(in.words, QStringLiteral("%1 may evaluate arithmetic").arg(in.name));
    }
    return std::nullopt;
}

Judgement judgeAwk(const Invocation &in)
{
    for (const ShellWord &a : in.args) {
        if (a.text.contains(QLatin1String("system")) || a.text.contains(QLatin1Char('|'))
            || a.text.contains(QLatin1Char('>')))
            return unknown(
                in.words, QStringLiteral("the awk program runs commands or writes files"));
    }
    return in.command(CommandKind::Other);
}

// Wrappers: judge the command they run.
Judgement judgeEnv(const Invocation &in)
{
    for (const ShellWord &a : in.args) {
        if (a.text.startsWith(QLatin1String("-S"))
            || a.text.startsWith(QLatin1String("--split-string"))
            || (a.text.startsWith(QLatin1Char('-')) && !a.text.startsWith(QLatin1String("--"))
                && a.text.contains(QLatin1Char('S'))))
            return unknown(in.words, QStringLiteral("env -S runs a string"));
        if (!a.text.startsWith(QLatin1Char('-')))
            break;
    }
    int i = skipOptions(in.words, 1,
        { QStringLiteral("-i"), QStringLiteral("-0"), QStringLiteral("-v"),
            QStringLiteral("--ignore-environment"), QStringLiteral("--null"),
            QStringLiteral("--debug") },
        { QStringLiteral("-u"), QStringLiteral("--unset") });
    bool envAssignments = false;
    while (i > 0 && i < in.words.size() && isAssignment(in.words.at(i).text)) {
        envAssignments = true;
        ++i;
    }
    if (i > 0 && i >= in.words.size()) // prints the environment
        return in.command(envAssignments ? CommandKind::Other : CommandKind::Safe);
    return wrapped(in.words, i, in.depth, in.name, CommandKind::Other);
}

Judgement judgeCommandBuiltin(const Invocation &in)
{
    const int i = skipOptions(
        in.words, 1, { QStringLiteral("-p"), QStringLiteral("-v"), QStringLiteral("-V") }, {});
    for (int k = 1; k < (i < 0 ? 1 : i); ++k) {
        if (in.words.at(k).text.contains(QLatin1Char('v'))
            || in.words.at(k).text.contains(QLatin1Char('V')))
            return in.command(CommandKind::Safe); // only says what the name is
    }
    return wrapped(in.words, i, in.depth, in.name, CommandKind::Safe);
}

// The options of the wrappers that only change how a command runs, and what running under
// them is at least (nohup writes nohup.out).
struct WrapperSyntax
{
    QStringList flags;
    QStringList valued;
    bool numericOptions = false; // nice -5
    int wordsAfterOptions = 0; // timeout's duration
    CommandKind atLeast = CommandKind::Safe;
};

const QHash<QString, WrapperSyntax> &wrapperSyntax()
{
    static const QHash<QString, WrapperSyntax> table {
        { QStringLiteral("time"), { { QStringLiteral("-p") }, {} } },
        { QStringLiteral("nohup"), { {}, {}, false, 0, CommandKind::Other } },
        { QStringLiteral("exec"),
            { { QStringLiteral("-c"), QStringLiteral("-l") }, { QStringLiteral("-a") } } },
        { QStringLiteral("setsid"),
            { { QStringLiteral("-c"), QStringLiteral("-f"), QStringLiteral("-w"),
                  QStringLiteral("--ctty"), QStringLiteral("--fork"), QStringLiteral("--wait") },
                {} } },
        { QStringLiteral("nice"),
            { {}, { QStringLiteral("-n"), QStringLiteral("--adjustment") }, true } },
        { QStringLiteral("stdbuf"),
            { {},
                { QStringLiteral("-i"), QStringLiteral("-o"), QStringLiteral("-e"),
                    QStringLiteral("--input"), QStringLiteral("--output"),
                    QStringLiteral("--error") } } },
        { QStringLiteral("timeout"),
            { { QStringLiteral("-v"), QStringLiteral("--verbose"), QStringLiteral("--foreground"),
                  QStringLiteral("--preserve-status") },
                { QStringLiteral("-k"), QStringLiteral("-s"), QStringLiteral("--kill-after"),
                    QStringLiteral("--signal") },
                false, 1 } },
    };
    return table;
}

Judgement judgeWrapper(const Invocation &in)
{
    if (in.name == QLatin1String("builtin"))
        return wrapped(in.words, 1, in.depth, in.name, CommandKind::Safe);
    const WrapperSyntax &syntax = wrapperSyntax()[in.name];
    int i = skipOptions(in.words, 1, syntax.flags, syntax.valued, syntax.numericOptions);
    if (i > 0)
        i += syntax.wordsAfterOptions;
    return wrapped(in.words, i, in.depth, in.name, syntax.atLeast);
}

// The names xargs reads from stdin make any command's arguments unknown.
Judgement judgeXargs(const Invocation &in)
{
    const int i = skipOptions(in.words, 1,
        { QStringLiteral("-0"), QStringLiteral("-r"), QStringLiteral("-t"), QStringLiteral("-p"),
            QStringLiteral("-x"), QStringLiteral("--null"), QStringLiteral("--no-run-if-empty"),
            QStringLiteral("--verbose"), QStringLiteral("--interactive"),
            QStringLiteral("--exit") },
        { QStringLiteral("-I"), QStringLiteral("-L"), QStringLiteral("-n"), QStringLiteral("-P"),
            QStringLiteral("-s"), QStringLiteral("-d"), QStringLiteral("-E"), QStringLiteral("-a"),
            QStringLiteral("--max-args"), QStringLiteral("--max-procs"),
            QStringLiteral("--delimiter"), QStringLiteral("--replace"),
            QStringLiteral("--arg-file"), QStringLiteral("--eof"), QStringLiteral("--max-lines"),
            QStringLiteral("--max-chars") });
    if (i > 0 && i >= in.words.size())
        return in.command(CommandKind::Other); // runs echo
    return wrapped(in.words, i, in.depth, in.name, CommandKind::Other);
}

Judgement judgeFind(const Invocation &in)
{
    SimpleCommand result = in.command(CommandKind::Safe);
    const QList<ShellWord> &words = in.words;
    for (int i = 1; i < words.size(); ++i) {
        const QString &t = words.at(i).text;
        if (t == QLatin1String("-delete")) {
            result.kind = CommandKind::Dangerous;
            result.reason = QStringLiteral("find -delete");
            return result;
        }
        if (t == QLatin1String("-exec") || t == QLatin1String("-execdir")
            || t == QLatin1String("-ok") || t == QLatin1String("-okdir")) {
            int end = i + 1;
            while (end < words.size() && words.at(end).text != QLatin1String(";")
                && words.at(end).text != QLatin1String("+"))
                ++end;
            SimpleCommand inner = classifyWords(words.mid(i + 1, end - i - 1), false, in.depth + 1);
            if (inner.kind == CommandKind::Dangerous || inner.kind == CommandKind::Unknown)
                return inner;
            result.kind = worse(result.kind, worse(inner.kind, CommandKind::Other));
            i = end;
            continue;
        }
        if (t.startsWith(QLatin1String("-fprint")) || t == QLatin1String("-fls"))
            result.kind = worse(result.kind, CommandKind::Other);
        if (words.at(i).expansion)
            result.kind = worse(result.kind, CommandKind::Other);
    }
    if (result.kind == CommandKind::Safe) {
        // find walks its start folders: they are what it reads.
        for (int i = 1; i < words.size() && !words.at(i).text.startsWith(QLatin1Char('-')); ++i)
            result.readPaths << words.at(i);
        if (result.readPaths.isEmpty())
            result.readPaths << ShellWord { QStringLiteral("."), false, false };
        result.kind = CommandKind::Other; // not in the safe list: asks in basic
    }
    return result;
}

// A program of the safe list: what it reads is checked against the program's own files.
SimpleCommand judgeSafe(const Invocation &in)
{
    SimpleCommand c = in.command(in.assignments ? CommandKind::Other : CommandKind::Safe);
    // Options that make a safe command write or set something.
    for (const ShellWord &a : in.args) {
        const QString &t = a.text;
        if ((in.name == QLatin1String("date")
                && (t == QLatin1String("-s") || t.startsWith(QLatin1String("--set"))
                    || (t.startsWith(QLatin1Char('-')) && !t.startsWith(QLatin1String("--"))
                        && t.contains(QLatin1Char('s')))))
            || (in.name == QLatin1String("tree")
                && (t == QLatin1String("-o") || t.startsWith(QLatin1String("--output"))))) {
            c.kind = CommandKind::Other;
            return c;
        }
    }
    static const QStringList noFiles { QStringLiteral("echo"), QStringLiteral("pwd"),
        QStringLiteral("whoami"), QStringLiteral("uptime"), QStringLiteral("printenv") };
    if (noFiles.contains(in.name))
        return c;
    for (const ShellWord &a : in.args) {
        if (a.text.startsWith(QLatin1Char('-')) && !a.expansion) {
            const qsizetype eq = a.text.indexOf(QLatin1Char('='));
            if (eq > 0)
                c.readPaths << ShellWord { a.text.mid(eq + 1), a.expansion, a.glob };
            else if (a.text.contains(QLatin1Char('/')) || a.text.contains(QLatin1Char('~')))
                c.readPaths << ShellWord { a.text, true, false }; // "-f/path": unknown
            continue;
        }
        c.readPaths << a;
    }
    return c;
}

// A program of the edit list: the files it changes are its arguments.
SimpleCommand judgeEdit(const Invocation &in)
{
    SimpleCommand c = in.command(in.assignments ? CommandKind::Other : CommandKind::Edit);
    bool options = true;
    for (const ShellWord &a : in.args) {
        const QString &t = a.text;
        if (options && t == QLatin1String("--")) {
            options = false;
            continue;
        }
        if (options && t.startsWith(QLatin1Char('-')) && t.size() > 1 && !a.expansion) {
            const qsizetype eq = t.indexOf(QLatin1Char('='));
            if (t.startsWith(QLatin1String("--")) && eq > 0)
                c.writePaths << ShellWord { t.mid(eq + 1), a.expansion, a.glob };
            else if (t.contains(QLatin1Char('/')) || t.contains(QLatin1Char('~')))
                c.writePathsKnown = false;
            continue;
        }
        if (a.expansion || a.glob)
            c.writePathsKnown = false;
        c.writePaths << a;
    }
    return c;
}

// The policy table: the programs each judge knows.
struct ProgramFamily
{
    QStringList names;
    Judgement (*judge)(const Invocation &);
};

const QList<ProgramFamily> &families()
{
    static const QList<ProgramFamily> table {
        { { QStringLiteral("eval"), QStringLiteral("source"), QStringLiteral("."),
              QStringLiteral("trap"), QStringLiteral("enable"), QStringLiteral("hash"),
              QStringLiteral("mapfile"), QStringLiteral("readarray"), QStringLiteral("complete"),
              QStringLiteral("compgen"), QStringLiteral("bind"), QStringLiteral("fc"),
              QStringLiteral("alias"), QStringLiteral("watch"), QStringLiteral("parallel"),
              QStringLiteral("su"), QStringLiteral("sg"), QStringLiteral("doas"),
              QStringLiteral("pkexec"), QStringLiteral("runuser"), QStringLiteral("script"),
              QStringLiteral("flock"), QStringLiteral("chroot"), QStringLiteral("unshare"),
              QStringLiteral("nsenter"), QStringLiteral("chrt"), QStringLiteral("taskset"),
              QStringLiteral("ionice"), QStringLiteral("strace"), QStringLiteral("ltrace"),
              QStringLiteral("unbuffer"), QStringLiteral("systemd-run"), QStringLiteral("firejail"),
              QStringLiteral("coproc"), QStringLiteral("busybox") },
            judgeStringRunner },
        { { QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("dash"),
              QStringLiteral("zsh"), QStringLiteral("ksh"), QStringLiteral("mksh"),
              QStringLiteral("ash"), QStringLiteral("fish"), QStringLiteral("csh"),
              QStringLiteral("tcsh") },
            judgeShell },
        { { QStringLiteral("python"), QStringLiteral("python3"), QStringLiteral("python2"),
              QStringLiteral("perl"), QStringLiteral("ruby"), QStringLiteral("node"),
              QStringLiteral("nodejs"), QStringLiteral("php"), QStringLiteral("lua"),
              QStringLiteral("Rscript"), QStringLiteral("R") },
            judgeInterpreter },
        { { QStringLiteral("let"), QStringLiteral("[["), QStringLiteral("declare"),
              QStringLiteral("typeset"), QStringLiteral("local"), QStringLiteral("readonly"),
              QStringLiteral("export") },
            judgeArithmetic },
        { { QStringLiteral("awk"), QStringLiteral("gawk"), QStringLiteral("mawk"),
              QStringLiteral("nawk") },
            judgeAwk },
        { { QStringLiteral("env") }, judgeEnv },
        { { QStringLiteral("command") }, judgeCommandBuiltin },
        { { QStringLiteral("builtin"), QStringLiteral("time"), QStringLiteral("nohup"),
              QStringLiteral("exec"), QStringLiteral("setsid"), QStringLiteral("nice"),
              QStringLiteral("timeout"), QStringLiteral("stdbuf") },
            judgeWrapper },
        { { QStringLiteral("xargs") }, judgeXargs },
        { { QStringLiteral("find") }, judgeFind },
    };
    return table;
}

SimpleCommand classifyWords(QList<ShellWord> words, bool assignments, int depth)
{
    if (depth > kMaxDepth)
        return unknown(words, QStringLiteral("too deeply wrapped"));
    if (words.isEmpty()) {
        SimpleCommand c;
        c.assignments = assignments;
        c.kind = assignments ? CommandKind::Other : CommandKind::Safe;
        return c;
    }
    const ShellWord &first = words.first();
    if (first.expansion || first.glob)
        return unknown(words, QStringLiteral("the command name is built from an expansion"));
    Invocation in;
    in.name = baseName(first.text);
    in.byPath = first.text.contains(QLatin1Char('/'));
    in.args = words.mid(1);
    in.words = std::move(words);
    in.assignments = assignments;
    in.depth = depth;

    if (CommandClassifier::dangerousCommands().contains(in.name)
        || in.name.startsWith(QLatin1String("mkfs."))) {
        SimpleCommand c = in.command(CommandKind::Dangerous);
        c.reason = in.name;
        return c;
    }
    for (const ProgramFamily &family : families()) {
        if (!family.names.contains(in.name))
            continue;
        if (Judgement judged = family.judge(in))
            return *judged;
        break;
    }
    if (CommandClassifier::safeCommands().contains(in.name) && !in.byPath)
        return judgeSafe(in);
    if (CommandClassifier::editCommands().contains(in.name))
        return judgeEdit(in);
    return in.command(CommandKind::Other);
}

void classifyInto(const QList<RawWord> &raw, CommandAnalysis &out)
{
    static const QStringList leading { QStringLiteral("!"), QStringLiteral("{"),
        QStringLiteral("}"), QStringLiteral("if"), QStringLiteral("then"), QStringLiteral("else"),
        QStringLiteral("elif"), QStringLiteral("fi"), QStringLiteral("do"), QStringLiteral("done"),
        QStringLiteral("while"), QStringLiteral("until"), QStringLiteral("esac"),
        QStringLiteral("time") };
    static const QStringList listKeywords { QStringLiteral("for"), QStringLiteral("select"),
        QStringLiteral("case"), QStringLiteral("function") };
    int i = 0;
    bool assignments = false;
    for (; i < raw.size(); ++i) {
        const RawWord &w = raw.at(i);
        const bool unquoted = w.raw == w.word.text;
        if (unquoted && leading.contains(w.raw)) {
            // The time keyword's one option: "time -p rm" runs rm.
            if (w.raw == QLatin1String("time") && i + 1 < raw.size()
                && raw.at(i + 1).word.text == QLatin1String("-p"))
                ++i;
            continue;
        }
        if (isAssignment(w.raw)) {
            // a[$i]=x: the subscript is arithmetic (see plainParameter).
            static const QRegularExpression plainSubscript(
                QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\[[0-9]*\\])?\\+?="));
            if (!plainSubscript.match(w.raw).hasMatch())
                out.malformed = true;
            assignments = true;
            continue;
        }
        break;
    }
    if (i < raw.size() && raw.at(i).raw == QLatin1String("function")) {
        // "function name { body": the body's commands follow on the same line.
        if (i + 2 < raw.size())
            classifyInto(raw.mid(i + 2), out);
        return;
    }
    if (i < raw.size() && raw.at(i).raw == raw.at(i).word.text
        && listKeywords.contains(raw.at(i).raw)) {
        // "for x in a b", "case $x in": words, not a command (substitutions were found already).
        SimpleCommand c;
        c.name = raw.at(i).raw;
        c.kind = CommandKind::Safe;
        out.commands << c;
        return;
    }
    QList<ShellWord> words;
    for (int k = i; k < raw.size(); ++k)
        words << raw.at(k).word;
    if (words.isEmpty() && !assignments)
        return; // only reserved words ("done", "fi")
    out.commands << classifyWords(words, assignments, 0);
}

} // namespace

bool CommandAnalysis::has(CommandKind kind) const
{
    for (const SimpleCommand &c : commands) {
        if (c.kind == kind)
            return true;
    }
    return false;
}

CommandKind CommandAnalysis::worst() const
{
    if (malformed || commands.isEmpty())
        return has(CommandKind::Dangerous) ? CommandKind::Dangerous : CommandKind::Unknown;
    CommandKind k = CommandKind::Safe;
    for (const SimpleCommand &c : commands)
        k = worse(k, c.kind);
    return k;
}

CommandAnalysis CommandClassifier::analyze(const QString &command)
{
    CommandAnalysis out;
    // To bash a carriage return is part of a word, not a blank: "echo ok\r# ; rm x" runs rm.
    // Nothing a model needs to run has one, so such a command is not read at all.
    if (command.contains(QLatin1Char('\r'))) {
        out.malformed = true;
        return out;
    }
    lexShell(command, out, [&out](const QList<RawWord> &words) { classifyInto(words, out); });
    return out;
}

const QStringList &CommandClassifier::safeCommands()
{
    static const QStringList names { QStringLiteral("cat"), QStringLiteral("date"),
        QStringLiteral("echo"), QStringLiteral("env"), QStringLiteral("head"), QStringLiteral("ls"),
        QStringLiteral("printenv"), QStringLiteral("pwd"), QStringLiteral("stat"),
        QStringLiteral("tail"), QStringLiteral("tree"), QStringLiteral("uptime"),
        QStringLiteral("whoami") };
    return names;
}

const QStringList &CommandClassifier::editCommands()
{
    // §8's edit list less what is dangerous (rm, chmod, chown, dd: asked anyway) and sed,
    // whose scripts can run commands (`e`) and write any file (`w`).
    static const QStringList names { QStringLiteral("cp"), QStringLiteral("ln"),
        QStringLiteral("mkdir"), QStringLiteral("mv"), QStringLiteral("rmdir"),
        QStringLiteral("tee"), QStringLiteral("touch"), QStringLiteral("truncate") };
    return names;
}

const QStringList &CommandClassifier::dangerousCommands()
{
    static const QStringList names { QStringLiteral("chmod"), QStringLiteral("chown"),
        QStringLiteral("dd"), QStringLiteral("kill"), QStringLiteral("killall"),
        QStringLiteral("mkfs"), QStringLiteral("mount"), QStringLiteral("pkill"),
        QStringLiteral("reboot"), QStringLiteral("rm"), QStringLiteral("shutdown"),
        QStringLiteral("sudo"), QStringLiteral("umount"), QStringLiteral("shred"),
        QStringLiteral("wipefs"), QStringLiteral("fdisk"), QStringLiteral("parted"),
        QStringLiteral("halt"), QStringLiteral("poweroff"), QStringLiteral("chgrp"),
        QStringLiteral("srm"), QStringLiteral("unlink") };
    return names;
}

} // namespace seqera::ai

// CommandClassifier (core/ai/tools/commandclassifier) on its own: the words bash would see after
// quote removal, each simple command's name, kind and reason, the paths it reads or writes,
// redirections, heredocs and what makes a command line malformed. tst_approvalpolicy covers
// what the policy decides from these verdicts; the rows here check the verdicts themselves.
#include "ai/tools/commandclassifier.h"

#include <QTest>

using namespace seqera::ai;

namespace {
QString names(const CommandAnalysis &a)
{
    QStringList out;
    for (const SimpleCommand &c : a.commands)
        out << c.name;
    return out.join(QLatin1Char(','));
}

QString texts(const QList<ShellWord> &words)
{
    QStringList out;
    for (const ShellWord &w : words)
        out << w.text;
    return out.join(QLatin1Char('|'));
}

const char *kindName(CommandKind k)
{
    switch (k) {
    case CommandKind::Safe:
        return "Safe";
    case CommandKind::Edit:
        return "Edit";
    case CommandKind::Other:
        return "Other";
    case CommandKind::Unknown:
        return "Unknown";
    case CommandKind::Dangerous:
        return "Dangerous";
    }
    return "?";
}
} // namespace

class TestCommandClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsAfterQuoteRemoval_data();
    void wordsAfterQuoteRemoval();
    void simpleCommandVerdict_data();
    void simpleCommandVerdict();
    void everyCommandOfALineIsJudged_data();
    void everyCommandOfALineIsJudged();
    void readPaths_data();
    void readPaths();
    void writePaths_data();
    void writePaths();
    void redirections_data();
    void redirections();
    void malformed_data();
    void malformed();
    void foundBypassesAreNotRead_data();
    void foundBypassesAreNotRead();
    void plainExpansionsStayReadable_data();
    void plainExpansionsStayReadable();
    void worstOrdersTheKinds();
    void listsAreDisjoint();
};

void TestCommandClassifier::wordsAfterQuoteRemoval_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("text"); // of the second word
    QTest::addColumn<bool>("expansion");
    QTest::addColumn<bool>("glob");
    QTest::newRow("single quotes keep $ literal") << "echo 'a$b'"
                                                  << "a$b" << false << false;
    QTest::newRow("double-quoted variable expands") << "echo \"$HOME\""
                                                    << "$HOME" << true << false;
    QTest::newRow("escaped dollar in double quotes is literal") << "echo \"\\$HOME\""
                                                                << "$HOME" << false << false;
    QTest::newRow("backslash-escaped blank joins the word") << "echo a\\ b"
                                                            << "a b" << false << false;
    QTest::newRow("other backslash in double quotes stays") << "echo \"a\\nb\""
                                                            << "a\\nb" << false << false;
    QTest::newRow("unquoted star is a glob") << "echo *.nf"
                                             << "*.nf" << false << true;
    QTest::newRow("quoted star is not") << "echo '*.nf'"
                                        << "*.nf" << false << false;
    QTest::newRow("bracket glob") << "echo [ab].txt"
                                  << "[ab].txt" << false << true;
    QTest::newRow("brace expansion") << "echo a{b,c}"
                                     << "a{b,c}" << true << false;
    QTest::newRow("lone braces are words") << "echo {"
                                           << "{" << false << false;
    QTest::newRow("tilde user names another folder") << "echo ~root/x"
                                                     << "~root/x" << true << false;
    QTest::newRow("tilde slash is home") << "echo ~/x"
                                         << "~/x" << false << false;
    QTest::newRow("ANSI-C quoting is never literal") << "echo $'\\x41'"
                                                     << "$'\\x41'" << true << false;
    QTest::newRow("a lone dollar is literal") << "echo $"
                                              << "$" << false << false;
    QTest::newRow("special parameter") << "echo $?"
                                       << "$?" << true << false;
    QTest::newRow("adjacent quoting joins") << "echo 'a'\"b\"c"
                                            << "abc" << false << false;
}

void TestCommandClassifier::wordsAfterQuoteRemoval()
{
    QFETCH(QString, command);
    QFETCH(QString, text);
    QFETCH(bool, expansion);
    QFETCH(bool, glob);
    const CommandAnalysis a = CommandClassifier::analyze(command);
    QVERIFY(!a.malformed);
    QCOMPARE(a.commands.size(), 1);
    const QList<ShellWord> &words = a.commands.first().words;
    QCOMPARE(words.size(), 2);
    QCOMPARE(words.at(1).text, text);
    QCOMPARE(words.at(1).expansion, expansion);
    QCOMPARE(words.at(1).glob, glob);
}

void TestCommandClassifier::simpleCommandVerdict_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("name");
    QTest::addColumn<CommandKind>("kind");
    QTest::addColumn<bool>("assignments");
    QTest::addColumn<QString>("reason"); // a fragment of it; empty: no reason
    const CommandKind S = CommandKind::Safe, E = CommandKind::Edit, O = CommandKind::Other,
                      U = CommandKind::Unknown, D = CommandKind::Dangerous;
    // Names
    QTest::newRow("name loses its folder") << "/usr/bin/ls -l"
                                           << "ls" << O << false << "";
    QTest::newRow("a safe name run by path is not safe") << "./cat x"
                                                         << "cat" << O << false << "";
    QTest::newRow("backslash-newline inside the name") << "ca\\\nt x"
                                                       << "cat" << S << false << "";
    QTest::newRow("quoted name") << "\"ls\" -la"
                                 << "ls" << S << false << "";
    QTest::newRow("dangerous reason is its name") << "/bin/chown a b"
                                                  << "chown" << D << false << "chown";
    QTest::newRow("name from a variable") << "$EDITOR x"
                                          << "$EDITOR" << U << false << "expansion";
    QTest::newRow("name from a glob") << "/bin/r? x"
                                      << "r?" << U << false << "expansion";
    // Assignments
    QTest::newRow("assignment before a safe command") << "LC_ALL=C ls"
                                                      << "ls" << O << true << "";
    QTest::newRow("only an assignment") << "X=1"
                                        << "" << O << true << "";
    QTest::newRow("array element assignment") << "a[1]=x ls"
                                              << "ls" << O << true << "";
    QTest::newRow("quoted assignment is a command name") << "'X=1' ls"
                                                         << "X=1" << O << false << "";
    // Wrappers
    QTest::newRow("plain env prints") << "env"
                                      << "env" << S << false << "";
    QTest::newRow("env -i with assignments only") << "env -i X=1"
                                                  << "env" << O << false << "";
    QTest::newRow("env with assignments runs a reader") << "env X=1 cat a"
                                                        << "cat" << O << true << "";
    QTest::newRow("env -u NAME then the command") << "env -u HOME touch a"
                                                  << "touch" << O << true << "";
    QTest::newRow("env with a combined -iS") << "env -iS 'ls'"
                                             << "env" << U << false << "env -S";
    QTest::newRow("command -v only names") << "command -v rm"
                                           << "command" << S << false << "";
    QTest::newRow("builtin runs the builtin") << "builtin echo hi"
                                              << "echo" << S << false << "";
    // A wrapper that changes how the command runs (env, nohup, xargs) marks it like an
    // assignment, so that no session rule made for the bare command covers it.
    QTest::newRow("nohup writes nohup.out, marked") << "nohup ls"
                                                    << "ls" << O << true << "";
    QTest::newRow("timeout with its duration") << "timeout -s KILL 5 cat a"
                                               << "cat" << S << false << "";
    QTest::newRow("timeout with an unknown option") << "timeout --frobnicate 5 ls"
                                                    << "timeout" << U << false << "option";
    QTest::newRow("stdbuf attached value") << "stdbuf -oL cat a"
                                           << "cat" << S << false << "";
    QTest::newRow("exec -a name") << "exec -a x touch a"
                                  << "touch" << E << false << "";
    QTest::newRow("setsid then dangerous") << "setsid -f shred a"
                                           << "shred" << D << false << "shred";
    QTest::newRow("nice numeric option") << "nice -10 touch a"
                                         << "touch" << E << false << "";
    QTest::newRow("xargs alone runs echo") << "xargs"
                                           << "xargs" << O << false << "";
    QTest::newRow("xargs makes a reader's arguments unknown") << "xargs -0 cat"
                                                              << "cat" << O << true << "";
    QTest::newRow("wrapped wrappers") << "nice timeout 5 env rm x"
                                      << "rm" << D << true << "rm";
    QTest::newRow("wrapper option from an expansion") << "timeout $T ls"
                                                      << "timeout" << U << false << "option";
    // Interpreters and shells
    QTest::newRow("shell running a script file") << "bash run.sh"
                                                 << "bash" << O << false << "";
    QTest::newRow("shell with -x and a script") << "sh -x run.sh"
                                                << "sh" << O << false << "";
    QTest::newRow("shell reading stdin") << "zsh"
                                         << "zsh" << U << false << "runs what it reads";
    QTest::newRow("shell -s") << "dash -s"
                              << "dash" << U << false << "-c runs a string";
    QTest::newRow("python script") << "python3 train.py"
                                   << "python3" << O << false << "";
    QTest::newRow("python -c") << "python3 -c 'import os'"
                               << "python3" << U << false << "inline";
    QTest::newRow("Rscript -e") << "Rscript -e 'q()'"
                                << "Rscript" << U << false << "inline";
    QTest::newRow("perl combined -ne") << "perl -ne 'print' a"
                                       << "perl" << U << false << "inline";
    QTest::newRow("awk printing") << "awk '{print $1}' a.tsv"
                                  << "awk" << O << false << "";
    QTest::newRow("awk system()") << "awk 'BEGIN{system(\"id\")}'"
                                  << "awk" << U << false << "awk";
    QTest::newRow("awk writing a file") << "awk '{print > \"o\"}' a"
                                        << "awk" << U << false << "awk";
    QTest::newRow("string runner") << "source env.sh"
                                   << "source" << U << false << "as text";
    QTest::newRow("watch runs a string") << "watch ls"
                                         << "watch" << U << false << "as text";
    // find
    QTest::newRow("find reads, but is not on the safe list") << "find . -name '*.nf'"
                                                             << "find" << O << false << "";
    QTest::newRow("find -exec a reader") << "find . -exec cat {} +"
                                         << "find" << O << false << "";
    QTest::newRow("find -exec a shell string") << "find . -exec sh -c 'x' \\;"
                                               << "sh" << U << false << "-c";
    QTest::newRow("find -fprint writes") << "find . -fprint out"
                                         << "find" << O << false << "";
    // Safe commands with writing options
    QTest::newRow("date combined -us sets the clock") << "date -us 2020"
                                                      << "date" << O << false << "";
    QTest::newRow("date -u only prints") << "date -u"
                                         << "date" << S << false << "";
    QTest::newRow("tree --output=f writes") << "tree --output=f"
                                            << "tree" << O << false << "";
    // Reserved words
    QTest::newRow("negation") << "! ls"
                              << "ls" << S << false << "";
    QTest::newRow("time keyword") << "time ls"
                                  << "ls" << S << false << "";
    QTest::newRow("quoted if is a command name") << "'if' x"
                                                 << "if" << O << false << "";
    QTest::newRow("for list") << "for f in a b"
                              << "for" << S << false << "";
}

void TestCommandClassifier::simpleCommandVerdict()
{
    QFETCH(QString, command);
    QFETCH(QString, name);
    QFETCH(CommandKind, kind);
    QFETCH(bool, assignments);
    QFETCH(QString, reason);
    const CommandAnalysis a = CommandClassifier::analyze(command);
    QVERIFY(!a.malformed);
    QCOMPARE(a.commands.size(), 1);
    const SimpleCommand &c = a.commands.first();
    QCOMPARE(c.name, name);
    QVERIFY2(c.kind == kind,
        qPrintable(QStringLiteral("%1 (%2)").arg(QLatin1String(kindName(c.kind)), c.reason)));
    QCOMPARE(c.assignments, assignments);
    if (reason.isEmpty())
        QVERIFY2(c.reason.isEmpty(), qPrintable(c.reason));
    else
        QVERIFY2(c.reason.contains(reason), qPrintable(c.reason));
    QCOMPARE(a.worst(), kind);
}

void TestCommandClassifier::everyCommandOfALineIsJudged_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("names");
    QTest::addColumn<CommandKind>("worst");
    QTest::newRow("substitution is judged, then the outer command")
        << "echo $(ls)"
        << "ls,echo" << CommandKind::Safe;
    QTest::newRow("nested substitutions") << "echo \"$(cat $(ls))\""
                                          << "ls,cat,echo" << CommandKind::Safe;
    QTest::newRow("rm in a case branch") << "case $x in a) rm y;; esac"
                                         << "case,rm" << CommandKind::Dangerous;
    QTest::newRow("if/then/fi") << "if test -f a; then cat a; fi"
                                << "test,cat" << CommandKind::Other;
    QTest::newRow("while loop body") << "while read l; do touch \"$l\"; done"
                                     << "read,touch" << CommandKind::Other;
    QTest::newRow("comment hides the rest of its line only") << "ls # ; rm x\ncat a"
                                                             << "ls,cat" << CommandKind::Safe;
    QTest::newRow("literal heredoc body is not code") << "cat <<'EOF'\n$(rm -rf x)\nEOF\nls"
                                                      << "cat,ls" << CommandKind::Safe;
    QTest::newRow("tab-stripped heredoc ends at its indented delimiter")
        << "cat <<-EOF\n\thello\n\tEOF\ntouch a"
        << "cat,touch" << CommandKind::Edit;
    QTest::newRow("here-string substitution runs") << "cat <<< \"$(shred f)\""
                                                   << "shred,cat" << CommandKind::Dangerous;
    QTest::newRow("output process substitution") << "tee >(gzip > o.gz) < a"
                                                 << "gzip,tee" << CommandKind::Other;
    QTest::newRow("function keyword body") << "function f { touch a; }"
                                           << "touch" << CommandKind::Edit;
}

void TestCommandClassifier::everyCommandOfALineIsJudged()
{
    QFETCH(QString, command);
    QFETCH(QString, names);
    QFETCH(CommandKind, worst);
    const CommandAnalysis a = CommandClassifier::analyze(command);
    QVERIFY(!a.malformed);
    QCOMPARE(::names(a), names);
    QVERIFY2(a.worst() == worst, kindName(a.worst()));
    QVERIFY(a.has(worst));
}

void TestCommandClassifier::readPaths_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("paths");
    QTest::addColumn<bool>("firstIsExpansion");
    QTest::newRow("options are not paths") << "ls -la src"
                                           << "src" << false;
    QTest::newRow("option=value is a path") << "tail --follow=log.txt"
                                            << "log.txt" << false;
    QTest::newRow("attached path in an option is unknown") << "cat -f/etc/x"
                                                           << "-f/etc/x" << true;
    QTest::newRow("echo reads nothing") << "echo /etc/passwd"
                                        << "" << false;
    QTest::newRow("find reads its start folders") << "find src test -type f"
                                                  << "src|test" << false;
    QTest::newRow("find with no folder reads .") << "find -name x"
                                                 << "." << false;
    QTest::newRow("a variable is an expansion") << "head $F"
                                                << "$F" << true;
}

void TestCommandClassifier::readPaths()
{
    QFETCH(QString, command);
    QFETCH(QString, paths);
    QFETCH(bool, firstIsExpansion);
    const CommandAnalysis a = CommandClassifier::analyze(command);
    QCOMPARE(a.commands.size(), 1);
    const SimpleCommand &c = a.commands.first();
    QCOMPARE(texts(c.readPaths), paths);
    if (!c.readPaths.isEmpty())
        QCOMPARE(c.readPaths.first().expansion, firstIsExpansion);
}

void TestCommandClassifier::writePaths_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("paths");
    QTest::addColumn<bool>("known");
    QTest::newRow("every operand of cp") << "cp -r a b"
                                         << "a|b" << true;
    QTest::newRow("long option value") << "cp --target-directory=/etc a"
                                       << "/etc|a" << true;
    QTest::newRow("after -- a dash word is a file") << "touch -- -x"
                                                    << "-x" << true;
    QTest::newRow("attached path in a short option") << "cp -t/etc a"
                                                     << "a" << false;
    QTest::newRow("a glob cannot be listed") << "touch *.bak"
                                             << "*.bak" << false;
    QTest::newRow("a variable cannot be listed") << "mkdir \"$D\""
                                                 << "$D" << false;
    QTest::newRow("tee appends") << "tee -a log.txt"
                                 << "log.txt" << true;
}

void TestCommandClassifier::writePaths()
{
    QFETCH(QString, command);
    QFETCH(QString, paths);
    QFETCH(bool, known);
    const CommandAnalysis a = CommandClassifier::analyze(command);
    QCOMPARE(a.commands.size(), 1);
    const SimpleCommand &c = a.commands.first();
    QCOMPARE(c.kind, CommandKind::Edit);
    QCOMPARE(texts(c.writePaths), paths);
    QCOMPARE(c.writePathsKnown, known);
}

void TestCommandClassifier::redirections_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("writes");
    QTest::addColumn<QString>("reads");
    QTest::newRow("truncate and discard") << "ls > out.txt 2>/dev/null"
                                          << "out.txt"
                                          << "";
    QTest::newRow("both streams") << "ls &> all.log"
                                  << "all.log"
                                  << "";
    QTest::newRow("append both streams") << "ls &>> all.log"
                                         << "all.log"
                                         << "";
    QTest::newRow("clobber") << "ls >| x"
                             << "x"
                             << "";
    QTest::newRow("descriptor duplication is no file") << "ls 2>&1 >&2"
                                                       << ""
                                                       << "";
    QTest::newRow("closing a descriptor") << "ls 2>&-"
                                          << ""
                                          << "";
    QTest::newRow("stderr device") << "ls > /dev/stderr"
                                   << ""
                                   << "";
    QTest::newRow("a variable target is written") << "ls >> \"$LOG\""
                                                  << "$LOG"
                                                  << "";
    QTest::newRow("descriptor number is not a word") << "ls 3< in.txt"
                                                     << ""
                                                     << "in.txt";
    QTest::newRow("read-write opens for writing") << "cat <> f"
                                                  << "f"
                                                  << "";
    QTest::newRow("redirection before the command") << "> new.txt echo hi"
                                                    << "new.txt"
                                                    << "";
}

void TestCommandClassifier::redirections()
{
    QFETCH(QString, command);
    QFETCH(QString, writes);
    QFETCH(QString, reads);
    const CommandAnalysis a = CommandClassifier::analyze(command);
    QVERIFY(!a.malformed);
    QCOMPARE(texts(a.redirectWrites), writes);
    QCOMPARE(texts(a.redirectReads), reads);
    // The redirection operators and their targets are not the command's words.
    for (const SimpleCommand &c : a.commands) {
        for (const ShellWord &w : c.words)
            QVERIFY2(!w.text.startsWith(QLatin1Char('>')) && w.text != QLatin1String("3"),
                qPrintable(w.text));
    }
}

void TestCommandClassifier::malformed_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<CommandKind>("worst");
    QTest::newRow("empty") << "" << CommandKind::Unknown;
    QTest::newRow("blanks only") << " \t " << CommandKind::Unknown;
    QTest::newRow("unterminated double quote") << "echo \"abc" << CommandKind::Unknown;
    QTest::newRow("unterminated substitution") << "echo $(ls" << CommandKind::Unknown;
    QTest::newRow("unterminated backtick") << "echo `ls" << CommandKind::Unknown;
    QTest::newRow("unterminated ANSI-C string") << "echo $'abc" << CommandKind::Unknown;
    QTest::newRow("heredoc without its end") << "cat <<EOF\nhello" << CommandKind::Unknown;
    QTest::newRow("redirection without a target") << "ls >" << CommandKind::Unknown;
    QTest::newRow("expansion inside ${...}") << "echo ${x:-$(id)}" << CommandKind::Unknown;
    QTest::newRow("runaway nesting") << QString(QStringLiteral("$(")).repeated(20)
            + QStringLiteral("ls") + QString(QLatin1Char(')')).repeated(20)
                                     << CommandKind::Unknown;
    QTest::newRow("dangerous before the broken part stays dangerous")
        << "rm a; echo 'x" << CommandKind::Dangerous;
}

void TestCommandClassifier::malformed()
{
    QFETCH(QString, command);
    QFETCH(CommandKind, worst);
    const CommandAnalysis a = CommandClassifier::analyze(command);
    QVERIFY(a.malformed || a.commands.isEmpty());
    QVERIFY2(a.worst() == worst, kindName(a.worst()));
}

// The bypasses found in review (issue 15), each also in tests/fuzz/regressions: bash runs the
// rm in every one of them; the classifier must not call any of them Safe, Edit or Other.
void TestCommandClassifier::foundBypassesAreNotRead_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("subscript of a quoted value")
        << "for x in 'a[$(rm -f sentinel)]'; do echo ${b[x]}; done";
    QTest::newRow("old arithmetic $[x]") << "for x in 'a[$(rm -f sentinel)]'; do echo $[x]; done";
    QTest::newRow("old arithmetic in double quotes")
        << "for x in 'a[$(rm -f sentinel)]'; do echo \"$[x]\"; done";
    QTest::newRow("prompt expansion") << "x='$(rm -f sentinel)'; echo ${x@P}";
    QTest::newRow("indirection") << "x='a[$(rm -f sentinel)]'; echo ${!x}";
    QTest::newRow("[[ -eq ]] is arithmetic") << "x='a[$(rm -f sentinel)]'; [[ $x -eq 0 ]]";
    QTest::newRow("let") << "x='a[$(rm -f sentinel)]'; let y=x";
    QTest::newRow("declare -i") << "x='a[$(rm -f sentinel)]'; declare -i y=x";
    QTest::newRow("subscript assignment") << "x='$(rm -f sentinel)'; a[$x]=1";
    QTest::newRow("CR is no blank") << "echo ok\r# ; rm -f sentinel";
    QTest::newRow("CR heredoc") << "cat <<EOF\r\nEOF\r\nrm -f sentinel\nEOF";
    QTest::newRow("case pattern inside $(...)") << "echo \"$(case x in x) rm -f sentinel;; esac)\"";
    QTest::newRow("comment inside $(...)") << "echo \"$(ls # )\"\nrm -f sentinel\n)\"";
    QTest::newRow("perl -E") << "perl -E 'unlink q(sentinel)'";
    QTest::newRow("node -p") << "node -p 'require(`fs`).unlinkSync(`sentinel`)'";
    QTest::newRow("node --eval") << "node --eval 'require(\"fs\").unlinkSync(\"sentinel\")'";
    QTest::newRow("node --eval=") << "node --eval='require(\"fs\").unlinkSync(\"sentinel\")'";
    QTest::newRow("python from a here-document")
        << "python3 <<'EOF'\nimport os\nos.remove('sentinel')\nEOF";
    QTest::newRow("python from stdin") << "echo 'import os; os.remove(1)' | python3";
    QTest::newRow("python -") << "python3 - < script.txt";
    QTest::newRow("ruby -e") << "ruby -e 'File.delete(%q(sentinel))'";
    QTest::newRow("php -r") << "php -r 'unlink(\"sentinel\");'";
    QTest::newRow("Rscript -e") << "Rscript -e 'file.remove(\"sentinel\")'";
}

void TestCommandClassifier::foundBypassesAreNotRead()
{
    QFETCH(QString, command);
    const CommandKind worst = CommandClassifier::analyze(command).worst();
    QVERIFY2(worst == CommandKind::Unknown || worst == CommandKind::Dangerous, kindName(worst));
}

// What the fixes above must not take away.
void TestCommandClassifier::plainExpansionsStayReadable_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<CommandKind>("worst");
    QTest::newRow("all elements") << "echo ${arr[@]}" << CommandKind::Safe;
    QTest::newRow("numbered element") << "echo ${arr[0]} ${#arr[1]}" << CommandKind::Safe;
    QTest::newRow("plain variable") << "echo \"$HOME\" ${PWD}" << CommandKind::Safe;
    QTest::newRow("default value") << "echo ${x:-none}" << CommandKind::Safe;
    QTest::newRow("a script file") << "python3 scripts/check.py --fast" << CommandKind::Other;
    QTest::newRow("python -u script") << "python3 -u run.py" << CommandKind::Other;
    QTest::newRow("interpreter version") << "python3 --version" << CommandKind::Other;
    QTest::newRow("numbered assignment") << "a[0]=1" << CommandKind::Other;
}

void TestCommandClassifier::plainExpansionsStayReadable()
{
    QFETCH(QString, command);
    QFETCH(CommandKind, worst);
    const CommandAnalysis a = CommandClassifier::analyze(command);
    QVERIFY(!a.malformed);
    QVERIFY2(a.worst() == worst, kindName(a.worst()));
}

void TestCommandClassifier::worstOrdersTheKinds()
{
    // Dangerous > Unknown > Other > Edit > Safe, whatever the order in the line.
    QCOMPARE(CommandClassifier::analyze(QStringLiteral("ls; touch a")).worst(), CommandKind::Edit);
    QCOMPARE(CommandClassifier::analyze(QStringLiteral("touch a; ls")).worst(), CommandKind::Edit);
    QCOMPARE(
        CommandClassifier::analyze(QStringLiteral("touch a; make")).worst(), CommandKind::Other);
    QCOMPARE(
        CommandClassifier::analyze(QStringLiteral("make; eval x")).worst(), CommandKind::Unknown);
    QCOMPARE(
        CommandClassifier::analyze(QStringLiteral("eval x; rm a")).worst(), CommandKind::Dangerous);
    QCOMPARE(
        CommandClassifier::analyze(QStringLiteral("rm a; eval x")).worst(), CommandKind::Dangerous);
}

void TestCommandClassifier::listsAreDisjoint()
{
    for (const QString &n : CommandClassifier::safeCommands()) {
        QVERIFY2(!CommandClassifier::editCommands().contains(n), qPrintable(n));
        QVERIFY2(!CommandClassifier::dangerousCommands().contains(n), qPrintable(n));
    }
    for (const QString &n : CommandClassifier::editCommands())
        QVERIFY2(!CommandClassifier::dangerousCommands().contains(n), qPrintable(n));
    // sed scripts run commands (e) and write files (w): never on the edit list.
    QVERIFY(!CommandClassifier::editCommands().contains(QStringLiteral("sed")));
}

QTEST_GUILESS_MAIN(TestCommandClassifier)
#include "tst_commandclassifier.moc"

#include "ai/tools/approvalpolicy.h"
#include "config/settings.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using seqera::ai::ApprovalMode;
using seqera::ai::ApprovalPolicy;
using seqera::ai::Confinement;
using Verdict = ApprovalPolicy::Verdict;

Q_DECLARE_METATYPE(ApprovalMode)
Q_DECLARE_METATYPE(ApprovalPolicy::Verdict)
Q_DECLARE_METATYPE(Confinement)

class TestApprovalPolicy : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void decide_data();
    void decide();
    void readOnlyCommand_data();
    void readOnlyCommand();
    void symlinkOutOfWorkingDirectory();
    void parseMode();
    void ownFilesAlwaysAsk_data();
    void ownFilesAlwaysAsk();
    void sessionRuleFor_data();
    void sessionRuleFor();
    void sessionRules();
    void displayTextIsPrintable();
    void sandboxConfinement_data();
    void sandboxConfinement();

private:
    // What the conversation passes: the program's own folders from the settings (here from
    // the scratch XDG folders initTestCase sets).
    static ApprovalPolicy::Sandboxing withOwnFiles(ApprovalPolicy::Sandboxing s = {})
    {
        s.ownFiles = seqera::ai::OwnFiles(seqera::Settings::fromEnvironment());
        return s;
    }
    QTemporaryDir m_dir;
    QTemporaryDir m_outside;
    QTemporaryDir m_config;
};

void TestApprovalPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Where the program keeps its credentials (Settings reads XDG_CONFIG_HOME).
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    qputenv("HOME", QFile::encodeName(m_config.path())); // ~ holds the program's files
    qputenv("XDG_STATE_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("state"))));
    QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("seqera/profiles/default"))));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(QFile::link(m_outside.path(), m_dir.filePath(QStringLiteral("escape"))));
    // A dangling link inside the working directory whose target is outside it.
    QVERIFY(QFile::link(m_outside.filePath(QStringLiteral("created-by-write")),
        m_dir.filePath(QStringLiteral("dangling"))));
}

void TestApprovalPolicy::decide_data()
{
    QTest::addColumn<ApprovalMode>("mode");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<Verdict>("interactive");
    QTest::addColumn<Verdict>("headless");

    const auto B = ApprovalMode::Basic, D = ApprovalMode::Default, F = ApprovalMode::Full;
    const auto A = Verdict::Allow, Q = Verdict::Ask, N = Verdict::Deny;
    auto bash = [](const char *c) { return QJsonObject { { "command", QString::fromUtf8(c) } }; };
    auto file = [](const char *p) {
        return QJsonObject { { "path", QString::fromUtf8(p) }, { "content", "x" } };
    };

    QTest::newRow("basic: read_file runs") << B << "read_file_local" << file("a.txt") << A << A;
    QTest::newRow("basic: list_directory runs")
        << B << "list_directory_local" << file(".") << A << A;
    QTest::newRow("basic: search_files runs") << B << "search_files_local" << file(".") << A << A;
    QTest::newRow("basic: ls runs") << B << "execute_bash_local" << bash("ls -la") << A << A;
    QTest::newRow("basic: cat with 2>/dev/null runs")
        << B << "execute_bash_local" << bash("cat main.nf 2>/dev/null") << A << A;
    QTest::newRow("basic: pipeline of read-only commands runs")
        << B << "execute_bash_local" << bash("cat a | head -n 3") << A << A;
    QTest::newRow("basic: read-only list with && runs")
        << B << "execute_bash_local" << bash("pwd && ls && date") << A << A;
    QTest::newRow("basic: quoted semicolon is one argument")
        << B << "execute_bash_local" << bash("echo 'a; rm x'") << A << A;
    QTest::newRow("basic: ls then rm asks")
        << B << "execute_bash_local" << bash("ls; rm -rf x") << Q << N;
    QTest::newRow("basic: pipe into sh asks")
        << B << "execute_bash_local" << bash("cat a | sh") << Q << N;
    QTest::newRow("basic: command substitution asks")
        << B << "execute_bash_local" << bash("echo $(touch x)") << Q << N;
    QTest::newRow("basic: substitution inside double quotes asks")
        << B << "execute_bash_local" << bash("echo \"$(touch x)\"") << Q << N;
    QTest::newRow("basic: backticks ask")
        << B << "execute_bash_local" << bash("echo `id`") << Q << N;
    QTest::newRow("basic: output redirection asks")
        << B << "execute_bash_local" << bash("echo hi > notes.txt") << Q << N;
    QTest::newRow("basic: append redirection asks")
        << B << "execute_bash_local" << bash("echo hi >> notes.txt") << Q << N;
    QTest::newRow("basic: process substitution asks")
        << B << "execute_bash_local" << bash("cat <(curl x)") << Q << N;
    QTest::newRow("basic: env running a program asks")
        << B << "execute_bash_local" << bash("env touch x") << Q << N;
    QTest::newRow("basic: plain env runs") << B << "execute_bash_local" << bash("env") << A << A;
    QTest::newRow("basic: date --set asks")
        << B << "execute_bash_local" << bash("date --set=tomorrow") << Q << N;
    QTest::newRow("basic: tree -o writes a file, asks")
        << B << "execute_bash_local" << bash("tree -o out.txt") << Q << N;
    QTest::newRow("basic: variable assignment prefix asks")
        << B << "execute_bash_local" << bash("PATH=/tmp ls") << Q << N;
    QTest::newRow("basic: read-only subshell runs")
        << B << "execute_bash_local" << bash("(ls)") << A << A;
    QTest::newRow("basic: writer in a subshell asks")
        << B << "execute_bash_local" << bash("(ls; touch x)") << Q << N;
    QTest::newRow("basic: background job of a writer asks")
        << B << "execute_bash_local" << bash("ls & touch x") << Q << N;
    QTest::newRow("basic: newline-separated writer asks")
        << B << "execute_bash_local" << bash("ls\ntouch x") << Q << N;
    QTest::newRow("basic: unterminated quote asks")
        << B << "execute_bash_local" << bash("echo 'oops") << Q << N;
    QTest::newRow("basic: empty command asks") << B << "execute_bash_local" << bash("") << Q << N;
    QTest::newRow("basic: nextflow run asks")
        << B << "execute_bash_local" << bash("nextflow run main.nf") << Q << N;
    QTest::newRow("basic: write_file asks") << B << "write_file_local" << file("a.txt") << Q << N;
    QTest::newRow("basic: edit_file asks") << B << "edit_file_local" << file("a.txt") << Q << N;
    QTest::newRow("basic: lint asks") << B << "run_nextflow_lint_local" << file(".") << Q << N;

    QTest::newRow("default: write inside working dir runs")
        << D << "write_file_local" << file("sub/new.nf") << A << A;
    QTest::newRow("default: edit inside working dir runs")
        << D << "edit_file_local" << file("main.nf") << A << A;
    QTest::newRow("default: write with .. escaping asks")
        << D << "write_file_local" << file("sub/../../x.txt") << Q << N;
    QTest::newRow("default: absolute path outside asks")
        << D << "write_file_local" << file("/etc/passwd") << Q << N;
    QTest::newRow("default: write through symlink leaving the dir asks")
        << D << "write_file_local" << file("escape/x.txt") << Q << N;
    QTest::newRow("default: read-only command runs")
        << D << "execute_bash_local" << bash("tail -n 5 .nextflow.log") << A << A;
    QTest::newRow("default: other commands ask")
        << D << "execute_bash_local" << bash("nextflow run main.nf") << Q << N;
    QTest::newRow("default: lint runs") << D << "run_nf_core_lint_local" << file(".") << A << A;

    QTest::newRow("full: any command runs")
        << F << "execute_bash_local" << bash("nextflow run main.nf -resume") << A << A;
    QTest::newRow("full: write outside runs")
        << F << "write_file_local" << file("/tmp/x") << A << A;
    QTest::newRow("full: rm asks") << F << "execute_bash_local" << bash("rm -rf work") << Q << N;
    QTest::newRow("full: rm by path asks")
        << F << "execute_bash_local" << bash("/bin/rm x") << Q << N;
    QTest::newRow("full: rm after a pipe asks")
        << F << "execute_bash_local" << bash("ls | xargs rm") << Q << N;
    QTest::newRow("full: rm inside bash -c asks")
        << F << "execute_bash_local" << bash("bash -c 'rm -rf /'") << Q << N;
    QTest::newRow("full: sudo asks")
        << F << "execute_bash_local" << bash("sudo apt install x") << Q << N;
    QTest::newRow("full: chmod asks")
        << F << "execute_bash_local" << bash("chmod +x run.sh") << Q << N;
    QTest::newRow("full: kill asks") << F << "execute_bash_local" << bash("kill -9 123") << Q << N;
    QTest::newRow("full: dd asks")
        << F << "execute_bash_local" << bash("dd if=/dev/zero of=x") << Q << N;
    QTest::newRow("full: mkfs variant asks")
        << F << "execute_bash_local" << bash("mkfs /dev/sdb1") << Q << N;
    QTest::newRow("full: find -delete asks")
        << F << "execute_bash_local" << bash("find . -name '*.tmp' -delete") << Q << N;
    QTest::newRow("full: docker --rm is not rm")
        << F << "execute_bash_local" << bash("docker run --rm ubuntu true") << A << A;
    QTest::newRow("full: file named rm.txt is not rm")
        << F << "execute_bash_local" << bash("touch rm.txt") << A << A;
    QTest::newRow("basic: dangerous command asks")
        << B << "execute_bash_local" << bash("rm x") << Q << N;

    // Issue 10: an unknown tool used to fall through to Allow.
    QTest::newRow("basic: unknown tool asks, refused headless")
        << B << "format_disk_local" << QJsonObject() << Q << N;
    QTest::newRow("full: unknown tool asks, refused headless")
        << F << "create_directory_local" << file("x") << Q << N;

    // Issue 11: approval bypasses, replayed.
    QTest::newRow("basic: env -S'touch x' asks")
        << B << "execute_bash_local" << bash("env -S'touch x'") << Q << N;
    QTest::newRow("basic: env --split-string asks")
        << B << "execute_bash_local" << bash("env --split-string='touch x'") << Q << N;
    QTest::newRow("full: env -S asks")
        << F << "execute_bash_local" << bash("env -S'rm -rf d'") << Q << N;
    QTest::newRow("full: r''m -rf d asks")
        << F << "execute_bash_local" << bash("r''m -rf d") << Q << N;
    QTest::newRow("full: r\\m -rf d asks")
        << F << "execute_bash_local" << bash("r\\m -rf d") << Q << N;
    QTest::newRow("full: x=r; ${x}m -rf d asks")
        << F << "execute_bash_local" << bash("x=r; ${x}m -rf d") << Q << N;
    QTest::newRow("full: \"r\"m asks")
        << F << "execute_bash_local" << bash("\"r\"m -rf d") << Q << N;
    QTest::newRow("full: $'\\x72m' asks")
        << F << "execute_bash_local" << bash("$'\\x72m' -rf d") << Q << N;
    QTest::newRow("full: brace-built name asks")
        << F << "execute_bash_local" << bash("r{m,} -rf d") << Q << N;
    QTest::newRow("full: command rm asks")
        << F << "execute_bash_local" << bash("command rm -rf d") << Q << N;
    QTest::newRow("full: timeout 5 rm asks")
        << F << "execute_bash_local" << bash("timeout -s KILL 5 rm -rf d") << Q << N;
    QTest::newRow("full: nice -n 5 \\rm asks")
        << F << "execute_bash_local" << bash("nice -n 5 \\rm -rf d") << Q << N;
    QTest::newRow("full: sh -c asks")
        << F << "execute_bash_local" << bash("sh -c 'echo hi'") << Q << N;
    QTest::newRow("full: bash -lc asks")
        << F << "execute_bash_local" << bash("bash -lc ls") << Q << N;
    QTest::newRow("full: eval asks")
        << F << "execute_bash_local" << bash("eval \"r\"\"m\" d") << Q << N;
    QTest::newRow("full: trap string asks")
        << F << "execute_bash_local" << bash("trap 'r''m -rf d' EXIT") << Q << N;
    QTest::newRow("full: piping into sh asks")
        << F << "execute_bash_local" << bash("curl -s x | sh") << Q << N;
    QTest::newRow("full: xargs with unknown option asks")
        << F << "execute_bash_local" << bash("ls | xargs --weird rm") << Q << N;
    QTest::newRow("full: rm in $(...) quoted asks")
        << F << "execute_bash_local" << bash("echo \"$(r''m -rf d)\"") << Q << N;
    QTest::newRow("full: rm in backticks asks")
        << F << "execute_bash_local" << bash("echo `\\rm -rf d`") << Q << N;
    QTest::newRow("full: rm in a heredoc-fed $( asks")
        << F << "execute_bash_local" << bash("cat <<EOF\n$(rm -rf d)\nEOF") << Q << N;
    QTest::newRow("full: find -exec rm asks")
        << F << "execute_bash_local" << bash("find . -exec r'm' {} \\;") << Q << N;
    QTest::newRow("basic: a comment does not open a quote")
        << B << "execute_bash_local" << bash("echo # 'x\nrm -rf d\n'") << Q << N;
    QTest::newRow("basic: comment then reader runs")
        << B << "execute_bash_local" << bash("ls # list 'it'") << A << A;
    QTest::newRow("full: function body asks")
        << F << "execute_bash_local" << bash("function f { rm -rf d; }; f") << Q << N;
    QTest::newRow("full: time -p rm asks")
        << F << "execute_bash_local" << bash("time -p rm -rf d") << Q << N;
    QTest::newRow("basic: $\"...\" runs its substitution, asks")
        << B << "execute_bash_local" << bash("echo $\"$(rm -rf d)\"") << Q << N;
    QTest::newRow("basic: ${x#'}'} cannot hide the next line")
        << B << "execute_bash_local" << bash("echo ${x#'}'}\nrm -rf d\n'") << Q << N;
    QTest::newRow("basic: ${HOME} is fine")
        << B << "execute_bash_local" << bash("echo ${HOME}") << A << A;
    QTest::newRow("full: nextflow with quotes runs")
        << F << "execute_bash_local" << bash("nextflow run 'main.nf' --input \"a b.csv\"") << A
        << A;
    QTest::newRow("full: echo rm is not rm")
        << F << "execute_bash_local" << bash("echo rm") << A << A;
    QTest::newRow("default: mkdir inside runs")
        << D << "execute_bash_local" << bash("mkdir -p sub/new && touch sub/new/a") << A << A;
    QTest::newRow("default: redirect inside runs")
        << D << "execute_bash_local" << bash("echo hi > sub/notes.txt") << A << A;
    QTest::newRow("default: redirect through symlink leaving asks")
        << D << "execute_bash_local" << bash("echo hi > escape/notes.txt") << Q << N;
    QTest::newRow("default: touch ~/x asks")
        << D << "execute_bash_local" << bash("touch ~/x") << Q << N;
    QTest::newRow("default: cp to absolute outside asks")
        << D << "execute_bash_local" << bash("cp a /tmp/b") << Q << N;
    QTest::newRow("default: write to ~/x asks") << D << "write_file_local" << file("~/x") << Q << N;
    QTest::newRow("default: edit of ~/outside/secret.txt asks")
        << D << "edit_file_local" << file("~/outside/secret.txt") << Q << N;
    QTest::newRow("default: missing folder then .. then a link leaving asks (fuzz_path_resolver)")
        << D << "write_file_local" << file("nope/../escape/x") << Q << N;
    QTest::newRow("default: missing folder then .. then the dangling link asks")
        << D << "write_file_local" << file("nope/../dangling") << Q << N;
    QTest::newRow("default: write through dangling link leaving asks")
        << D << "write_file_local" << file("dangling") << Q << N;
    QTest::newRow("basic: ls; rm x asks")
        << B << "execute_bash_local" << bash("ls; rm x") << Q << N;
    QTest::newRow("full: ls; rm x asks") << F << "execute_bash_local" << bash("ls; rm x") << Q << N;
    QTest::newRow("basic: cat $f asks") << B << "execute_bash_local" << bash("cat $f") << Q << N;
    QTest::newRow("basic: cat *.nf runs")
        << B << "execute_bash_local" << bash("cat *.nf") << A << A;
    QTest::newRow("basic: top-level glob in the config home runs")
        << B << "execute_bash_local"
        << bash(QByteArray("cat " + m_config.filePath("*.txt").toUtf8()).constData()) << A << A;
    QTest::newRow("basic: glob that reaches the profiles asks")
        << B << "execute_bash_local"
        << bash(QByteArray("cat " + m_config.filePath("seqera/*/*/*").toUtf8()).constData()) << Q
        << N;
}

void TestApprovalPolicy::decide()
{
    QFETCH(ApprovalMode, mode);
    QFETCH(QString, tool);
    QFETCH(QJsonObject, args);
    QFETCH(Verdict, interactive);
    QFETCH(Verdict, headless);

    const auto inTerminal
        = ApprovalPolicy::decide(mode, tool, args, m_dir.path(), true, nullptr, withOwnFiles());
    QCOMPARE(inTerminal.verdict, interactive);
    QCOMPARE(inTerminal.reason.isEmpty(), interactive == Verdict::Allow);
    QCOMPARE(
        ApprovalPolicy::decide(mode, tool, args, m_dir.path(), false, nullptr, withOwnFiles())
            .verdict,
        headless);
}

void TestApprovalPolicy::readOnlyCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("escaped semicolon stays an argument") << "echo a\\;b" << true;
    QTest::newRow("double-quoted pipe stays an argument") << "echo \"a | sh\"" << true;
    QTest::newRow("stderr to stdout") << "ls 2>&1 | head" << true;
    QTest::newRow("input redirection") << "cat < main.nf" << true;
    QTest::newRow("redirect to a file") << "ls 1>list.txt" << false;
    QTest::newRow("or-chain with writer") << "ls || touch x" << false;
    QTest::newRow("brace group of readers") << "{ ls; }" << true;
    QTest::newRow("brace group with a writer") << "{ ls; touch x; }" << false;
}

void TestApprovalPolicy::readOnlyCommand()
{
    QFETCH(QString, command);
    QFETCH(bool, readOnly);
    QCOMPARE(ApprovalPolicy::isReadOnlyCommand(
                 command, seqera::ai::OwnFiles(seqera::Settings::fromEnvironment())),
        readOnly);
}

void TestApprovalPolicy::symlinkOutOfWorkingDirectory()
{
    QVERIFY(ApprovalPolicy::isInsideDirectory(QStringLiteral("sub/a"), m_dir.path()));
    QVERIFY(ApprovalPolicy::isInsideDirectory(m_dir.filePath(QStringLiteral("x")), m_dir.path()));
    QVERIFY(!ApprovalPolicy::isInsideDirectory(QStringLiteral("escape/a"), m_dir.path()));
    QVERIFY(!ApprovalPolicy::isInsideDirectory(
        m_dir.path() + QStringLiteral("-sibling/x"), m_dir.path()));
}

void TestApprovalPolicy::parseMode()
{
    ApprovalMode mode = ApprovalMode::Default;
    QVERIFY(seqera::ai::parseApprovalMode(QStringLiteral("FULL"), &mode));
    QCOMPARE(mode, ApprovalMode::Full);
    QVERIFY(!seqera::ai::parseApprovalMode(QStringLiteral("auto"), &mode));
}

void TestApprovalPolicy::ownFilesAlwaysAsk_data()
{
    QTest::addColumn<ApprovalMode>("mode");
    QTest::addColumn<QString>("command");
    const QString creds
        = m_config.filePath(QStringLiteral("seqera/profiles/default/credentials.json"));
    QTest::newRow("basic: cat credentials.json") << ApprovalMode::Basic << "cat " + creds;
    QTest::newRow("basic: head via a glob")
        << ApprovalMode::Basic
        << m_config.filePath(QStringLiteral("seqera/profiles/*/c*"))
               .prepend(QStringLiteral("head "));
    QTest::newRow("basic: input redirection") << ApprovalMode::Basic << "cat < " + creds;
    QTest::newRow("basic: date -f reads a file") << ApprovalMode::Basic << "date -f " + creds;
    QTest::newRow("full: grep -r over the config folder")
        << ApprovalMode::Full << "grep -r refresh_token " + m_config.path();
    QTest::newRow("full: cp of the profiles folder")
        << ApprovalMode::Full << "cp -r " + m_config.filePath(QStringLiteral("seqera")) + " /tmp/x";
    QTest::newRow("full: bare cd (home), then a relative path")
        << ApprovalMode::Full << "cd; cat seqera/profiles/default/credentials.json";
    QTest::newRow("full: cd -, then a relative path")
        << ApprovalMode::Full << "cd -; cat .config/seqera/x";
    QTest::newRow("basic: our own environment")
        << ApprovalMode::Basic << QStringLiteral("cat /proc/self/environ");
    QTest::newRow("basic: the parent shell's environment")
        << ApprovalMode::Basic << QStringLiteral("cat /proc/%1/environ").arg(::getppid());
    QTest::newRow("full: grep over /proc") << ApprovalMode::Full << "grep -r TOKEN /proc";
    QTest::newRow("full: state folder (locks)")
        << ApprovalMode::Full << "tar cf - " + m_config.filePath(QStringLiteral("state/seqera"));
}

void TestApprovalPolicy::ownFilesAlwaysAsk()
{
    QFETCH(ApprovalMode, mode);
    QFETCH(QString, command);
    const QJsonObject args { { "command", command } };
    const auto d = ApprovalPolicy::decide(
        mode, "execute_bash_local", args, m_dir.path(), true, nullptr, withOwnFiles());
    QCOMPARE(d.verdict, Verdict::Ask);
    QVERIFY2(d.reason.contains("own credential"), qPrintable(d.reason));
    QCOMPARE(ApprovalPolicy::decide(
                 mode, "execute_bash_local", args, m_dir.path(), false, nullptr, withOwnFiles())
                 .verdict,
        Verdict::Deny);
}

void TestApprovalPolicy::sessionRuleFor_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("rule");
    auto bash = QStringLiteral("execute_bash_local");
    QTest::newRow("two-word prefix") << bash << "nextflow run main.nf -resume"
                                     << "nextflow run *";
    QTest::newRow("three words at most") << bash << "git remote add origin x"
                                         << "git remote add *";
    QTest::newRow("option ends the prefix") << bash << "ls -la"
                                            << "ls *";
    QTest::newRow("quotes removed") << bash << "'git' \"status\""
                                    << "git status *";
    QTest::newRow("first command of a list") << bash << "make test && ls"
                                             << "make test *";
    QTest::newRow("dangerous: no rule") << bash << "rm -rf work"
                                        << "";
    QTest::newRow("unknown name: no rule") << bash << "${x}m -rf d"
                                           << "";
    QTest::newRow("string runner: no rule") << bash << "bash -c 'ls'"
                                            << "";
    QTest::newRow("assignment: no rule") << bash << "LD_PRELOAD=x.so make"
                                         << "";
    QTest::newRow("escape in a word: no rule") << bash << "printf$'\\e'x"
                                               << "";
    QTest::newRow("over 100 characters: no rule") << bash << QString(120, QLatin1Char('a')) << "";
    QTest::newRow("write_file: tool rule") << "write_file_local"
                                           << ""
                                           << "write_file";
    QTest::newRow("edit_file: tool rule") << "edit_file_local"
                                          << ""
                                          << "edit_file";
    QTest::newRow("unknown tool: no rule") << "format_disk_local"
                                           << ""
                                           << "";
}

void TestApprovalPolicy::sessionRuleFor()
{
    QFETCH(QString, tool);
    QFETCH(QString, command);
    QFETCH(QString, rule);
    QCOMPARE(seqera::ai::SessionApprovals::ruleFor(tool, { { "command", command } }), rule);
}

void TestApprovalPolicy::sessionRules()
{
    using seqera::ai::SessionApprovals;
    SessionApprovals rules;
    const QString bash = QStringLiteral("execute_bash_local");
    auto decide = [&](ApprovalMode mode, const QString &command, bool interactive = true) {
        return ApprovalPolicy::decide(
            mode, bash, { { "command", command } }, m_dir.path(), interactive, &rules,
            withOwnFiles())
            .verdict;
    };
    const auto D = ApprovalMode::Default;
    QCOMPARE(decide(D, "nextflow run other.nf"), Verdict::Ask);
    rules.allowAlways(bash, { { "command", "nextflow run main.nf -resume" } });
    QCOMPARE(rules.rules(), QStringList { "nextflow run *" });
    QCOMPARE(decide(D, "nextflow run other.nf"), Verdict::Allow);
    QCOMPARE(decide(D, "nextflow run other.nf", false), Verdict::Allow);
    QCOMPARE(decide(ApprovalMode::Basic, "ls && nextflow run x"), Verdict::Allow);
    QVERIFY(rules.allows(bash, { { "command", "'nextflow' run x" } }));
    // Never beyond what the rule says.
    QCOMPARE(decide(D, "nextflow runner"), Verdict::Ask);
    QCOMPARE(decide(D, "nextflow"), Verdict::Ask);
    QCOMPARE(decide(D, "nextflow run x; rm -rf d"), Verdict::Ask);
    QCOMPARE(decide(D, "nextflow run x && curl -o y z"), Verdict::Ask);
    QCOMPARE(decide(D, "nextflow run x > /tmp/out"), Verdict::Ask);
    QVERIFY(!rules.allows(bash, { { "command", "nextflow run x > log" } }));
    QCOMPARE(decide(D, "LD_PRELOAD=/tmp/x.so nextflow run x"), Verdict::Ask);
    QCOMPARE(decide(D, "nextflow run $(r''m -rf d)"), Verdict::Ask);
    QCOMPARE(decide(D, "nextflow run x", false), Verdict::Allow);
    // Dangerous and unknown commands are never turned into rules.
    rules.allowAlways(bash, { { "command", "rm -rf work" } });
    rules.allowAlways(bash, { { "command", "sh -c 'ls'" } });
    QCOMPARE(rules.rules().size(), 1);
    QCOMPARE(decide(ApprovalMode::Full, "rm -rf work"), Verdict::Ask);

    // Tool-level rules for write/edit.
    const QJsonObject outside { { "path", "/tmp/seqera-test-outside" }, { "content", "x" } };
    QCOMPARE(
        ApprovalPolicy::decide(D, "write_file_local", outside, m_dir.path(), true, &rules).verdict,
        Verdict::Ask);
    rules.allowAlways("write_file_local", outside);
    QCOMPARE(
        ApprovalPolicy::decide(D, "write_file_local", outside, m_dir.path(), true, &rules).verdict,
        Verdict::Allow);
    QCOMPARE(
        ApprovalPolicy::decide(D, "edit_file_local", outside, m_dir.path(), true, &rules).verdict,
        Verdict::Ask);
    rules.allowAlways("format_disk_local", {});
    QCOMPARE(ApprovalPolicy::decide(D, "format_disk_local", {}, m_dir.path(), true, &rules).verdict,
        Verdict::Ask);
    rules.clear();
    QCOMPARE(decide(D, "nextflow run other.nf"), Verdict::Ask);
}

void TestApprovalPolicy::sandboxConfinement_data()
{
    QTest::addColumn<ApprovalMode>("mode");
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("sandbox"); // available
    QTest::addColumn<bool>("allowOutside");
    QTest::addColumn<QStringList>("writable");
    QTest::addColumn<Verdict>("interactive");
    QTest::addColumn<Verdict>("headless");
    QTest::addColumn<Confinement>("confinement");

    const auto B = ApprovalMode::Basic, D = ApprovalMode::Default, F = ApprovalMode::Full;
    const auto A = Verdict::Allow, Q = Verdict::Ask, N = Verdict::Deny;
    const auto R = Confinement::ReadOnly, W = Confinement::Workspace, O = Confinement::Outside;
    const QString bash = QStringLiteral("execute_bash_local");
    const QString lint = QStringLiteral("run_nextflow_lint_local");
    // A folder outside the working directory, /tmp (the sandbox's private one) and the
    // configured folders.
    const QString etc = QStringLiteral("/etc/seqera-tst-approval");
    const QStringList none;
    // Not under /tmp: that is the sandbox's own.
    static const QTemporaryDir elsewhere(QStringLiteral("/var/tmp/tst_approvalpolicy-XXXXXX"));
    const QStringList outside { QDir(elsewhere.path()).canonicalPath() };
    const QString toOutside = QStringLiteral("echo x > %1/f").arg(outside.first());

    QTest::newRow("sandbox, basic: read-only command runs read-only")
        << B << bash << "cat main.nf | head" << true << false << none << A << A << R;
    QTest::newRow("sandbox, basic: an approved edit runs with the workspace writable")
        << B << bash << "touch x" << true << false << none << Q << N << W;
    QTest::newRow("sandbox, default: read-only command runs with the workspace writable")
        << D << bash << "ls" << true << false << none << A << A << W;
    QTest::newRow("sandbox, default: edit inside runs")
        << D << bash << "mkdir -p a && touch a/b" << true << false << none << A << A << W;
    QTest::newRow("sandbox, full: any program runs in the sandbox")
        << F << bash << "nextflow run main.nf" << true << false << none << A << A << W;
    QTest::newRow("sandbox, full: a write outside asks to leave the sandbox")
        << F << bash << QStringLiteral("echo x > %1").arg(etc) << true << false << none << Q << N
        << O;
    QTest::newRow("sandbox, full: headless leaves it with --allow-outside-sandbox")
        << F << bash << QStringLiteral("echo x > %1").arg(etc) << true << true << none << Q << A
        << O;
    QTest::newRow("sandbox, default: cp outside asks to leave the sandbox")
        << D << bash << QStringLiteral("cp a %1/b").arg(etc) << true << true << none << Q << N << O;
    QTest::newRow("sandbox, full: /tmp is the sandbox's own")
        << F << bash << "echo x > /tmp/seqera-tst" << true << false << none << A << A << W;
    QTest::newRow("sandbox, full: a configured folder is writable in the sandbox")
        << F << bash << toOutside << true << false << outside << A << A << W;
    QTest::newRow("sandbox, full: not configured, the same write leaves it")
        << F << bash << toOutside << true << false << none << Q << N << O;
    QTest::newRow("sandbox, default: linter runs in it")
        << D << lint << "" << true << false << none << A << A << W;
    QTest::newRow("sandbox, basic: linter asks")
        << B << lint << "" << true << false << none << Q << N << W;
    QTest::newRow("no sandbox, basic: read-only command still runs")
        << B << bash << "ls -la" << false << false << none << A << A << O;
    QTest::newRow("no sandbox, default: what would run unasked asks")
        << D << bash << "ls" << false << false << none << Q << N << O;
    QTest::newRow("no sandbox, default: headless runs it with --allow-outside-sandbox")
        << D << bash << "ls" << false << true << none << Q << A << O;
    QTest::newRow("no sandbox, full: asks")
        << F << bash << "nextflow run main.nf" << false << false << none << Q << N << O;
    QTest::newRow("no sandbox, full: a dangerous command is still refused headless")
        << F << bash << "rm -rf work" << false << true << none << Q << N << O;
    QTest::newRow("no sandbox, default: linter asks")
        << D << lint << "" << false << false << none << Q << N << O;
}

void TestApprovalPolicy::sandboxConfinement()
{
    QFETCH(ApprovalMode, mode);
    QFETCH(QString, tool);
    QFETCH(QString, command);
    QFETCH(bool, sandbox);
    QFETCH(bool, allowOutside);
    QFETCH(QStringList, writable);
    QFETCH(Verdict, interactive);
    QFETCH(Verdict, headless);
    QFETCH(Confinement, confinement);

    const QJsonObject args = tool == QLatin1String("execute_bash_local")
        ? QJsonObject { { "command", command } }
        : QJsonObject { { "path", "." } };
    ApprovalPolicy::Sandboxing s;
    s.available = sandbox;
    s.allowOutside = allowOutside;
    s.writable = writable;
    s = withOwnFiles(s);
    const auto inTerminal
        = ApprovalPolicy::decide(mode, tool, args, m_dir.path(), true, nullptr, s);
    QCOMPARE(inTerminal.verdict, interactive);
    QCOMPARE(inTerminal.confinement, confinement);
    QCOMPARE(inTerminal.reason.isEmpty(), interactive == Verdict::Allow);
    const auto alone = ApprovalPolicy::decide(mode, tool, args, m_dir.path(), false, nullptr, s);
    QCOMPARE(alone.verdict, headless);
    if (headless != Verdict::Deny)
        QCOMPARE(alone.confinement, confinement);
}

void TestApprovalPolicy::displayTextIsPrintable()
{
    // A carriage return and an ANSI line erase would make "ls" all the user sees.
    const QString spoof = QStringLiteral("rm -rf ~\r\x1b[2Kls");
    const QString shown
        = ApprovalPolicy::displayText("execute_bash_local", { { "command", spoof } }, m_dir.path());
    QVERIFY(!shown.contains(QLatin1Char('\r')));
    QVERIFY(!shown.contains(QChar(0x1b)));
    QVERIFY2(shown.startsWith("rm -rf ~") && shown.contains("^M") && shown.endsWith("ls"),
        qPrintable(shown));
    QCOMPARE(ApprovalPolicy::displayText(
                 "write_file_local", { { "path", "a\nb" }, { "content", "x" } }, m_dir.path()),
        QStringLiteral("write_file a^Jb"));
    QCOMPARE(ApprovalPolicy::displayText(
                 "run_nf_core_lint_local", { { "path", "." }, { "lint_scope", "modules" } }, "/"),
        QStringLiteral("cd '/' && nf-core modules lint ."));
    // A link is shown with the file that will really change.
    QCOMPARE(ApprovalPolicy::displayText(
                 "write_file_local", { { "path", "dangling" }, { "content", "x" } }, m_dir.path()),
        "write_file dangling -> " + QDir(m_outside.path()).canonicalPath() + "/created-by-write");
    QCOMPARE(ApprovalPolicy::displayText(
                 "edit_file_local", { { "path", "sub/../sub/a.nf" } }, m_dir.path()),
        QStringLiteral("edit_file sub/../sub/a.nf"));
    QCOMPARE(ApprovalPolicy::displayText("mystery_local", { { "a", 1 } }, m_dir.path()),
        QStringLiteral("mystery_local {\"a\":1}"));
}

QTEST_GUILESS_MAIN(TestApprovalPolicy)
#include "tst_approvalpolicy.moc"

#include "ai/approvalpolicy.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using seqera::ai::ApprovalMode;
using seqera::ai::ApprovalPolicy;
using Verdict = ApprovalPolicy::Verdict;

Q_DECLARE_METATYPE(ApprovalMode)
Q_DECLARE_METATYPE(ApprovalPolicy::Verdict)

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

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_outside;
};

void TestApprovalPolicy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(QFile::link(m_outside.path(), m_dir.filePath(QStringLiteral("escape"))));
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
        << B << "execute_bash_local" << bash("echo 'a; rm x'") << Q << N;
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
    QTest::newRow("basic: subshell asks") << B << "execute_bash_local" << bash("(ls)") << Q << N;
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

    QTest::newRow("unknown tool gets the error result, nothing runs")
        << B << "format_disk_local" << QJsonObject() << A << A;
}

void TestApprovalPolicy::decide()
{
    QFETCH(ApprovalMode, mode);
    QFETCH(QString, tool);
    QFETCH(QJsonObject, args);
    QFETCH(Verdict, interactive);
    QFETCH(Verdict, headless);

    const auto inTerminal = ApprovalPolicy::decide(mode, tool, args, m_dir.path(), true);
    QCOMPARE(inTerminal.verdict, interactive);
    QCOMPARE(inTerminal.reason.isEmpty(), interactive == Verdict::Allow);
    QCOMPARE(ApprovalPolicy::decide(mode, tool, args, m_dir.path(), false).verdict, headless);
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
    QTest::newRow("brace group") << "{ ls; }" << false;
}

void TestApprovalPolicy::readOnlyCommand()
{
    QFETCH(QString, command);
    QFETCH(bool, readOnly);
    QCOMPARE(ApprovalPolicy::isReadOnlyCommand(command), readOnly);
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

QTEST_GUILESS_MAIN(TestApprovalPolicy)
#include "tst_approvalpolicy.moc"

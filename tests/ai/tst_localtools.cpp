#include "ai/localtools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using seqera::ai::LocalTools;
using seqera::ai::ToolResult;

class TestLocalTools : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tools_data();
    void tools();
    void editChangesTheFile();
    void writeCreatesDirectories();
    void outputIsBounded();
    void commandTimeout();
    void cancelStopsTheCommand();
    void runIsAsynchronous();
    void lintWithoutTheProgram();

private:
    ToolResult runTool(LocalTools &tools, const QString &tool, const QJsonObject &args);
    void writeFile(const QString &name, const QByteArray &content);
    std::optional<QTemporaryDir> m_dir;
};

void TestLocalTools::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    writeFile(QStringLiteral("main.nf"), "workflow {\n    hello()\n}\nprocess hello {\n}\n");
    writeFile(QStringLiteral("modules/a.nf"), "process a { }\n");
    writeFile(QStringLiteral("dup.txt"), "x x\n");
}

void TestLocalTools::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

ToolResult TestLocalTools::runTool(LocalTools &tools, const QString &tool, const QJsonObject &args)
{
    std::optional<ToolResult> result;
    tools.run(tool, args, [&](const ToolResult &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000); }();
    return result.value_or(ToolResult { {}, QStringLiteral("no result"), -1 });
}

void TestLocalTools::tools_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("expectedStdout");
    QTest::addColumn<QString>("stderrContains");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("read whole file") << "read_file_local" << QJsonObject { { "path", "main.nf" } }
                                     << "workflow {\n    hello()\n}\nprocess hello {\n}\n"
                                     << "" << 0;
    QTest::newRow("read line range")
        << "read_file_local"
        << QJsonObject { { "path", "main.nf" }, { "start_line", 2 }, { "end_line", 3 } }
        << "    hello()\n}\n"
        << "" << 0;
    QTest::newRow("read missing file")
        << "read_file_local" << QJsonObject { { "path", "nope" } } << ""
        << "Cannot read" << 1;
    QTest::newRow("list top level")
        << "list_directory_local" << QJsonObject { { "path", "." } } << "dup.txt\nmain.nf\nmodules/"
        << "" << 0;
    QTest::newRow("list recursive")
        << "list_directory_local" << QJsonObject { { "path", "." }, { "recursive", true } }
        << "dup.txt\nmain.nf\nmodules/\nmodules/a.nf"
        << "" << 0;
    QTest::newRow("search contents")
        << "search_files_local" << QJsonObject { { "path", "." }, { "pattern", "process" } }
        << "main.nf:4:process hello {\nmodules/a.nf:1:process a { }\n"
        << "" << 0;
    QTest::newRow("search file names")
        << "search_files_local" << QJsonObject { { "path", "." }, { "pattern", "*.txt" } }
        << "dup.txt\n"
        << "" << 0;
    QTest::newRow("search nothing found")
        << "search_files_local" << QJsonObject { { "path", "." }, { "pattern", "zebra" } } << ""
        << "" << 1;
    QTest::newRow("bash stdout and exit code")
        << "execute_bash_local" << QJsonObject { { "command", "echo out; echo err >&2; exit 3" } }
        << "out\n"
        << "err" << 3;
    QTest::newRow("bash runs in the working directory")
        << "execute_bash_local" << QJsonObject { { "command", "ls main.nf" } } << "main.nf\n"
        << "" << 0;
    QTest::newRow("bash gets no stdin")
        << "execute_bash_local" << QJsonObject { { "command", "cat" } } << ""
        << "" << 0;
    QTest::newRow("edit with ambiguous text")
        << "edit_file_local"
        << QJsonObject { { "path", "dup.txt" }, { "old_str", "x" }, { "new_str", "y" } } << ""
        << "occurs 2 times" << 1;
    QTest::newRow("unknown tool") << "format_disk_local" << QJsonObject() << ""
                                  << "Unknown tool: format_disk_local" << 1;
}

void TestLocalTools::tools()
{
    QFETCH(QString, tool);
    QFETCH(QJsonObject, args);
    QFETCH(QString, expectedStdout);
    QFETCH(QString, stderrContains);
    QFETCH(int, exitCode);

    LocalTools tools(m_dir->path());
    const ToolResult r = runTool(tools, tool, args);
    QCOMPARE(r.stdoutText, expectedStdout);
    QVERIFY2(r.stderrText.contains(stderrContains), qPrintable(r.stderrText));
    QCOMPARE(r.exitCode, exitCode);
    if (tool == QLatin1String("format_disk_local"))
        QCOMPARE(r.toJson(),
            (QJsonObject { { "stdout", "" }, { "stderr", "Unknown tool: format_disk_local" },
                { "exit_code", 1 } }));
}

void TestLocalTools::editChangesTheFile()
{
    LocalTools tools(m_dir->path());
    const ToolResult r = runTool(tools, "edit_file_local",
        { { "path", "main.nf" }, { "old_str", "hello()" }, { "new_str", "greet()" } });
    QCOMPARE(r.exitCode, 0);
    QFile f(m_dir->filePath("main.nf"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("    greet()\n"));
}

void TestLocalTools::writeCreatesDirectories()
{
    LocalTools tools(m_dir->path());
    const ToolResult r = runTool(tools, "write_file_local",
        { { "path", "conf/new/base.config" }, { "content", "params {}\n" } });
    QCOMPARE(r.exitCode, 0);
    QFile f(m_dir->filePath("conf/new/base.config"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("params {}\n"));
}

void TestLocalTools::outputIsBounded()
{
    LocalTools tools(m_dir->path());
    tools.setOutputLimitBytes(1000);
    const ToolResult r = runTool(
        tools, "execute_bash_local", { { "command", "head -c 50000 /dev/zero | tr '\\0' a" } });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.stdoutText.startsWith(QString(1000, QLatin1Char('a'))));
    QVERIFY2(r.stdoutText.contains("truncated: 1000 of 50000 bytes"),
        qPrintable(r.stdoutText.right(80)));

    writeFile("big.txt", QByteArray(5000, 'b'));
    const ToolResult read = runTool(tools, "read_file_local", { { "path", "big.txt" } });
    QVERIFY(read.stdoutText.contains("truncated: 1000 of 5000 bytes"));
}

void TestLocalTools::commandTimeout()
{
    LocalTools tools(m_dir->path());
    tools.setCommandTimeoutMs(300);
    QElapsedTimer timer;
    timer.start();
    // The grandchild (sleep) must die with the shell, or it would hold the pipes open.
    const ToolResult r = runTool(
        tools, "execute_bash_local", { { "command", "echo started; sleep 30; echo never" } });
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.exitCode, 124);
    QCOMPARE(r.stdoutText, QStringLiteral("started\n"));
    QVERIFY(r.stderrText.contains("stopped after"));
}

void TestLocalTools::cancelStopsTheCommand()
{
    LocalTools tools(m_dir->path());
    std::optional<ToolResult> result;
    tools.run("execute_bash_local", { { "command", "sleep 30" } },
        [&](const ToolResult &r) { result = r; });
    QTest::qWait(200);
    tools.cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(result->exitCode, 130);
}

void TestLocalTools::runIsAsynchronous()
{
    LocalTools tools(m_dir->path());
    bool called = false;
    tools.run(
        "read_file_local", { { "path", "main.nf" } }, [&](const ToolResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestLocalTools::lintWithoutTheProgram()
{
    LocalTools tools(m_dir->path());
    qputenv("PATH", "/usr/bin:/bin"); // where neither nextflow nor nf-core is installed here
    const ToolResult r = runTool(tools, "run_nf_core_lint_local", { { "path", "." } });
    if (r.exitCode != 127)
        QSKIP("nf-core is installed on this machine");
    QVERIFY(r.stderrText.contains("nf-core is not installed"));
}

QTEST_GUILESS_MAIN(TestLocalTools)
#include "tst_localtools.moc"

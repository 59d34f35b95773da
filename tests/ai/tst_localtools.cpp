#include "ai/localtools.h"

#include "config/settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using seqera::Settings;
using seqera::ai::LocalTools;
using seqera::ai::ToolResult;

class TestLocalTools : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tools_data();
    void tools();
    void readRanges();
    void editChangesTheFileAndShowsADiff();
    void editFuzzyAnchors();
    void writeCreatesDirectories();
    void readBeforeWrite();
    void writeKeepsTheFileMode();
    void fullDiskLeavesTheFileIntact();
    void ownFilesAreNeverRead();
    void searchArguments();
    void listArguments();
    void bashEnvironment();
    void outputIsCappedWithAPrivateCopy();
    void captureLimitStopsTheCommand();
    void commandTimeout();
    void cancelStopsTheCommand();
    void runIsAsynchronous();
    void lintCommandLines();

private:
    ToolResult runTool(LocalTools &tools, const QString &tool, const QJsonObject &args);
    void writeFile(const QString &name, const QByteArray &content);
    QByteArray fileContent(const QString &name) const;
    Settings settings() const;
    std::optional<QTemporaryDir> m_dir;
    std::optional<QTemporaryDir> m_home; // XDG folders: where the program keeps its own files
};

void TestLocalTools::init()
{
    m_dir.emplace();
    m_home.emplace();
    QVERIFY(m_dir->isValid() && m_home->isValid());
    writeFile(QStringLiteral("main.nf"), "workflow {\n    hello()\n}\nprocess hello {\n}\n");
    writeFile(QStringLiteral("modules/a.nf"), "process a { }\n");
    writeFile(QStringLiteral("dup.txt"), "x x\n");
}

Settings TestLocalTools::settings() const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_home->filePath(QStringLiteral(".local/state")));
    env.insert(QStringLiteral("SEQERA_AI_SCRUB_ENV"), QStringLiteral("MY_SECRET, OTHER_SECRET"));
    return Settings::fromEnvironment(env);
}

void TestLocalTools::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = QDir::isAbsolutePath(name) ? name : m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray TestLocalTools::fileContent(const QString &name) const
{
    QFile f(QDir::isAbsolutePath(name) ? name : m_dir->filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
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
        << "    hello()\n}\n[Showing lines 2-3 of 5. Use start_line and end_line to read more.]"
        << "" << 0;
    QTest::newRow("read missing file")
        << "read_file_local" << QJsonObject { { "path", "nope" } } << ""
        << "Cannot read" << 1;
    QTest::newRow("list is recursive by default")
        << "list_directory_local" << QJsonObject { { "path", "." } }
        << "dup.txt\nmain.nf\nmodules/\nmodules/a.nf"
        << "" << 0;
    QTest::newRow("list top level only")
        << "list_directory_local" << QJsonObject { { "recursive", false } }
        << "dup.txt\nmain.nf\nmodules/"
        << "" << 0;
    QTest::newRow("search contents")
        << "search_files_local" << QJsonObject { { "path", "." }, { "pattern", "process" } }
        << "Found 2 matches\nmain.nf\n  Line 4: process hello {\nmodules/a.nf\n  Line 1: process a "
           "{ }"
        << "" << 0;
    QTest::newRow("search nothing found")
        << "search_files_local" << QJsonObject { { "pattern", "zebra" } } << "No matches found"
        << "" << 0;
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
    QTest::newRow("create_directory_local is unknown too")
        << "create_directory_local" << QJsonObject { { "path", "x" } } << ""
        << "Unknown tool: create_directory_local" << 1;
}

void TestLocalTools::tools()
{
    QFETCH(QString, tool);
    QFETCH(QJsonObject, args);
    QFETCH(QString, expectedStdout);
    QFETCH(QString, stderrContains);
    QFETCH(int, exitCode);

    LocalTools tools(m_dir->path(), settings());
    if (tool == QLatin1String("edit_file_local"))
        QCOMPARE(runTool(tools, "read_file_local", { { "path", args.value("path") } }).exitCode, 0);
    const ToolResult r = runTool(tools, tool, args);
    QCOMPARE(r.stdoutText, expectedStdout);
    QVERIFY2(r.stderrText.contains(stderrContains), qPrintable(r.stderrText));
    QCOMPARE(r.exitCode, exitCode);
    if (tool == QLatin1String("format_disk_local"))
        QCOMPARE(r.toJson(),
            (QJsonObject { { "stdout", "" }, { "stderr", "Unknown tool: format_disk_local" },
                { "exit_code", 1 } }));
}

void TestLocalTools::readRanges()
{
    QByteArray lines;
    for (int i = 1; i <= 1500; ++i)
        lines += "line " + QByteArray::number(i) + '\n';
    writeFile("long.txt", lines);
    writeFile("wide.txt", QByteArray(3000, 'w') + "\nend\n");
    LocalTools tools(m_dir->path(), settings());

    // Default: 250 lines from the start.
    ToolResult r = runTool(tools, "read_file_local", { { "path", "long.txt" } });
    QVERIFY(r.stdoutText.startsWith("line 1\n"));
    QVERIFY(r.stdoutText.contains("line 250\n[Showing lines 1-250 of 1500."));
    QVERIFY(!r.stdoutText.contains("line 251\n"));
    // A start line alone: 250 lines from there.
    r = runTool(tools, "read_file_local", { { "path", "long.txt" }, { "start_line", 1400 } });
    QVERIFY(r.stdoutText.startsWith("line 1400\n"));
    QVERIFY(r.stdoutText.endsWith("line 1500\n")); // nothing more to read: no note
    // At most 1200 lines however wide the range.
    r = runTool(tools, "read_file_local",
        { { "path", "long.txt" }, { "start_line", 1 }, { "end_line", 1500 } });
    QVERIFY(r.stdoutText.contains("line 1200\n[Showing lines 1-1200 of 1500"));
    // 2000 characters per line.
    r = runTool(tools, "read_file_local", { { "path", "wide.txt" } });
    QVERIFY(
        r.stdoutText.startsWith(QString(2000, QLatin1Char('w')) + " ... (line truncated)\nend\n"));
    // A line far longer than what is shown is skipped, not kept, and the next one counts.
    writeFile("oneline.txt", QByteArray(1024 * 1024, 'x') + "\nsecond\n");
    r = runTool(tools, "read_file_local", { { "path", "oneline.txt" } });
    QCOMPARE(r.stdoutText,
        QString(2000, QLatin1Char('x')) + QStringLiteral(" ... (line truncated)\nsecond\n"));
    // 50,000 bytes at most.
    QByteArray big;
    for (int i = 0; i < 600; ++i)
        big += QByteArray(199, 'b') + '\n';
    writeFile("big.txt", big);
    r = runTool(tools, "read_file_local", { { "path", "big.txt" }, { "end_line", 600 } });
    QVERIFY(r.stdoutText.toUtf8().size() < 50000 + 200);
    QVERIFY2(
        r.stdoutText.contains("[Showing lines 1-250 of 600"), qPrintable(r.stdoutText.right(100)));
}

void TestLocalTools::editChangesTheFileAndShowsADiff()
{
    LocalTools tools(m_dir->path(), settings());
    QCOMPARE(runTool(tools, "read_file_local", { { "path", "main.nf" } }).exitCode, 0);
    const ToolResult r = runTool(tools, "edit_file_local",
        { { "path", "main.nf" }, { "old_str", "hello()" }, { "new_str", "greet()\n    bye()" } });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileContent("main.nf"), "workflow {\n    greet()\n    bye()\n}\nprocess hello {\n}\n");
    QCOMPARE(r.stdoutText,
        QStringLiteral("```diff\n--- a/main.nf\n+++ b/main.nf\n@@ -2,1 +2,2 @@\n-    hello()\n"
                       "+    greet()\n+    bye()\n```\n"));
}

void TestLocalTools::editFuzzyAnchors()
{
    writeFile("f.nf", "a\n  first\n  middle\n  last\nz\n");
    LocalTools tools(m_dir->path(), settings());
    runTool(tools, "read_file_local", { { "path", "f.nf" } });
    // The middle line differs in whitespace; first and last lines anchor the region.
    ToolResult r = runTool(tools, "edit_file_local",
        { { "path", "f.nf" }, { "old_str", "first\n middle\nlast" }, { "new_str", "  one" } });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileContent("f.nf"), "a\n  one\nz\n");
    // Two lines are not enough to anchor anything.
    r = runTool(tools, "edit_file_local",
        { { "path", "f.nf" }, { "old_str", "a\n z" }, { "new_str", "q" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stderrText.contains("not found"));
}

void TestLocalTools::writeCreatesDirectories()
{
    LocalTools tools(m_dir->path(), settings());
    const ToolResult r = runTool(tools, "write_file_local",
        { { "path", "conf/new/base.config" }, { "content", "params {}\n" } });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileContent("conf/new/base.config"), "params {}\n");
    QCOMPARE(r.stdoutText,
        QStringLiteral("```diff\n--- a/conf/new/base.config\n+++ b/conf/new/base.config\n"
                       "@@ -0,0 +1,1 @@\n+params {}\n```\n"));
}

void TestLocalTools::readBeforeWrite()
{
    LocalTools tools(m_dir->path(), settings());
    ToolResult r
        = runTool(tools, "write_file_local", { { "path", "main.nf" }, { "content", "x\n" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText.contains("read it with read_file_local first"), qPrintable(r.stderrText));
    QCOMPARE(fileContent("main.nf"), "workflow {\n    hello()\n}\nprocess hello {\n}\n");
    r = runTool(tools, "edit_file_local",
        { { "path", "main.nf" }, { "old_str", "hello()" }, { "new_str", "x" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stderrText.contains("read it with read_file_local first"));

    // Read through another spelling of the same file: the resolved file counts.
    QCOMPARE(runTool(tools, "read_file_local", { { "path", "./modules/../main.nf" } }).exitCode, 0);
    r = runTool(tools, "write_file_local", { { "path", "main.nf" }, { "content", "x\n" } });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileContent("main.nf"), "x\n");
    r = runTool(tools, "write_file_local", { { "path", "main.nf" }, { "content", "x\n" } });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.stdoutText.contains("unchanged"));
}

void TestLocalTools::writeKeepsTheFileMode()
{
    const QString path = m_dir->filePath("run.sh");
    writeFile("run.sh", "#!/bin/sh\necho a\n");
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0751) == 0);
    LocalTools tools(m_dir->path(), settings());
    runTool(tools, "read_file_local", { { "path", "run.sh" } });
    QCOMPARE(runTool(tools, "edit_file_local",
                 { { "path", "run.sh" }, { "old_str", "echo a" }, { "new_str", "echo b" } })
                 .exitCode,
        0);
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0751));
    QCOMPARE(fileContent("run.sh"), "#!/bin/sh\necho b\n");
}

void TestLocalTools::fullDiskLeavesTheFileIntact()
{
    // Issue 10: buffered QSaveFile reported success and left a 0-byte file on a full disk.
    if (::geteuid() != 0)
        QSKIP("Mounting the 64 KiB tmpfs this test fills needs root.");
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    if (QProcess::execute(
            "mount", { "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", mountPoint.path() })
        != 0)
        QSKIP("Cannot mount a tmpfs here (no CAP_SYS_ADMIN in this container).");
    auto unmount = qScopeGuard([&] { QProcess::execute("umount", { mountPoint.path() }); });

    QByteArray original;
    for (int i = 0; original.size() < 40 * 1024; ++i)
        original += "line " + QByteArray::number(i) + " of the user's precious file\n";
    writeFile(mountPoint.filePath("data.txt"), original);
    QCOMPARE(fileContent(mountPoint.filePath("data.txt")), original);

    LocalTools tools(mountPoint.path(), settings());
    QCOMPARE(runTool(tools, "read_file_local", { { "path", "data.txt" } }).exitCode, 0);
    const ToolResult r = runTool(tools, "edit_file_local",
        { { "path", "data.txt" }, { "old_str", "line 0 of" }, { "new_str", "LINE ZERO of" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.stderrText.isEmpty(), "a failure says why");
    QCOMPARE(fileContent(mountPoint.filePath("data.txt")), original);
    // No temporary file left behind either.
    QCOMPARE(QDir(mountPoint.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
        QStringList { "data.txt" });
}

void TestLocalTools::ownFilesAreNeverRead()
{
    const Settings s = settings();
    const QString creds = s.profileDir("default") + "/credentials.json";
    writeFile(creds, "{\"refresh_token\":\"rt-SECRET\"}\n");
    writeFile(
        s.profileDir("default") + "/session.json", "{\"refresh_token_hint\":\"rt-SECRET\"}\n");
    writeFile(s.stateDir + "/locks/default.lock", "123\n");
    // The working directory is home, and a link inside the project points at the file.
    QVERIFY(QFile::link(creds, m_dir->filePath("innocent.json")));

    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(m_home->path()));
    auto restoreHome = qScopeGuard([realHome] { qputenv("HOME", realHome); });
    LocalTools inHome(m_home->path(), s);
    for (const QString &path :
        { creds, QString("~/.config/seqera/profiles/default/credentials.json"),
            QString(".config/seqera/profiles/../profiles/default/session.json"),
            s.stateDir + "/locks/default.lock" }) {
        const ToolResult r = runTool(inHome, "read_file_local", { { "path", path } });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stderrText.contains("seqera's own credential"), qPrintable(r.stderrText));
        QVERIFY(!r.stdoutText.contains("rt-SECRET"));
    }
    LocalTools inProject(m_dir->path(), s);
    ToolResult r = runTool(inProject, "read_file_local", { { "path", "innocent.json" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stderrText.contains("seqera's own credential"));
    r = runTool(inProject, "write_file_local", { { "path", "innocent.json" }, { "content", "x" } });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(fileContent(creds), "{\"refresh_token\":\"rt-SECRET\"}\n");

    // The environment of this process (and of the shell that started it) holds the tokens
    // given in SEQERA_ACCESS_TOKEN & co.
    qputenv("SEQERA_ACCESS_TOKEN", "tok-ENVIRON");
    auto unset = qScopeGuard([] { qunsetenv("SEQERA_ACCESS_TOKEN"); });
    for (const QString &path :
        { QString("/proc/self/environ"), QStringLiteral("/proc/%1/environ").arg(::getppid()),
            QStringLiteral("/proc/%1/task/%1/environ").arg(QCoreApplication::applicationPid()),
            QString("/proc/thread-self/environ") }) {
        r = runTool(inProject, "read_file_local", { { "path", path } });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stderrText.contains("environment or memory"), qPrintable(path));
        QVERIFY(!r.stdoutText.contains("tok-ENVIRON"));
    }
    r = runTool(inProject, "search_files_local",
        { { "pattern", "tok-ENVIRON" }, { "path", "/proc/self" } });
    QCOMPARE(r.exitCode, 1);

    // search_files_local for refresh_token in ~ must not find it; listing does not show it.
    r = runTool(inHome, "search_files_local", { { "pattern", "refresh_token" }, { "path", "~" } });
    QCOMPARE(r.stdoutText, QStringLiteral("No matches found"));
    r = runTool(
        inHome, "search_files_local", { { "pattern", "rt-SECRET" }, { "path", s.profilesDir() } });
    QCOMPARE(r.exitCode, 1);
    r = runTool(inHome, "list_directory_local", { { "path", "~" }, { "show_hidden", true } });
    QVERIFY2(!r.stdoutText.contains("credentials.json"), qPrintable(r.stdoutText));
    QVERIFY(!r.stdoutText.contains("default.lock"));
}

void TestLocalTools::searchArguments()
{
    QByteArray many;
    for (int i = 0; i < 250; ++i)
        many += "hit " + QByteArray::number(i) + '\n';
    writeFile("many.txt", many);
    writeFile("sub/deep.nf", "hit deep\n");
    writeFile(".hidden/x.nf", "hit hidden\n");
    writeFile("node_modules/y.nf", "hit vendored\n");
    LocalTools tools(m_dir->path(), settings());

    ToolResult r = runTool(tools, "search_files_local", { { "pattern", "hit" } });
    QVERIFY2(r.stdoutText.startsWith("Found 100 matches\n"), qPrintable(r.stdoutText.left(80)));
    QVERIFY(r.stdoutText.contains("[Stopped at max_results=100"));
    r = runTool(tools, "search_files_local", { { "pattern", "hit" }, { "max_results", 1000 } });
    QVERIFY2(r.stdoutText.startsWith("Found 200 matches\n"), qPrintable(r.stdoutText.left(80)));
    r = runTool(tools, "search_files_local", { { "pattern", "hit" }, { "include_glob", "*.nf" } });
    QCOMPARE(r.stdoutText, QStringLiteral("Found 1 matches\nsub/deep.nf\n  Line 1: hit deep"));
    r = runTool(tools, "search_files_local",
        { { "pattern", "hit" }, { "include_glob", "*.nf" }, { "recursive", false } });
    QCOMPARE(r.stdoutText, QStringLiteral("No matches found"));
    QCOMPARE(r.exitCode, 0);
    r = runTool(
        tools, "search_files_local", { { "pattern", "hit [0-9]*9$" }, { "max_results", 2 } });
    QCOMPARE(r.stdoutText.section('\n', 0, 3),
        QStringLiteral("Found 2 matches\nmany.txt\n  Line 10: hit 9\n  Line 20: hit 19"));
}

void TestLocalTools::listArguments()
{
    writeFile(".hidden", "x");
    writeFile("node_modules/pkg/index.js", "x");
    for (int i = 0; i < 120; ++i)
        writeFile(QStringLiteral("many/f%1").arg(i, 3, 10, QLatin1Char('0')), "x");
    LocalTools tools(m_dir->path(), settings());
    ToolResult r = runTool(tools, "list_directory_local", {});
    QVERIFY(!r.stdoutText.contains(".hidden"));
    QVERIFY(!r.stdoutText.contains("node_modules/pkg"));
    QCOMPARE(r.stdoutText.count('\n'), 100); // 100 entries and the note
    QVERIFY2(r.stdoutText.contains("more entries not listed"), qPrintable(r.stdoutText.right(80)));
    r = runTool(tools, "list_directory_local", { { "show_hidden", true }, { "recursive", false } });
    QVERIFY(r.stdoutText.contains(".hidden"));
    QVERIFY(r.stdoutText.contains("node_modules/"));
}

void TestLocalTools::bashEnvironment()
{
    qputenv("SEQERA_ACCESS_TOKEN", "tok-1");
    qputenv("SEQERA_TOKEN", "tok-2");
    qputenv("TOWER_ACCESS_TOKEN", "tok-3");
    qputenv("MY_SECRET", "tok-4");
    qputenv("NXF_ANSI_LOG", "true");
    qunsetenv("AGENT");
    auto restore = qScopeGuard([] {
        for (const char *name : { "SEQERA_ACCESS_TOKEN", "SEQERA_TOKEN", "TOWER_ACCESS_TOKEN",
                 "MY_SECRET", "NXF_ANSI_LOG" })
            qunsetenv(name);
    });
    LocalTools tools(m_dir->path(), settings());
    ToolResult r = runTool(tools, "execute_bash_local", { { "command", "printenv" } });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.stdoutText.contains("tok-"), "no token reaches the model's commands");
    QVERIFY(r.stdoutText.contains("\nAGENT=1\n"));
    QVERIFY(r.stdoutText.contains("\nNXF_AGENT_MODE=true\n"));
    QVERIFY(r.stdoutText.contains("\nNO_COLOR=1\n"));
    QVERIFY2(r.stdoutText.contains("\nNXF_ANSI_LOG=true\n"), "the user's own value is kept");
    qunsetenv("NXF_ANSI_LOG");
    r = runTool(tools, "execute_bash_local", { { "command", "echo $NXF_ANSI_LOG" } });
    QCOMPARE(r.stdoutText, QStringLiteral("false\n"));
}

void TestLocalTools::outputIsCappedWithAPrivateCopy()
{
    QTemporaryDir tmp;
    LocalTools tools(m_dir->path(), settings());
    tools.setOutputCopyDir(tmp.filePath("seqera-tool-output"));
    ToolResult r = runTool(tools, "execute_bash_local", { { "command", "seq 1 5000" } });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.stdoutText.startsWith("1\n2\n"));
    QVERIFY(r.stdoutText.contains("\n1200\n[Output truncated: showing 1200 of 5000 lines"));
    QVERIFY(!r.stdoutText.contains("\n1201\n"));
    const QRegularExpressionMatch m
        = QRegularExpression("The full output is in (\\S+)\\]").match(r.stdoutText);
    QVERIFY2(m.hasMatch(), qPrintable(r.stdoutText.right(200)));
    const QString copy = m.captured(1);
    QVERIFY(copy.startsWith(tools.outputCopyDir() + "/"));
    QProcess seq;
    seq.start("seq", { "1", "5000" });
    QVERIFY(seq.waitForFinished());
    QCOMPARE(fileContent(copy), seq.readAllStandardOutput());
    struct stat st;
    QVERIFY(::stat(QFile::encodeName(copy).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));
    QVERIFY(::stat(QFile::encodeName(tools.outputCopyDir()).constData(), &st) == 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0700));

    // Bytes count too: 60,000 bytes on few lines.
    r = runTool(tools, "execute_bash_local",
        { { "command", "head -c 60000 /dev/zero | tr '\\0' a; echo" } });
    QVERIFY(r.stdoutText.contains("[Output truncated"));
    QVERIFY(r.stdoutText.toUtf8().size() < 50000 + 400);
    // Short output is untouched.
    r = runTool(tools, "execute_bash_local", { { "command", "seq 1 3" } });
    QCOMPARE(r.stdoutText, QStringLiteral("1\n2\n3\n"));
}

void TestLocalTools::captureLimitStopsTheCommand()
{
    LocalTools tools(m_dir->path(), settings());
    tools.setCaptureLimitBytes(100000);
    QElapsedTimer timer;
    timer.start();
    const ToolResult r = runTool(tools, "execute_bash_local", { { "command", "yes; echo never" } });
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText.contains("more than"), qPrintable(r.stderrText));
}

void TestLocalTools::commandTimeout()
{
    LocalTools tools(m_dir->path(), settings());
    QCOMPARE(tools.commandTimeoutMs(), 300000);
    tools.setCommandTimeoutMs(300);
    QElapsedTimer timer;
    timer.start();
    // The grandchild (sleep) must die with the shell, or it would hold the pipes open.
    const ToolResult r = runTool(
        tools, "execute_bash_local", { { "command", "echo started; sleep 30; echo never" } });
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.stdoutText, QStringLiteral("started\n"));
    QVERIFY(r.stderrText.contains("stopped after"));
}

void TestLocalTools::cancelStopsTheCommand()
{
    LocalTools tools(m_dir->path(), settings());
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
    LocalTools tools(m_dir->path(), settings());
    bool called = false;
    tools.run(
        "read_file_local", { { "path", "main.nf" } }, [&](const ToolResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestLocalTools::lintCommandLines()
{
    // Stand-ins for nextflow and nf-core that print how they were started.
    QTemporaryDir bin;
    const QByteArray script = "#!/bin/sh\necho \"$(basename \"$0\") $* in $(pwd) "
                              "parser=${NXF_SYNTAX_PARSER:-none}\"\n";
    for (const char *name : { "nextflow", "nf-core" }) {
        writeFile(bin.filePath(name), script);
        QVERIFY(::chmod(QFile::encodeName(bin.filePath(name)).constData(), 0755) == 0);
    }
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ":/usr/bin:/bin");
    auto restore = qScopeGuard([path] { qputenv("PATH", path); });
    writeFile("it's here/main.nf", "workflow {}\n");
    const QString dir = QDir(m_dir->filePath("it's here")).canonicalPath();

    LocalTools tools(m_dir->path(), settings());
    ToolResult r = runTool(tools, "run_nextflow_lint_local", { { "path", "it's here" } });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.stdoutText, "nextflow lint . in " + dir + " parser=v2\n");
    r = runTool(
        tools, "run_nf_core_lint_local", { { "path", "it's here" }, { "lint_scope", "modules" } });
    QCOMPARE(r.stdoutText, "nf-core modules lint . in " + dir + " parser=none\n");
    r = runTool(tools, "run_nf_core_lint_local", {});
    QCOMPARE(r.stdoutText,
        "nf-core pipelines lint . in " + QDir(m_dir->path()).canonicalPath() + " parser=none\n");
    r = runTool(tools, "run_nf_core_lint_local", { { "lint_scope", "pipelines; rm -rf ~" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stderrText.contains("lint_scope"));

    qputenv("PATH", "/usr/bin:/bin"); // where neither is installed
    r = runTool(tools, "run_nextflow_lint_local", {});
    QCOMPARE(r.exitCode, 127);
    QVERIFY2(r.stderrText.contains("nextflow"), qPrintable(r.stderrText));
}

QTEST_GUILESS_MAIN(TestLocalTools)
#include "tst_localtools.moc"

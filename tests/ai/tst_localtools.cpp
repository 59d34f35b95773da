#include "ai/tools/localtools.h"

#include "config/settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
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
    void unknownLintScopeFallsBackToPipelines();
    void catastrophicPatternRunsInLinearTime();
    void searchReadsAtMost64MiB();
    void patternsRe2CannotRunAreRefused();
    void searchSeesHiddenFilesAndHonoursGitignore();
    void searchIncludeGlobs();
    void readFromAStartLineToTheEnd();
    void writeRefusesLongRewrites();
    void changedSinceReadIsRefused();
    void fuzzyEditNeedsSimilarity();
    void fuzzyEditRefusesAmbiguity();
    void fuzzyEditIsBounded();
    void outputLosesTerminalControls();
    void nextflowOutputIsCondensed();

private:
    ToolResult runTool(LocalTools &tools, const QString &tool, const QJsonObject &args);
    void writeFile(const QString &name, const QByteArray &content);
    void setAge(const QString &name, int secondsAgo); // the file's mtime
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
    // Search lists the newest files first: modules/a.nf is newer than main.nf.
    setAge(QStringLiteral("main.nf"), 20);
    setAge(QStringLiteral("modules/a.nf"), 10);
}

void TestLocalTools::setAge(const QString &name, int secondsAgo)
{
    const QString path = QDir::isAbsolutePath(name) ? name : m_dir->filePath(name);
    struct timespec times[2];
    times[0].tv_sec = times[1].tv_sec = ::time(nullptr) - secondsAgo;
    times[0].tv_nsec = times[1].tv_nsec = 0;
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0);
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
    // %DIR% stands for the working directory's real path.
    QTest::newRow("list is an indented tree, folders first")
        << "list_directory_local" << QJsonObject { { "path", "." } }
        << "%DIR%/\n  modules/\n    a.nf\n  dup.txt\n  main.nf"
        << "" << 0;
    QTest::newRow("list top level only")
        << "list_directory_local" << QJsonObject { { "recursive", false } }
        << "%DIR%/\n  modules/\n  dup.txt\n  main.nf"
        << "" << 0;
    QTest::newRow("search contents: newest file first, the official's headers")
        << "search_files_local" << QJsonObject { { "path", "." }, { "pattern", "process" } }
        << "Found 2 matches\nmodules/a.nf:\n  Line 1: process a { }\n\nmain.nf:\n  Line 4: "
           "process hello {"
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
    QTest::newRow("arguments are checked against the tool table")
        << "write_file_local" << QJsonObject { { "path", "new.txt" } } << ""
        << "write_file_local needs the argument content (string)" << 1;
    QTest::newRow("a boolean sent as text")
        << "list_directory_local" << QJsonObject { { "recursive", "false" } }
        << "%DIR%/\n  modules/\n  dup.txt\n  main.nf"
        << "" << 0;
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
    QCOMPARE(r.stdoutText,
        QString(expectedStdout).replace("%DIR%", QDir(m_dir->path()).canonicalPath()));
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
    // A start line alone: to the end.
    r = runTool(tools, "read_file_local", { { "path", "long.txt" }, { "start_line", 1000 } });
    QVERIFY(r.stdoutText.startsWith("line 1000\n"));
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
    setAge("many.txt", 30);
    setAge("sub/deep.nf", 5);
    setAge(".hidden/x.nf", 3);
    LocalTools tools(m_dir->path(), settings());

    // Every match is counted; the first max_results are shown.
    ToolResult r = runTool(tools, "search_files_local", { { "pattern", "hit" } });
    QVERIFY2(r.stdoutText.startsWith("Found 252 matches (showing first 100)\n.hidden/x.nf:\n"),
        qPrintable(r.stdoutText.left(80)));
    QVERIFY2(r.stdoutText.endsWith("\n\n(Results truncated: showing 100 of 252 matches (152 "
                                   "hidden). Use a narrower path, include_glob, or pattern.)"),
        qPrintable(r.stdoutText.right(200)));
    QVERIFY(r.stdoutText.contains("  Line 98: hit 97\n\n(Results"));
    r = runTool(tools, "search_files_local", { { "pattern", "hit" }, { "max_results", 1000 } });
    QVERIFY2(r.stdoutText.startsWith("Found 252 matches (showing first 200)\n"),
        qPrintable(r.stdoutText.left(80)));
    r = runTool(tools, "search_files_local", { { "pattern", "hit" }, { "include_glob", "*.nf" } });
    QCOMPARE(r.stdoutText,
        QStringLiteral("Found 2 matches\n.hidden/x.nf:\n  Line 1: hit hidden\n\nsub/deep.nf:\n"
                       "  Line 1: hit deep"));
    r = runTool(tools, "search_files_local",
        { { "pattern", "hit" }, { "include_glob", "*.nf" }, { "recursive", false } });
    QCOMPARE(r.stdoutText, QStringLiteral("No matches found"));
    QCOMPARE(r.exitCode, 0);
    r = runTool(
        tools, "search_files_local", { { "pattern", "hit [0-9]*9$" }, { "max_results", 2 } });
    QCOMPARE(r.stdoutText.section('\n', 0, 3),
        QStringLiteral(
            "Found 25 matches (showing first 2)\nmany.txt:\n  Line 10: hit 9\n  Line 20: hit 19"));
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
    QVERIFY(!r.stdoutText.contains("pkg"));
    QCOMPARE(r.stdoutText.count('\n'), 102); // the folder, 100 entries, a blank line, the note
    QVERIFY(r.stdoutText.contains("\n  many/\n    f000\n    f001\n"));
    QVERIFY2(r.stdoutText.endsWith("\n\n(Results are truncated: showing first 100 entries. Prefer "
                                   "search_files_local with include_glob to narrow the area "
                                   "before reading files.)"),
        qPrintable(r.stdoutText.right(80)));
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

    qputenv("PATH", "/usr/bin:/bin"); // where neither is installed
    r = runTool(tools, "run_nextflow_lint_local", {});
    QCOMPARE(r.exitCode, 127);
    QVERIFY2(r.stderrText.contains("nextflow"), qPrintable(r.stderrText));
}

void TestLocalTools::unknownLintScopeFallsBackToPipelines()
{
    // As the official: anything but "modules" lints the pipeline, and the requested text
    // never reaches the command line.
    QTemporaryDir bin;
    writeFile(bin.filePath("nf-core"), "#!/bin/sh\necho \"nf-core $*\"\n");
    QVERIFY(::chmod(QFile::encodeName(bin.filePath("nf-core")).constData(), 0755) == 0);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ":/usr/bin:/bin");
    auto restore = qScopeGuard([path] { qputenv("PATH", path); });
    LocalTools tools(m_dir->path(), settings());
    for (const char *scope : { "subworkflows", "pipelines; touch pwned", "Modules" }) {
        const ToolResult r = runTool(tools, "run_nf_core_lint_local", { { "lint_scope", scope } });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.stdoutText, QStringLiteral("nf-core pipelines lint .\n"));
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath("pwned")));
}

void TestLocalTools::catastrophicPatternRunsInLinearTime()
{
    // Issue 15: `^(a+)+$` over 7 files froze the client for 85 s with a backtracking engine:
    // each 'aa...ab' line costs 2^n steps there, or PCRE2's whole match limit (about 15 ms
    // a line; QRegularExpression took 171 s over these 7,000 lines on a busy 2-core machine).
    for (int f = 0; f < 7; ++f) {
        QByteArray lines;
        for (int i = 0; i < 1000; ++i)
            lines += QByteArray(30 + i % 20, 'a') + "b\n";
        lines += "aaaa\n"; // the one line that matches
        writeFile(QStringLiteral("evil/f%1.txt").arg(f), lines);
    }
    LocalTools tools(m_dir->path(), settings());
    QElapsedTimer timer;
    timer.start();
    const ToolResult r
        = runTool(tools, "search_files_local", { { "pattern", "^(a+)+$" }, { "path", "evil" } });
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.stdoutText.startsWith("Found 7 matches\n"), qPrintable(r.stdoutText.left(100)));
    QVERIFY(r.stdoutText.contains("  Line 1001: aaaa"));
    // A glob is matched the same way: `*a*a*…*b` against a long name.
    writeFile("evil/" + QString(200, 'a'), "aaaa\n");
    timer.restart();
    const ToolResult g = runTool(tools, "search_files_local",
        { { "pattern", "aaaa" }, { "path", "evil" },
            { "include_glob", "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b" } });
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(g.stdoutText, QStringLiteral("No matches found"));
}

void TestLocalTools::searchReadsAtMost64MiB()
{
    // Every match is counted, so every file would be read: a search stops after 64 MiB
    // (the newest files first) and says so.
    QByteArray filler;
    while (filler.size() < 2 * 1024 * 1024 - 100)
        filler += "filler line with nothing to find\n";
    for (int i = 0; i < 34; ++i) {
        const QString name = QStringLiteral("big/f%1.txt").arg(i, 2, 10, QLatin1Char('0'));
        writeFile(name, i == 0 ? "needle\n" + filler : filler);
        setAge(name, 100 + i); // f00 newest
    }
    LocalTools tools(m_dir->path(), settings());
    const ToolResult r
        = runTool(tools, "search_files_local", { { "pattern", "needle" }, { "path", "big" } });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.stdoutText.startsWith("Found 1 matches\nbig/f00.txt:\n  Line 1: needle\n\n(Search "
                                     "stopped after the 32 newest files (64 MiB): narrow the "
                                     "path or include_glob to search the other 2.)"),
        qPrintable(r.stdoutText));
}

void TestLocalTools::patternsRe2CannotRunAreRefused()
{
    LocalTools tools(m_dir->path(), settings());
    for (const char *pattern : { "(a)\\1", "process(?= hello)", "(?<!x)hello", "hello(" }) {
        const ToolResult r = runTool(tools, "search_files_local", { { "pattern", pattern } });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stderrText.contains("The pattern cannot be used")
                && r.stderrText.contains("backreferences"),
            qPrintable(r.stderrText));
        QVERIFY(r.stdoutText.isEmpty());
    }
}

void TestLocalTools::searchSeesHiddenFilesAndHonoursGitignore()
{
    QVERIFY(QDir(m_dir->path()).mkpath(".git/objects"));
    writeFile(".git/config", "needle in git\n");
    writeFile(".git/info/exclude", "excluded.txt\n");
    writeFile(".gitignore", "*.log\n!keep.log\nout/\n/rooted.txt\n# a needle in a comment\n");
    writeFile(".env.example", "needle hidden\n");
    writeFile("a.log", "needle log\n");
    writeFile("keep.log", "needle kept\n");
    writeFile("out/result.txt", "needle out\n");
    writeFile("excluded.txt", "needle excluded\n");
    writeFile("rooted.txt", "needle rooted\n");
    writeFile("sub/rooted.txt", "needle not rooted\n");
    writeFile("sub/.gitignore", "local.txt\n");
    writeFile("sub/local.txt", "needle local\n");
    writeFile("other/local.txt", "needle elsewhere\n");
    writeFile("docs/.gitignore", "**/*.tmp\n\\#hash\n");
    writeFile("docs/a/b/x.tmp", "needle deep tmp\n");
    writeFile("docs/#hash", "needle hash\n");
    writeFile("x.tmp", "needle tmp above docs\n");
    LocalTools tools(m_dir->path(), settings());
    ToolResult r = runTool(tools, "search_files_local", { { "pattern", "needle" } });
    QCOMPARE(r.exitCode, 0);
    QStringList files;
    for (const QString &line : r.stdoutText.split('\n')) {
        if (line.endsWith(':'))
            files << line.chopped(1);
    }
    files.sort();
    QCOMPARE(files,
        QStringList({ ".env.example", ".gitignore", "keep.log", "other/local.txt", "sub/rooted.txt",
            "x.tmp" }));
    // Searching inside the repository uses the rules above the searched folder too.
    r = runTool(tools, "search_files_local", { { "pattern", "needle" }, { "path", "sub" } });
    QCOMPARE(r.stdoutText,
        QStringLiteral("Found 1 matches\nsub/rooted.txt:\n  Line 1: needle not "
                       "rooted"));
}

void TestLocalTools::searchIncludeGlobs()
{
    writeFile("conf/base.config", "key\n");
    writeFile("conf/deep/x.nf", "key\n");
    writeFile("x.txt", "key\n");
    LocalTools tools(m_dir->path(), settings());
    auto found = [&](const QString &glob) {
        const ToolResult r = runTool(
            tools, "search_files_local", { { "pattern", "key" }, { "include_glob", glob } });
        QStringList files;
        for (const QString &line : r.stdoutText.split('\n')) {
            if (line.endsWith(':'))
                files << line.chopped(1);
        }
        files.sort();
        return files;
    };
    QCOMPARE(found("*.{nf,config}"), QStringList({ "conf/base.config", "conf/deep/x.nf" }));
    QCOMPARE(found("conf/**/*.nf"), QStringList({ "conf/deep/x.nf" }));
    QCOMPARE(found("conf/*.nf"), QStringList());
    QCOMPARE(found("?.txt"), QStringList({ "x.txt" }));
    QCOMPARE(found("[!x].txt"), QStringList());
    const ToolResult r
        = runTool(tools, "search_files_local", { { "pattern", "key" }, { "include_glob", "[a" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stderrText.contains("include_glob"));
}

void TestLocalTools::readFromAStartLineToTheEnd()
{
    QByteArray lines;
    for (int i = 1; i <= 3000; ++i)
        lines += "line " + QByteArray::number(i) + '\n';
    writeFile("long.txt", lines);
    LocalTools tools(m_dir->path(), settings());
    // Only start_line: up to 1,200 lines from there, not the 250 of a read without a range.
    const ToolResult r
        = runTool(tools, "read_file_local", { { "path", "long.txt" }, { "start_line", 100 } });
    QVERIFY(r.stdoutText.startsWith("line 100\n"));
    QVERIFY2(r.stdoutText.contains("\nline 1299\n[Showing lines 100-1299 of 3000."),
        qPrintable(r.stdoutText.right(120)));
    QVERIFY(!r.stdoutText.contains("\nline 1300\n"));
}

void TestLocalTools::writeRefusesLongRewrites()
{
    QByteArray lines161;
    for (int i = 1; i <= 161; ++i)
        lines161 += "l" + QByteArray::number(i) + '\n';
    writeFile("long.nf", lines161);
    writeFile("wide.nf", QByteArray(6001, 'w') + '\n');
    writeFile("short.nf", "a\nb\n");
    LocalTools tools(m_dir->path(), settings());
    for (const char *name : { "long.nf", "wide.nf", "short.nf" })
        QCOMPARE(runTool(tools, "read_file_local", { { "path", name } }).exitCode, 0);
    for (const char *name : { "long.nf", "wide.nf" }) {
        const ToolResult r
            = runTool(tools, "write_file_local", { { "path", name }, { "content", "x\n" } });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.stderrText.contains("use edit_file_local instead"), qPrintable(r.stderrText));
    }
    QCOMPARE(fileContent("long.nf"), lines161);
    // A short file is not rewritten into a long one either.
    ToolResult r = runTool(
        tools, "write_file_local", { { "path", "short.nf" }, { "content", QString(lines161) } });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(fileContent("short.nf"), "a\nb\n");
    // Exactly at the limits, and new files of any length, are written.
    QByteArray lines160 = lines161.left(lines161.indexOf("l161"));
    r = runTool(
        tools, "write_file_local", { { "path", "short.nf" }, { "content", QString(lines160) } });
    QCOMPARE(r.exitCode, 0);
    r = runTool(
        tools, "write_file_local", { { "path", "new.nf" }, { "content", QString(lines161) } });
    QCOMPARE(r.exitCode, 0);
}

void TestLocalTools::changedSinceReadIsRefused()
{
    LocalTools tools(m_dir->path(), settings());
    QCOMPARE(runTool(tools, "read_file_local", { { "path", "main.nf" } }).exitCode, 0);
    // Another program appends (size and times change).
    writeFile("main.nf", "workflow {\n    hello()\n}\nprocess hello {\n}\n// added\n");
    ToolResult r = runTool(tools, "edit_file_local",
        { { "path", "main.nf" }, { "old_str", "hello()" }, { "new_str", "bye()" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText.contains("has changed since it was read"), qPrintable(r.stderrText));
    r = runTool(tools, "write_file_local", { { "path", "main.nf" }, { "content", "x\n" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stderrText.contains("read it again with read_file_local"));
    QVERIFY(fileContent("main.nf").endsWith("// added\n"));
    // Read again: the change is allowed, and the tool's own write counts as read.
    QCOMPARE(runTool(tools, "read_file_local", { { "path", "main.nf" } }).exitCode, 0);
    r = runTool(tools, "edit_file_local",
        { { "path", "main.nf" }, { "old_str", "hello()" }, { "new_str", "bye()" } });
    QCOMPARE(r.exitCode, 0);
    r = runTool(tools, "edit_file_local",
        { { "path", "main.nf" }, { "old_str", "bye()" }, { "new_str", "hi()" } });
    QCOMPARE(r.exitCode, 0);
    // Same size, same content, only the change time moves (a chmod): refused too.
    QVERIFY(::chmod(QFile::encodeName(m_dir->filePath("main.nf")).constData(), 0640) == 0);
    r = runTool(tools, "write_file_local", { { "path", "main.nf" }, { "content", "x\n" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.stderrText.contains("has changed since it was read"));
}

void TestLocalTools::fuzzyEditNeedsSimilarity()
{
    writeFile("f.nf", "top\nprocess A {\n    cpus 2\n    memory '4 GB'\n}\nend\n");
    LocalTools tools(m_dir->path(), settings());
    runTool(tools, "read_file_local", { { "path", "f.nf" } });
    // Anchors match but the middle is something else entirely: not this region.
    ToolResult r = runTool(tools, "edit_file_local",
        { { "path", "f.nf" }, { "old_str", "process A {\nxyzzy plugh qux\nzzzz\n}" },
            { "new_str", "gone" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText.contains("not found"), qPrintable(r.stderrText));
    QCOMPARE(fileContent("f.nf"), "top\nprocess A {\n    cpus 2\n    memory '4 GB'\n}\nend\n");
    // Close enough (a typo and different indentation): replaced.
    r = runTool(tools, "edit_file_local",
        { { "path", "f.nf" }, { "old_str", "process A {\n  cpus 2\n  memory '4GB'\n}" },
            { "new_str", "process A {\n    cpus 4\n}" } });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(fileContent("f.nf"), "top\nprocess A {\n    cpus 4\n}\nend\n");
}

void TestLocalTools::fuzzyEditRefusesAmbiguity()
{
    const QByteArray block = "process {\n    cpus 2\n    memory 4\n}\n";
    writeFile("f.nf", block + "\n" + block);
    LocalTools tools(m_dir->path(), settings());
    runTool(tools, "read_file_local", { { "path", "f.nf" } });
    const ToolResult r = runTool(tools, "edit_file_local",
        { { "path", "f.nf" }, { "old_str", "process {\n  cpus 2\n  memory 4\n}" },
            { "new_str", "x" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText.contains("several places"), qPrintable(r.stderrText));
    QCOMPARE(fileContent("f.nf"), block + "\n" + block);
}

void TestLocalTools::fuzzyEditIsBounded()
{
    // Edit distance is quadratic: 20 regions whose middle lines are 2,000 characters long
    // would cost 80 million comparisons; the fuzzy match stops and asks for the exact text.
    // Judged by that answer, not by a clock (a loaded CI machine made a 5 s limit flaky).
    QByteArray file;
    for (int i = 0; i < 20; ++i)
        file += "begin\n" + QByteArray(2000, char('a' + i % 26)) + "\nend\n";
    writeFile("big.txt", file);
    LocalTools tools(m_dir->path(), settings());
    runTool(tools, "read_file_local", { { "path", "big.txt" } });
    const ToolResult r = runTool(tools, "edit_file_local",
        { { "path", "big.txt" }, { "old_str", "begin\n" + QString(2000, 'z') + "\nend" },
            { "new_str", "x" } });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.stderrText.contains("too long to be matched approximately"), qPrintable(r.stderrText));
    QCOMPARE(fileContent("big.txt"), file);
}

void TestLocalTools::outputLosesTerminalControls()
{
    LocalTools tools(m_dir->path(), settings());
    const ToolResult r = runTool(tools, "execute_bash_local",
        { { "command",
            "printf '\\033[1;31mred\\033[0m \\033]0;title\\007\\033]8;;http://x\\033\\\\link"
            "\\033]8;;\\033\\\\ \\033(Bdone\\n10%%\\r50%%\\r100%%\\r\\nend\\n'; "
            "printf '\\033[33mwarn\\033[0m\\n' >&2" } });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.stdoutText, QStringLiteral("red link done\n10%\n50%\n100%\r\nend\n"));
    QCOMPARE(r.stderrText, QStringLiteral("warn\n"));
}

void TestLocalTools::nextflowOutputIsCondensed()
{
    // What `nextflow run` prints with NXF_ANSI_LOG=false, as a fixture.
    writeFile("run.log",
        " N E X T F L O W  ~  version 24.04.4\n"
        "\n"
        "Launching `main.nf` [tiny_curie] DSL2 - revision: 0123456789\n"
        "\n"
        "executor >  local (2)\n"
        "[3f/a1b2c3] process > HELLO (1) [100%] 1 of 1 \xe2\x9c\x94\n"
        "[7d/0e9f8a] process > BYE [  0%] 0 of 1\n"
        "WARN: Task runtime metrics are not reported\n"
        "WARN:   Task runtime   metrics are not reported\n"
        "ERROR ~ Error executing process > 'BYE'\n"
        "  Caused by:\n"
        "    Process `BYE` terminated with an error exit status (1)\n"
        "\n"
        "-- Check '.nextflow.log' file for details\n"
        "----------\n"
        "Completed at: 03-Dec-2026 04:00:00\n"
        "Duration    : 3.1s\n"
        "CPU hours   : (a few seconds)\n"
        "Succeeded   : 1\n"
        "Failed      : 1\n"
        "Cached      : 2\n");
    LocalTools tools(m_dir->path(), settings());
    ToolResult r = runTool(tools, "execute_bash_local", { { "command", "cat run.log" } });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.stdoutText,
        QStringLiteral("[PIPELINE] main.nf [tiny_curie] | revision=0123456789\n"
                       "[PROCESS 3f/a1b2c3] HELLO (1)\n"
                       "[PROCESS 7d/0e9f8a] BYE\n"
                       "[WARN] Task runtime metrics are not reported\n"
                       "[ERROR] Error executing process > 'BYE'\n"
                       "  Caused by:\n"
                       "    Process `BYE` terminated with an error exit status (1)\n"
                       "-- Check '.nextflow.log' file for details\n"
                       "\n"
                       "[FAILED] completed=2 failed=1 cached=2\n"));
    // Other output is left alone, blank lines and rulers included.
    r = runTool(tools, "execute_bash_local", { { "command", "printf 'a\\n\\n----\\nb\\n'" } });
    QCOMPARE(r.stdoutText, QStringLiteral("a\n\n----\nb\n"));
}

QTEST_GUILESS_MAIN(TestLocalTools)
#include "tst_localtools.moc"

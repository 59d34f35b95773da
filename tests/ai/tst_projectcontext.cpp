// Project context for `seqera ai` (ai-protocol.md §3), built from scratch folders and real git
// repositories in temporary directories.
#include "ai/context/projectcontext.h"

#include "config/settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera::ai;

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(content);
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("GIT_")))
            env.remove(key);
    }
    return env;
}

QByteArray git(const QString &dir, const QStringList &args, const QString &date = {})
{
    QProcess p;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), dir);
    if (!date.isEmpty()) {
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), date);
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), date);
    }
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"),
        QStringList { QStringLiteral("-c"), QStringLiteral("user.name=Ada Lovelace"),
            QStringLiteral("-c"), QStringLiteral("user.email=ada@example.org"),
            QStringLiteral("-c"), QStringLiteral("init.defaultBranch=main") }
            + args);
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        qWarning() << "git" << args << "failed:" << p.readAllStandardError();
    return p.readAllStandardOutput();
}

// Options that never read the real home folder of whoever runs the tests.
ContextOptions scratchOptions(const QString &home)
{
    ContextOptions o;
    o.homeDir = home;
    o.configHome = home + QStringLiteral("/.config");
    o.environment = cleanEnvironment();
    return o;
}

QJsonObject gitStatus(const ProjectContext &c)
{
    return c.directoryContext.value(QStringLiteral("git_status")).toObject();
}

QJsonObject fileEntry(const QJsonArray &files, const QString &path)
{
    for (const QJsonValue &v : files) {
        if (v.toObject().value(QStringLiteral("path")).toString() == path)
            return v.toObject();
    }
    return {};
}

bool processRunning(const QByteArray &commandLine)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (f.open(QIODevice::ReadOnly) && f.readAll().replace('\0', ' ').trimmed() == commandLine)
            return true;
    }
    return false;
}

} // namespace

class TestProjectContext : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty(), "git needed");
    }

    void treeFormat()
    {
        QTemporaryDir home, dir;
        const QString d = dir.path();
        write(d + "/main.nf", "workflow {}\n");
        write(d + "/.hidden/x", "x");
        write(d + "/.env", "SECRET=1");
        write(d + "/.github/workflows/ci.yml", "on: push\n");
        write(d + "/.nextflow/history", "");
        for (int i = 0; i < 12; ++i)
            write(d + QStringLiteral("/modules/m%1/main.nf").arg(i, 2, 10, QLatin1Char('0')), "");
        write(d + "/bin/run.sh", "#!/bin/sh\n");
        QTemporaryDir outside;
        write(outside.path() + "/secret.txt", "not ours");
        QVERIFY(QFile::link(outside.path(), d + "/linked"));

        const ProjectContext c = collectProjectContext(d, scratchOptions(home.path()));
        // Two levels: every top-level entry, the first 10 of each top-level folder.
        const QString expected = d
            + "\n"
              "|-- .github/\n"
              "    `-- workflows/\n"
              "|-- .nextflow/\n"
              "    `-- history\n"
              "|-- bin/\n"
              "    `-- run.sh\n"
              "|-- linked/\n"
              "|-- main.nf\n"
              "`-- modules/\n"
              "    |-- m00/\n"
              "    |-- m01/\n"
              "    |-- m02/\n"
              "    |-- m03/\n"
              "    |-- m04/\n"
              "    |-- m05/\n"
              "    |-- m06/\n"
              "    |-- m07/\n"
              "    |-- m08/\n"
              "    |-- m09/\n"
              "    `-- ... (2 more items)";
        QCOMPARE(c.directoryContext.value(QStringLiteral("directory_tree")).toString(), expected);
        QCOMPARE(c.directoryContext.value(QStringLiteral("cwd")).toString(), d);
        // The link is named, never followed.
        QVERIFY(!QJsonDocument(c.directoryContext).toJson().contains("secret.txt"));
    }

    // An nf-core pipeline: nothing the assistant needs may vanish into "... (N more items)",
    // and names sort case-insensitively also in the C locale (LANG unset), where a collator
    // would put every capital first.
    void nfCoreLayout()
    {
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QTemporaryDir home, dir;
        const QString d = dir.path();
        for (const char *file :
            { "main.nf", "nextflow.config", "nextflow_schema.json", "modules.json", "README.md",
                "CHANGELOG.md", "CITATIONS.md", "LICENSE", ".nf-core.yml", ".gitignore",
                ".editorconfig", "workflows/rnaseq.nf", "subworkflows/local/utils/main.nf",
                "subworkflows/nf-core/fastq/main.nf", "modules/local/custom/main.nf",
                "modules/nf-core/fastqc/main.nf", "assets/schema_input.json",
                "assets/multiqc_config.yml", "docs/usage.md", "docs/output.md",
                "docs/images/logo.png", "bin/check_samplesheet.py", "tests/default.nf.test",
                "tests/nextflow.config", ".github/CONTRIBUTING.md", ".github/workflows/ci.yml" })
            write(d + "/" + file, "x\n");
        for (int i = 1; i <= 12; ++i)
            write(d + QStringLiteral("/conf/test_%1.config").arg(i, 2, 10, QLatin1Char('0')), "");
        write(d + "/conf/Base.config", "");
        // A repository's folder of a fixed shape (git's templates differ between versions).
        for (const char *file : { ".git/HEAD", ".git/config", ".git/description",
                 ".git/objects/info/packs", ".git/refs/heads/main" })
            write(d + "/" + file, "");

        const ProjectContext c = collectProjectContext(d, scratchOptions(home.path()));
        const QString expected = d
            + "\n"
              "|-- .git/\n"
              "    |-- config\n"
              "    |-- description\n"
              "    |-- HEAD\n"
              "    |-- objects/\n"
              "    `-- refs/\n"
              "|-- .github/\n"
              "    |-- CONTRIBUTING.md\n"
              "    `-- workflows/\n"
              "|-- assets/\n"
              "    |-- multiqc_config.yml\n"
              "    `-- schema_input.json\n"
              "|-- bin/\n"
              "    `-- check_samplesheet.py\n"
              "|-- CHANGELOG.md\n"
              "|-- CITATIONS.md\n"
              "|-- conf/\n"
              "    |-- Base.config\n"
              "    |-- test_01.config\n"
              "    |-- test_02.config\n"
              "    |-- test_03.config\n"
              "    |-- test_04.config\n"
              "    |-- test_05.config\n"
              "    |-- test_06.config\n"
              "    |-- test_07.config\n"
              "    |-- test_08.config\n"
              "    |-- test_09.config\n"
              "    `-- ... (3 more items)\n"
              "|-- docs/\n"
              "    |-- images/\n"
              "    |-- output.md\n"
              "    `-- usage.md\n"
              "|-- LICENSE\n"
              "|-- main.nf\n"
              "|-- modules/\n"
              "    |-- local/\n"
              "    `-- nf-core/\n"
              "|-- modules.json\n"
              "|-- nextflow.config\n"
              "|-- nextflow_schema.json\n"
              "|-- README.md\n"
              "|-- subworkflows/\n"
              "    |-- local/\n"
              "    `-- nf-core/\n"
              "|-- tests/\n"
              "    |-- default.nf.test\n"
              "    `-- nextflow.config\n"
              "`-- workflows/\n"
              "    `-- rnaseq.nf";
        QCOMPARE(c.directoryContext.value(QStringLiteral("directory_tree")).toString(), expected);

        // The listing: folders first, both groups in the same order.
        QStringList names;
        const QStringList lines
            = c.directoryContext.value(QStringLiteral("directory_listing")).toString().split('\n');
        for (const QString &line : lines)
            names << line.section(QLatin1Char(' '), 0, 0);
        QCOMPARE(names,
            (QStringList { ".git/", ".github/", "assets/", "bin/", "conf/", "docs/", "modules/",
                "subworkflows/", "tests/", "workflows/", "CHANGELOG.md", "CITATIONS.md", "LICENSE",
                "main.nf", "modules.json", "nextflow.config", "nextflow_schema.json",
                "README.md" }));
        QCOMPARE(c.directoryContext.value(QStringLiteral("main_nf_path")).toString(),
            QStringLiteral("main.nf"));
    }

    // Names that differ only in case: lowercase first, as the official client's collation.
    void sortIgnoresCaseWhateverTheLocale()
    {
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QTemporaryDir home, dir;
        for (const char *file : { "b", "B2", "a", "A", "_x", "Zeta", "alpha" })
            write(dir.path() + "/" + file, "");
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QCOMPARE(c.directoryContext.value(QStringLiteral("directory_tree")).toString(),
            dir.path() + "\n|-- _x\n|-- a\n|-- A\n|-- alpha\n|-- b\n|-- B2\n`-- Zeta");
    }

    void listingFormat()
    {
        QTemporaryDir home, dir;
        const QString d = dir.path();
        write(d + "/b.txt", QByteArray(1234, 'x'));
        write(d + "/a.txt", "");
        QFile big(d + "/c.bam");
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(1.5 * 1024 * 1024)));
        big.close();
        QDir(d).mkdir(QStringLiteral("zdir"));
        QDir(d).mkdir(QStringLiteral("adir"));
        write(d + "/.secret", "x");
        QVERIFY(QFile::link(d + "/nowhere", d + "/dangling"));
        const ProjectContext c = collectProjectContext(d, scratchOptions(home.path()));
        const QString expected = QStringLiteral("adir/").leftJustified(40) + " <DIR>\n"
            + QStringLiteral("zdir/").leftJustified(40) + " <DIR>\n"
            + QStringLiteral("a.txt").leftJustified(40) + " 0 bytes\n"
            + QStringLiteral("b.txt").leftJustified(40) + " 1,234 bytes\n"
            + QStringLiteral("c.bam").leftJustified(40) + " 1.50 MB\n"
            + QStringLiteral("dangling").leftJustified(40) + " [error reading]";
        QCOMPARE(c.directoryContext.value(QStringLiteral("directory_listing"))
                     .toString()
                     .split(QLatin1Char('\n')),
            expected.split(QLatin1Char('\n')));
    }

    void listingCapAndEmpty()
    {
        QTemporaryDir home, dir, empty;
        for (int i = 0; i < 60; ++i)
            write(dir.path() + QStringLiteral("/f%1").arg(i, 2, 10, QLatin1Char('0')), "");
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        const QStringList lines
            = c.directoryContext.value(QStringLiteral("directory_listing")).toString().split('\n');
        QCOMPARE(lines.size(), 51);
        QVERIFY(lines.at(49).startsWith(QLatin1String("f49 ")));
        QCOMPARE(lines.last(), QStringLiteral("... (10 more items)"));

        const ProjectContext e = collectProjectContext(empty.path(), scratchOptions(home.path()));
        QCOMPARE(
            e.directoryContext.value(QStringLiteral("directory_listing")).toString(), QString());
        QCOMPARE(
            e.directoryContext.value(QStringLiteral("directory_tree")).toString(), empty.path());
        QCOMPARE(e.instructionContext, QString());
    }

    // Outside a pipeline folder the main.nf keys are left out, never sent as null.
    void noMainNfNoKeys()
    {
        QTemporaryDir home, dir;
        write(dir.path() + "/README.md", "not a pipeline\n");
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QVERIFY(!c.directoryContext.contains(QStringLiteral("main_nf_path")));
        QVERIFY(!c.directoryContext.contains(QStringLiteral("main_nf_content")));
        const QByteArray wire = toWireJson(sessionBody(dir.path(), true, c));
        QVERIFY2(!wire.contains("main_nf"), wire.constData());
        // Empty lists too, as the official client leaves them out.
        for (const char *key : { "project_skills", "pipeline_docs", "pipeline_memory" })
            QVERIFY2(!c.directoryContext.contains(QLatin1String(key)), key);
        QVERIFY2(!wire.contains("null"), wire.constData());
    }

    void mainNf_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("small") << QByteArray("workflow {\n  FOO()\n}\n")
                               << QStringLiteral("workflow {\n  FOO()\n}\n");
        QByteArray manyLines;
        for (int i = 0; i < 600; ++i)
            manyLines += "x\n";
        QStringList five(500, QStringLiteral("x"));
        QTest::newRow("600 lines") << manyLines << five.join('\n') + "\n... (truncated)";
        QTest::newRow("long line")
            << QByteArray(700, 'a') + "\nend" << QString(500, 'a') + "\nend\n... (truncated)";
        QByteArray wide;
        for (int i = 0; i < 20; ++i)
            wide += QByteArray(400, 'b') + '\n';
        QTest::newRow("6000 chars")
            << wide << QString::fromLatin1(wide.left(5000)) + "\n... (truncated)";
    }

    void mainNf()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir home, dir;
        write(dir.path() + "/main.nf", content);
        write(dir.path() + "/workflows/main.nf", "not this one");
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QCOMPARE(c.directoryContext.value(QStringLiteral("main_nf_path")).toString(),
            QStringLiteral("main.nf"));
        QCOMPARE(c.directoryContext.value(QStringLiteral("main_nf_content")).toString(), expected);
    }

    void mainNfInWorkflows()
    {
        QTemporaryDir home, dir;
        write(dir.path() + "/workflows/main.nf", "workflow PIPE {}\n");
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QCOMPARE(c.directoryContext.value(QStringLiteral("main_nf_path")).toString(),
            QStringLiteral("workflows/main.nf"));
        QCOMPARE(c.directoryContext.value(QStringLiteral("main_nf_content")).toString(),
            QStringLiteral("workflow PIPE {}\n"));
    }

    void mainNfLinkedOutsideIsNotRead()
    {
        QTemporaryDir home, dir, outside;
        write(outside.path() + "/main.nf", "private");
        QVERIFY(QFile::link(outside.path() + "/main.nf", dir.path() + "/main.nf"));
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QVERIFY(!c.directoryContext.contains(QStringLiteral("main_nf_content")));
        QVERIFY(!c.directoryContext.contains(QStringLiteral("main_nf_path")));
    }

    void fifoIsNeverOpened()
    {
        QTemporaryDir home, dir;
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), { dir.path() + "/main.nf" }), 0);
        QElapsedTimer t;
        t.start();
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(!c.directoryContext.contains(QStringLiteral("main_nf_content")));
    }

    void notARepository()
    {
        QTemporaryDir home, dir;
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QCOMPARE(gitStatus(c), (QJsonObject { { QStringLiteral("is_git_repo"), false } }));
    }

    void gitStatusAndCommits()
    {
        QTemporaryDir home, dir;
        const QString d = dir.path();
        git(d, { "init", "-q" });
        write(d + "/keep.txt", "one\ntwo\nthree\n");
        write(d + "/gone.txt", "bye\n");
        write(d + "/data.bin", QByteArray("\0\1\2", 3));
        git(d, { "add", "." });
        git(d, { "commit", "-q", "-m", "Initial import" }, "2024-03-01T10:00:00+01:00");
        for (int i = 0; i < 11; ++i) {
            write(d + "/log.txt", QByteArray::number(i) + "\n");
            git(d, { "add", "log.txt" });
            git(d, { "commit", "-q", "-m", QStringLiteral("Change %1").arg(i) },
                QStringLiteral("2024-03-02T10:00:%1+00:00").arg(i, 2, 10, QLatin1Char('0')));
        }
        write(d + "/big.txt", QByteArray(5000, 'y'));
        git(d, { "add", "big.txt" });
        git(d, { "commit", "-q", "-m", "A big file" }, "2024-03-03T10:00:00+00:00");
        git(d, { "checkout", "-q", "-b", "feature/x" });
        write(d + "/keep.txt", "one\nTWO\nthree\nfour\n"); // +2 -1
        QFile::remove(d + "/gone.txt");
        write(d + "/new.nf", "a\nb\nc"); // untracked: 2 newlines + 1
        write(d + "/staged.txt", "s\n");
        git(d, { "add", "staged.txt" });
        write(d + "/untracked/dir/file", "x");
        write(d + "/untracked/empty.txt", "");

        // A GIT_DIR in our environment (as set inside a git hook) must not redirect git.
        QTemporaryDir other;
        git(other.path(), { "init", "-q" });
        ContextOptions options = scratchOptions(home.path());
        options.environment.insert(QStringLiteral("GIT_DIR"), other.path() + "/.git");
        options.environment.insert(QStringLiteral("GIT_WORK_TREE"), other.path());

        const ProjectContext c = collectProjectContext(d, options);
        const QJsonObject g = gitStatus(c);
        QCOMPARE(g.value(QStringLiteral("is_git_repo")).toBool(), true);
        QCOMPARE(g.value(QStringLiteral("branch")).toString(), QStringLiteral("feature/x"));
        const QJsonArray files = g.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 6);
        // As the official client computes them: what `git diff --numstat HEAD` lists is
        // "modified" (a deleted or a staged new file too), an untracked file is "added" with
        // its newlines + 1 (0 when empty), each file of an untracked folder on its own.
        QCOMPARE(fileEntry(files, "keep.txt"),
            (QJsonObject { { "path", "keep.txt" }, { "added", 2 }, { "removed", 1 },
                { "status", "modified" } }));
        QCOMPARE(fileEntry(files, "gone.txt"),
            (QJsonObject { { "path", "gone.txt" }, { "added", 0 }, { "removed", 1 },
                { "status", "modified" } }));
        QCOMPARE(fileEntry(files, "staged.txt"),
            (QJsonObject { { "path", "staged.txt" }, { "added", 1 }, { "removed", 0 },
                { "status", "modified" } }));
        QCOMPARE(fileEntry(files, "new.nf"),
            (QJsonObject {
                { "path", "new.nf" }, { "added", 3 }, { "removed", 0 }, { "status", "added" } }));
        QCOMPARE(fileEntry(files, "untracked/dir/file"),
            (QJsonObject { { "path", "untracked/dir/file" }, { "added", 1 }, { "removed", 0 },
                { "status", "added" } }));
        QCOMPARE(fileEntry(files, "untracked/empty.txt"),
            (QJsonObject { { "path", "untracked/empty.txt" }, { "added", 0 }, { "removed", 0 },
                { "status", "added" } }));
        QVERIFY(fileEntry(files, "untracked/").isEmpty());

        const QJsonArray commits = g.value(QStringLiteral("recent_commits")).toArray();
        QCOMPARE(commits.size(), 10);
        const QJsonObject newest = commits.first().toObject();
        const QString head = QString::fromLatin1(git(d, { "rev-parse", "HEAD" })).trimmed();
        QCOMPARE(newest.value("hash").toString(), head.left(8));
        QCOMPARE(newest.value("author").toString(), QStringLiteral("Ada Lovelace"));
        // Git's %aI as it writes it: "+00:00" up to 2.46, "Z" for UTC from 2.47 (Debian 13).
        const QString date = newest.value("date").toString();
        QVERIFY2(date == QStringLiteral("2024-03-03T10:00:00+00:00")
                || date == QStringLiteral("2024-03-03T10:00:00Z"),
            qPrintable(date));
        QCOMPARE(newest.value("message").toString(), QStringLiteral("A big file"));
        // The commit's stat and patch as git prints them, from the `---` that starts them, cut
        // at 2,000 characters with a note.
        const QString diff = newest.value("diff").toString();
        QCOMPARE(diff.size(), 2000 + 16);
        QVERIFY2(diff.startsWith(QLatin1String("---\n big.txt | 1 +")), qPrintable(diff.left(200)));
        QVERIFY(diff.contains(QLatin1String("+++ b/big.txt")));
        QVERIFY(diff.endsWith(QLatin1String("\n... (truncated)")));
        const QJsonObject older = commits.at(1).toObject();
        QCOMPARE(older.value("message").toString(), QStringLiteral("Change 10"));
        const QString olderDiff = older.value("diff").toString();
        QVERIFY2(
            olderDiff.startsWith(QLatin1String("---\n log.txt | 2 +-\n")), qPrintable(olderDiff));
        QVERIFY(olderDiff.contains(QLatin1String("-9\n+10")));
        QVERIFY(!olderDiff.contains(QLatin1String("(truncated)")));
        QCOMPARE(commits.last().toObject().value("message").toString(), QStringLiteral("Change 2"));
    }

    void gitFromSubdirectoryAndUnbornBranch()
    {
        QTemporaryDir home, dir;
        git(dir.path(), { "init", "-q" });
        write(dir.path() + "/sub/deeper/x.txt", "x\n");
        const ProjectContext c
            = collectProjectContext(dir.path() + "/sub/deeper", scratchOptions(home.path()));
        const QJsonObject g = gitStatus(c);
        QCOMPARE(g.value(QStringLiteral("is_git_repo")).toBool(), true);
        QCOMPARE(g.value(QStringLiteral("branch")).toString(), QStringLiteral("main"));
        QVERIFY(!g.contains(QStringLiteral("recent_commits")));
        QCOMPARE(g.value(QStringLiteral("files")).toArray(),
            (QJsonArray { QJsonObject { { "path", "sub/deeper/x.txt" }, { "added", 2 },
                { "removed", 0 }, { "status", "added" } } }));
    }

    // A commit without changes has no diff key, not an empty one.
    void emptyCommitHasNoDiff()
    {
        QTemporaryDir home, dir;
        git(dir.path(), { "init", "-q" });
        git(dir.path(), { "commit", "-q", "--allow-empty", "-m", "Nothing" });
        const QJsonArray commits
            = gitStatus(collectProjectContext(dir.path(), scratchOptions(home.path())))
                  .value(QStringLiteral("recent_commits"))
                  .toArray();
        QCOMPARE(commits.size(), 1);
        QCOMPARE(commits.first().toObject().value("message").toString(), QStringLiteral("Nothing"));
        QVERIFY(!commits.first().toObject().contains(QStringLiteral("diff")));
    }

    void hungGitHitsTheTimeout()
    {
        QTemporaryDir home, dir, bin;
        // A child that keeps the pipes open, as a git waiting on a helper would.
        const QByteArray marker = QByteArray::number(QCoreApplication::applicationPid()) + ".25";
        write(bin.path() + "/git", "#!/bin/sh\nsleep " + marker + "\n");
        QFile::setPermissions(
            bin.path() + "/git", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        write(dir.path() + "/main.nf", "workflow {}\n");
        git(dir.path(), { "init", "-q" });
        ContextOptions options = scratchOptions(home.path());
        options.environment.insert(QStringLiteral("PATH"),
            bin.path() + ":" + options.environment.value(QStringLiteral("PATH")));
        options.gitTimeoutMs = 300;
        QElapsedTimer t;
        t.start();
        const ProjectContext c = collectProjectContext(dir.path(), options);
        QVERIFY2(t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        // A repository git did not describe in time: nothing but that (no empty branch).
        QCOMPARE(
            gitStatus(c), (QJsonObject { { "is_git_repo", true }, { "files", QJsonArray() } }));
        // Nothing of the hung git is left behind.
        QTRY_VERIFY_WITH_TIMEOUT(!processRunning("sleep " + marker), 2000);
        // Everything else is still there.
        QCOMPARE(c.directoryContext.value(QStringLiteral("main_nf_path")).toString(),
            QStringLiteral("main.nf"));
    }

    void noGitInstalled()
    {
        QTemporaryDir home, dir;
        git(dir.path(), { "init", "-q" });
        ContextOptions options = scratchOptions(home.path());
        options.environment.insert(QStringLiteral("PATH"), dir.path() + "/no-such-bin");
        const ProjectContext c = collectProjectContext(dir.path(), options);
        QCOMPARE(gitStatus(c), (QJsonObject { { "is_git_repo", false } }));
    }

    void notARepositoryAlthoughThereIsADotGit()
    {
        QTemporaryDir home, dir;
        QDir(dir.path()).mkdir(".git"); // empty: git says no
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QCOMPARE(gitStatus(c), (QJsonObject { { "is_git_repo", false } }));
    }

    void slowGitKeepsWhatAnswered()
    {
        // The branch answers, the rest hangs: a repository with what could be learnt.
        QTemporaryDir home, dir, bin;
        git(dir.path(), { "init", "-q" });
        const QString realGit = QStandardPaths::findExecutable(QStringLiteral("git"));
        write(bin.path() + "/git",
            "#!/bin/sh\ncase \"$*\" in *symbolic-ref*) exec " + realGit.toUtf8()
                + " \"$@\";; esac\nexec sleep 30\n");
        QFile::setPermissions(
            bin.path() + "/git", QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        ContextOptions options = scratchOptions(home.path());
        options.environment.insert(QStringLiteral("PATH"), bin.path() + ":/usr/bin:/bin");
        options.gitTimeoutMs = 500;
        QElapsedTimer t;
        t.start();
        const ProjectContext c = collectProjectContext(dir.path(), options);
        QVERIFY(t.elapsed() < 4000);
        const QJsonObject g = gitStatus(c);
        QCOMPARE(g,
            (QJsonObject {
                { "is_git_repo", true }, { "branch", "main" }, { "files", QJsonArray() } }));
    }

    void skills()
    {
        QTemporaryDir home, dir;
        const QString root = dir.path();
        git(root, { "init", "-q" });
        const QString cwd = root + "/pipelines/rnaseq";
        auto skill = [](const QString &name, const QString &description) {
            return QStringLiteral("---\nname: %1\ndescription: %2\n---\n# body\n")
                .arg(name, description)
                .toUtf8();
        };
        write(cwd + "/.seqera/skills/lint/SKILL.md", skill("lint", "Lint the pipeline"));
        write(cwd + "/.agents/skills/nodesc/SKILL.md", "---\nname: nodesc\n---\n");
        write(cwd + "/.agents/skills/windows/SKILL.md",
            "\xef\xbb\xbf---\r\nname: windows\r\ndescription: 'Saved with a BOM and "
            "CRLF'\r\n---\r\n");
        write(root + "/.agents/skills/release/SKILL.md",
            "---\nname: \"release\"\ndescription: >\n  Cut a release\n  of the pipeline\n---\n");
        write(root + "/.seqera/skills/lint/SKILL.md", skill("lint", "Shadowed by the nearer one"));
        write(home.path() + "/.config/seqera/skills/mine/SKILL.md", skill("mine", "Mine"));
        write(home.path() + "/.agents/skills/agent/SKILL.md", skill("agent", "Agent skill"));
        QTemporaryDir outside; // a link out of the project is not followed
        write(outside.path() + "/escape/SKILL.md", skill("escape", "outside"));
        QVERIFY(QFile::link(outside.path() + "/escape", root + "/.agents/skills/escape"));
        const ProjectContext c = collectProjectContext(cwd, scratchOptions(home.path()));
        QJsonArray skills = c.directoryContext.value(QStringLiteral("project_skills")).toArray();
        QCOMPARE(skills.size(), 5);
        QCOMPARE(skills.at(0).toObject(),
            (QJsonObject { { "name", "lint" }, { "description", "Lint the pipeline" },
                { "source", "project" }, { "path", cwd + "/.seqera/skills/lint/SKILL.md" } }));
        QCOMPARE(skills.at(1).toObject().value("description").toString(),
            QStringLiteral("Saved with a BOM and CRLF"));
        skills.removeAt(1);
        QCOMPARE(skills.at(1).toObject().value("name").toString(), QStringLiteral("release"));
        QCOMPARE(skills.at(1).toObject().value("description").toString(),
            QStringLiteral("Cut a release of the pipeline"));
        QCOMPARE(skills.at(2).toObject().value("name").toString(), QStringLiteral("mine"));
        QCOMPARE(skills.at(2).toObject().value("source").toString(), QStringLiteral("user"));
        QCOMPARE(skills.at(3).toObject().value("name").toString(), QStringLiteral("agent"));
    }

    void skillsCap()
    {
        QTemporaryDir home, dir;
        for (int i = 0; i < 40; ++i) {
            write(dir.path()
                    + QStringLiteral("/.seqera/skills/s%1/SKILL.md")
                          .arg(i, 2, 10, QLatin1Char('0')),
                QStringLiteral("---\nname: s%1\ndescription: %2\n---\n")
                    .arg(i)
                    .arg(QString(150, 'd'))
                    .toUtf8());
        }
        const ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        const QJsonArray skills
            = c.directoryContext.value(QStringLiteral("project_skills")).toArray();
        const int length = QJsonDocument(skills).toJson(QJsonDocument::Compact).size();
        QVERIFY2(length <= 5000, qPrintable(QString::number(length)));
        QVERIFY(length > 4500);
        QVERIFY(skills.size() < 40);
    }

    void docsAndMemory()
    {
        QTemporaryDir home, dir;
        const QString d = dir.path();
        write(d + "/.seqera/docs/b.md", "second");
        write(d + "/.seqera/docs/a.md", "first");
        write(d + "/.seqera/docs/notes.txt", "not markdown");
        write(d + "/.seqera/memory/huge.md", QByteArray(20000, 'm'));
        const ProjectContext c = collectProjectContext(d, scratchOptions(home.path()));
        QCOMPARE(c.directoryContext.value(QStringLiteral("pipeline_docs")).toArray(),
            (QJsonArray { QJsonObject { { "path", ".seqera/docs/a.md" }, { "content", "first" } },
                QJsonObject { { "path", ".seqera/docs/b.md" }, { "content", "second" } } }));
        const QJsonArray memory
            = c.directoryContext.value(QStringLiteral("pipeline_memory")).toArray();
        QCOMPARE(memory.size(), 1);
        const int length = QJsonDocument(memory).toJson(QJsonDocument::Compact).size();
        QVERIFY2(length <= 8000 && length > 7500, qPrintable(QString::number(length)));
        QVERIFY(memory.at(0).toObject().value("content").toString().endsWith("\n... (truncated)"));
    }

    void instructions()
    {
        QTemporaryDir home, dir;
        const QString root = dir.path();
        git(root, { "init", "-q" });
        const QString cwd = root + "/a/b";
        write(root + "/AGENTS.md", "root rules\n");
        write(root + "/a/AGENTS.md", "a rules\n");
        write(cwd + "/CLAUDE.md", "claude rules: not used, AGENTS.md wins\n");
        write(cwd + "/AGENTS.md", "b rules\n");
        write(root + "/../AGENTS.md", "above the repository: never read\n");
        const ProjectContext c = collectProjectContext(cwd, scratchOptions(home.path()));
        QCOMPARE(c.instructionContext,
            root + "/AGENTS.md\nroot rules\n\n" + root + "/a/AGENTS.md\na rules\n\n" + cwd
                + "/AGENTS.md\nb rules");
    }

    // Over 8,000 characters: the official client's header, then whole files nearest first;
    // a nearest file that does not fit alone is cut with the official marker.
    void instructionsCapKeepsNearest()
    {
        const QString header = QStringLiteral(
            "[instruction context truncated to 8000 chars; prioritizing nearest instruction "
            "files]\n\n");
        QTemporaryDir home, dir;
        const QString root = dir.path();
        git(root, { "init", "-q" });
        write(root + "/CLAUDE.md", QByteArray(3000, 'r'));
        write(root + "/a/CLAUDE.md", QByteArray(3000, 'a'));
        write(root + "/a/b/CLAUDE.md", QByteArray(3000, 'b'));
        const ProjectContext c = collectProjectContext(root + "/a/b", scratchOptions(home.path()));
        QCOMPARE(c.instructionContext,
            header + root + "/a/CLAUDE.md\n" + QString(3000, 'a') + "\n\n" + root
                + "/a/b/CLAUDE.md\n" + QString(3000, 'b'));

        write(root + "/a/b/CLAUDE.md", QByteArray(9000, 'b') + "\n");
        const ProjectContext big
            = collectProjectContext(root + "/a/b", scratchOptions(home.path()));
        QCOMPARE(big.instructionContext.size(), 8000);
        QVERIFY(big.instructionContext.startsWith(header + root + "/a/b/CLAUDE.md\nbbb"));
        QVERIFY(big.instructionContext.endsWith("bbb\n\n[truncated file content]"));

        // Within the cap: no header.
        write(root + "/a/b/CLAUDE.md", "near\n");
        write(root + "/CLAUDE.md", "");
        const ProjectContext small
            = collectProjectContext(root + "/a/b", scratchOptions(home.path()));
        QCOMPARE(small.instructionContext,
            root + "/a/CLAUDE.md\n" + QString(3000, 'a') + "\n\n" + root + "/a/b/CLAUDE.md\nnear");
    }

    void instructionsUserFallback()
    {
        QTemporaryDir home, dir;
        write(home.path() + "/.claude/CLAUDE.md", "user rules");
        ProjectContext c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QCOMPARE(c.instructionContext, home.path() + "/.claude/CLAUDE.md\nuser rules");
        write(home.path() + "/.config/opencode/AGENTS.md", "opencode rules");
        c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QCOMPARE(c.instructionContext, home.path() + "/.config/opencode/AGENTS.md\nopencode rules");
        write(dir.path() + "/CONTEXT.md", "project");
        c = collectProjectContext(dir.path(), scratchOptions(home.path()));
        QCOMPARE(c.instructionContext, dir.path() + "/CONTEXT.md\nproject");
    }

    // Ours: outside a repository only the working directory is searched (the official client
    // goes up to `/` and reads an AGENTS.md anyone could leave in /tmp).
    void instructionsOutsideARepositoryStayInTheWorkingDirectory()
    {
        QTemporaryDir home, dir;
        write(dir.path() + "/AGENTS.md", "planted above the working directory\n");
        QDir(dir.path()).mkdir(QStringLiteral("work"));
        const ProjectContext c
            = collectProjectContext(dir.path() + "/work", scratchOptions(home.path()));
        QCOMPARE(c.instructionContext, QString());
    }

    // `seqera ai` run from the home folder, where `main.nf` (and other files the context reads)
    // are links to the profile's credentials: inside the "project", but the program's own
    // files are never read (issue 15).
    void ownFilesAreNeverRead()
    {
        QTemporaryDir home;
        const QString h = home.path();
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), h);
        const seqera::Settings settings = seqera::Settings::fromEnvironment(env);
        const QString credentials
            = settings.profileDir(QStringLiteral("default")) + QStringLiteral("/credentials.json");
        QVERIFY2(credentials.startsWith(h + "/"), qPrintable(credentials));
        const QByteArray secret = "rt-refresh-token-4242";
        write(credentials, "{\"refresh_token\":\"" + secret + "\"}\n");
        QVERIFY(QFile::link(credentials, h + "/main.nf"));
        QVERIFY(QFile::link(credentials, h + "/AGENTS.md"));
        QDir(h).mkpath(QStringLiteral(".seqera/docs"));
        QVERIFY(QFile::link(credentials, h + "/.seqera/docs/creds.md"));
        QDir(h).mkpath(QStringLiteral(".agents/skills/creds"));
        QVERIFY(QFile::link(credentials, h + "/.agents/skills/creds/SKILL.md"));
        // A folder link on the way is resolved too.
        QVERIFY(QFile::link(settings.profilesDir(), h + "/profiles"));
        QDir(h).mkpath(QStringLiteral("workflows"));
        QVERIFY(QFile::link(h + "/profiles/default/credentials.json", h + "/workflows/main.nf"));

        ContextOptions options = scratchOptions(h);
        options.ownFiles = seqera::ai::OwnFiles(settings);
        const ProjectContext c = collectProjectContext(h, options);
        const QByteArray wire = toWireJson(sessionBody(h, true, c));
        QVERIFY2(!wire.contains(secret), wire.constData());
        QVERIFY(!c.directoryContext.contains(QStringLiteral("main_nf_content")));
        QCOMPARE(c.instructionContext, QString());

        // A home folder kept in git, the profiles folder committed with it: its patch is not
        // sent either (the other files' are).
        git(h, { "init", "-q" });
        write(h + "/notes.txt", "my notes\n");
        git(h, { "add", "-f", "notes.txt", settings.profilesDir() });
        git(h, { "commit", "-q", "-m", "dotfiles" });
        const ProjectContext inGit = collectProjectContext(h, options);
        const QJsonArray commits
            = gitStatus(inGit).value(QStringLiteral("recent_commits")).toArray();
        QCOMPARE(commits.size(), 1);
        const QString patch = commits.first().toObject().value("diff").toString();
        QVERIFY2(patch.contains("+my notes"), qPrintable(patch));
        QVERIFY2(!toWireJson(sessionBody(h, true, inGit)).contains(secret), qPrintable(patch));

        // The same files, not ours: read.
        ContextOptions notOurs = scratchOptions(h);
        notOurs.ownFiles = seqera::ai::OwnFiles();
        const ProjectContext control = collectProjectContext(h, notOurs);
        QVERIFY(toWireJson(sessionBody(h, true, control)).contains(secret));
    }

    void sessionBodyFields()
    {
        ProjectContext c;
        c.directoryContext.insert(QStringLiteral("directory_tree"), QStringLiteral("/p"));
        QJsonObject body = sessionBody(QStringLiteral("/p"), true, c, QStringLiteral("42"));
        QCOMPARE(body.value("cwd").toString(), QStringLiteral("/p"));
        QCOMPARE(body.value("approval_mode").toString(), QStringLiteral("auto"));
        QCOMPARE(body.value("local_execution").toBool(), true);
        QCOMPARE(body.value("headless").toBool(), true);
        QVERIFY(body.value("organization_id").isString());
        QCOMPARE(body.value("organization_id").toString(), QStringLiteral("42"));
        QCOMPARE(body.value("directory_context").toObject().value("cwd").toString(),
            QStringLiteral("/p"));
        QVERIFY(!body.contains("instruction_context"));

        c.instructionContext = QStringLiteral("/p/AGENTS.md\nx");
        body = sessionBody(QStringLiteral("/p"), false, c);
        QCOMPARE(body.value("headless").toBool(), false);
        QCOMPARE(body.value("instruction_context").toString(), c.instructionContext);
        QVERIFY(!body.contains("organization_id"));
        QCOMPARE(body.size(), 6);
    }

    void wireOrder()
    {
        QTemporaryDir home, dir;
        git(dir.path(), { "init", "-q" });
        write(dir.path() + "/main.nf", "workflow {}\n");
        write(dir.path() + "/AGENTS.md", "rules");
        write(dir.path() + "/.seqera/docs/a.md", "doc");
        write(dir.path() + "/.seqera/memory/m.md", "memory");
        write(dir.path() + "/.seqera/skills/s/SKILL.md", "---\nname: s\ndescription: d\n---\n");
        git(dir.path(), { "add", "main.nf" });
        git(dir.path(), { "commit", "-q", "-m", "one" });
        write(dir.path() + "/main.nf", "workflow { X() }\n");
        const QJsonObject body = sessionBody(
            dir.path(), true, collectProjectContext(dir.path(), scratchOptions(home.path())), "9");
        const QByteArray wire = toWireJson(body);
        QCOMPARE(QJsonDocument::fromJson(wire).object(), body); // the same content
        QCOMPARE(wire.size(), QJsonDocument(body).toJson(QJsonDocument::Compact).size());
        auto inOrder = [&](const QList<QByteArray> &keys) {
            qsizetype at = -1;
            for (const QByteArray &k : keys) {
                const qsizetype next = wire.indexOf("\"" + k + "\":", at + 1);
                if (next <= at)
                    return false;
                at = next;
            }
            return true;
        };
        QVERIFY(wire.startsWith("{\"cwd\":"));
        QVERIFY(inOrder({ "cwd", "approval_mode", "local_execution", "headless",
            "directory_context", "cwd", "directory_tree", "main_nf_path", "main_nf_content",
            "git_status", "is_git_repo", "branch", "files", "path", "added", "removed", "status",
            "recent_commits", "hash", "author", "date", "message", "diff", "directory_listing",
            "project_skills", "name", "description", "source", "path", "pipeline_docs", "path",
            "content", "pipeline_memory", "instruction_context", "organization_id" }));
    }

    // Each row makes the body too large by a margin that the trimming order must take from the
    // named field, leaving every later field untouched.
    void trimmingOrder_data()
    {
        QTest::addColumn<int>("stage"); // how many fields are big
        QTest::newRow("listing only") << 1;
        QTest::newRow("tree") << 2;
        QTest::newRow("commits") << 3;
        QTest::newRow("git files") << 4;
        QTest::newRow("skills") << 5;
        QTest::newRow("docs") << 6;
        QTest::newRow("memory") << 7;
        QTest::newRow("main.nf") << 8;
    }

    void trimmingOrder()
    {
        QFETCH(int, stage);
        // Eight fields of 1,700 to 3,000 JSON characters; the first `stage` of them overflow.
        const QString listing(2000, 'l');
        const QString mainNf(3000, 'm');
        QStringList treeLines { QStringLiteral("/p") };
        for (int i = 0; i < 200; ++i)
            treeLines << QStringLiteral("|-- file%1").arg(i);
        auto array = [&](const QString &key, int items) {
            QJsonArray a;
            for (int i = 0; i < items; ++i)
                a.append(QJsonObject { { key, QString(150, QLatin1Char('a' + i)) } });
            return a;
        };
        ProjectContext c;
        QJsonObject &dc = c.directoryContext;
        dc.insert("directory_listing", listing);
        dc.insert("directory_tree", treeLines.join('\n'));
        dc.insert("git_status",
            QJsonObject { { "is_git_repo", true }, { "branch", "main" },
                { "files", array("path", 10) }, { "recent_commits", array("diff", 10) } });
        dc.insert("project_skills", array("name", 10));
        dc.insert("pipeline_docs", array("content", 10));
        dc.insert("pipeline_memory", array("content", 10));
        dc.insert("main_nf_content", mainNf);
        dc.insert("main_nf_path", "main.nf");
        const int full = jsonLength(sessionBody("/p", true, c));
        QVERIFY(full < 18000);
        // How much must go so that exactly the first `stage` fields are touched.
        ProjectContext probe = c;
        QJsonObject &pd = probe.directoryContext;
        QJsonObject g = pd.value("git_status").toObject();
        const QList<std::function<void()>> drops {
            [&] { pd.remove("directory_listing"); },
            [&] { pd.remove("directory_tree"); },
            [&] {
                g.remove("recent_commits");
                pd.insert("git_status", g);
            },
            [&] {
                g.insert("files", QJsonArray());
                pd.insert("git_status", g);
            },
            [&] { pd.insert("project_skills", QJsonArray()); },
            [&] { pd.insert("pipeline_docs", QJsonArray()); },
            [&] { pd.insert("pipeline_memory", QJsonArray()); },
            [&] { pd.insert("main_nf_content", QJsonValue()); },
        };
        for (int i = 0; i < stage - 1; ++i)
            drops.at(i)();
        const int before = jsonLength(sessionBody("/p", true, probe));
        drops.at(stage - 1)();
        const int after = jsonLength(sessionBody("/p", true, probe));
        // Pad main.nf's path (never trimmed) so the body is over the cap by half of field `stage`.
        const int overflow = full - before + (before - after) / 2;
        dc.insert("main_nf_path", QString(20000 - full + overflow + 7, 'p'));

        const QJsonObject body = sessionBody("/p", true, c);
        QVERIFY2(jsonLength(body) <= 20000, qPrintable(QString::number(jsonLength(body))));
        QVERIFY(jsonLength(body) >= 18900); // trimmed no more than needed
        const QJsonObject out = body.value("directory_context").toObject();
        const QJsonObject outGit = out.value("git_status").toObject();
        const QList<bool> touched {
            out.value("directory_listing").toString() != listing,
            out.value("directory_tree").toString() != treeLines.join('\n'),
            outGit.value("recent_commits").toArray() != array("diff", 10),
            outGit.value("files").toArray() != array("path", 10),
            out.value("project_skills").toArray() != array("name", 10),
            out.value("pipeline_docs").toArray() != array("content", 10),
            out.value("pipeline_memory").toArray() != array("content", 10),
            out.value("main_nf_content").toString() != mainNf,
        };
        for (int i = 0; i < touched.size(); ++i)
            QVERIFY2(touched.at(i) == (i < stage), qPrintable(QStringLiteral("field %1").arg(i)));
        if (stage == 2) {
            QVERIFY(out.value("directory_tree").toString().startsWith("/p\n|-- file0\n"));
            QVERIFY(out.value("directory_tree")
                        .toString()
                        .endsWith("\n... (truncated by payload cap)"));
        }
        if (stage == 8)
            QVERIFY(out.value("main_nf_content").toString().endsWith("\n... (truncated)"));
    }

    // The listing is shortened a line at a time (as few lines go as needed), before anything
    // else is touched.
    void trimmingShortensTheListingFirst()
    {
        QStringList listing;
        for (int i = 0; i < 50; ++i)
            listing
                << QStringLiteral("file%1.txt").arg(i, 2, 10, QLatin1Char('0')).leftJustified(40)
                    + " 1,234 bytes";
        const QString tree = QStringLiteral("/p\n|-- a\n`-- b");
        ProjectContext c;
        c.directoryContext.insert("directory_listing", listing.join('\n'));
        c.directoryContext.insert("directory_tree", tree);
        const int full = jsonLength(sessionBody("/p", true, c));
        // Over the cap by about 20 lines of the listing.
        c.directoryContext.insert("main_nf_path", QString(20000 - full + 20 * 53, 'p'));
        const QJsonObject body = sessionBody("/p", true, c);
        QVERIFY2(jsonLength(body) <= 20000, qPrintable(QString::number(jsonLength(body))));
        const QJsonObject out = body.value("directory_context").toObject();
        QCOMPARE(out.value("directory_tree").toString(), tree);
        const QStringList kept = out.value("directory_listing").toString().split('\n');
        QVERIFY2(kept.size() >= 25 && kept.size() <= 31, qPrintable(QString::number(kept.size())));
        QCOMPARE(kept.mid(0, kept.size() - 1), listing.mid(0, kept.size() - 1));
        QCOMPARE(kept.last(), QStringLiteral("... (truncated by payload cap)"));
        // One line more would not have fitted.
        QStringList more = listing.mid(0, kept.size());
        more << kept.last();
        QJsonObject bigger = out;
        bigger.insert("directory_listing", more.join('\n'));
        QJsonObject biggerBody = body;
        biggerBody.insert("directory_context", bigger);
        QVERIFY(jsonLength(biggerBody) > 20000);
    }

    // A listing or tree that cannot keep one entry is left out, never sent as nothing but
    // "... (truncated by payload cap)".
    void trimmingNeverSendsAStub()
    {
        ProjectContext c;
        c.directoryContext.insert(
            "directory_listing", QStringLiteral("a").leftJustified(40) + " <DIR>");
        c.directoryContext.insert("directory_tree",
            QStringLiteral("/p\n|-- ") + QString(3000, 'n') + "\n`-- " + QString(2000, 'z'));
        c.directoryContext.insert("git_status",
            QJsonObject {
                { "is_git_repo", true }, { "branch", "main" }, { "files", QJsonArray() } });
        c.directoryContext.insert("main_nf_path", QString(18000, 'p'));
        const QJsonObject body = sessionBody("/p", true, c);
        QVERIFY2(jsonLength(body) <= 20000, qPrintable(QString::number(jsonLength(body))));
        const QJsonObject out = body.value("directory_context").toObject();
        QVERIFY(!out.contains("directory_listing"));
        QVERIFY(!out.contains("directory_tree"));
        QVERIFY(!toWireJson(body).contains("truncated by payload cap"));
        QCOMPARE(
            out.value("git_status").toObject().value("branch").toString(), QStringLiteral("main"));

        // With room for its first entry, the tree stays, cut after it.
        c.directoryContext.insert("main_nf_path", QString(16000, 'p'));
        const QJsonObject roomy = sessionBody("/p", true, c).value("directory_context").toObject();
        QCOMPARE(roomy.value("directory_tree").toString(),
            QStringLiteral("/p\n|-- ") + QString(3000, 'n') + "\n... (truncated by payload cap)");
    }

    // main.nf's content goes last, and when none of it fits it is left out, not sent as null.
    void trimmingDropsMainNfContentWithoutNull()
    {
        ProjectContext c;
        c.directoryContext.insert("main_nf_path", QString());
        // 20 characters left: less than the key, the quotes and the note would take.
        const int base = jsonLength(sessionBody("/p", true, c));
        c.directoryContext.insert("main_nf_path", QString(20000 - base - 20, 'p'));
        c.directoryContext.insert("main_nf_content", QString(3000, 'm'));
        const QJsonObject body = sessionBody("/p", true, c);
        QVERIFY(jsonLength(body) <= 20000);
        const QJsonObject out = body.value("directory_context").toObject();
        QVERIFY(!out.contains("main_nf_content"));
        QVERIFY(out.contains("main_nf_path"));
        QVERIFY(!toWireJson(body).contains("null"));
    }

    void realRepositoryBodyFitsTheCap()
    {
        // A busy project: every collected field large at once.
        QTemporaryDir home, dir;
        const QString d = dir.path();
        git(d, { "init", "-q" });
        for (int i = 0; i < 300; ++i)
            write(d + QStringLiteral("/dir%1/file%2.txt").arg(i % 30).arg(i),
                QByteArray(100, 'z') + '\n');
        write(d + "/main.nf", QByteArray(4000, 'w'));
        git(d, { "add", "." });
        git(d, { "commit", "-q", "-m", "many" });
        for (int i = 0; i < 300; ++i)
            write(d + QStringLiteral("/dir%1/file%2.txt").arg(i % 30).arg(i), "changed\n");
        const ProjectContext c = collectProjectContext(d, scratchOptions(home.path()));
        const QJsonObject body = sessionBody(d, false, c, "7");
        QVERIFY(jsonLength(body) <= 20000);
        const QJsonObject out = body.value("directory_context").toObject();
        // The listing went first; nothing is a stub.
        const QString listing = out.value("directory_listing").toString();
        QVERIFY(listing.isEmpty() || listing.endsWith("\n... (truncated by payload cap)"));
        QVERIFY(!listing.startsWith("... (truncated"));
        QVERIFY(!out.value("directory_tree").toString().startsWith("... (truncated"));
    }

    void workingDirectoryOverride()
    {
        QProcessEnvironment env;
        QCOMPARE(aiWorkingDirectory(env), QDir::currentPath());
        env.insert(QStringLiteral("SEQERA_AI_CWD"), QStringLiteral("/tmp/x/../project"));
        QCOMPARE(aiWorkingDirectory(env), QStringLiteral("/tmp/project"));
        env.insert(QStringLiteral("SEQERA_AI_CWD"), QStringLiteral("rel"));
        QCOMPARE(aiWorkingDirectory(env), QDir::currentPath() + "/rel");
    }

    void hugeFolderIsBounded()
    {
        QTemporaryDir home, dir;
        QDir(dir.path()).mkdir("many");
        for (int i = 0; i < 3000; ++i)
            write(dir.path() + QStringLiteral("/many/f%1").arg(i), "");
        QVERIFY(QFile::link(dir.path(), dir.path() + "/many/loop")); // a cycle
        ContextOptions options = scratchOptions(home.path());
        options.maxEntriesPerDirectory = 1000;
        const ProjectContext c = collectProjectContext(dir.path(), options);
        const QString tree = c.directoryContext.value("directory_tree").toString();
        QVERIFY2(tree.endsWith("    `-- ... (990 more items)"), qPrintable(tree.right(80)));
    }
};

QTEST_GUILESS_MAIN(TestProjectContext)
#include "tst_projectcontext.moc"

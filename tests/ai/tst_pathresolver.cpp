// PathResolver and OwnFiles (core/ai/tools/pathresolver) on their own, in a scratch tree of real
// folders and symbolic links: `~`, `..`, links (relative, absolute, chained, dangling, looping)
// resolved the way the kernel would. tst_approvalpolicy covers what the policy makes of it.
#include "ai/tools/pathresolver.h"
#include "config/settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera::ai;

class TestPathResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void agreesWithTheKernel_data();
    void agreesWithTheKernel();
    void linkLoopIsAnError();
    void nulIsAnError();
    void emptyPathIsTheWorkingDirectory();
    void isWithin_data();
    void isWithin();
    void ownFilesFromSettings();

private:
    QString at(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    QTemporaryDir m_dir;
    QString m_root; // resolved: /tmp may itself be a link
};

void TestPathResolver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = QDir(m_dir.path()).canonicalPath();
    // work/            the working directory
    //   data/a.txt
    //   up -> ..        relative link to a folder
    //   abs -> <root>/elsewhere
    //   chain -> up/elsewhere
    //   dangling -> ../elsewhere/new.txt
    //   deadfolder -> missing-folder
    //   loop1 -> loop2, loop2 -> loop1
    // elsewhere/b.txt
    // home/
    QVERIFY(QDir().mkpath(at(QStringLiteral("work/data"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("elsewhere"))));
    QVERIFY(QDir().mkpath(at(QStringLiteral("home/.config"))));
    QFile a(at(QStringLiteral("work/data/a.txt")));
    QVERIFY(a.open(QIODevice::WriteOnly));
    QFile b(at(QStringLiteral("elsewhere/b.txt")));
    QVERIFY(b.open(QIODevice::WriteOnly));
    QVERIFY(QFile::link(QStringLiteral(".."), at(QStringLiteral("work/up"))));
    QVERIFY(QFile::link(at(QStringLiteral("elsewhere")), at(QStringLiteral("work/abs"))));
    QVERIFY(QFile::link(QStringLiteral("up/elsewhere"), at(QStringLiteral("work/chain"))));
    QVERIFY(
        QFile::link(QStringLiteral("../elsewhere/new.txt"), at(QStringLiteral("work/dangling"))));
    QVERIFY(QFile::link(QStringLiteral("missing-folder"), at(QStringLiteral("work/deadfolder"))));
    QVERIFY(QFile::link(QStringLiteral("loop2"), at(QStringLiteral("work/loop1"))));
    QVERIFY(QFile::link(QStringLiteral("loop1"), at(QStringLiteral("work/loop2"))));
}

void TestPathResolver::resolve_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("real"); // relative to the root
    QTest::addColumn<bool>("exists");
    QTest::newRow("relative file") << "data/a.txt"
                                   << "work/data/a.txt" << true;
    QTest::newRow("dot components") << "./data/./a.txt"
                                    << "work/data/a.txt" << true;
    QTest::newRow("repeated slashes") << "data//a.txt"
                                      << "work/data/a.txt" << true;
    QTest::newRow("dot-dot leaves the folder") << "../elsewhere/b.txt"
                                               << "elsewhere/b.txt" << true;
    QTest::newRow("dot-dot after a folder") << "data/../data/a.txt"
                                            << "work/data/a.txt" << true;
    QTest::newRow("tilde alone is home") << "~"
                                         << "home" << true;
    QTest::newRow("tilde slash") << "~/.config"
                                 << "home/.config" << true;
    QTest::newRow("tilde slash, missing file") << "~/.ssh/id_rsa"
                                               << "home/.ssh/id_rsa" << false;
    QTest::newRow("tilde inside a name is literal") << "a~/x"
                                                    << "work/a~/x" << false;
    QTest::newRow("tilde user is not expanded") << "~root"
                                                << "work/~root" << false;
    QTest::newRow("relative link to the parent") << "up/elsewhere/b.txt"
                                                 << "elsewhere/b.txt" << true;
    QTest::newRow("absolute link") << "abs/b.txt"
                                   << "elsewhere/b.txt" << true;
    QTest::newRow("chained links") << "chain/b.txt"
                                   << "elsewhere/b.txt" << true;
    QTest::newRow("dot-dot after a link is the target's parent") << "abs/../work/data"
                                                                 << "work/data" << true;
    QTest::newRow("dangling link is where a write would land") << "dangling"
                                                               << "elsewhere/new.txt" << false;
    QTest::newRow("below a link to a missing folder") << "deadfolder/x/y"
                                                      << "work/missing-folder/x/y" << false;
    QTest::newRow("missing folder then back out through a link") << "nope/../abs/b.txt"
                                                                 << "elsewhere/b.txt" << true;
    QTest::newRow("missing folder, dot-dot stays missing") << "nope/sub/../x"
                                                           << "work/nope/x" << false;
    QTest::newRow("dot-dot above the root stays at the root") << "../../../../../../../../../.."
                                                              << "" << true;
}

void TestPathResolver::resolve()
{
    QFETCH(QString, path);
    QFETCH(QString, real);
    QFETCH(bool, exists);
    const ResolvedPath r
        = PathResolver::resolve(path, at(QStringLiteral("work")), at(QStringLiteral("home")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.real, real.isEmpty() ? QStringLiteral("/") : at(real));
    QCOMPARE(r.exists, exists);
}

void TestPathResolver::agreesWithTheKernel_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("link to the parent, then down") << "up/work/up/elsewhere";
    QTest::newRow("absolute link, then dot-dot") << "abs/../work/chain/../work/data";
    QTest::newRow("chain, then dot-dot twice") << "chain/../../";
}

void TestPathResolver::agreesWithTheKernel()
{
    // Whatever exists must resolve to what the kernel opens: realpath(3) via canonicalPath.
    QFETCH(QString, path);
    const QString work = at(QStringLiteral("work"));
    const ResolvedPath r = PathResolver::resolve(path, work);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.exists);
    QCOMPARE(r.real, QFileInfo(work + QLatin1Char('/') + path).canonicalFilePath());
}

void TestPathResolver::linkLoopIsAnError()
{
    const ResolvedPath r
        = PathResolver::resolve(QStringLiteral("loop1/x"), at(QStringLiteral("work")));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("loop1/x")), qPrintable(r.error));
}

void TestPathResolver::nulIsAnError()
{
    const ResolvedPath r
        = PathResolver::resolve(QStringLiteral("data/a.txt") + QChar(0) + QStringLiteral(".png"),
            at(QStringLiteral("work")));
    QVERIFY(!r.ok());
    QVERIFY(r.real.isEmpty());
}

void TestPathResolver::emptyPathIsTheWorkingDirectory()
{
    const ResolvedPath r = PathResolver::resolve(QString(), at(QStringLiteral("work")));
    QVERIFY(r.ok());
    QCOMPARE(r.real, at(QStringLiteral("work")));
    QVERIFY(r.exists);
}

void TestPathResolver::isWithin_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("directory");
    QTest::addColumn<bool>("within");
    QTest::newRow("the folder itself") << "/w"
                                       << "/w" << true;
    QTest::newRow("below") << "/w/a/b"
                           << "/w" << true;
    QTest::newRow("a sibling with the same prefix") << "/work2/a"
                                                    << "/work" << false;
    QTest::newRow("the parent") << "/"
                                << "/w" << false;
    QTest::newRow("everything is within the root") << "/etc/passwd"
                                                   << "/" << true;
    QTest::newRow("empty path") << ""
                                << "/w" << false;
    QTest::newRow("empty folder") << "/w"
                                  << "" << false;
}

void TestPathResolver::isWithin()
{
    QFETCH(QString, path);
    QFETCH(QString, directory);
    QFETCH(bool, within);
    QCOMPARE(PathResolver::isWithin(path, directory), within);
}

void TestPathResolver::ownFilesFromSettings()
{
    // The config folder reached through a link: both the link and its target are ours.
    QVERIFY(QFile::link(at(QStringLiteral("home/.config")), at(QStringLiteral("cfglink"))));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), at(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), at(QStringLiteral("cfglink")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), at(QStringLiteral("home/.local/state")));
    const seqera::Settings settings = seqera::Settings::fromEnvironment(env);
    const OwnFiles own(settings);

    const QString profiles = settings.profilesDir();
    QVERIFY2(profiles.startsWith(at(QStringLiteral("cfglink"))), qPrintable(profiles));
    const QString realProfiles = PathResolver::resolve(profiles, QStringLiteral("/")).real;
    QVERIFY2(realProfiles.startsWith(at(QStringLiteral("home/.config"))), qPrintable(realProfiles));

    QVERIFY(own.contains(realProfiles + QStringLiteral("/default/credentials.json")));
    QVERIFY(own.contains(profiles + QStringLiteral("/default/credentials.json")));
    QVERIFY(own.contains(settings.stateDir + QStringLiteral("/locks/default.lock")));
    QVERIFY(!own.contains(at(QStringLiteral("home/.config/other-app/x"))));
    QVERIFY(!own.contains(at(QStringLiteral("work/data/a.txt"))));
    // Our own process's environment holds tokens; another process's memory too.
    QVERIFY(
        own.contains(QStringLiteral("/proc/%1/environ").arg(QCoreApplication::applicationPid())));
    QVERIFY(own.contains(QStringLiteral("/proc/1/task/1/mem")));
    QVERIFY(!own.contains(QStringLiteral("/proc/cpuinfo")));

    // A walk from home reaches the profiles; one from the project does not.
    QVERIFY(own.reachableFrom(at(QStringLiteral("home"))));
    QVERIFY(own.reachableFrom(QStringLiteral("/")));
    QVERIFY(own.reachableFrom(QStringLiteral("/proc")));
    QVERIFY(!own.reachableFrom(at(QStringLiteral("work"))));
}

QTEST_GUILESS_MAIN(TestPathResolver)
#include "tst_pathresolver.moc"

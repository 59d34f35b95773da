// Issue 11, "Files": the attacks on seqera's own folders and files, replayed against the
// real `seqera` binary with the Platform emulator on loopback.
#include "scratch.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace testsupport;

class TestFileSafety : public PlatformTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(startPlatform(), "the Platform emulator did not start");
        m_server->addPat(QStringLiteral("pat-files-0001"), QStringLiteral("robot@example.com"));
    }

    void init() { m_server->reset(); }

    // credentials.json pre-created as a link to ~/notes.txt: the tokens went into notes.txt.
    void credentialsSymlinkIsRefused()
    {
        Sandbox sandbox(m_server.get());
        const QString notes = sandbox.home() + QStringLiteral("/notes.txt");
        QVERIFY(writePlain(notes, "my notes\n"));
        QVERIFY(QDir().mkpath(sandbox.profileDir()));
        const QString credentials = sandbox.profileDir() + QStringLiteral("/credentials.json");
        QVERIFY(QFile::link(notes, credentials));
        const Run r = sandbox.run(
            { QStringLiteral("login"), QStringLiteral("--with-token") }, "pat-files-0001\n");
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(credentials) && r.err.contains(QLatin1String("symbolic link")),
            qPrintable(r.err));
        QCOMPARE(contentOf(notes), QByteArray("my notes\n"));
        // logout removes the planted link, never its target.
        sandbox.run({ QStringLiteral("logout") });
        QVERIFY(!QFileInfo(credentials).isSymLink());
        QCOMPARE(contentOf(notes), QByteArray("my notes\n"));
    }

    // `logout --all` with $XDG_STATE_HOME/seqera a link deleted the files in its target.
    void logoutAllDoesNotDeleteThroughALink()
    {
        Sandbox sandbox(m_server.get());
        const QString precious = sandbox.home() + QStringLiteral("/analysis");
        QVERIFY(QDir().mkpath(precious));
        QVERIFY(writePlain(precious + QStringLiteral("/results.csv"), "1,2,3\n"));
        QVERIFY(QDir().mkpath(sandbox.home() + QStringLiteral("/state")));
        const QString state = sandbox.home() + QStringLiteral("/state/seqera");
        QVERIFY(QFile::link(precious, state));
        const Run r = sandbox.run({ QStringLiteral("logout"), QStringLiteral("--all") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(state) && r.err.contains(QLatin1String("symbolic link")),
            qPrintable(r.err));
        QCOMPARE(contentOf(precious + QStringLiteral("/results.csv")), QByteArray("1,2,3\n"));
    }

    // Every folder we create is 0700 whatever the umask.
    void umask000StillMakesPrivateFolders()
    {
        Sandbox sandbox(m_server.get());
        QProcess p;
        p.setProcessEnvironment(sandbox.env);
        p.start(QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("umask 000; exec \"$0\" login --with-token"),
                seqeraBinary() });
        QVERIFY(p.waitForStarted());
        p.write("pat-files-0001\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        for (const QString &dir : { sandbox.home() + QStringLiteral("/config"), sandbox.configDir(),
                 sandbox.configDir() + QStringLiteral("/profiles"), sandbox.profileDir() })
            QCOMPARE(ownModeOf(dir), 0700);
        QCOMPARE(ownModeOf(sandbox.profileDir() + QStringLiteral("/credentials.json")), 0600);
        QCOMPARE(ownModeOf(sandbox.profileDir() + QStringLiteral("/session.json")), 0600);
    }

    // XDG_CONFIG_HOME in a shared sticky folder where another user pre-created seqera/ (0777)
    // with a session.json whose revocation endpoint is theirs: `logout` posted the tokens there.
    void folderOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to make a folder owned by another user (CI runs as root)");
        Sandbox sandbox(m_server.get());
        QVERIFY(sandbox
                    .run({ QStringLiteral("login"), QStringLiteral("--with-token") },
                        "pat-files-0001\n")
                    .exitCode
            == 0);
        const QString shared = sandbox.home() + QStringLiteral("/shared");
        QVERIFY(QDir().mkpath(shared));
        QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
        // The attacker's copy of a real session (their endpoint would be in it).
        const QString theirs = shared + QStringLiteral("/seqera");
        QVERIFY(QDir(sandbox.home()).rename(QStringLiteral("config/seqera"), theirs));
        for (const QString &path : { theirs, theirs + QStringLiteral("/profiles"),
                 theirs + QStringLiteral("/profiles/default") })
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0777), 0);
        QVERIFY(QProcess::execute(QStringLiteral("chown"),
                    { QStringLiteral("-R"), QStringLiteral("65534:65534"), theirs })
            == 0);
        sandbox.env.insert(QStringLiteral("XDG_CONFIG_HOME"), shared);

        const Run logout = sandbox.run({ QStringLiteral("logout") });
        QVERIFY(logout.exitCode != 0);
        QVERIFY2(logout.err.contains(theirs), qPrintable(logout.err));
        QCOMPARE(m_server->stats().value(QStringLiteral("revocations")).toInt(), 0);
        const Run token = sandbox.run({ QStringLiteral("token") });
        QVERIFY(token.exitCode != 0);
        QVERIFY(!token.out.contains(QLatin1String("pat-files-0001")));
        QVERIFY2(token.err.contains(theirs), qPrintable(token.err));
    }
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"

// Faults that must not lose a session: a read-only folder, a full disk, a process killed in
// the middle of a renewal, servers that hang at each step. Real parts: the provider on
// loopback, a real (tiny) tmpfs for the full disk, the immutable flag for the read-only
// folder (the tests run as root in CI, where permission bits alone would not stop a write).
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace testsupport;

namespace {

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// chattr +i for the life of the guard.
struct Immutable
{
    QString path;
    bool ok = false;
    explicit Immutable(QString p)
        : path(std::move(p))
    {
        ok = run(QStringLiteral("chattr"), { QStringLiteral("+i"), path });
    }
    ~Immutable() { run(QStringLiteral("chattr"), { QStringLiteral("-i"), path }); }
};

// A tmpfs of `size` mounted on `path` for the life of the guard.
struct TinyDisk
{
    QString path;
    bool ok = false;
    TinyDisk(QString p, const QString &size)
        : path(std::move(p))
    {
        QDir().mkpath(path);
        ok = run(QStringLiteral("mount"),
            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                QStringLiteral("size=") + size, QStringLiteral("tmpfs"), path });
    }
    ~TinyDisk()
    {
        if (ok)
            run(QStringLiteral("umount"), { QStringLiteral("-l"), path });
    }
    void fill() const
    {
        QFile f(path + QStringLiteral("/filler"));
        if (!f.open(QIODevice::WriteOnly))
            return;
        const QByteArray block(4096, 'x');
        while (f.write(block) == block.size() && f.flush()) { }
        // Whatever is left below a block: fill byte by byte.
        while (f.write("x", 1) == 1 && f.flush()) { }
    }
    void free() const { QFile::remove(path + QStringLiteral("/filler")); }
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PlatformServer> m_server;

    void login(Sandbox &sandbox)
    {
        const Run r = sandbox.run({ QStringLiteral("login") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 10000);
        QFile::remove(sandbox.browserOut());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<PlatformServer>();
        QVERIFY(m_server->isRunning());
    }

    void init() { m_server->reset(); }

    void readOnlyFolderKeepsTheSession()
    {
        if (::geteuid() != 0)
            QSKIP("needs root for chattr +i (CI runs as root)");
        Sandbox sandbox(m_server.get());
        login(sandbox);
        sandbox.expireStoredToken();
        const QString credentials = sandbox.profileDir() + QStringLiteral("/credentials.json");
        const QByteArray before = fileBytes(credentials);
        {
            Immutable readOnly(sandbox.profileDir());
            QVERIFY2(readOnly.ok, "chattr +i failed: is this a file system without attributes?");
            const Run r = sandbox.run({ QStringLiteral("token") });
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(QLatin1String("could not be stored")), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
            // The refresh token was not spent: no refresh request reached the provider.
            QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 0);
            QCOMPARE(fileBytes(credentials), before);
            QCOMPARE(sandbox.run({ QStringLiteral("status") }).exitCode, 0);
        }
        const Run again = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_server->userInfoStatus(again.out.trimmed()), 200);
    }

    void fullDiskKeepsTheSession()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to mount a tmpfs (CI runs as root)");
        Sandbox sandbox(m_server.get());
        TinyDisk disk(sandbox.home() + QStringLiteral("/config"), QStringLiteral("256k"));
        QVERIFY2(disk.ok, "mount -t tmpfs failed");
        login(sandbox);
        sandbox.expireStoredToken();
        const QString credentials = sandbox.profileDir() + QStringLiteral("/credentials.json");
        const QString metadata = sandbox.profileDir() + QStringLiteral("/session.json");
        const QByteArray before = fileBytes(credentials);
        const QByteArray metadataBefore = fileBytes(metadata);
        disk.fill();
        Run r = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("could not be stored")), qPrintable(r.err));
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 0);
        QCOMPARE(fileBytes(credentials), before);
        // A login onto a full disk fails cleanly and leaves the old session as it was.
        r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Could not write")), qPrintable(r.err));
        QCOMPARE(fileBytes(credentials), before);
        QCOMPARE(fileBytes(metadata), metadataBefore);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 10000);
        QVERIFY(sandbox.readJson(sandbox.browserOut())
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QLatin1String("could not be saved")));
        QFile::remove(sandbox.browserOut());
        disk.free();
        r = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->userInfoStatus(r.out.trimmed()), 200);
    }

    void killedDuringRenewal()
    {
        // A slow token endpoint holds the renewal open; the process is killed meanwhile.
        PlatformServer slow({ QStringLiteral("--token-delay-ms"), QStringLiteral("1500") });
        QVERIFY(slow.isRunning());
        Sandbox sandbox(&slow);
        login(sandbox);
        sandbox.expireStoredToken();
        auto victim = sandbox.start({ QStringLiteral("token") });
        QTest::qWait(600);
        QCOMPARE(victim->state(), QProcess::Running);
        ::kill(pid_t(victim->processId()), SIGKILL);
        QVERIFY(victim->waitForFinished(5000));

        // The next process takes over the dead holder's lock at once, and finds intact files.
        QElapsedTimer timer;
        timer.start();
        const Run r = sandbox.run({ QStringLiteral("token") });
        QVERIFY2(timer.elapsed() < 8000, "the stale lock of a killed process was not taken over");
        QVERIFY(QJsonDocument::fromJson(
                    fileBytes(sandbox.profileDir() + QStringLiteral("/session.json")))
                    .isObject()
            || !QFile::exists(sandbox.profileDir() + QStringLiteral("/session.json")));
        // Either the killed request never reached the provider (the session renews), or the
        // provider rotated for a dead process and saw the old token again: then the grant is
        // gone and the user is told to log in, never left with a half-written session.
        if (r.exitCode == 0) {
            QCOMPARE(slow.userInfoStatus(r.out.trimmed()), 200);
        } else {
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("seqera login")), qPrintable(r.err));
        }
    }

    void hangingStepIsNamed_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token exchange")
            << QStringLiteral("token") << QStringList { QStringLiteral("login") } << 3
            << QStringLiteral("token request");
        QTest::newRow("platform user-info")
            << QStringLiteral("platform-user-info")
            << QStringList { QStringLiteral("status"), QStringLiteral("--check") } << 3
            << QStringLiteral("Platform user-info request");
        QTest::newRow("revocation")
            << QStringLiteral("revocation") << QStringList { QStringLiteral("logout") } << 0
            << QStringLiteral("token revocation");
    }
    void hangingStepIsNamed()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("SEQERA_NETWORK_TIMEOUT_MS"), QStringLiteral("1500"));
        if (args.first() != QLatin1String("login"))
            login(sandbox);
        m_server->fault(target, QStringLiteral("hang"), 5);
        QElapsedTimer timer;
        timer.start();
        const Run r = sandbox.run(args);
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QVERIFY2(
            r.err.contains(expected) && r.err.contains(QLatin1String("did not answer in time")),
            qPrintable(r.err));
        if (target == QLatin1String("revocation"))
            QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/session.json")));
        m_server->reset();
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"

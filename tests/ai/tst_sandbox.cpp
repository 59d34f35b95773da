// The assistant's command sandbox (core/ai/tools/sandbox, childprocess) run for real: real
// bubblewrap, real namespaces, the real kernel. Each case says what a command in a profile can
// read, write and reach, and proves it by running one.
#include "ai/tools/childprocess.h"
#include "ai/tools/sandbox.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cstddef>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using seqera::ai::ChildProcess;
using seqera::ai::ChildResult;
using seqera::ai::Sandbox;
using seqera::ai::SandboxProfile;

class TestSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void readOnlyProfileWritesNothingButTmp();
    void workspaceProfileWritesOnlyTheWorkspace();
    void linkTricksDoNotLeaveTheWorkspace();
    void configuredFoldersAreWritable();
    void hiddenFoldersAreEmpty();
    void otherProcessesAreOutOfReach();
    void privateTmpIsSharedByTheCommandsOfARun();
    void networkCanBeTurnedOff();
    void abstractSocketsAreOutOfReach();
    void noneRunsWithoutASandbox();
    void unknownModeIsNoSandbox();
    void missingBubblewrapIsNoSandbox();
    void timeoutKillsTheWholeGroup();
    void overflowStopsTheCommand();
    void cancelStopsTheCommand();
    void startFailureIsReported();

private:
    ChildResult runIn(const SandboxProfile &profile, const QString &script,
        const Sandbox *sandbox = nullptr, int timeoutMs = 20000);
    SandboxProfile profile(SandboxProfile::Access access) const;

    Sandbox m_sandbox;
    std::unique_ptr<QTemporaryDir> m_root; // home, workspace, outside, secrets
    QString m_workspace, m_outside, m_secret;
};

void TestSandbox::initTestCase()
{
    m_sandbox = Sandbox::detect();
    // This machine has bubblewrap (scripts/setup.sh installs it) and user namespaces: a
    // sandbox that cannot start here is a failure, never a reason to skip.
    QVERIFY2(m_sandbox.available(), qPrintable(m_sandbox.unavailableReason()));
    QCOMPARE(m_sandbox.kind(), Sandbox::Kind::Bubblewrap);
    qInfo("sandbox: %s", qPrintable(m_sandbox.description()));
}

void TestSandbox::init()
{
    // Under /var/tmp, not /tmp: the sandbox's /tmp is a private one.
    m_root = std::make_unique<QTemporaryDir>(QStringLiteral("/var/tmp/tst_sandbox-XXXXXX"));
    QVERIFY(m_root->isValid());
    const QDir root(m_root->path());
    QVERIFY(root.mkpath("workspace/sub") && root.mkpath("outside") && root.mkpath("secret"));
    m_workspace = root.filePath("workspace");
    m_outside = root.filePath("outside");
    m_secret = root.filePath("secret");
    for (const auto &[path, text] : { std::pair { m_workspace + "/sentinel", "keep me" },
             std::pair { m_outside + "/sentinel", "keep me too" },
             std::pair { m_secret + "/credentials.json", "refresh-token-SECRET-1234" } }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
}

SandboxProfile TestSandbox::profile(SandboxProfile::Access access) const
{
    SandboxProfile p;
    p.access = access;
    p.workspace = m_workspace;
    p.hidden = { m_secret };
    return p;
}

ChildResult TestSandbox::runIn(
    const SandboxProfile &profile, const QString &script, const Sandbox *sandbox, int timeoutMs)
{
    ChildProcess::Options o;
    o.program = QStringLiteral("/bin/bash");
    o.arguments = { QStringLiteral("-c"), script };
    o.workingDir = m_workspace;
    o.sandbox = sandbox ? sandbox : &m_sandbox;
    o.profile = profile;
    o.timeoutMs = timeoutMs;
    ChildProcess child(o);
    QSignalSpy finished(&child, &ChildProcess::finished);
    child.start();
    if (!finished.wait(timeoutMs + 10000))
        qWarning("the child did not finish");
    return child.result();
}

void TestSandbox::readOnlyProfileWritesNothingButTmp()
{
    const ChildResult r = runIn(profile(SandboxProfile::Access::ReadOnly),
        QStringLiteral(
            "cat sentinel; echo x > new 2>&1 || echo no-workspace-write; "
            "rm -f sentinel || echo no-remove; echo y > %1/new || echo no-outside-write; "
            "echo t > /tmp/t && cat /tmp/t")
            .arg(m_outside));
    QCOMPARE(r.exitCode, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith("keep me"), r.out.constData());
    QVERIFY(out.contains("no-workspace-write"));
    QVERIFY(out.contains("no-remove"));
    QVERIFY(out.contains("no-outside-write"));
    QVERIFY(out.contains("\nt\n"));
    QVERIFY(QFile::exists(m_workspace + "/sentinel"));
    QVERIFY(!QFile::exists(m_workspace + "/new"));
    QVERIFY(!QFile::exists(m_outside + "/new"));
    QVERIFY(QString::fromUtf8(r.err).contains("Read-only file system"));
}

void TestSandbox::workspaceProfileWritesOnlyTheWorkspace()
{
    const ChildResult r = runIn(profile(SandboxProfile::Access::Workspace),
        QStringLiteral("echo x > new && mkdir -p sub/deeper && echo z > sub/deeper/f && "
                       "rm sentinel && echo ok; echo y > %1/new || echo no-outside-write; "
                       "rm -f %1/sentinel; touch $HOME/planted || echo no-home-write")
            .arg(m_outside));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains("ok\n"), r.err.constData());
    QVERIFY(out.contains("no-outside-write"));
    QVERIFY(QFile::exists(m_workspace + "/new"));
    QVERIFY(QFile::exists(m_workspace + "/sub/deeper/f"));
    QVERIFY(!QFile::exists(m_workspace + "/sentinel"));
    QVERIFY(!QFile::exists(m_outside + "/new"));
    QVERIFY(QFile::exists(m_outside + "/sentinel"));
    QVERIFY(!QFile::exists(QDir::homePath() + "/planted"));
}

void TestSandbox::linkTricksDoNotLeaveTheWorkspace()
{
    // The attack of issue 15: a link made by the command itself, then a path through it.
    const ChildResult r = runIn(profile(SandboxProfile::Access::Workspace),
        QStringLiteral("mkdir -p a && ln -s %1 a/x && echo pwned > a/x/../PWNED; "
                       "echo pwned > a/x/PWNED; ln -s %2 a/s; cat a/s/credentials.json; "
                       "cat %2/credentials.json; true")
            .arg(m_outside, m_secret));
    QVERIFY(!QFile::exists(m_outside + "/PWNED"));
    QVERIFY(!QFile::exists(m_root->path() + "/PWNED"));
    QVERIFY(QFile::exists(m_workspace + "/a/x")); // the link itself is in the workspace
    QVERIFY(!r.out.contains("SECRET"));
    QVERIFY(!r.err.contains("SECRET"));
}

void TestSandbox::configuredFoldersAreWritable()
{
    SandboxProfile p = profile(SandboxProfile::Access::Workspace);
    p.writable = { m_outside };
    runIn(p, QStringLiteral("echo y > %1/new").arg(m_outside));
    QVERIFY(QFile::exists(m_outside + "/new"));
    // Only with the workspace access: read-only stays read-only.
    p.access = SandboxProfile::Access::ReadOnly;
    runIn(p, QStringLiteral("echo y > %1/other").arg(m_outside));
    QVERIFY(!QFile::exists(m_outside + "/other"));
}

void TestSandbox::hiddenFoldersAreEmpty()
{
    // Also when the hidden folder is inside the writable workspace.
    const QString inside = m_workspace + "/hidden-inside";
    QVERIFY(QDir().mkpath(inside));
    QFile f(inside + "/token");
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("inside-SECRET");
    f.close();
    SandboxProfile p = profile(SandboxProfile::Access::Workspace);
    p.hidden << inside;
    const ChildResult r = runIn(p,
        QStringLiteral("ls -A %1 | wc -l; cat %1/credentials.json; ls -A %2 | wc -l; "
                       "cat %2/token; echo gone > %2/token; grep -r SECRET %3 %1; true")
            .arg(m_secret, inside, m_root->path()));
    QVERIFY2(!r.out.contains("SECRET") && !r.err.contains("SECRET"), r.out.constData());
    QCOMPARE(QString::fromUtf8(r.out).split('\n').mid(0, 2), QStringList({ "0", "0" }));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("inside-SECRET")); // what it wrote went to the tmpfs
}

void TestSandbox::otherProcessesAreOutOfReach()
{
    const qint64 us = QCoreApplication::applicationPid();
    const ChildResult r = runIn(profile(SandboxProfile::Access::Workspace),
        QStringLiteral("test -e /proc/%1 && echo sees-parent; cat /proc/%1/environ; "
                       "ls /proc | grep -E '^[0-9]+$' | wc -l; kill -0 %1 && echo can-signal; true")
            .arg(us));
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(!out.contains("sees-parent"), r.out.constData());
    QVERIFY(!out.contains("can-signal"));
    // Only the sandbox's own processes: bubblewrap's init, bash, ls, grep, wc.
    QVERIFY2(out.trimmed().split('\n').last().toInt() <= 6, r.out.constData());
}

void TestSandbox::privateTmpIsSharedByTheCommandsOfARun()
{
    QTemporaryDir tmp(QStringLiteral("/var/tmp/tst_sandbox-tmp-XXXXXX"));
    SandboxProfile p = profile(SandboxProfile::Access::ReadOnly);
    p.privateTmp = tmp.path();
    runIn(p, QStringLiteral("echo kept > /tmp/note"));
    QCOMPARE(
        QString::fromUtf8(runIn(p, QStringLiteral("cat /tmp/note")).out), QStringLiteral("kept\n"));
    QVERIFY(QFile::exists(tmp.filePath("note")));
    // Nothing of the real /tmp is visible.
    QTemporaryDir real; // in the real /tmp
    QVERIFY(real.isValid() && real.path().startsWith("/tmp/"));
    QCOMPARE(runIn(p, QStringLiteral("test -e %1").arg(real.path())).exitCode, 1);
}

void TestSandbox::networkCanBeTurnedOff()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString probe = QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1 && echo connected")
                              .arg(server.serverPort());
    SandboxProfile p = profile(SandboxProfile::Access::Workspace);
    QCOMPARE(QString::fromUtf8(runIn(p, probe).out), QStringLiteral("connected\n"));
    p.network = false;
    const ChildResult off = runIn(p, probe);
    QVERIFY(!off.out.contains("connected"));
    QVERIFY(off.exitCode != 0);
}

void TestSandbox::abstractSocketsAreOutOfReach()
{
    if (!m_sandbox.scopesSocketsAndSignals())
        QSKIP("this kernel has no Landlock scopes (Linux 6.12 and later); bubblewrap alone "
              "shares abstract sockets when the network is shared");
    // A listener in the abstract namespace, as dbus-daemon's and X11's are.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un addr {};
    addr.sun_family = AF_UNIX;
    const QByteArray name
        = QByteArray(1, '\0') + "seqera-tst-sandbox-" + QByteArray::number(::getpid());
    memcpy(addr.sun_path, name.constData(), size_t(name.size()));
    const socklen_t len = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(name.size()));
    QVERIFY(::bind(fd, reinterpret_cast<sockaddr *>(&addr), len) == 0);
    QVERIFY(::listen(fd, 4) == 0);
    const QString connect
        = QStringLiteral("python3 -c 'import socket,sys\ns=socket.socket(socket.AF_UNIX)\n"
                         "s.connect(\"\\0%1\")\nprint(\"connected\")'")
              .arg(QString::fromLatin1(name.mid(1)));
    // Outside the sandbox the same command connects (the test is able to fail).
    QProcess outside;
    outside.start("/bin/bash", { "-c", connect });
    QVERIFY(outside.waitForFinished(10000));
    QCOMPARE(outside.readAllStandardOutput(), QByteArray("connected\n"));
    const ChildResult r = runIn(profile(SandboxProfile::Access::Workspace), connect);
    ::close(fd);
    QVERIFY2(!r.out.contains("connected"), r.err.constData());
}

void TestSandbox::noneRunsWithoutASandbox()
{
    const Sandbox none = Sandbox::detect(QStringLiteral("none"));
    QVERIFY(!none.available());
    QVERIFY(none.unavailableReason().contains("SEQERA_AI_SANDBOX=none"));
    QVERIFY(none.description().startsWith("none"));
    QVERIFY(none.wrap(profile(SandboxProfile::Access::ReadOnly), "/", "/bin/true", {}).isEmpty());
    // ChildProcess given an unavailable sandbox runs the program as it is.
    runIn(profile(SandboxProfile::Access::ReadOnly),
        QStringLiteral("echo x > %1/new").arg(m_outside), &none);
    QVERIFY(QFile::exists(m_outside + "/new"));
}

void TestSandbox::unknownModeIsNoSandbox()
{
    const Sandbox s = Sandbox::detect(QStringLiteral("seatbelt"));
    QVERIFY(!s.available());
    QVERIFY(s.unavailableReason().contains("seatbelt"));
}

void TestSandbox::missingBubblewrapIsNoSandbox()
{
    Sandbox s = Sandbox::detect(QStringLiteral("auto"), m_root->path() + "/no-such-bwrap");
    QVERIFY(!s.available());
    QVERIFY2(s.unavailableReason().contains("cannot start"), qPrintable(s.unavailableReason()));
    // A program that is not bubblewrap at all fails the start-up check.
    s = Sandbox::detect(QStringLiteral("auto"), QStringLiteral("/bin/false"));
    QVERIFY(!s.available());
}

void TestSandbox::timeoutKillsTheWholeGroup()
{
    // The sleep's child would outlive a kill of bash alone; the marker proves it did not.
    const QString marker = m_workspace + "/late";
    QElapsedTimer t;
    t.start();
    const ChildResult r = runIn(profile(SandboxProfile::Access::Workspace),
        QStringLiteral("(sleep 2; touch %1) & sleep 30").arg(marker), nullptr, 500);
    QVERIFY(r.timedOut);
    QVERIFY(t.elapsed() < 10000);
    QTest::qWait(2500);
    QVERIFY(!QFile::exists(marker));
}

void TestSandbox::overflowStopsTheCommand()
{
    ChildProcess::Options o;
    o.program = QStringLiteral("/bin/bash");
    o.arguments = { "-c", "yes | head -c 5000000" };
    o.workingDir = m_workspace;
    o.sandbox = &m_sandbox;
    o.profile = profile(SandboxProfile::Access::ReadOnly);
    o.captureLimit = 100000;
    ChildProcess child(o);
    QSignalSpy finished(&child, &ChildProcess::finished);
    child.start();
    QVERIFY(finished.wait(20000));
    QVERIFY(child.result().overflow);
    QCOMPARE(child.result().out.size(), 100000);
    QVERIFY(child.result().outTotal > 100000);
}

void TestSandbox::cancelStopsTheCommand()
{
    ChildProcess::Options o;
    o.program = QStringLiteral("/bin/sleep");
    o.arguments = { "30" };
    o.workingDir = m_workspace;
    o.sandbox = &m_sandbox;
    o.profile = profile(SandboxProfile::Access::ReadOnly);
    ChildProcess child(o);
    QSignalSpy finished(&child, &ChildProcess::finished);
    child.start();
    QTest::qWait(200);
    child.cancel();
    QVERIFY(finished.wait(10000));
    QVERIFY(child.result().cancelled);
    QCOMPARE(finished.count(), 1);
}

void TestSandbox::startFailureIsReported()
{
    const Sandbox none = Sandbox::none(QStringLiteral("test"));
    ChildProcess::Options o;
    o.program = m_root->path() + "/no-such-program";
    o.workingDir = m_workspace;
    o.sandbox = &none;
    ChildProcess child(o);
    QSignalSpy finished(&child, &ChildProcess::finished);
    child.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!child.result().started());
    QCOMPARE(child.result().exitCode, 127);
    QVERIFY(child.result().startError.contains("no-such-program"));
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"

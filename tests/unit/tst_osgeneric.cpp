// core/os/generic, the plain-Qt fallbacks, on their own (linked without the POSIX
// implementation, in every build): each refuses what it cannot guarantee. A refusal taken out
// (a private file written anyway, a process group pretended) fails here.
#include "os/desktop.h"
#include "os/files.h"
#include "os/hardening.h"
#include "os/interrupt.h"
#include "os/keyringlock.h"
#include "os/process.h"
#include "os/sandboxbackend.h"
#include "os/terminal.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace seqera::os;

class TestOsGeneric : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateFileIsRefused_data();
    void privateFileIsRefused();
    void sharedFileIsWritten();
    void writeThroughLinkIsRefused();
    void privateFolderAndModesAreRefused();
    void treeRemovalIsRefused();
    void privateAppendFileIsRefused();
    void ownerIsNeverClaimed();
    void readRefusesLinksAndNonRegularFiles();
    void noProcessGroups();
    void noSandbox();
    void noEchoControlAndNoTerminal();
    void noInterrupt();
    void hardeningSaysItDidNothing();
    void keyringLockIsUnknown();
    void noUrlOpener();

private:
    QTemporaryDir m_dir;
};

void TestOsGeneric::privateFileIsRefused_data()
{
    QTest::addColumn<uint>("mode");
    QTest::newRow("0600 (a secret)") << 0600u;
    QTest::newRow("0400") << 0400u;
    QTest::newRow("0700") << 0700u;
}

void TestOsGeneric::privateFileIsRefused()
{
    QFETCH(uint, mode);
    const QString path = m_dir.filePath(QStringLiteral("credentials.json"));
    bool started = true;
    const OsError e = writeReplacing(path, "secret", mode, -1, &started);
    QCOMPARE(e.kind, OsError::Kind::Unsupported);
    QVERIFY2(e.message.contains(QLatin1String("private")), qPrintable(e.message));
    QVERIFY(!started);
    QVERIFY(!QFile::exists(path));
}

void TestOsGeneric::sharedFileIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("main.nf"));
    bool started = false;
    QVERIFY(!writeReplacing(path, "workflow {}\n", 0644, -1, &started));
    QVERIFY(started);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("workflow {}\n"));
}

void TestOsGeneric::writeThroughLinkIsRefused()
{
    const QString target = m_dir.filePath(QStringLiteral("target.txt"));
    const QString link = m_dir.filePath(QStringLiteral("link.txt"));
    QVERIFY(QFile::link(target, link));
    bool started = true;
    QCOMPARE(writeReplacing(link, "x", 0644, -1, &started).kind, OsError::Kind::Link);
    QVERIFY(!QFile::exists(target));
    OsError e;
    QVERIFY(!File::openRead(link, &e).isOpen());
    QCOMPARE(e.kind, OsError::Kind::Link);
}

void TestOsGeneric::privateFolderAndModesAreRefused()
{
    const QString dir = m_dir.filePath(QStringLiteral("seqera"));
    QCOMPARE(makePrivateFolder(dir).kind, OsError::Kind::Unsupported);
    QVERIFY(!QFileInfo::exists(dir));
    QCOMPARE(setMode(m_dir.path(), 0700).kind, OsError::Kind::Unsupported);
}

void TestOsGeneric::treeRemovalIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("profiles/default")));
    QCOMPARE(removeTreeAt(dir.path()).kind, OsError::Kind::Unsupported);
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("profiles/default"))));
}

void TestOsGeneric::privateAppendFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("events.jsonl"));
    OsError e;
    QVERIFY(!File::openAppend(path, &e).isOpen());
    QCOMPARE(e.kind, OsError::Kind::Unsupported);
    QVERIFY(!QFile::exists(path));
}

void TestOsGeneric::ownerIsNeverClaimed()
{
    const std::optional<FileStatus> st = statNoFollow(m_dir.path());
    QVERIFY(st);
    QCOMPARE(st->type, FileType::Folder);
    QCOMPARE(st->owner, Owner::Unknown);
    OsError e;
    QVERIFY(!statNoFollow(m_dir.filePath(QStringLiteral("missing")), &e));
    QCOMPARE(e.kind, OsError::Kind::NotFound);
}

void TestOsGeneric::readRefusesLinksAndNonRegularFiles()
{
    OsError e;
    QVERIFY(!File::openRead(m_dir.path(), &e).isOpen());
    QVERIFY(e);
    const QString path = m_dir.filePath(QStringLiteral("read.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
    }
    File file = File::openRead(path, &e);
    QVERIFY(file.isOpen());
    QCOMPARE(file.read(3).value_or(QByteArray()), QByteArray("hel"));
}

void TestOsGeneric::noProcessGroups()
{
    QVERIFY(!hasProcessGroups());
    QProcess process;
    bool ran = false;
    QVERIFY(!startInOwnGroup(&process, [&ran] { return ran = true; }));
}

void TestOsGeneric::noSandbox()
{
    QVERIFY(!sandbox::bubblewrapPossible());
    QVERIFY(!sandbox::landlockScopesAvailable());
    QVERIFY(!sandbox::enterLandlockScopes());
}

void TestOsGeneric::noEchoControlAndNoTerminal()
{
    QVERIFY(!EchoOff::supported());
    const EchoOff quiet;
    QVERIFY(!quiet.active());
    for (Stream s : { Stream::Input, Stream::Output, Stream::Error })
        QVERIFY(!isTerminal(s));
}

void TestOsGeneric::noInterrupt()
{
    QVERIFY(!InterruptSource::supported());
}

void TestOsGeneric::hardeningSaysItDidNothing()
{
    QVERIFY(!makeProcessNonDumpable());
}

void TestOsGeneric::keyringLockIsUnknown()
{
    QObject context;
    std::optional<KeyringLock> answer;
    askKeyringLock(&context, 1000, [&answer](KeyringLock lock) { answer = lock; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(*answer, KeyringLock::Unknown);
}

void TestOsGeneric::noUrlOpener()
{
    QVERIFY(urlOpener(QUrl(QStringLiteral("https://cloud.seqera.io/"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestOsGeneric)
#include "tst_osgeneric.moc"

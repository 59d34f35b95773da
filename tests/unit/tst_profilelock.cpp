// Tests of core/session/profilelock: the cross-process lock around a renewal. Other processes
// are real: this same binary started with --hold-lock takes the lock and is then killed.
#include "session/profilelock.h"

#include "scratch.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdio>

using namespace seqera;
using namespace testsupport;

namespace {
struct Outcome
{
    int calls = 0;
    Error error;
};

std::function<void(const Error &)> recordInto(Outcome *outcome)
{
    return [outcome](const Error &e) {
        ++outcome->calls;
        outcome->error = e;
    };
}

// Helper mode: take the lock through ProfileLock, say so on stdout, then wait to be killed.
int holdLock(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ProfileLock lock(QString::fromLocal8Bit(argv[2]));
    lock.acquire(10000, [](const Error &e) {
        std::printf("%s\n", e ? "failed" : "locked");
        std::fflush(stdout);
        if (e)
            QCoreApplication::exit(1);
    });
    return app.exec();
}
} // namespace

class TestProfileLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void freeLockIsTakenAtOnce();
    void secondLockWaitsForRelease();
    void destroyingHolderReleases();
    void timesOutWhenNeverReleased();
    void releaseIsIdempotent();
    void lockDirectoryCannotBeCreated();
    void liveHolderInOtherProcessIsRespected();
    void killedHolderIsTakenOver();
    void staleLockFileFromDeadProcessIsTakenOver();
    void symlinkedLockFileIsRefused();

private:
    // Starts a helper process holding the lock at m_path; waits until it has it.
    bool startHolder();
    // A holder in this process: the free lock, taken at once (what it reported: m_firstOutcome).
    std::unique_ptr<ProfileLock> takeFirst();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_path;
    QProcess *m_holder = nullptr;
    Outcome m_firstOutcome;
};

std::unique_ptr<ProfileLock> TestProfileLock::takeFirst()
{
    m_firstOutcome = {};
    auto lock = std::make_unique<ProfileLock>(m_path);
    lock->acquire(1000, recordInto(&m_firstOutcome));
    return lock;
}

void TestProfileLock::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_path = m_tmp->filePath(QStringLiteral("state/seqera/locks/default.lock"));
}

void TestProfileLock::cleanup()
{
    if (m_holder) {
        m_holder->kill();
        m_holder->waitForFinished(5000);
        delete m_holder;
        m_holder = nullptr;
    }
    m_tmp.reset();
}

bool TestProfileLock::startHolder()
{
    m_holder = new QProcess;
    m_holder->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_holder->start(
        QCoreApplication::applicationFilePath(), { QStringLiteral("--hold-lock"), m_path });
    if (!m_holder->waitForStarted(5000))
        return false;
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains('\n') && timer.elapsed() < 10000) {
        m_holder->waitForReadyRead(200);
        out += m_holder->readAllStandardOutput();
    }
    if (out.trimmed() != "locked") {
        qWarning("helper said: %s", out.constData());
        return false;
    }
    return true;
}

void TestProfileLock::symlinkedLockFileIsRefused()
{
    const QString target = m_tmp->filePath(QStringLiteral("notes.txt"));
    QFile notes(target);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("my notes");
    notes.close();
    QVERIFY(QDir().mkpath(QFileInfo(m_path).path()));
    QVERIFY(QFile::link(target, m_path));
    ProfileLock lock(m_path);
    Outcome outcome;
    lock.acquire(1000, recordInto(&outcome));
    QCOMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.code, Error::Code::Storage);
    QVERIFY2(outcome.error.message.contains(QLatin1String("symbolic link")),
        qPrintable(outcome.error.message));
    QVERIFY(!lock.isLocked());
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), QByteArray("my notes"));
}

void TestProfileLock::freeLockIsTakenAtOnce()
{
    ProfileLock lock(m_path);
    QVERIFY(!lock.isLocked());
    Outcome outcome;
    lock.acquire(1000, recordInto(&outcome));
    QCOMPARE(outcome.calls, 1); // no need to wait for the event loop
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message));
    QVERIFY(lock.isLocked());
    QVERIFY(QFile::exists(m_path));
    // The locks folder is created private.
    QCOMPARE(modeOf(QFileInfo(m_path).path()), 0700);
    lock.release();
    QVERIFY(!lock.isLocked());
    QVERIFY(!QFile::exists(m_path));
}

void TestProfileLock::secondLockWaitsForRelease()
{
    const auto first = takeFirst();
    QVERIFY(first->isLocked());

    ProfileLock second(m_path);
    Outcome secondOutcome;
    second.acquire(10000, recordInto(&secondOutcome));
    QCOMPARE(secondOutcome.calls, 0);
    QTest::qWait(300); // the event loop runs meanwhile: the wait does not block
    QCOMPARE(secondOutcome.calls, 0);
    QVERIFY(!second.isLocked());

    QElapsedTimer sinceRelease;
    first->release();
    sinceRelease.start();
    QTRY_COMPARE_WITH_TIMEOUT(secondOutcome.calls, 1, 3000);
    QVERIFY2(!secondOutcome.error, qPrintable(secondOutcome.error.message));
    QVERIFY(second.isLocked());
    QVERIFY(sinceRelease.elapsed() < 2000);

    // And now the first one would have to wait.
    Outcome again;
    first->acquire(200, recordInto(&again));
    QTRY_COMPARE(again.calls, 1);
    QCOMPARE(again.error.code, Error::Code::Timeout);
    QTest::qWait(100);
    QCOMPARE(secondOutcome.calls, 1); // done runs once
}

void TestProfileLock::destroyingHolderReleases()
{
    auto first = takeFirst();
    QVERIFY(first->isLocked());

    ProfileLock second(m_path);
    Outcome secondOutcome;
    second.acquire(10000, recordInto(&secondOutcome));
    QTest::qWait(100);
    QCOMPARE(secondOutcome.calls, 0);
    first.reset();
    QTRY_COMPARE_WITH_TIMEOUT(secondOutcome.calls, 1, 3000);
    QVERIFY(!secondOutcome.error);
}

void TestProfileLock::timesOutWhenNeverReleased()
{
    const auto first = takeFirst();
    QVERIFY(first->isLocked());

    ProfileLock second(m_path);
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    second.acquire(400, recordInto(&outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 5000);
    QVERIFY(timer.elapsed() >= 400);
    QCOMPARE(outcome.error.code, Error::Code::Timeout);
    QVERIFY(!outcome.error.message.isEmpty());
    QVERIFY(outcome.error.isTransient());
    QVERIFY(!second.isLocked());
    QVERIFY(first->isLocked()); // the holder is not disturbed
    QTest::qWait(200);
    QCOMPARE(outcome.calls, 1);
}

void TestProfileLock::releaseIsIdempotent()
{
    ProfileLock lock(m_path);
    lock.release(); // never acquired
    Outcome outcome;
    lock.acquire(1000, recordInto(&outcome));
    QVERIFY(lock.isLocked());
    lock.release();
    lock.release();
    QVERIFY(!lock.isLocked());
}

void TestProfileLock::lockDirectoryCannotBeCreated()
{
    const QString file = m_tmp->filePath(QStringLiteral("a-file"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    ProfileLock lock(file + QStringLiteral("/locks/default.lock"));
    Outcome outcome;
    lock.acquire(1000, recordInto(&outcome));
    QTRY_COMPARE(outcome.calls, 1);
    QCOMPARE(outcome.error.code, Error::Code::Storage);
    QVERIFY(!lock.isLocked());
}

void TestProfileLock::liveHolderInOtherProcessIsRespected()
{
    QVERIFY(startHolder());
    ProfileLock lock(m_path);
    Outcome outcome;
    lock.acquire(500, recordInto(&outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 5000);
    QCOMPARE(outcome.error.code, Error::Code::Timeout);
    QVERIFY(!lock.isLocked());
    QCOMPARE(m_holder->state(), QProcess::Running);
}

void TestProfileLock::killedHolderIsTakenOver()
{
    QVERIFY(startHolder());
    ProfileLock lock(m_path);
    Outcome outcome;
    lock.acquire(20000, recordInto(&outcome));
    QTest::qWait(200);
    QCOMPARE(outcome.calls, 0); // held by a live process

    // The holder dies without unlocking (crash, kill -9): its lock file stays behind.
    m_holder->kill();
    QVERIFY(m_holder->waitForFinished(5000));
    QCOMPARE(m_holder->exitStatus(), QProcess::CrashExit);

    // Taken over because the PID is gone, long before the 60 s age limit.
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 5000);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message));
    QVERIFY(lock.isLocked());
}

void TestProfileLock::staleLockFileFromDeadProcessIsTakenOver()
{
    // QLockFile's own format, taken from a real lock file, with the PID of no running process.
    QByteArray content;
    {
        const QString sample = m_tmp->filePath(QStringLiteral("sample.lock"));
        QLockFile sampleLock(sample);
        QVERIFY(sampleLock.tryLock(0));
        QFile f(sample);
        QVERIFY(f.open(QIODevice::ReadOnly));
        content = f.readAll();
    }
    QList<QByteArray> lines = content.split('\n');
    QCOMPARE(lines.first(), QByteArray::number(QCoreApplication::applicationPid()));
    qint64 pid = 0;
    for (qint64 candidate = 4194000; pid == 0 && candidate > 1000; --candidate) {
        if (::kill(pid_t(candidate), 0) != 0 && errno == ESRCH)
            pid = candidate;
    }
    QVERIFY(pid > 0);
    lines[0] = QByteArray::number(pid);

    QVERIFY(QDir().mkpath(QFileInfo(m_path).path()));
    QFile stale(m_path);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(lines.join('\n'));
    stale.close();

    ProfileLock lock(m_path);
    Outcome outcome;
    lock.acquire(5000, recordInto(&outcome));
    QTRY_COMPARE_WITH_TIMEOUT(outcome.calls, 1, 3000);
    QVERIFY2(!outcome.error, qPrintable(outcome.error.message));
    QVERIFY(lock.isLocked());
    // The file now names us.
    QFile now(m_path);
    QVERIFY(now.open(QIODevice::ReadOnly));
    QCOMPARE(now.readLine().trimmed(), QByteArray::number(QCoreApplication::applicationPid()));
}

// Like QTEST_GUILESS_MAIN, plus the --hold-lock helper mode used by the cross-process cases.
int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0)
        return holdLock(argc, argv);
    QCoreApplication app(argc, argv);
    TestProfileLock tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_profilelock.moc"

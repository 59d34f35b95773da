// makeProcessNonDumpable in child processes (the test itself stays dumpable), and the one
// thing it could break: the cross-process lock of a process that holds tokens.
#include "os/hardening.h"

#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
// Runs `child` in a forked process; returns its exit status (or -1).
template <typename F> int inChild(F child)
{
    const pid_t pid = ::fork();
    if (pid == 0)
        ::_exit(child());
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}
} // namespace

class TestNonDumpable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void childBecomesNonDumpableWithoutCoreFiles()
    {
        QCOMPARE(::prctl(PR_GET_DUMPABLE), 1); // the test process itself is untouched
        const int result = inChild([] {
            if (!seqera::os::makeProcessNonDumpable())
                return 10;
            if (::prctl(PR_GET_DUMPABLE) != 0)
                return 11;
            rlimit core {};
            if (::getrlimit(RLIMIT_CORE, &core) != 0 || core.rlim_cur != 0)
                return 12;
            return 0;
        });
        QCOMPARE(result, 0);
        QCOMPARE(::prctl(PR_GET_DUMPABLE), 1);
    }

    // A non-dumpable holder hides /proc/<pid>/exe from the user's other processes, so
    // QLockFile cannot tell its name and calls the lock "apparently stale"; its flock() must
    // still keep the lock. Meaningful without CAP_SYS_PTRACE: CTest runs it again as nobody.
    void lockOfANonDumpableHolderIsNotTakenOver()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("default.lock"));
        int ready[2];
        int release[2];
        QCOMPARE(::pipe(ready), 0);
        QCOMPARE(::pipe(release), 0);
        const pid_t holder = ::fork();
        if (holder == 0) {
            seqera::os::makeProcessNonDumpable();
            QLockFile lock(path);
            const char ok = lock.tryLock(0) ? 'y' : 'n';
            [[maybe_unused]] ssize_t w = ::write(ready[1], &ok, 1);
            char c;
            [[maybe_unused]] ssize_t r = ::read(release[0], &c, 1);
            ::_exit(0);
        }
        QVERIFY(holder > 0);
        char ok = 0;
        QCOMPARE(::read(ready[0], &ok, 1), ssize_t(1));
        QCOMPARE(ok, 'y');
        QLockFile contender(path);
        contender.setStaleLockTime(0);
        const bool stolen = contender.tryLock(300);
        [[maybe_unused]] ssize_t w = ::write(release[1], "x", 1);
        int status = 0;
        ::waitpid(holder, &status, 0);
        QVERIFY2(!stolen, "a live lock of a non-dumpable process was taken over");
        for (int fd : { ready[0], ready[1], release[0], release[1] })
            ::close(fd);
        // Once the holder is gone, the lock is free again.
        QVERIFY(contender.tryLock(1000));
    }
};

QTEST_GUILESS_MAIN(TestNonDumpable)
#include "tst_nondumpable.moc"

// SessionRecord: the per-directory record of the last session, written by the one writer.
#include "ai/sessionrecord.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using seqera::ai::SessionRecord;

class TestSessionRecord : public QObject
{
    Q_OBJECT
private slots:
    void remembersPerDirectoryPrivately()
    {
        QTemporaryDir home;
        const QString state = home.filePath("state/seqera");
        SessionRecord record(state);
        QCOMPARE(record.lastSession("/work/a"), QString());
        const mode_t old = ::umask(0); // a careless umask must not widen anything
        QVERIFY(!record.remember("/work/a", "s-1"));
        QVERIFY(!record.remember("/work/b", "s-2"));
        QVERIFY(!record.remember("/work/a", "s-3"));
        ::umask(old);
        QCOMPARE(record.lastSession("/work/a"), QStringLiteral("s-3"));
        QCOMPARE(record.lastSession("/work/b"), QStringLiteral("s-2"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(record.path()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QCOMPARE(::stat(QFile::encodeName(state).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
    }

    void unwritableFolderIsAnError()
    {
        QTemporaryDir home;
        QFile blocker(home.filePath("state"));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        SessionRecord record(home.filePath("state/seqera"));
        QVERIFY(bool(record.remember("/work/a", "s-1")));
    }
};

QTEST_GUILESS_MAIN(TestSessionRecord)
#include "tst_sessionrecord.moc"

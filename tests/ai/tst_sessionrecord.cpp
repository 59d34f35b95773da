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

    void idsAreCheckedOnTheWayOut_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("path traversal") << QByteArray("x/../../../api/token");
        QTest::newRow("escape sequence") << QByteArray("s1\\u001b]52;c;aGk=\\u0007");
        QTest::newRow("dot dot") << QByteArray("..");
    }

    void idsAreCheckedOnTheWayOut()
    {
        // The record came from a server once and sits in a file: an id that is not valid is
        // never handed to `-c` (it would go into a URL with the token, and onto the terminal).
        QFETCH(QByteArray, stored);
        QTemporaryDir home;
        const QString state = home.filePath("state/seqera");
        SessionRecord record(state);
        QVERIFY(!record.remember("/work/a", "s-1"));
        QFile file(record.path());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"/work/a\":{\"session_id\":\"" + stored + "\"}}");
        file.close();
        QCOMPARE(record.lastSession("/work/a"), QString());

        // Nor is one written there.
        QVERIFY(bool(record.remember("/work/b", QString::fromUtf8(stored))));
        QCOMPARE(record.lastSession("/work/b"), QString());
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

// RunRecorder: the JSON lines of --sub-agent and --events-path (ai-protocol §10), and the
// record file's safety (0600, no symlink).
#include "ai/runrecorder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using seqera::ai::RunRecorder;

class TestRunRecorder : public QObject
{
    Q_OBJECT
private:
    static QList<QJsonObject> record(RunRecorder::Format format)
    {
        QList<QJsonObject> lines;
        RunRecorder r(
            format,
            [&](const QByteArray &line) {
                QVERIFY(line.endsWith('\n'));
                QVERIFY(!line.chopped(1).contains('\n'));
                lines << QJsonDocument::fromJson(line).object();
            },
            [] { return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC); });
        r.runStarted(QStringLiteral("run-1"), QString());
        r.text(QStringLiteral("Hello\n"));
        r.thinking(QStringLiteral("hmm"));
        r.toolUse(QStringLiteral("req-1"), QStringLiteral("execute_bash_local"),
            { { QStringLiteral("command"), QStringLiteral("ls") } });
        r.toolResult(QStringLiteral("req-1"), QStringLiteral("a\nb"), false);
        r.error(QStringLiteral("boom"), QStringLiteral("error_event"));
        r.complete(QStringLiteral("error"), QStringLiteral("boom"),
            { { QStringLiteral("promptTokens"), 1 } });
        return lines;
    }

private slots:
    void subAgentShapes()
    {
        const QList<QJsonObject> lines = record(RunRecorder::Format::SubAgent);
        QStringList types;
        for (const QJsonObject &o : lines) {
            types << o.value("type").toString();
            QCOMPARE(o.value("v").toInt(), 1);
            QCOMPARE(o.value("timestamp").toString(), QStringLiteral("2026-01-02T03:04:05.006Z"));
            QCOMPARE(o.keys(), QStringList({ "data", "timestamp", "type", "v" }));
        }
        QCOMPARE(types,
            QStringList({ "run_started", "text", "thinking", "tool_call", "tool_result", "error",
                "complete" }));
        QCOMPARE(lines[0].value("data").toObject(),
            QJsonObject({ { "run_id", "run-1" }, { "session_id", "pending" } }));
        QCOMPARE(lines[1].value("data").toObject(), QJsonObject({ { "content", "Hello\n" } }));
        QCOMPARE(lines[3].value("data").toObject().value("tool_name").toString(),
            QStringLiteral("execute_bash_local"));
        QCOMPARE(lines[4].value("data").toObject(),
            QJsonObject({ { "tool_id", "req-1" }, { "content", "a\nb" }, { "is_error", false } }));
        QCOMPARE(lines[5].value("data").toObject(),
            QJsonObject({ { "message", "boom" }, { "code", "error_event" } }));
        QCOMPARE(lines[6].value("data").toObject(), QJsonObject({ { "message", "boom" } }));
    }

    void eventsShapes()
    {
        const QList<QJsonObject> lines = record(RunRecorder::Format::Events);
        QStringList types;
        for (const QJsonObject &o : lines) {
            types << o.value("type").toString();
            QVERIFY(!o.contains("v"));
        }
        QCOMPARE(types,
            QStringList({ "run.started", "event.text", "event.thinking", "event.tool_use",
                "event.tool_result", "error", "run.complete" }));
        QCOMPARE(lines[4].value("data").toObject().value("status").toString(),
            QStringLiteral("success"));
        QCOMPARE(
            lines[6].value("data").toObject().value("status").toString(), QStringLiteral("error"));
        QCOMPARE(lines[6]
                     .value("data")
                     .toObject()
                     .value("token_usage")
                     .toObject()
                     .value("promptTokens")
                     .toInt(),
            1);
    }

    void recordFileIsPrivateAndNeverASymlink()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("events.jsonl");
        const mode_t old = ::umask(0);
        seqera::Error error;
        int fd = seqera::ai::openRecordFile(path, &error);
        ::umask(old);
        QVERIFY2(fd >= 0, qPrintable(error.message));
        ::close(fd);
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);

        // A symlink planted where the record goes is refused, its target untouched.
        const QString target = dir.filePath("notes.txt");
        QFile notes(target);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("mine");
        notes.close();
        const QString link = dir.filePath("link.jsonl");
        QVERIFY(QFile::link(target, link));
        fd = seqera::ai::openRecordFile(link, &error);
        QCOMPARE(fd, -1);
        QVERIFY2(error.message.contains("symbolic link"), qPrintable(error.message));
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("mine"));

        // An existing file of ours is tightened to 0600.
        QFile loose(dir.filePath("loose.jsonl"));
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.close();
        QVERIFY(loose.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        fd = seqera::ai::openRecordFile(loose.fileName(), &error);
        QVERIFY(fd >= 0);
        ::close(fd);
        QCOMPARE(::stat(QFile::encodeName(loose.fileName()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }
};

QTEST_GUILESS_MAIN(TestRunRecorder)
#include "tst_runrecorder.moc"

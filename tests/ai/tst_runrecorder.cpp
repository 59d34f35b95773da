// RunRecorder: the JSON lines of --sub-agent and --events-path (ai-protocol §10), and the
// record file's safety (0600, no symlink, no FIFO or device, emptied when a run starts).
#include "ai/runrecorder.h"

#include "ai/tools/localtools.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

using seqera::ai::RunRecorder;
using seqera::ai::ToolResult;
using Outcome = seqera::ai::RunRecorder::Outcome;

namespace {
ToolResult toolResult(const QString &out, const QString &err, int exitCode)
{
    ToolResult r;
    r.stdoutText = out;
    r.stderrText = err;
    r.exitCode = exitCode;
    return r;
}

const QJsonObject kLs { { QStringLiteral("command"), QStringLiteral("ls") } };
} // namespace

class TestRunRecorder : public QObject
{
    Q_OBJECT
private:
    // Records what `play` does, one parsed object a line.
    static QList<QJsonObject> record(
        RunRecorder::Format format, const std::function<void(RunRecorder &)> &play)
    {
        QList<QJsonObject> lines;
        RunRecorder r(
            format,
            [&](const QByteArray &line) {
                QVERIFY(line.endsWith('\n'));
                QVERIFY(!line.chopped(1).contains('\n'));
                lines << QJsonDocument::fromJson(line).object();
            },
            [] {
                return QDateTime::fromString(
                    QStringLiteral("2026-01-02T03:04:05.006Z"), Qt::ISODateWithMs);
            });
        play(r);
        return lines;
    }

    // A run as the backend plays it: a local tool is announced by `tool-call`, requested by
    // `execute-local`, and its result echoed by `tool-result`; a server tool has only the
    // first and the last.
    static QList<QJsonObject> record(RunRecorder::Format format)
    {
        return record(format, [](RunRecorder &r) {
            r.runStarted(QStringLiteral("run-1"), QString());
            r.text(QStringLiteral("Hello\n"));
            r.thinking(QStringLiteral("hmm"));
            r.serverToolCall(QStringLiteral("call-1"), QStringLiteral("execute_bash_local"), kLs);
            r.localToolCall(QStringLiteral("req-1"), QStringLiteral("execute_bash_local"), kLs);
            r.localToolResult(QStringLiteral("req-1"), QStringLiteral("execute_bash_local"),
                toolResult(QStringLiteral("a\nb"), QString(), 0));
            r.serverToolResult(QStringLiteral("call-1"),
                QJsonObject { { QStringLiteral("stdout"), QStringLiteral("a\nb") } });
            r.serverToolCall(QStringLiteral("call-2"), QStringLiteral("search_docs"),
                { { QStringLiteral("query"), QStringLiteral("fastqc") } });
            r.serverToolResult(
                QStringLiteral("call-2"), QJsonObject { { QStringLiteral("hits"), 2 } });
            r.compacting();
            r.error(QStringLiteral("boom"), QStringLiteral("error_event"));
            r.complete(Outcome::Error, QString(), QStringLiteral("boom"),
                { { QStringLiteral("promptTokens"), 1 },
                    { QStringLiteral("completionTokens"), 2 } });
        });
    }

    static QStringList types(const QList<QJsonObject> &lines)
    {
        QStringList t;
        for (const QJsonObject &o : lines)
            t << o.value("type").toString();
        return t;
    }

private slots:
    void subAgentShapes()
    {
        const QList<QJsonObject> lines = record(RunRecorder::Format::SubAgent);
        for (const QJsonObject &o : lines) {
            QCOMPARE(o.value("v").toInt(), 1);
            QCOMPARE(o.value("timestamp").toString(), QStringLiteral("2026-01-02T03:04:05.006Z"));
            QCOMPARE(o.keys(), QStringList({ "data", "timestamp", "type", "v" }));
        }
        // One tool_call and one tool_result per tool: the backend's echoes of the local tool
        // are not recorded.
        QCOMPARE(types(lines),
            QStringList({ "run_started", "text", "thinking", "tool_call", "tool_result",
                "tool_call", "tool_result", "compacting", "error", "complete" }));
        QCOMPARE(lines[0].value("data").toObject(),
            QJsonObject({ { "run_id", "run-1" }, { "session_id", "pending" } }));
        QCOMPARE(lines[1].value("data").toObject(), QJsonObject({ { "content", "Hello\n" } }));
        QCOMPARE(lines[3].value("data").toObject(),
            QJsonObject({ { "tool_id", "req-1" }, { "tool_name", "execute_bash_local" },
                { "tool_input", kLs } }));
        // The content is the tool's output text, not an object.
        QCOMPARE(lines[4].value("data").toObject(),
            QJsonObject({ { "tool_id", "req-1" }, { "content", "a\nb" }, { "is_error", false } }));
        QCOMPARE(lines[5].value("data").toObject().value("tool_id").toString(),
            QStringLiteral("call-2"));
        QCOMPARE(lines[6].value("data").toObject(),
            QJsonObject(
                { { "tool_id", "call-2" }, { "content", "{\"hits\":2}" }, { "is_error", false } }));
        QCOMPARE(lines[7].value("data").toObject(), QJsonObject());
        QCOMPARE(lines[8].value("data").toObject(),
            QJsonObject({ { "message", "boom" }, { "code", "error_event" } }));
        QCOMPARE(lines[9].value("data").toObject(),
            QJsonObject({ { "status", "error" }, { "message", "boom" } }));
    }

    void eventsShapes()
    {
        const QList<QJsonObject> lines = record(RunRecorder::Format::Events);
        for (const QJsonObject &o : lines)
            QVERIFY(!o.contains("v"));
        QCOMPARE(types(lines),
            QStringList({ "run.started", "event.text", "event.thinking", "event.tool_use",
                "event.tool_result", "event.tool_use", "event.tool_result", "event.compacting",
                "error", "run.complete" }));
        QCOMPARE(lines[4].value("data").toObject(),
            QJsonObject({ { "tool_id", "req-1" }, { "content", "a\nb" }, { "is_error", false },
                { "status", "completed" } }));
        QCOMPARE(lines[9].value("data").toObject(),
            QJsonObject({ { "status", "error" }, { "message", "boom" },
                { "token_usage",
                    QJsonObject({ { "input_tokens", 1 }, { "output_tokens", 2 },
                        { "total_tokens", 3 } }) } }));
    }

    void completeSaysHowTheRunEnded_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("finishReason");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("subAgentTypes");
        QTest::addColumn<QJsonObject>("subAgentComplete");
        QTest::addColumn<QString>("eventsStatus");

        QTest::newRow("success: the finish reason")
            << int(Outcome::Success) << "stop"
            << "" << QStringList { "complete" }
            << QJsonObject { { "status", "success" }, { "message", "Completed with reason: stop" } }
            << "success";
        QTest::newRow("error: its message")
            << int(Outcome::Error) << ""
            << "The answer ended early (reason: length)." << QStringList { "complete" }
            << QJsonObject { { "status", "error" },
                   { "message", "The answer ended early (reason: length)." } }
            << "error";
        QTest::newRow("interrupted: an interrupted record, then complete")
            << int(Outcome::Interrupted) << "cancelled"
            << "The answer was cancelled." << QStringList { "interrupted", "complete" }
            << QJsonObject { { "status", "interrupted" },
                   { "message", "The answer was cancelled." } }
            << "cancelled";
    }

    void completeSaysHowTheRunEnded()
    {
        QFETCH(int, outcome);
        QFETCH(QString, finishReason);
        QFETCH(QString, message);
        QFETCH(QStringList, subAgentTypes);
        QFETCH(QJsonObject, subAgentComplete);
        QFETCH(QString, eventsStatus);
        const auto play
            = [&](RunRecorder &r) { r.complete(Outcome(outcome), finishReason, message, {}); };
        const QList<QJsonObject> subAgent = record(RunRecorder::Format::SubAgent, play);
        QCOMPARE(types(subAgent), subAgentTypes);
        QCOMPARE(subAgent.last().value("data").toObject(), subAgentComplete);
        if (subAgentTypes.size() > 1)
            QCOMPARE(subAgent.first().value("data").toObject().value("message").toString(),
                subAgentComplete.value("message").toString());
        const QList<QJsonObject> events = record(RunRecorder::Format::Events, play);
        QCOMPARE(events.last().value("type").toString(), QStringLiteral("run.complete"));
        QCOMPARE(events.last().value("data").toObject().value("status").toString(), eventsStatus);
        QVERIFY(!events.last().value("data").toObject().contains("token_usage")); // none sent
    }

    void refusedLocalToolStillGetsItsCall()
    {
        // Refused headless (or rejected by the user): the tool never starts, yet the record
        // shows what was asked for, under the request's id, once.
        const QList<QJsonObject> lines = record(RunRecorder::Format::SubAgent, [](RunRecorder &r) {
            r.serverToolCall(QStringLiteral("call-9"), QStringLiteral("execute_bash_local"), kLs);
            r.localToolResult(QStringLiteral("req-9"), QStringLiteral("execute_bash_local"),
                toolResult(QString(), QStringLiteral("Operation blocked"), 1));
            r.serverToolResult(QStringLiteral("call-9"), QStringLiteral("blocked"));
        });
        QCOMPARE(types(lines), QStringList({ "tool_call", "tool_result" }));
        QCOMPARE(lines[0].value("data").toObject(),
            QJsonObject({ { "tool_id", "req-9" }, { "tool_name", "execute_bash_local" },
                { "tool_input", kLs } }));
        QCOMPARE(lines[1].value("data").toObject(),
            QJsonObject({ { "tool_id", "req-9" }, { "content", "Operation blocked" },
                { "is_error", true } }));
    }

    void outputTextOfALocalTool()
    {
        QCOMPARE(RunRecorder::outputText(toolResult("out", "err", 1)), QStringLiteral("out\nerr"));
        QCOMPARE(RunRecorder::outputText(toolResult("out\n", "", 0)), QStringLiteral("out\n"));
        QCOMPARE(RunRecorder::outputText(toolResult("", "err", 2)), QStringLiteral("err"));
    }

    void recordFileIsPrivateAndNeverASymlink()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("events.jsonl");
        const mode_t old = ::umask(0);
        seqera::Error error;
        RunRecorder::Sink sink = seqera::ai::openRecordFile(path, &error);
        ::umask(old);
        QVERIFY2(sink, qPrintable(error.message));
        sink("{\"a\":1}\n");
        sink("{\"b\":2}\n");
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("{\"a\":1}\n{\"b\":2}\n")); // appended, as it came

        // A symlink planted where the record goes is refused, its target untouched.
        const QString target = dir.filePath("notes.txt");
        QFile notes(target);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("mine");
        notes.close();
        const QString link = dir.filePath("link.jsonl");
        QVERIFY(QFile::link(target, link));
        QVERIFY(!seqera::ai::openRecordFile(link, &error));
        QVERIFY2(error.message.contains("symbolic link"), qPrintable(error.message));
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QCOMPARE(notes.readAll(), QByteArray("mine"));

        // An existing file of ours is tightened to 0600.
        QFile loose(dir.filePath("loose.jsonl"));
        QVERIFY(loose.open(QIODevice::WriteOnly));
        loose.close();
        QVERIFY(loose.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(seqera::ai::openRecordFile(loose.fileName(), &error));
        QCOMPARE(::stat(QFile::encodeName(loose.fileName()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
    }

    void recordFileIsEmptiedWhenTheRunStarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("events.jsonl");
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("{\"type\":\"run.started\",\"data\":{\"run_id\":\"an earlier run\"}}\n");
        earlier.close();
        seqera::Error error;
        RunRecorder::Sink sink = seqera::ai::openRecordFile(path, &error);
        QVERIFY2(sink, qPrintable(error.message));
        sink("{\"new\":true}\n");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"new\":true}\n"));
    }

    void recordFileNeverBlocksOnAFifo()
    {
        // The regression: --events-path to a FIFO nobody reads blocked in open() forever (and
        // ignored SIGTERM). The open runs in another thread so that a regression fails this
        // test instead of hanging it.
        QTemporaryDir dir;
        const QByteArray fifo = QFile::encodeName(dir.filePath("events.fifo"));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        auto attempt = std::async(std::launch::async, [&] {
            seqera::Error error;
            const bool opened = bool(seqera::ai::openRecordFile(QFile::decodeName(fifo), &error));
            return std::make_pair(opened, error.message);
        });
        if (attempt.wait_for(std::chrono::seconds(3)) != std::future_status::ready) {
            const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK); // unblocks it
            attempt.wait();
            ::close(reader);
            QFAIL("opening the record file blocked on a FIFO without a reader");
        }
        auto [opened, message] = attempt.get();
        QVERIFY(!opened);
        QVERIFY2(message.contains("named pipe") && message.contains("regular file"),
            qPrintable(message));

        // With a reader it opens at once, and is refused all the same: nothing is written.
        const int reader = ::open(fifo.constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        seqera::Error error;
        QVERIFY(!seqera::ai::openRecordFile(QFile::decodeName(fifo), &error));
        QVERIFY2(error.message.contains("named pipe"), qPrintable(error.message));
        char byte;
        QCOMPARE(::read(reader, &byte, 1), ssize_t(0));
        ::close(reader);
    }

    void recordFileRefusesFoldersAndDevices_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("said");
        QTest::newRow("a folder") << QDir::tempPath() << "a folder";
        QTest::newRow("a device") << "/dev/null"
                                  << "a device";
    }

    void recordFileRefusesFoldersAndDevices()
    {
        QFETCH(QString, path);
        QFETCH(QString, said);
        seqera::Error error;
        QVERIFY(!seqera::ai::openRecordFile(path, &error));
        QVERIFY2(error.message.contains(said), qPrintable(error.message));
        QVERIFY2(error.message.contains("--events-path"), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestRunRecorder)
#include "tst_runrecorder.moc"

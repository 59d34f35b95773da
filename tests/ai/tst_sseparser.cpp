#include "ai/backend/sseparser.h"

#include <QElapsedTimer>
#include <QTest>

using seqera::ai::SseEvent;
using seqera::ai::SseParser;

namespace {
using Events = QList<SseEvent>;

SseEvent ev(const QString &id, const QString &event, const QString &data)
{
    return SseEvent { id, event, data };
}

QStringList describe(const Events &events)
{
    QStringList out;
    for (const SseEvent &e : events)
        out << QStringLiteral("id=%1 event=%2 data=%3").arg(e.id, e.event, e.data);
    return out;
}

Events feedInPieces(const QByteArray &input, qsizetype pieceSize)
{
    SseParser parser;
    Events events;
    for (qsizetype i = 0; i < input.size(); i += pieceSize)
        events += parser.feed(input.mid(i, pieceSize));
    return events;
}
} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void everySplitPoint();
    void retryField();
    void bomOnlyAtStart();
    void throughput();
};

void TestSseParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Events>("expected");

    QTest::newRow("single event with id")
        << QByteArray("id: 1\ndata: {\"a\":1}\n\n") << Events { ev("1", "message", "{\"a\":1}") };
    QTest::newRow("two events in one read")
        << QByteArray("id: 1\ndata: a\n\nid: 2\ndata: b\n\n")
        << Events { ev("1", "message", "a"), ev("2", "message", "b") };
    QTest::newRow("crlf line ends")
        << QByteArray("id: 7\r\ndata: x\r\n\r\n") << Events { ev("7", "message", "x") };
    QTest::newRow("cr line ends") << QByteArray("id: 7\rdata: x\r\r")
                                  << Events { ev("7", "message", "x") };
    QTest::newRow("mixed line ends") << QByteArray("id: 1\r\ndata: a\r\rid: 2\ndata: b\r\n\n")
                                     << Events { ev("1", "message", "a"), ev("2", "message", "b") };
    QTest::newRow("multi-line data joined with newline")
        << QByteArray("data: first\ndata: second\ndata:third\n\n")
        << Events { ev("", "message", "first\nsecond\nthird") };
    QTest::newRow("comment lines carry nothing")
        << QByteArray(": keepalive\n\n: another\nid: 3\n: inside\ndata: z\n\n")
        << Events { ev("3", "message", "z") };
    QTest::newRow("event type field") << QByteArray("event: update\ndata: u\n\ndata: m\n\n")
                                      << Events { ev("", "update", "u"), ev("", "message", "m") };
    QTest::newRow("unknown fields ignored")
        << QByteArray("foo: bar\nid: 4\nbaz\ndata: d\n\n") << Events { ev("4", "message", "d") };
    QTest::newRow("retry field is not an event") << QByteArray("retry: 1500\n\n") << Events {};
    QTest::newRow("id persists to later events")
        << QByteArray("id: 9\ndata: a\n\ndata: b\n\n")
        << Events { ev("9", "message", "a"), ev("9", "message", "b") };
    QTest::newRow("no space after colon")
        << QByteArray("data:tight\n\n") << Events { ev("", "message", "tight") };
    QTest::newRow("only first space stripped")
        << QByteArray("data:  two\n\n") << Events { ev("", "message", " two") };
    QTest::newRow("empty data line dispatches empty data")
        << QByteArray("data\n\n") << Events { ev("", "message", "") };
    QTest::newRow("incomplete event at end is held back")
        << QByteArray("id: 1\ndata: a\n") << Events {};
    QTest::newRow("bom at start") << QByteArray("\xEF\xBB\xBFid: 1\ndata: b\n\n")
                                  << Events { ev("1", "message", "b") };
    QTest::newRow("utf-8 multibyte text") << QByteArray("data: gr\xC3\xBC\xC3\x9F\xE2\x82\xAC\n\n")
                                          << Events { ev("", "message", QStringLiteral(u"grüß€")) };
    QTest::newRow("blank lines between events do nothing")
        << QByteArray("\n\n\ndata: a\n\n\n\n") << Events { ev("", "message", "a") };
    QTest::newRow("id with NUL ignored") << QByteArray("id: 5\ndata: a\n\nid: 6\0x\ndata: b\n\n",
        32) << Events { ev("5", "message", "a"), ev("5", "message", "b") };
}

void TestSseParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(Events, expected);

    QCOMPARE(describe(feedInPieces(input, input.size() + 1)), describe(expected));
    // Networks cut anywhere: one byte per read must give the same events.
    QCOMPARE(describe(feedInPieces(input, 1)), describe(expected));
    QCOMPARE(describe(feedInPieces(input, 2)), describe(expected));
    QCOMPARE(describe(feedInPieces(input, 3)), describe(expected));
}

void TestSseParser::everySplitPoint()
{
    const QByteArray input("\xEF\xBB\xBFid: 1\r\ndata: {\"type\":\"text-delta\"}\r\n\r\n: ka\r"
                           "id: 2\rdata: a\rdata: b\r\r");
    const Events expected { ev("1", "message", "{\"type\":\"text-delta\"}"),
        ev("2", "message", "a\nb") };
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        SseParser parser;
        Events events = parser.feed(input.left(cut));
        events += parser.feed(input.mid(cut));
        QVERIFY2(describe(events) == describe(expected), qPrintable(QString::number(cut)));
    }
}

void TestSseParser::retryField()
{
    SseParser parser;
    parser.feed("retry: 2500\n\n");
    QCOMPARE(parser.retryMs(), 2500);
    parser.feed("retry: soon\n\n");
    QCOMPARE(parser.retryMs(), 2500);
}

void TestSseParser::bomOnlyAtStart()
{
    SseParser parser;
    Events events = parser.feed("data: a\n\n");
    events += parser.feed("\xEF\xBB\xBF"
                          "data: b\n\n");
    // A BOM after the start is part of the field name, so the line is an unknown field.
    QCOMPARE(describe(events), describe(Events { ev("", "message", "a") }));
}

void TestSseParser::throughput()
{
    QByteArray frame("id: 12345\ndata: {\"type\":\"text-delta\",\"delta\":\"Hello, this is a "
                     "typical chunk of streamed text.\"}\n\n");
    QByteArray input;
    while (input.size() < 8 * 1024 * 1024)
        input += frame;
    const int events = int(input.size() / frame.size());

    QElapsedTimer timer;
    timer.start();
    SseParser parser;
    qsizetype count = 0;
    for (qsizetype i = 0; i < input.size(); i += 1400) // TCP-segment-sized reads
        count += parser.feed(input.mid(i, 1400)).size();
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(count, events);
    qInfo("SSE parser: %lld MiB in %lld ms (%.0f MiB/s, %.0f events/ms)",
        qint64(input.size() / (1024 * 1024)), ms, input.size() / 1048576.0 / (ms / 1000.0),
        double(events) / ms);
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"

// Fuzzes the Server-Sent Events parser of `seqera ai`. The network cuts a stream anywhere,
// so the events must not depend on where it was cut.
//
// Input layout: byte 0 = number K (mod 16) of cuts; the next K bytes are chunk lengths;
// the rest is the stream. The stream is fed in those chunks (the last chunk takes what is
// left), then whole, then one byte at a time; all three must agree.
#include "ai/backend/sseparser.h"
#include "fuzzcommon.h"

using seqera::ai::SseEvent;
using seqera::ai::SseParser;

namespace {
struct Outcome
{
    QList<SseEvent> events;
    int retryMs = -1;
    QString lastEventId;
};

bool sameOwnIds(const QList<SseEvent> &a, const QList<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).ownId != b.at(i).ownId)
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    seqera::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const size_t cuts = qMin<size_t>(data[0] % 16, size - 1);
    const uint8_t *lengths = data + 1;
    const QByteArray stream(
        reinterpret_cast<const char *>(data + 1 + cuts), qsizetype(size - 1 - cuts));

    Outcome whole;
    {
        SseParser parser;
        whole.events = parser.feed(stream);
        whole.retryMs = parser.retryMs();
        whole.lastEventId = parser.lastEventId();
    }

    Outcome chunked;
    {
        SseParser parser;
        qsizetype pos = 0;
        for (size_t i = 0; i < cuts; ++i) {
            const qsizetype n = qMin<qsizetype>(lengths[i], stream.size() - pos);
            chunked.events += parser.feed(stream.mid(pos, n));
            pos += n;
        }
        chunked.events += parser.feed(stream.mid(pos));
        chunked.retryMs = parser.retryMs();
        chunked.lastEventId = parser.lastEventId();
    }

    Outcome bytewise;
    {
        SseParser parser;
        for (qsizetype i = 0; i < stream.size(); ++i)
            bytewise.events += parser.feed(stream.mid(i, 1));
        bytewise.retryMs = parser.retryMs();
        bytewise.lastEventId = parser.lastEventId();
    }

    FUZZ_CHECK(chunked.events == whole.events);
    FUZZ_CHECK(sameOwnIds(chunked.events, whole.events));
    FUZZ_CHECK(chunked.retryMs == whole.retryMs);
    FUZZ_CHECK(chunked.lastEventId == whole.lastEventId);
    FUZZ_CHECK(bytewise.events == whole.events);
    FUZZ_CHECK(sameOwnIds(bytewise.events, whole.events));
    FUZZ_CHECK(bytewise.retryMs == whole.retryMs);
    FUZZ_CHECK(bytewise.lastEventId == whole.lastEventId);

    for (const SseEvent &e : whole.events) {
        FUZZ_CHECK(!e.event.isEmpty());
        // An event is built from whole lines: no line break survives inside a field other
        // than the "\n" that joins data lines.
        FUZZ_CHECK(!e.event.contains(QLatin1Char('\n')) && !e.event.contains(QLatin1Char('\r')));
        FUZZ_CHECK(!e.id.contains(QLatin1Char('\n')) && !e.id.contains(QLatin1Char('\r')));
        FUZZ_CHECK(!e.data.contains(QLatin1Char('\r')));
    }

    // reset() gives a parser that behaves like a new one.
    SseParser reused;
    reused.feed(stream);
    reused.feed("\n\ndata: x\r");
    reused.reset();
    FUZZ_CHECK(reused.feed(stream) == whole.events);
    return 0;
}

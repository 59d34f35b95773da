#include "sseparser.h"

namespace seqera::ai {

namespace {
const char kBom[] = "\xEF\xBB\xBF";
}

void SseParser::reset()
{
    *this = SseParser();
}

QList<SseEvent> SseParser::feed(const QByteArray &input)
{
    QList<SseEvent> out;
    QByteArray bytes = input;

    // A UTF-8 BOM may only appear at the very start of the stream, and the network may cut
    // it in pieces too.
    if (m_bomBytesSeen < 3) {
        m_bomCandidate += bytes;
        const int n = int(qMin<qsizetype>(m_bomCandidate.size(), 3));
        if (QByteArray(kBom, n) != m_bomCandidate.left(n)) {
            bytes = m_bomCandidate;
            m_bomCandidate.clear();
            m_bomBytesSeen = 3;
        } else if (m_bomCandidate.size() < 3) {
            return out; // still could be a BOM: wait for more
        } else {
            bytes = m_bomCandidate.mid(3);
            m_bomCandidate.clear();
            m_bomBytesSeen = 3;
        }
    }

    const char *p = bytes.constData();
    const qsizetype size = bytes.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = p[i];
        if (m_skipLf) {
            m_skipLf = false;
            if (c == '\n') {
                start = i + 1;
                continue;
            }
        }
        if (c != '\n' && c != '\r')
            continue;
        m_line.append(p + start, i - start);
        processLine(m_line, out);
        m_line.clear();
        start = i + 1;
        if (c == '\r')
            m_skipLf = true;
    }
    m_line.append(p + start, size - start);
    return out;
}

void SseParser::processLine(const QByteArray &line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            SseEvent event;
            event.id = m_lastEventId;
            event.event = m_eventType.isEmpty() ? QStringLiteral("message") : m_eventType;
            event.data = QString::fromUtf8(m_data);
            event.ownId = m_blockHasId;
            out.append(event);
        }
        m_data.clear();
        m_hasData = false;
        m_blockHasId = false;
        m_eventType.clear();
        return;
    }
    if (line.startsWith(':'))
        return; // comment, e.g. a keepalive

    QByteArray field;
    QByteArray value;
    const qsizetype colon = line.indexOf(':');
    if (colon < 0) {
        field = line;
    } else {
        field = line.left(colon);
        value = line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
    }

    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastEventId = QString::fromUtf8(value);
            m_blockHasId = true;
        }
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0 && !value.startsWith('+') && !value.startsWith('-'))
            m_retryMs = ms;
    }
    // Any other field is ignored, as the specification requires.
}

} // namespace seqera::ai

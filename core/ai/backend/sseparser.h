#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace seqera::ai {

// One dispatched Server-Sent Event (WHATWG HTML, "Interpreting an event stream").
struct SseEvent
{
    QString id; // the last event id seen on the stream when this event was dispatched
    QString event; // "message" when the stream gave no `event:` field
    QString data; // `data:` lines joined with "\n"
    bool ownId = false; // this block had its own `id:` line (id is inherited otherwise)

    bool operator==(const SseEvent &other) const
    {
        return id == other.id && event == other.event && data == other.data;
    }
};

// Incremental parser: bytes go in as the network delivers them (split anywhere, several
// events per read), complete events come out. Keeps no more than one unfinished line.
class SseParser
{
public:
    QList<SseEvent> feed(const QByteArray &bytes);
    void reset();

    // Reconnection time the server asked for with `retry:`, -1 when it did not.
    int retryMs() const { return m_retryMs; }
    QString lastEventId() const { return m_lastEventId; }
    // Bytes held for the event still being received (its unfinished line and data so far).
    qsizetype pendingBytes() const { return m_line.size() + m_data.size(); }

private:
    void processLine(const QByteArray &line, QList<SseEvent> &out);

    QByteArray m_line; // bytes of the current, unfinished line
    QByteArray m_data; // data buffer of the event being built
    QString m_eventType;
    QString m_lastEventId;
    bool m_hasData = false;
    bool m_blockHasId = false;
    bool m_skipLf = false; // the previous chunk ended with CR: a leading LF belongs to it
    int m_bomBytesSeen = 0; // 3 once the start of the stream has been checked for a BOM
    QByteArray m_bomCandidate;
    int m_retryMs = -1;
};

} // namespace seqera::ai

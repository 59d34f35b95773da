#pragma once

#include "util/clock.h"

#include <QDateTime>

namespace testsupport {

// The clock every C++ suite moves by hand (core takes a seqera::Clock for this).
class TestClock : public seqera::Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advanceTo(const QDateTime &t) { m_now = t; }
    void advance(qint64 secs) { m_now = m_now.addSecs(secs); }

    QDateTime m_now
        = QDateTime::fromString(QStringLiteral("2026-03-01T12:00:00Z"), Qt::ISODateWithMs);
};

} // namespace testsupport

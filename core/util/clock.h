#pragma once

#include <QDateTime>

namespace seqera {

// Time as the core sees it; tests pass a clock they can move.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }

    static const Clock *system()
    {
        static const Clock clock;
        return &clock;
    }
};

} // namespace seqera

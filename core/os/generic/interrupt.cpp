// interrupt.h in plain Qt: no signal handler, so Ctrl-C ends the process the default way
// (every write is atomic: files stay whole). interrupted() is never emitted.
#include "os/interrupt.h"

namespace seqera::os {

bool InterruptSource::supported()
{
    return false;
}

InterruptSource::InterruptSource(QObject *parent)
    : QObject(parent)
{ }

InterruptSource::~InterruptSource() = default;

} // namespace seqera::os

#include "os/desktop.h"

#include <QUrl>

namespace seqera::os {

// No opener this build can name for every system (QDesktopServices is Qt Gui, which the core
// and the CLI do not link): the CLI asks for BROWSER instead.
QStringList urlOpener(const QUrl &)
{
    return {};
}

} // namespace seqera::os

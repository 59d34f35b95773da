#include "os/desktop.h"

#include <QUrl>

namespace seqera::os {

QStringList urlOpener(const QUrl &url)
{
    return { QStringLiteral("xdg-open"), url.toString(QUrl::FullyEncoded) };
}

} // namespace seqera::os

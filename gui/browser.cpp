#include "browser.h"

#include "util/browsercommand.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace seqera::tray {

// Without $BROWSER the tray asks the desktop (QDesktopServices), not xdg-open, so that
// desktop portals and the desktop's own handler are used.
QString openBrowser(const QString &browserVariable, const QUrl &url)
{
    const QStringList command = browserCommand(browserVariable, url);
    if (!command.isEmpty())
        return startDetached(command);
    if (!QDesktopServices::openUrl(url))
        return QCoreApplication::translate("seqera::tray", "the desktop could not open %1")
            .arg(url.toString(QUrl::RemoveQuery));
    return {};
}

} // namespace seqera::tray

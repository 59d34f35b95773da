#include "browser.h"

#include "os/desktop.h"
#include "util/browsercommand.h"

#include <QCoreApplication>

namespace seqera::cli {

QString openBrowser(const QString &browserVariable, const QUrl &url)
{
    QStringList command = browserCommand(browserVariable, url);
    if (command.isEmpty())
        command = os::urlOpener(url);
    if (command.isEmpty())
        return QCoreApplication::translate("seqera::Browser",
            "this build knows no browser opener for this system; set BROWSER to your browser's "
            "command");
    return startDetached(command);
}

} // namespace seqera::cli

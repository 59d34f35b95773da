#include "browser.h"

#include "util/browsercommand.h"

namespace seqera::cli {

QString openBrowser(const QString &browserVariable, const QUrl &url)
{
    QStringList command = browserCommand(browserVariable, url);
    if (command.isEmpty()) {
#ifdef Q_OS_MACOS
        command << QStringLiteral("open") << url.toString(QUrl::FullyEncoded);
#else
        command << QStringLiteral("xdg-open") << url.toString(QUrl::FullyEncoded);
#endif
    }
    return startDetached(command);
}

} // namespace seqera::cli

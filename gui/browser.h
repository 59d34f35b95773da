#pragma once

#include <QString>
#include <QUrl>

namespace seqera::tray {

// Opens `url` the way `seqera login` does: $BROWSER when set (a command, "%s" replaced by the
// URL or the URL appended, the first of ':'-separated alternatives), else the desktop's way
// (QDesktopServices). Returns an empty string on success, else why it failed.
QString openBrowser(const QString &browserVariable, const QUrl &url);

} // namespace seqera::tray

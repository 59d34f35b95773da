#pragma once

#include <QString>
#include <QUrl>

namespace seqera::cli {

// Opens `url` the way the user's desktop would: $BROWSER when set (a command, "%s" replaced
// by the URL or the URL appended), else the system's opener (xdg-open on Linux; see core/os/desktop.h). The browser runs detached
// with its output discarded (see core/util/browsercommand.h).
QString openBrowser(const QString &browserVariable, const QUrl &url);

} // namespace seqera::cli

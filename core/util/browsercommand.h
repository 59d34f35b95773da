#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace seqera {

// The command that $BROWSER names for `url`: the first of its ':'-separated alternatives,
// "%s" replaced by the URL or the URL appended. Empty when $BROWSER is unset or blank.
// The core never opens a browser itself; the front ends use this so that both follow the
// same convention.
QStringList browserCommand(const QString &browserVariable, const QUrl &url);

// Starts `command` detached, with no input and its output discarded. Returns an empty
// string on success, else why it could not start (for a message).
QString startDetached(const QStringList &command);

} // namespace seqera

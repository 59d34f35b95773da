#pragma once

#include <QStringList>

class QUrl;

// The desktop around the program, where Qt Core has no word for it.
namespace seqera::os {

// The command that opens `url` in the user's browser when $BROWSER names none (xdg-open on
// Linux, open on macOS); empty when this build knows none: the caller then asks the user to
// set BROWSER.
QStringList urlOpener(const QUrl &url);

} // namespace seqera::os

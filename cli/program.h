#pragma once

#include <QStringList>

namespace seqera::cli {

// The `seqera` program once its QCoreApplication exists (name, version, translators): the
// global options, the command and its options, then the command itself. `arguments` as
// QCoreApplication::arguments() gives them, the program first. Returns the exit code.
int run(QStringList arguments);

} // namespace seqera::cli

#pragma once

#include "command.h"

#include <QProcessEnvironment>
#include <QStringList>

class QTextStream;

namespace seqera::cli {

// Where a run of the program reads and writes, and the environment its settings come from:
// the process's own in the binary, injected ones in the in-process tests (tests/unit/tst_cli).
struct Io
{
    QTextStream &in;
    QTextStream &out;
    QTextStream &err;
    QProcessEnvironment environment;
    Terminals terminal {};
};

// The `seqera` program once its QCoreApplication exists (name, version, translators): the
// global options, the command and its options, then the command itself. `arguments` as
// QCoreApplication::arguments() gives them, the program first. Returns the exit code.
int run(QStringList arguments, Io &io);
// The same with the process's standard streams and environment.
int run(QStringList arguments);

} // namespace seqera::cli

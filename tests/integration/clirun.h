#pragma once

// `seqera ARGS` in the test's own process: cli::run with injected standard streams and
// environment, and no terminal, as the binary runs with pipes. Header-only, for the suites
// that link seqera-cli-lib (unit-cli, ai-tst_aicommand).
#include "program.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace testsupport {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `args` without the program's name: {"status", "--all"}.
inline CliResult runCli(
    const QStringList &args, const QProcessEnvironment &environment, QByteArray input = {})
{
    CliResult result;
    QTextStream in(&input, QIODevice::ReadOnly);
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    seqera::cli::Io io { in, out, err, environment };
    result.exitCode = seqera::cli::run(QStringList { QStringLiteral("seqera") } + args, io);
    out.flush();
    err.flush();
    return result;
}

} // namespace testsupport

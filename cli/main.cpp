#include "os/hardening.h"
#include "os/locale.h"
#include "program.h"
#include "translations.h"

#include <QCoreApplication>

using namespace seqera;

// The `seqera` program: the process and the application object; everything else is in
// seqera-cli-lib (cli::run), which the tests link too.
int main(int argc, char *argv[])
{
    os::makeProcessNonDumpable(); // before any token is read: no core file, no ptrace
    os::ensureUtf8Locale(); // before Qt reads the locale: no warning in a C locale
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seqera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEQERA_VERSION));
    installTranslators(app);
    return cli::run(QCoreApplication::arguments());
}

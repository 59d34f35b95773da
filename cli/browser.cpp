#include "browser.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace seqera::cli {

QString openBrowser(const QString &browserVariable, const QUrl &url)
{
    const QString target = url.toString(QUrl::FullyEncoded);
    QStringList command;
    if (!browserVariable.isEmpty()) {
        // $BROWSER may list alternatives separated by ':' (the sensible-browser convention).
        const QString first = browserVariable.split(QLatin1Char(':'), Qt::SkipEmptyParts).value(0);
        command = QProcess::splitCommand(first);
        bool substituted = false;
        for (QString &arg : command) {
            if (arg.contains(QLatin1String("%s"))) {
                arg.replace(QLatin1String("%s"), target);
                substituted = true;
            }
        }
        if (!substituted)
            command << target;
    } else {
#ifdef Q_OS_MACOS
        command << QStringLiteral("open") << target;
#else
        command << QStringLiteral("xdg-open") << target;
#endif
    }
    if (command.isEmpty())
        return QCoreApplication::translate("seqera::cli", "$BROWSER is empty");
    const QString program = command.takeFirst();
    if (QStandardPaths::findExecutable(program).isEmpty() && !program.contains(QLatin1Char('/')))
        return QCoreApplication::translate("seqera::cli", "%1 was not found").arg(program);

    QProcess process;
    process.setProgram(program);
    process.setArguments(command);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached())
        return QCoreApplication::translate("seqera::cli", "%1 could not be started").arg(program);
    return {};
}

} // namespace seqera::cli

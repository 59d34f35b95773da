#include "browser.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QProcess>
#include <QStandardPaths>

namespace seqera::tray {

// Kept in step with cli/browser.cpp; the tray falls back to QDesktopServices, not xdg-open,
// so that desktop portals and the desktop's own handler are used.
QString openBrowser(const QString &browserVariable, const QUrl &url)
{
    if (browserVariable.isEmpty()) {
        if (!QDesktopServices::openUrl(url))
            return QCoreApplication::translate("seqera::tray", "the desktop could not open %1")
                .arg(url.toString(QUrl::RemoveQuery));
        return {};
    }
    const QString target = url.toString(QUrl::FullyEncoded);
    const QString first = browserVariable.split(QLatin1Char(':'), Qt::SkipEmptyParts).value(0);
    QStringList command = QProcess::splitCommand(first);
    bool substituted = false;
    for (QString &arg : command) {
        if (arg.contains(QLatin1String("%s"))) {
            arg.replace(QLatin1String("%s"), target);
            substituted = true;
        }
    }
    if (!substituted)
        command << target;
    if (command.size() < 2)
        return QCoreApplication::translate("seqera::tray", "$BROWSER is empty");
    const QString program = command.takeFirst();
    if (QStandardPaths::findExecutable(program).isEmpty() && !program.contains(QLatin1Char('/')))
        return QCoreApplication::translate("seqera::tray", "%1 was not found").arg(program);

    QProcess process;
    process.setProgram(program);
    process.setArguments(command);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached())
        return QCoreApplication::translate("seqera::tray", "%1 could not be started").arg(program);
    return {};
}

} // namespace seqera::tray

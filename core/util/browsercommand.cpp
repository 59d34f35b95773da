#include "browsercommand.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace seqera {

QStringList browserCommand(const QString &browserVariable, const QUrl &url)
{
    const QString first
        = browserVariable.split(QLatin1Char(':'), Qt::SkipEmptyParts).value(0).trimmed();
    QStringList command = QProcess::splitCommand(first);
    if (command.isEmpty())
        return {};
    const QString target = url.toString(QUrl::FullyEncoded);
    bool substituted = false;
    for (QString &arg : command) {
        if (arg.contains(QLatin1String("%s"))) {
            arg.replace(QLatin1String("%s"), target);
            substituted = true;
        }
    }
    if (!substituted)
        command << target;
    return command;
}

QString startDetached(const QStringList &command)
{
    if (command.isEmpty())
        return QCoreApplication::translate("seqera::Browser", "no command to start");
    const QString program = command.first();
    if (QStandardPaths::findExecutable(program).isEmpty() && !program.contains(QLatin1Char('/')))
        return QCoreApplication::translate("seqera::Browser", "%1 was not found").arg(program);
    QProcess process;
    process.setProgram(program);
    process.setArguments(command.mid(1));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (!process.startDetached())
        return QCoreApplication::translate("seqera::Browser", "%1 could not be started")
            .arg(program);
    return {};
}

} // namespace seqera

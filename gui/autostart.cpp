#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace seqera::tray {

Autostart::Autostart(QString configHome, QString program)
    : m_configHome(std::move(configHome))
    , m_program(std::move(program))
{ }

QString Autostart::path() const
{
    return m_configHome + QStringLiteral("/autostart/seqera-tray.desktop");
}

bool Autostart::isEnabled() const
{
    return QFile::exists(path());
}

QString Autostart::setEnabled(bool enabled)
{
    if (!enabled) {
        if (QFile::exists(path()) && !QFile::remove(path()))
            return tr("Could not remove %1. Delete it to stop starting at login.").arg(path());
        return {};
    }
    if (!QDir().mkpath(m_configHome + QStringLiteral("/autostart")))
        return tr("Could not create the folder %1/autostart.").arg(m_configHome);
    // Desktop entry Exec values quote arguments with double quotes (XDG spec).
    QString exec = m_program;
    if (exec.contains(QLatin1Char(' ')))
        exec = QLatin1Char('"') + exec + QLatin1Char('"');
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Seqera Tray\n"
                                         "Comment=Seqera Platform sign-in in the system tray\n"
                                         "Exec=%1\n"
                                         "Icon=seqera-tray\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(exec);
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(path(), file.errorString());
    return {};
}

} // namespace seqera::tray

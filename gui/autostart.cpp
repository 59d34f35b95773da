#include "autostart.h"

#include "storage/securefile.h"

#include <QFile>

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
        if (const Error e = securefile::remove(path()))
            return tr("%1 Delete it to stop starting at login.").arg(e.message);
        return {};
    }
    if (const Error e = securefile::ensurePrivateDir(m_configHome + QStringLiteral("/autostart")))
        return e.message;
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
    // Ours, read only by the user's own session: private, like every file we write.
    return securefile::writeAtomically(path(), entry.toUtf8(), securefile::Permissions::Private)
        .message;
}

} // namespace seqera::tray

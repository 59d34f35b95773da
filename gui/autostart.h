#pragma once

#include <QCoreApplication>
#include <QString>

namespace seqera::tray {

// The XDG autostart entry ($XDG_CONFIG_HOME/autostart/seqera-tray.desktop) behind the
// "Start at login" menu item.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(seqera::tray::Autostart)
public:
    // `configHome` is $XDG_CONFIG_HOME (default ~/.config); `program` the command to start.
    Autostart(QString configHome, QString program);

    QString path() const;
    bool isEnabled() const;
    // Returns an empty string on success, else a message saying what went wrong.
    QString setEnabled(bool enabled);

private:
    QString m_configHome;
    QString m_program;
};

} // namespace seqera::tray

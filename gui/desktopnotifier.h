#pragma once

#include "traystatemachine.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QSystemTrayIcon;

namespace seqera::os {
class NotificationService;
}

namespace seqera::tray {

// Shows the tray's notifications through the desktop's notification server
// (org.freedesktop.Notifications on the session bus, through core/os) whatever the tray host is:
// app icon, desktop-entry hint, urgency, a "Log in" action where it helps, and one notification per
// slot that a newer one replaces instead of stacking. Only when no server answers does it fall
// back to the tray icon's balloon (QSystemTrayIcon::showMessage).
//
// A click on a notification never starts a login: only the "Log in" action does.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    // The action key of "Log in" in Notify's action list.
    static constexpr const char *kLoginAction = "login";

    explicit DesktopNotifier(QSystemTrayIcon *fallbackIcon, QObject *parent = nullptr);

    void show(const TrayNotification &notification);

Q_SIGNALS:
    // The user chose "Log in" on one of our notifications.
    void loginRequested();

private:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

    enum class Slot { Session, Failure, Offline, NoTray };
    static Slot slotOf(TrayNotification::Kind kind);
    void notify(int slot, const TrayNotification &notification, bool markup, bool actions);
    void sendQueued(int slot);
    void showBalloon(const TrayNotification &notification);

    QSystemTrayIcon *m_fallbackIcon;
    os::NotificationService *m_service;
    QHash<int, uint> m_ids; // Slot -> the server's id of the notification shown in it
    QHash<uint, bool> m_offersLogin; // id -> carries the "Log in" action
    QSet<int> m_inFlight; // slots waiting for the server's answer
    QHash<int, TrayNotification> m_queued; // slot -> the newest notification held back
};

} // namespace seqera::tray

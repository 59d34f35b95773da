#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

// The desktop's notification server (org.freedesktop.Notifications over D-Bus on Linux). The
// tray's DesktopNotifier decides what to show and falls back to its icon's balloon when no
// server answers; a build without D-Bus has no server: every call answers that at once.
namespace seqera::os {

struct DesktopNotification
{
    QString appName;
    uint replacesId = 0; // the server's id of the notification this one replaces, 0: none
    QString appIcon;
    QString title;
    QString body;
    QStringList actions; // key, label, key, label...
    QString desktopEntry;
    uchar urgency = 1; // 0 low, 1 normal, 2 critical (the specification's values)
};

class NotificationService : public QObject
{
    Q_OBJECT
public:
    explicit NotificationService(QObject *parent = nullptr);

    // Whether a session bus is there at all (a server may still be missing).
    bool connected() const;
    // The server's capabilities ("actions", "body-markup"...), or nullopt and why not when
    // no server answers. `done` runs once, in `context`.
    void capabilities(QObject *context,
        std::function<void(const std::optional<QStringList> &, const QString &why)> done);
    // The server's id of the shown notification, or nullopt and why the server refused.
    void notify(const DesktopNotification &notification, QObject *context,
        std::function<void(std::optional<uint>, const QString &why)> done);

Q_SIGNALS:
    void actionInvoked(uint id, const QString &actionKey);
    void notificationClosed(uint id, uint reason);

private Q_SLOTS:
    // QtDBus signal connections need slots (no functor overload in Qt 6.4).
    void onActionInvoked(uint id, const QString &actionKey) { emit actionInvoked(id, actionKey); }
    void onNotificationClosed(uint id, uint reason) { emit notificationClosed(id, reason); }
};

} // namespace seqera::os

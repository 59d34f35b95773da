// notifications.h over D-Bus: org.freedesktop.Notifications on the session bus.
#include "os/notifications.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace seqera::os {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

NotificationService::NotificationService(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
            SLOT(onActionInvoked(uint, QString)));
        bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
            SLOT(onNotificationClosed(uint, uint)));
    }
}

bool NotificationService::connected() const
{
    return QDBusConnection::sessionBus().isConnected();
}

void NotificationService::capabilities(QObject *context,
    std::function<void(const std::optional<QStringList> &, const QString &why)> done)
{
    auto *call = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(QDBusMessage::createMethodCall(
            kService, kPath, kInterface, QStringLiteral("GetCapabilities"))),
        context);
    connect(call, &QDBusPendingCallWatcher::finished, context, [done](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> caps = *w;
        if (caps.isError())
            done(std::nullopt, caps.error().name());
        else
            done(caps.value(), QString());
    });
}

void NotificationService::notify(const DesktopNotification &n, QObject *context,
    std::function<void(std::optional<uint>, const QString &why)> done)
{
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), n.desktopEntry);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(n.urgency));
    QDBusMessage call
        = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << n.appName << n.replacesId << n.appIcon << n.title << n.body << n.actions << hints
         << qint32(-1);
    auto *watcher
        = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), context);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, context, [done](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusPendingReply<uint> reply = *w;
            if (reply.isError())
                done(std::nullopt, reply.error().message());
            else
                done(reply.value(), QString());
        });
}

} // namespace seqera::os

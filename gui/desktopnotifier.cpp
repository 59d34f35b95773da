#include "desktopnotifier.h"

#include "traylog.h"

#include "os/notifications.h"

#include <QSystemTrayIcon>

namespace seqera::tray {

namespace {

// The hint values of the Desktop Notifications specification.
enum Urgency : uchar { Low = 0, Normal = 1, Critical = 2 };

uchar urgencyOf(TrayNotification::Kind kind)
{
    switch (kind) {
    case TrayNotification::Kind::Expired:
        return Critical; // the session ended: the user's tools stopped working
    case TrayNotification::Kind::LoggedIn:
    case TrayNotification::Kind::LoggedOut:
        return Low;
    case TrayNotification::Kind::ExpiringSoon:
    case TrayNotification::Kind::Failed:
    case TrayNotification::Kind::Offline:
    case TrayNotification::Kind::NoTray:
        break;
    }
    return Normal;
}

} // namespace

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *fallbackIcon, QObject *parent)
    : QObject(parent)
    , m_fallbackIcon(fallbackIcon)
    , m_service(new os::NotificationService(this))
{
    connect(m_service, &os::NotificationService::actionInvoked, this,
        &DesktopNotifier::onActionInvoked);
    connect(m_service, &os::NotificationService::notificationClosed, this,
        &DesktopNotifier::onNotificationClosed);
}

DesktopNotifier::Slot DesktopNotifier::slotOf(TrayNotification::Kind kind)
{
    switch (kind) {
    // One slot for the session's own story: "signed in" replaces "expired", and so on.
    case TrayNotification::Kind::ExpiringSoon:
    case TrayNotification::Kind::Expired:
    case TrayNotification::Kind::LoggedIn:
    case TrayNotification::Kind::LoggedOut:
        return Slot::Session;
    case TrayNotification::Kind::Offline:
        return Slot::Offline;
    case TrayNotification::Kind::NoTray:
        return Slot::NoTray;
    case TrayNotification::Kind::Failed:
        break;
    }
    return Slot::Failure;
}

void DesktopNotifier::show(const TrayNotification &notification)
{
    const int slot = static_cast<int>(slotOf(notification.kind));
    if (m_inFlight.contains(slot)) {
        // The server has not told us the id of the last one yet: send the newest once it has,
        // so that it replaces instead of stacking.
        m_queued.insert(slot, notification);
        return;
    }
    if (!m_service->connected()) {
        showBalloon(notification);
        return;
    }
    // Ask for the capabilities each time: it tells whether a server is there (a server may
    // start, or be activated, later) and whether the body is read as markup.
    m_inFlight.insert(slot);
    m_service->capabilities(this,
        [this, slot, notification](const std::optional<QStringList> &caps, const QString &why) {
            if (!caps) {
                qCInfo(lcTray).noquote() << "no notification server on the session bus:" << why;
                m_inFlight.remove(slot);
                showBalloon(notification);
                sendQueued(slot);
                return;
            }
            notify(slot, notification, caps->contains(QLatin1String("body-markup")),
                caps->contains(QLatin1String("actions")));
        });
}

void DesktopNotifier::notify(
    int slot, const TrayNotification &notification, bool markup, bool actions)
{
    os::DesktopNotification n;
    if (notification.offersLogin && actions)
        n.actions << QLatin1String(kLoginAction) << tr("Log in");
    n.desktopEntry = QStringLiteral("seqera-tray");
    n.urgency = urgencyOf(notification.kind);
    // A server that reads markup would act on "<" and "&" in an address or a path.
    n.body = markup ? notification.text.toHtmlEscaped() : notification.text;
    n.appName = tr("Seqera Platform");
    n.replacesId = m_ids.value(slot, 0u);
    n.appIcon = QStringLiteral("seqera-tray");
    n.title = notification.title;

    m_service->notify(
        n, this, [this, slot, notification](std::optional<uint> shown, const QString &why) {
            m_inFlight.remove(slot);
            if (!shown) {
                qCWarning(lcTray).noquote()
                    << "the notification server refused a notification:" << why;
                showBalloon(notification);
            } else {
                const uint id = *shown;
                m_ids.insert(slot, id);
                m_offersLogin.insert(id, notification.offersLogin);
                qCInfo(lcTray).noquote() << QStringLiteral("notification %1 shown").arg(id);
            }
            sendQueued(slot);
        });
}

void DesktopNotifier::sendQueued(int slot)
{
    const auto it = m_queued.constFind(slot);
    if (it == m_queued.constEnd())
        return;
    const TrayNotification next = *it;
    m_queued.erase(it);
    show(next);
}

void DesktopNotifier::showBalloon(const TrayNotification &notification)
{
    QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information;
    if (notification.kind == TrayNotification::Kind::ExpiringSoon
        || notification.kind == TrayNotification::Kind::Offline
        || notification.kind == TrayNotification::Kind::NoTray)
        icon = QSystemTrayIcon::Warning;
    else if (notification.kind == TrayNotification::Kind::Expired
        || notification.kind == TrayNotification::Kind::Failed)
        icon = QSystemTrayIcon::Critical;
    qCInfo(lcTray).noquote() << "notification shown as a tray balloon";
    m_fallbackIcon->showMessage(notification.title, notification.text, icon, 15000);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    if (!m_offersLogin.contains(id))
        return; // another program's notification
    if (actionKey == QLatin1String(kLoginAction) && m_offersLogin.value(id)) {
        qCInfo(lcTray).noquote() << QStringLiteral("notification %1: \"Log in\" chosen").arg(id);
        emit loginRequested();
        return;
    }
    // A plain click ("default") and anything else: never a login the user did not choose.
    qCInfo(lcTray).noquote()
        << QStringLiteral("notification %1: action \"%2\" ignored").arg(id).arg(actionKey);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    if (!m_offersLogin.remove(id))
        return;
    qCInfo(lcTray).noquote() << QStringLiteral("notification %1 closed (%2)").arg(id).arg(reason);
    for (auto it = m_ids.begin(); it != m_ids.end();) {
        if (it.value() == id)
            it = m_ids.erase(it);
        else
            ++it;
    }
}

} // namespace seqera::tray

// notifications.h without a notification server this build can reach: every question is
// answered at once with "none", and the tray shows its balloon instead.
#include "os/notifications.h"

#include <QCoreApplication>

namespace seqera::os {

namespace {
QString none()
{
    return QCoreApplication::translate(
        "seqera::os::Notifications", "this build has no desktop notification service");
}
} // namespace

NotificationService::NotificationService(QObject *parent)
    : QObject(parent)
{ }

bool NotificationService::connected() const
{
    return false;
}

void NotificationService::capabilities(
    QObject *, std::function<void(const std::optional<QStringList> &, const QString &why)> done)
{
    done(std::nullopt, none());
}

void NotificationService::notify(const DesktopNotification &, QObject *,
    std::function<void(std::optional<uint>, const QString &why)> done)
{
    done(std::nullopt, none());
}

} // namespace seqera::os

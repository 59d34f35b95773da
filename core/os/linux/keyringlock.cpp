// keyringlock.h on Linux: the Secret Service over QtDBus (org.freedesktop.secrets).
#include "os/keyringlock.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace seqera::os {

namespace {
using LockState = KeyringLock;

LockState lockStateOf(const QDBusError &error)
{
    return error.type() == QDBusError::NoReply || error.type() == QDBusError::Timeout
        ? LockState::NoAnswer
        : LockState::Unknown;
}

} // namespace

void askKeyringLock(QObject *context, int timeoutMs, std::function<void(KeyringLock)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        done(LockState::Unknown);
        return;
    }
    const QString service = QStringLiteral("org.freedesktop.secrets");
    QDBusMessage readAlias
        = QDBusMessage::createMethodCall(service, QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    readAlias.setArguments({ QStringLiteral("default") });
    auto *aliasCall = new QDBusPendingCallWatcher(bus.asyncCall(readAlias, timeoutMs), context);
    QObject::connect(aliasCall, &QDBusPendingCallWatcher::finished, context,
        [bus, service, context, timeoutMs, done](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> alias = *call;
            if (alias.isError()) {
                done(lockStateOf(alias.error()));
                return;
            }
            const QString path = alias.value().path();
            if (path.isEmpty() || path == QLatin1String("/")) {
                done(LockState::Unknown);
                return;
            }
            QDBusMessage get = QDBusMessage::createMethodCall(service, path,
                QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
            get.setArguments(
                { QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked") });
            auto *lockedCall = new QDBusPendingCallWatcher(bus.asyncCall(get, timeoutMs), context);
            QObject::connect(lockedCall, &QDBusPendingCallWatcher::finished, context,
                [done](QDBusPendingCallWatcher *c) {
                    c->deleteLater();
                    const QDBusPendingReply<QDBusVariant> locked = *c;
                    if (locked.isError())
                        done(lockStateOf(locked.error()));
                    else
                        done(locked.value().variant().toBool() ? LockState::Locked
                                                               : LockState::Unlocked);
                });
        });
}

} // namespace seqera::os

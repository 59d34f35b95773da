#pragma once

#include "storage/sessionmetadata.h"
#include "util/error.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace seqera {
class Clock;
class SessionStore;
} // namespace seqera

namespace seqera::tray {

// Offline: signed in, but the last renewal failed for a reason that may pass (network, timeout,
// server trouble, a locked keyring); the tray retries with backoff. Only a refused grant or a
// passed expiry with no way to renew is Expired.
enum class TrayState { SignedOut, SignedIn, ExpiringSoon, Expired, Working, Offline };

// What the tray is doing on the user's behalf; anything but Idle shows as "working".
enum class Activity { Idle, LoggingIn, Renewing, LoggingOut };

struct TrayNotification
{
    enum class Kind { ExpiringSoon, Expired, LoggedIn, LoggedOut, Failed, Offline, NoTray };
    Kind kind = Kind::Failed;
    QString title;
    QString text; // plain text; server strings in it already passed text::printable
    bool offersLogin = false; // the notification carries a "Log in" action
};

// The menu's content for the current state; the controller only mirrors it into QActions.
struct TrayMenuModel
{
    QString identity; // first disabled row
    QString expiry; // second disabled row, empty = hidden
    QString organization; // the Seqera AI organization (`seqera org switch`), empty = hidden
    bool showLogIn = false;
    bool showLogOut = false;
    bool showCancel = false;
    bool actionsEnabled = true; // false while renewing or logging out
    QStringList profiles; // the profile submenu; empty when there is only one profile
    QString profile;
    QUrl platformUrl; // "Open Seqera Platform"
};

// The tray's decisions, without any widget: which state the stored session is in, which
// notification fires (each once per event), what the menu shows, when the background renewal
// runs and when the next thing happens. It reads the store on refresh() (the controller calls
// it on file-system changes and at nextDeadline()) and never polls.
class TrayStateMachine : public QObject
{
    Q_OBJECT
public:
    // Warn this long before a session that cannot be renewed expires.
    static constexpr qint64 kExpiryWarningSecs = 10 * 60;
    // First wait after a renewal failed for a transient reason; doubles up to kMaxRetrySecs.
    static constexpr qint64 kFirstRetrySecs = 30;
    static constexpr qint64 kMaxRetrySecs = 5 * 60;
    // Earliest next renewal attempt after one that succeeded.
    static constexpr qint64 kRenewalFloorSecs = 2;

    TrayStateMachine(SessionStore *store, const Clock *clock, const QString &profile,
        const QUrl &defaultPlatformUrl, QObject *parent = nullptr);

    QString profile() const { return m_profile; }
    void setProfile(const QString &profile);

    // Reads the store again and reacts to what changed. Cheap: one small file read.
    void refresh();

    Activity activity() const { return m_activity; }
    void setActivity(Activity activity);
    // Results of the work the controller did for us.
    void loginFinished(const Error &error);
    void renewalFinished(const Error &error);
    void logoutFinished(const Error &error);

    TrayState state() const { return m_state; }
    TrayMenuModel menu() const;
    QString toolTip() const;
    // When refresh() must run next (renewal, expiry warning, expiry, retry); invalid = never.
    QDateTime nextDeadline() const;

    static QString stateName(TrayState state);
    // What went wrong, in words for the tray: never a shell command, no server markup.
    static QString describe(const Error &error);
    // https://api.cloud.seqera.io -> https://cloud.seqera.io, http://host:1/api -> http://host:1
    static QUrl platformWebUrl(const QUrl &apiUrl);

Q_SIGNALS:
    void stateChanged(seqera::tray::TrayState state);
    void notify(const seqera::tray::TrayNotification &notification);
    // The session is due for renewal: the controller runs SessionManager::validToken.
    void renewalWanted(const QString &profile);

private:
    void update();
    void emitNotification(
        TrayNotification::Kind kind, const QString &title, const QString &text, bool offersLogin);
    QString sessionKey() const;
    bool renewalDue(const QDateTime &now) const;

    SessionStore *m_store;
    const Clock *m_clock;
    QString m_profile;
    QUrl m_defaultPlatformUrl;
    std::optional<SessionMetadata> m_session;
    bool m_loaded = false; // the first refresh only learns what is there: no notification
    bool m_refused = false; // the provider refused the renewal: "expired" until a new login
    QString m_loadError; // the session file exists but cannot be used ("failed")
    QString m_notifiedLoadError;
    Activity m_activity = Activity::Idle;
    TrayState m_state = TrayState::SignedOut;
    QString m_loggedLine;
    QString m_warnedKey; // session already warned about its coming expiry
    QString m_expiredKey; // session already announced as expired
    QDateTime m_retryAt; // after a renewal failure, or the floor after a success
    Error m_renewalError; // the last renewal failed (not refused): "offline", retrying
    QString m_offlineKey; // session already announced as expired while offline
    qint64 m_retrySecs = kFirstRetrySecs;
};

} // namespace seqera::tray

Q_DECLARE_METATYPE(seqera::tray::TrayNotification)

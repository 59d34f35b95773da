#pragma once

#include "autostart.h"
#include "config/settings.h"
#include "traystatemachine.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QFileSystemWatcher;
class QMenu;
class QNetworkAccessManager;
class QSystemTrayIcon;
class QTimer;

namespace seqera {
class LoginFlow;
class SessionManager;
class SessionStore;
} // namespace seqera

namespace seqera::tray {

class DesktopNotifier;

// The tray icon, its menu and notifications. Decisions are TrayStateMachine's; this class
// wires them to the desktop: it watches the store's files, keeps one single-shot timer for the
// next deadline, and runs logins, logouts and renewals through the core's SessionManager.
// Without a tray host it goes on as a background renewer that still notifies.
class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(const Settings &settings, QObject *parent = nullptr);
    ~TrayController() override;

    // Shows the icon, then reads the session: a notification of the first look (an expiry
    // overnight) has an icon to come from. Without a tray after trayWaitSecs, says so once.
    void show(int trayWaitSecs);
    // "Log in…" from the command line (seqera-tray --login, also from a second launch).
    void logInUnlessSignedIn();
    // A second launch without --login: the menu, as a left click shows it.
    void showMenu();

private:
    void buildMenu();
    void refreshMenu();
    void sync();
    void rewatch();
    void scheduleDeadline();
    void onNotify(const TrayNotification &notification);
    void startLogin();
    void cancelLogin();
    void finishLogin(const Error &error);
    void logout();
    void renew(const QString &profile);
    void openPlatform();
    void setAutostart(bool enabled);
    void checkTray();
    QIcon iconFor(TrayState state);

    Settings m_settings; // first: the core objects below keep references to it
    QNetworkAccessManager *m_network;
    SessionStore *m_store;
    SessionManager *m_sessions;
    TrayStateMachine *m_machine;
    Autostart m_autostart;

    QSystemTrayIcon *m_icon;
    DesktopNotifier *m_notifier;
    std::unique_ptr<QMenu> m_menu;
    QMenu *m_profileMenu = nullptr;
    QAction *m_identityAction = nullptr;
    QAction *m_expiryAction = nullptr;
    QAction *m_organizationAction = nullptr;
    QAction *m_loginAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_profileMenuAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_autostartAction = nullptr;
    QAction *m_quitAction = nullptr;

    QFileSystemWatcher *m_watcher;
    QTimer *m_changeDelay; // coalesces the burst of events of one atomic write
    QTimer *m_deadline; // the one timer for the next expiry-related event
    QPointer<LoginFlow> m_login;
    bool m_loginReported = false;
    QTimer *m_trayWait; // how long a panel may take to appear at the start of a session
    bool m_trayMissingReported = false;
    QHash<int, QIcon> m_icons;
};

} // namespace seqera::tray

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

// The tray icon, its menu and notifications. Decisions are TrayStateMachine's; this class
// wires them to the desktop: it watches the store's files, keeps one single-shot timer for the
// next deadline, and runs logins, logouts and renewals through the core's SessionManager.
class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(const Settings &settings, QObject *parent = nullptr);
    ~TrayController() override;

    void show();
    // "Log in…" from the command line (seqera-tray --login).
    void logInUnlessSignedIn();
    TrayStateMachine *stateMachine() const { return m_machine; }

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
    QIcon iconFor(TrayState state);

    Settings m_settings; // first: the core objects below keep references to it
    QNetworkAccessManager *m_network;
    SessionStore *m_store;
    SessionManager *m_sessions;
    TrayStateMachine *m_machine;
    Autostart m_autostart;

    QSystemTrayIcon *m_icon;
    std::unique_ptr<QMenu> m_menu;
    QMenu *m_profileMenu = nullptr;
    QAction *m_identityAction = nullptr;
    QAction *m_expiryAction = nullptr;
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
    TrayNotification m_lastNotification;
    QHash<int, QIcon> m_icons;
};

} // namespace seqera::tray

#include "traycontroller.h"

#include "auth/loginflow.h"
#include "browser.h"
#include "desktopnotifier.h"
#include "session/sessionmanager.h"
#include "storage/sessionstore.h"
#include "traylog.h"
#include "util/clock.h"
#include "util/http.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCursor>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QSvgRenderer>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>

namespace seqera::tray {

namespace {
// Timers do not run while the machine sleeps: wake up at least this often so that a laptop
// opened after a night still renews (or reports expiry) within minutes.
constexpr qint64 kMaxTimerMs = 15 * 60 * 1000;
} // namespace

TrayController::TrayController(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(http::createNetworkAccessManager(m_settings.networkTimeoutMs, this))
    , m_store(new SessionStore(m_settings, this))
    , m_sessions(new SessionManager(m_settings, m_store, m_network, Clock::system(), this))
    , m_machine(new TrayStateMachine(
          m_store, Clock::system(), m_settings.profile, m_settings.platformApiUrl, this))
    , m_autostart(QFileInfo(m_settings.configDir).path(), QCoreApplication::applicationFilePath())
    , m_icon(new QSystemTrayIcon(this))
    , m_notifier(new DesktopNotifier(m_icon, this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_changeDelay(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_trayWait(new QTimer(this))
{
    m_changeDelay->setSingleShot(true);
    m_changeDelay->setInterval(50);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);

    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_changeDelay,
        qOverload<>(&QTimer::start));
    connect(
        m_watcher, &QFileSystemWatcher::fileChanged, m_changeDelay, qOverload<>(&QTimer::start));
    connect(m_changeDelay, &QTimer::timeout, this, [this] {
        rewatch();
        m_machine->refresh();
        sync();
    });
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_machine->refresh();
        sync();
    });

    connect(m_machine, &TrayStateMachine::notify, this, &TrayController::onNotify);
    connect(m_machine, &TrayStateMachine::stateChanged, this, &TrayController::sync);
    connect(m_machine, &TrayStateMachine::renewalWanted, this, [this](const QString &profile) {
        // Not from inside the state machine's update: start on a clean stack.
        QTimer::singleShot(0, this, [this, profile] { renew(profile); });
    });
    // Only the "Log in" action logs in. A balloon has no actions: a click on it opens the menu,
    // where "Log in…" is one click away.
    connect(m_notifier, &DesktopNotifier::loginRequested, this, &TrayController::startLogin);
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::showMenu);
    m_trayWait->setSingleShot(true);
    connect(m_trayWait, &QTimer::timeout, this, &TrayController::checkTray);
    connect(m_icon, &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            // A left click shows the same menu: the tray has no window to open.
            if (reason == QSystemTrayIcon::Trigger)
                showMenu();
        });

    buildMenu();
}

TrayController::~TrayController()
{
    if (m_login)
        m_login->cancel();
}

void TrayController::show(int trayWaitSecs)
{
    // The icon first: the first refresh may notify (a session that ran out overnight), and a
    // balloon needs a shown icon to come from.
    m_icon->setIcon(iconFor(TrayState::Working));
    m_icon->setToolTip(tr("Seqera Platform"));
    m_icon->show();
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        qCInfo(lcTray).noquote()
            << QStringLiteral("no system tray yet; waiting %1 s for one").arg(trayWaitSecs);
        m_trayWait->start(trayWaitSecs * 1000);
    }
    rewatch();
    m_machine->refresh();
    sync();
    refreshMenu();
}

void TrayController::checkTray()
{
    if (QSystemTrayIcon::isSystemTrayAvailable() || m_trayMissingReported)
        return;
    // Once. On X11 the icon appears by itself when a tray shows up later; a
    // StatusNotifierItem host that starts after us is not seen by Qt (6.4 to 6.8: docs/
    // design.md, tray_wayland's expected failure), hence "start it again" below.
    m_trayMissingReported = true;
    const QString text = tr("No system tray was found, so the Seqera icon cannot be shown. On "
                            "GNOME, install and enable the \"AppIndicator and "
                            "KStatusNotifierItem Support\" extension. Seqera Tray keeps "
                            "renewing your session in the background and notifies you when "
                            "you need to sign in; start it again from the applications menu "
                            "to open its menu.");
    std::fputs(qPrintable(QStringLiteral("seqera-tray: ") + text + QLatin1Char('\n')), stderr);
    qCInfo(lcTray).noquote() << "state: no-tray";
    const TrayState state = m_machine->state();
    onNotify({ TrayNotification::Kind::NoTray, tr("No system tray"), text,
        state == TrayState::SignedOut || state == TrayState::Expired });
}

void TrayController::showMenu()
{
    refreshMenu();
    m_menu->popup(QCursor::pos());
}

void TrayController::logInUnlessSignedIn()
{
    const TrayState state = m_machine->state();
    if (state == TrayState::SignedOut || state == TrayState::Expired)
        startLogin();
}

void TrayController::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_identityAction = m_menu->addAction(QString());
    m_identityAction->setEnabled(false);
    m_expiryAction = m_menu->addAction(QString());
    m_expiryAction->setEnabled(false);
    m_organizationAction = m_menu->addAction(QString());
    m_organizationAction->setEnabled(false);
    m_menu->addSeparator();
    m_loginAction = m_menu->addAction(tr("Log in…"), this, &TrayController::startLogin);
    m_cancelAction = m_menu->addAction(tr("Cancel sign-in"), this, &TrayController::cancelLogin);
    m_logoutAction = m_menu->addAction(tr("Log out"), this, &TrayController::logout);
    m_profileMenu = m_menu->addMenu(tr("Profile"));
    m_profileMenuAction = m_profileMenu->menuAction();
    m_menu->addSeparator();
    m_openAction
        = m_menu->addAction(tr("Open Seqera Platform"), this, &TrayController::openPlatform);
    m_autostartAction = m_menu->addAction(tr("Start at login"));
    m_autostartAction->setCheckable(true);
    connect(m_autostartAction, &QAction::toggled, this, &TrayController::setAutostart);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("Quit"), qApp, &QCoreApplication::quit);

    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayController::refreshMenu);
    m_icon->setContextMenu(m_menu.get());
}

void TrayController::refreshMenu()
{
    const TrayMenuModel model = m_machine->menu();
    m_identityAction->setText(model.identity);
    m_expiryAction->setText(model.expiry);
    m_expiryAction->setVisible(!model.expiry.isEmpty());
    m_organizationAction->setText(model.organization);
    m_organizationAction->setVisible(!model.organization.isEmpty());
    m_loginAction->setVisible(model.showLogIn);
    m_cancelAction->setVisible(model.showCancel);
    m_logoutAction->setVisible(model.showLogOut);
    m_logoutAction->setEnabled(model.actionsEnabled);
    m_loginAction->setEnabled(model.actionsEnabled);

    // The group is not an action of the menu: clear() would leave it behind.
    qDeleteAll(m_profileMenu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    m_profileMenu->clear();
    m_profileMenuAction->setVisible(!model.profiles.isEmpty());
    m_profileMenu->setEnabled(m_machine->activity() == Activity::Idle);
    auto *group = new QActionGroup(m_profileMenu);
    for (const QString &profile : model.profiles) {
        QAction *action = m_profileMenu->addAction(profile);
        action->setCheckable(true);
        action->setChecked(profile == model.profile);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, profile] {
            m_machine->setProfile(profile);
            rewatch();
            sync();
        });
    }

    m_openAction->setEnabled(model.platformUrl.isValid());
    const QSignalBlocker blocker(m_autostartAction);
    m_autostartAction->setChecked(m_autostart.isEnabled());
}

void TrayController::sync()
{
    const TrayState state = m_machine->state();
    m_icon->setIcon(iconFor(state));
    m_icon->setToolTip(m_machine->toolTip());
    scheduleDeadline();
}

void TrayController::rewatch()
{
    const QString profile = m_machine->profile();
    const QString sessionFile = m_store->metadataPath(profile);
    // The profile's folder and each parent up to the first one that exists: creating any of
    // them (a first login on a fresh account) is then seen too.
    QStringList dirs;
    for (QString dir = QDir::cleanPath(m_store->profileDir(profile));;) {
        dirs << dir;
        const QString parent = QFileInfo(dir).path();
        if (QFileInfo(dir).isDir() || parent == dir)
            break;
        dir = parent;
    }
    if (dirs.size() < 4) // also above the profile: the profiles folder may be removed whole
        dirs << QFileInfo(m_store->profilesDir()).path();
    // A watch follows the inode: after an atomic rename the old one is gone, so the session
    // file is always watched afresh. Folders are added once they exist.
    m_watcher->removePath(sessionFile);
    QStringList stale = m_watcher->directories();
    for (const QString &dir : dirs)
        stale.removeAll(dir);
    if (!stale.isEmpty())
        m_watcher->removePaths(stale);
    const QStringList watched = m_watcher->directories();
    for (const QString &dir : dirs) {
        if (!watched.contains(dir) && QFileInfo(dir).isDir())
            m_watcher->addPath(dir);
    }
    if (QFileInfo::exists(sessionFile))
        m_watcher->addPath(sessionFile);
}

void TrayController::scheduleDeadline()
{
    const QDateTime next = m_machine->nextDeadline();
    if (!next.isValid()) {
        m_deadline->stop();
        return;
    }
    // +50 ms: wake just after the moment, so that "now >= deadline" holds when we look.
    const qint64 ms
        = qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next) + 50, kMaxTimerMs);
    m_deadline->start(static_cast<int>(ms));
}

void TrayController::onNotify(const TrayNotification &notification)
{
    m_notifier->show(notification);
}

void TrayController::startLogin()
{
    if (m_login || m_machine->activity() != Activity::Idle)
        return;
    const QString profile = m_machine->profile();
    m_loginReported = false;
    m_machine->setActivity(Activity::LoggingIn);
    sync();
    m_sessions->chooseStorage(
        profile, m_settings.noKeychain, [this, profile](const StorageChoice &choice) {
            if (m_machine->activity() != Activity::LoggingIn)
                return; // cancelled while the keyring was probed
            if (!choice.warning.isEmpty())
                qCWarning(lcTray).noquote() << choice.warning;
            Settings settings = m_settings;
            settings.profile = profile;
            auto *flow = new LoginFlow(m_network, settings, Clock::system(), this);
            m_login = flow;
            connect(flow, &LoginFlow::authorizeWithBrowser, this, [this](const QUrl &url) {
                const QString problem = openBrowser(m_settings.browser, url);
                if (!problem.isEmpty()) {
                    onNotify({ TrayNotification::Kind::Failed, tr("Could not open a browser"),
                        tr("%1. Open this address in a browser to sign in: %2")
                            .arg(problem, url.toString(QUrl::FullyEncoded)),
                        false });
                }
            });
            m_sessions->completeLogin(flow, profile, choice.kind,
                [this](const LoginResult &, const Error &e) { finishLogin(e); });
            connect(flow, &LoginFlow::failed, this, &TrayController::finishLogin);
            connect(flow, &LoginFlow::pageDelivered, flow, &QObject::deleteLater);
            flow->start();
        });
}

void TrayController::finishLogin(const Error &error)
{
    if (m_loginReported)
        return;
    m_loginReported = true;
    if (m_login) {
        // The browser's page may still be on its way; do not wait for it forever.
        QTimer::singleShot(30000, m_login.data(), &QObject::deleteLater);
        m_login.clear();
    }
    m_machine->loginFinished(error);
    sync();
}

void TrayController::cancelLogin()
{
    if (m_login)
        m_login->cancel(); // emits failed(Cancelled)
    else if (m_machine->activity() == Activity::LoggingIn)
        finishLogin({ Error::Code::Cancelled, QString() });
}

void TrayController::logout()
{
    if (m_machine->activity() != Activity::Idle)
        return;
    m_machine->setActivity(Activity::LoggingOut);
    sync();
    m_sessions->logout(m_machine->profile(), [this](const LogoutReport &report) {
        for (const QString &warning : report.warnings)
            qCWarning(lcTray).noquote() << warning;
        m_machine->logoutFinished(report.error);
        sync();
    });
}

void TrayController::renew(const QString &profile)
{
    if (m_machine->activity() != Activity::Idle || profile != m_machine->profile())
        return;
    m_machine->setActivity(Activity::Renewing);
    sync();
    m_sessions->validToken(
        profile, false, [this, profile](const AccessToken &, const Error &error) {
            if (profile == m_machine->profile()) {
                m_machine->renewalFinished(error);
            } else {
                m_machine->setActivity(Activity::Idle);
                m_machine->refresh();
            }
            sync();
        });
}

void TrayController::openPlatform()
{
    const QUrl url = m_machine->menu().platformUrl;
    const QString problem = openBrowser(m_settings.browser, url);
    if (!problem.isEmpty())
        onNotify({ TrayNotification::Kind::Failed, tr("Could not open a browser"),
            tr("%1. Open %2 yourself.").arg(problem, url.toString()), false });
}

void TrayController::setAutostart(bool enabled)
{
    const QString problem = m_autostart.setEnabled(enabled);
    if (!problem.isEmpty())
        onNotify({ TrayNotification::Kind::Failed, tr("Start at login"), problem, false });
}

QIcon TrayController::iconFor(TrayState state)
{
    const int key = static_cast<int>(state);
    auto it = m_icons.constFind(key);
    if (it != m_icons.constEnd())
        return *it;
    static const char *const names[]
        = { "signed-out", "signed-in", "expiring", "expired", "working", "offline" };
    // Rendered here rather than through the SVG icon-engine plugin, which is a separate
    // package on some distributions.
    QSvgRenderer renderer(QStringLiteral(":/icons/tray-%1.svg").arg(QLatin1String(names[key])));
    QIcon icon;
    for (int size : { 16, 22, 24, 32, 48, 64, 128 }) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    m_icons.insert(key, icon);
    return icon;
}

} // namespace seqera::tray

// seqera-tray's notifications and states on a desktop made of real parts: Xvfb, a private
// D-Bus session bus (dbus-daemon), a real notification server (dunst), a real XEmbed tray host
// (trayer), a real StatusNotifierWatcher (status-notifier-watcher), the test OIDC provider and
// Platform emulator, the `seqera` CLI and the scripted browser. What the tray sends to the
// notification server is read off the bus by dbus-monitor, so the test sees exactly the Notify
// calls (hints, actions, replaces_id) a desktop gets. Screenshots of each state land in
// <build>/tests/gui/screenshots.
#include "trayfixture.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTest>

using testsupport::Notification;

class TestTrayNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpAndVersionNeedNoDisplay();
    void startupNotificationAfterOvernightExpiry();
    void plainClickDoesNotLogIn();
    void logInActionLogsIn();
    void transientFailureIsOfflineThenRecovers();
    void refusedRenewalIsSessionEnded();
    void expiryWhileRunningReplacesTheWarning();
    void secondLaunchForwardsLogin();
    void balloonOnlyWithoutANotificationServer();
    void statusNotifierItemTitle();
    void noTrayKeepsRenewingAndSaysSoOnce();

private:
    void startTray(const QStringList &args = {}, const QProcessEnvironment &env = {})
    {
        m_desktop.startTray(args, env);
    }
    void startDunst();
    QList<Notification> notifications(qsizetype from = 0) const
    {
        return m_monitor.notifications(from);
    }
    qsizetype notifyCount() const { return notifications().size(); }
    bool signalSeen(const QString &member, const QString &firstArg, qsizetype from) const
    {
        return m_monitor.signalSeen(member, firstArg, from);
    }
    bool trayLogged(const QString &text, qsizetype from) const
    {
        return m_desktop.trayLogged(text, from);
    }
    qsizetype trayLogSize() const { return m_desktop.trayLog().size(); }
    int run(const QString &program, const QStringList &args, QByteArray *output = nullptr)
    {
        return m_desktop.run(program, args, output);
    }
    void writeSession(const QDateTime &expiresAt, bool renewable)
    {
        m_desktop.writeSession(expiresAt, renewable);
    }
    void screenshot(const QString &name);

    testsupport::TrayFixture m_desktop;
    QString m_busAddress;
    QString m_screenshots;
    QProcess *m_dunst = nullptr;
    QProcess *m_trayer = nullptr;
    testsupport::NotificationMonitor m_monitor;
    uint m_startupId = 0;
};

void TestTrayNotifications::initTestCase()
{
    m_screenshots = qEnvironmentVariable("SEQERA_SCREENSHOT_DIR");
    QVERIFY2(!m_screenshots.isEmpty(), "run through ctest: SEQERA_SCREENSHOT_DIR is needed");
    QVERIFY(QDir().mkpath(m_screenshots));
    m_desktop.setUp(
        { QStringLiteral("import"), QStringLiteral("dbus-daemon"), QStringLiteral("dbus-monitor"),
            QStringLiteral("dunst"), QStringLiteral("dunstctl"), QStringLiteral("xdotool"),
            QStringLiteral("status-notifier-watcher") },
        { QStringLiteral("--access-token-ttl"), QStringLiteral("20") });
    if (QTest::currentTestFailed())
        return;
    m_busAddress = m_desktop.startSessionBus();
    QVERIFY2(!m_busAddress.isEmpty(), "dbus-daemon did not report its address");

    m_monitor.start(&m_desktop, m_busAddress);
    startDunst();
    m_trayer = m_desktop.startTrayHost();
}

void TestTrayNotifications::startDunst()
{
    m_dunst
        = m_desktop.start(QStringLiteral("dunst"), QStringLiteral("dunst"), {}, m_desktop.env());
    // Started is not yet serving: a notification sent before dunst owns the name would be
    // a balloon, and a test would judge the wrong path.
    QDBusConnection bus = QDBusConnection::connectToBus(m_busAddress, QStringLiteral("test"));
    const bool serving = QTest::qWaitFor(
        [&] {
            return m_dunst->state() == QProcess::NotRunning
                || bus.interface()->isServiceRegistered(
                    QStringLiteral("org.freedesktop.Notifications"));
        },
        10000);
    QVERIFY2(serving && m_dunst->state() != QProcess::NotRunning,
        m_dunst->readAllStandardError().right(2000).constData());
}

void TestTrayNotifications::cleanupTestCase()
{
    m_desktop.tearDown();
}

void TestTrayNotifications::screenshot(const QString &name)
{
    QTest::qWait(700); // let the notification and the icon paint
    const QString path = m_screenshots + QLatin1Char('/') + name;
    m_desktop.screenshot(path);
    qInfo("screenshot: %s", qPrintable(path));
}

void TestTrayNotifications::helpAndVersionNeedNoDisplay()
{
    QProcessEnvironment env = m_desktop.env();
    env.remove(QStringLiteral("DISPLAY"));
    for (const QString &option : { QStringLiteral("--help"), QStringLiteral("--version") }) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_desktop.trayBinary(), { option });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains(option == QLatin1String("--help") ? "--login" : "seqera-tray "),
            out.constData());
    }
    // A C locale (autostart under a bare environment): nothing but the answer, where Qt 6.8
    // would first warn that the locale is not UTF-8.
    QProcess bare;
    bare.start(QStringLiteral("env"),
        { QStringLiteral("-i"), QStringLiteral("LANG=C"), m_desktop.trayBinary(),
            QStringLiteral("--version") });
    QVERIFY(bare.waitForFinished(10000));
    QCOMPARE(bare.exitCode(), 0);
    const QByteArray err = bare.readAllStandardError();
    QVERIFY2(err.isEmpty(), err.constData());
}

void TestTrayNotifications::startupNotificationAfterOvernightExpiry()
{
    // Logged in yesterday without a refresh token; the session ran out at night. The tray
    // starts with the desktop session this morning.
    writeSession(QDateTime::currentDateTimeUtc().addSecs(-8 * 3600), false);
    startTray({ QStringLiteral("--tray-wait"), QStringLiteral("20") });
    QTRY_VERIFY_WITH_TIMEOUT(notifyCount() >= 1 && notifications().first().id != 0, 20000);
    const Notification n = notifications().first();
    QCOMPARE(n.summary, QStringLiteral("Session expired"));
    QCOMPARE(n.appName, QStringLiteral("Seqera Platform"));
    QCOMPARE(n.appIcon, QStringLiteral("seqera-tray"));
    QCOMPARE(n.hints.value(QStringLiteral("desktop-entry")), QStringLiteral("seqera-tray"));
    QCOMPARE(n.hints.value(QStringLiteral("urgency")), QStringLiteral("2")); // critical
    QCOMPARE(n.actions, (QStringList { QStringLiteral("login"), QStringLiteral("Log in") }));
    QCOMPARE(n.replacesId, 0u);
    QVERIFY2(!n.body.contains(QLatin1String("seqera login")), qPrintable(n.body));
    QVERIFY(trayLogged(QStringLiteral("state: expired"), 0));
    m_startupId = n.id;
    screenshot(QStringLiteral("01-expired-at-start.png"));
}

void TestTrayNotifications::plainClickDoesNotLogIn()
{
    // A real click: dunst's left button on its window ("close_current"). Servers that send
    // ActionInvoked("default") on a click get no login either: the tray registers no "default"
    // action and logs in only on "login" (DesktopNotifier::onActionInvoked).
    QByteArray windows;
    QCOMPARE(run(QStringLiteral("xdotool"),
                 { QStringLiteral("search"), QStringLiteral("--class"), QStringLiteral("Dunst") },
                 &windows),
        0);
    const QByteArray window = windows.trimmed().split('\n').last();
    const qsizetype mark = trayLogSize();
    const qsizetype messages = m_monitor.messageCount();
    QCOMPARE(run(QStringLiteral("xdotool"),
                 { QStringLiteral("mousemove"), QStringLiteral("--window"),
                     QString::fromLatin1(window), QStringLiteral("30"), QStringLiteral("15"),
                     QStringLiteral("click"), QStringLiteral("1") }),
        0);
    QTRY_VERIFY_WITH_TIMEOUT(
        signalSeen(QStringLiteral("NotificationClosed"), QString::number(m_startupId), messages),
        5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("notification %1 closed").arg(m_startupId), mark), 5000);
    QTest::qWait(2000);
    QVERIFY(!trayLogged(QStringLiteral("state: working"), mark));
    QVERIFY(!signalSeen(QStringLiteral("ActionInvoked"), QString::number(m_startupId), messages));
}

void TestTrayNotifications::logInActionLogsIn()
{
    // The "Log in" action through dunst's own action mechanism (dunstctl action: with one
    // action and no "default", dunst invokes that action, as a middle click does).
    QCOMPARE(run(QStringLiteral("dunstctl"), { QStringLiteral("close-all") }), 0);
    qsizetype first = notifyCount();
    writeSession(QDateTime::currentDateTimeUtc().addSecs(-3600), false); // another ran-out login
    QTRY_VERIFY_WITH_TIMEOUT(notifyCount() >= first + 2 && notifications().last().id != 0, 10000);
    QList<Notification> sent = notifications(first);
    QCOMPARE(sent.at(0).summary, QStringLiteral("Signed in"));
    QCOMPARE(sent.at(1).summary, QStringLiteral("Session expired"));
    // Same slot: the expiry replaces the sign-in notice instead of stacking under it.
    QCOMPARE(sent.at(1).replacesId, sent.at(0).id);
    const uint expiredId = sent.at(1).id;

    const qsizetype mark = trayLogSize();
    const qsizetype messages = m_monitor.messageCount();
    first = notifyCount();
    QTest::qWait(500);
    QCOMPARE(run(QStringLiteral("dunstctl"), { QStringLiteral("action"), QStringLiteral("0") }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        signalSeen(QStringLiteral("ActionInvoked"), QString::number(expiredId), messages), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("\"Log in\" chosen"), mark), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: working"), mark), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), mark), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(notifyCount() > first && notifications().last().id != 0, 5000);
    const Notification signedIn = notifications().last();
    QCOMPARE(signedIn.summary, QStringLiteral("Signed in"));
    QCOMPARE(signedIn.hints.value(QStringLiteral("urgency")), QStringLiteral("0"));
    QVERIFY(signedIn.actions.isEmpty());
    screenshot(QStringLiteral("02-signed-in.png"));
}

void TestTrayNotifications::transientFailureIsOfflineThenRecovers()
{
    // The next renewal (a fifth of the 20 s lifetime before expiry) gets a 500: offline, amber,
    // retried 30 s later, when the provider answers again.
    const qsizetype mark = trayLogSize();
    const qsizetype first = notifyCount();
    m_desktop.post(QStringLiteral("/__test/fault"),
        QByteArrayLiteral(R"({"target":"token","kind":"500","count":1})"));
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: offline user@example.com"), mark), 30000);
    QVERIFY(!trayLogged(QStringLiteral("state: expired"), mark));
    screenshot(QStringLiteral("03-offline.png"));
    // The token runs out while offline: told once, without a login action (it would not help).
    QTRY_VERIFY_WITH_TIMEOUT(notifyCount() > first && notifications().last().id != 0, 15000);
    const Notification offline = notifications().last();
    QCOMPARE(offline.summary, QStringLiteral("Session not renewed"));
    QCOMPARE(offline.hints.value(QStringLiteral("urgency")), QStringLiteral("1"));
    QVERIFY(offline.actions.isEmpty());
    QVERIFY2(offline.body.contains(QLatin1String("Retrying at")), qPrintable(offline.body));
    const qsizetype back = trayLogSize();
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("renewal succeeded after a failure"), mark), 45000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), back), 5000);
    QCOMPARE(notifyCount(), first + 1);
}

void TestTrayNotifications::refusedRenewalIsSessionEnded()
{
    const qsizetype mark = trayLogSize();
    const qsizetype first = notifyCount();
    const QList<Notification> before = notifications();
    uint signedInId = 0;
    for (const Notification &n : before) {
        if (n.summary == QLatin1String("Signed in"))
            signedInId = n.id;
    }
    m_desktop.post(QStringLiteral("/__test/revoke-all"));
    QTRY_VERIFY_WITH_TIMEOUT(notifyCount() > first && notifications().last().id != 0, 30000);
    const Notification ended = notifications().last();
    // "Signed in" (low urgency) may have timed out on the screen already: then a new one.
    const bool signedInClosed
        = signalSeen(QStringLiteral("NotificationClosed"), QString::number(signedInId), 0);
    QCOMPARE(ended.summary, QStringLiteral("Session ended"));
    QCOMPARE(ended.hints.value(QStringLiteral("urgency")), QStringLiteral("2"));
    QCOMPARE(ended.actions, (QStringList { QStringLiteral("login"), QStringLiteral("Log in") }));
    QCOMPARE(ended.replacesId, signedInClosed ? 0u : signedInId); // one story, one notification
    QVERIFY2(!ended.body.contains(QLatin1String("seqera ")), qPrintable(ended.body));
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: expired"), mark)
            || trayLogged(QStringLiteral("state: signed-out"), mark),
        5000);
    screenshot(QStringLiteral("04-session-ended.png"));
}

void TestTrayNotifications::expiryWhileRunningReplacesTheWarning()
{
    QCOMPARE(run(QStringLiteral("dunstctl"), { QStringLiteral("close-all") }), 0);
    const qsizetype mark = trayLogSize();
    const qsizetype first = notifyCount();
    writeSession(QDateTime::currentDateTimeUtc().addSecs(6), false);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: expiring-soon"), mark), 5000);
    screenshot(QStringLiteral("05-expiring-soon.png"));
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: expired"), mark), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(notifyCount() >= first + 3 && notifications().last().id != 0, 5000);
    const QList<Notification> sent = notifications(first);
    QCOMPARE(sent.at(0).summary, QStringLiteral("Signed in"));
    QCOMPARE(sent.at(1).summary, QStringLiteral("Session expiring"));
    QCOMPARE(sent.at(1).hints.value(QStringLiteral("urgency")), QStringLiteral("1"));
    QCOMPARE(
        sent.at(1).actions, (QStringList { QStringLiteral("login"), QStringLiteral("Log in") }));
    QCOMPARE(sent.at(2).summary, QStringLiteral("Session expired"));
    QCOMPARE(sent.at(2).hints.value(QStringLiteral("urgency")), QStringLiteral("2"));
    // One notification on the screen throughout: each replaces the one before.
    QCOMPARE(sent.at(1).replacesId, sent.at(0).id);
    QCOMPARE(sent.at(2).replacesId, sent.at(1).id);
    QCOMPARE(sent.at(2).id, sent.at(0).id);
}

void TestTrayNotifications::secondLaunchForwardsLogin()
{
    const qsizetype mark = trayLogSize();
    QByteArray output;
    QCOMPARE(run(m_desktop.trayBinary(), { QStringLiteral("--login") }, &output), 0);
    QVERIFY2(output.contains("was asked to start signing in"), output.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("request from a second launch: login"), mark), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), mark), 30000);
    QCOMPARE(m_desktop.tray()->state(), QProcess::Running);
}

void TestTrayNotifications::balloonOnlyWithoutANotificationServer()
{
    m_desktop.stop(m_dunst);
    qsizetype mark = trayLogSize();
    QCOMPARE(m_desktop.runCli({ QStringLiteral("logout") }), 0);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("notify: Signed out"), mark), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("notification shown as a tray balloon"), mark), 5000);

    // The start-up case again, with no session bus at all: the balloon comes at once, from
    // the first look at the session, and needs the icon shown before it.
    writeSession(QDateTime::currentDateTimeUtc().addSecs(-8 * 3600), false);
    QTest::qWait(500);
    mark = trayLogSize();
    QProcessEnvironment noBus = m_desktop.env();
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    startTray({ QStringLiteral("--tray-wait"), QStringLiteral("20") }, noBus);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("notify: Session expired"), mark), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("notification shown as a tray balloon"), mark), 10000);
    // The balloon is the tray's one visible top-level window wider than a tray icon.
    auto balloonShown = [this] {
        QByteArray windows;
        if (run(QStringLiteral("xdotool"),
                { QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                    QStringLiteral("--pid"), QString::number(m_desktop.tray()->processId()) },
                &windows)
            != 0)
            return false;
        for (const QByteArray &window : windows.trimmed().split('\n')) {
            QByteArray geometry;
            run(QStringLiteral("xdotool"),
                { QStringLiteral("getwindowgeometry"), QString::fromLatin1(window) }, &geometry);
            const QByteArray size = geometry.mid(geometry.indexOf("Geometry: ") + 10).trimmed();
            if (size.split('x').value(0).toInt() >= 100)
                return true;
        }
        return false;
    };
    QVERIFY2(QTest::qWaitFor(balloonShown, 5000), "no balloon on the screen");
    screenshot(QStringLiteral("06-balloon-without-server.png"));
    startDunst();
}

void TestTrayNotifications::statusNotifierItemTitle()
{
    // A StatusNotifierItem tray instead of the XEmbed one (trayfixture.h).
    m_desktop.stopTray();
    m_desktop.stop(m_trayer);
    m_trayer = nullptr;
    testsupport::StatusNotifierTray panel;
    panel.start(&m_desktop, m_busAddress);
    panel.registerHost();
    if (QTest::currentTestFailed())
        return;

    const qsizetype mark = trayLogSize();
    startTray({ QStringLiteral("--tray-wait"), QStringLiteral("5") });
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: "), mark), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.items().size(), 1, 10000);
    QCOMPARE(panel.itemProperty("Title").toString(), QStringLiteral("Seqera Platform"));
    QCOMPARE(panel.itemProperty("Status").toString(), QStringLiteral("Active"));
    QTest::qWait(3000); // past a short tray wait: an SNI host is a tray
    QVERIFY(!trayLogged(QStringLiteral("no system tray"), mark));
    m_desktop.stopTray();
    panel.stop();
}

void TestTrayNotifications::noTrayKeepsRenewingAndSaysSoOnce()
{
    // GNOME without the AppIndicator extension: no XEmbed tray, no StatusNotifierWatcher.
    if (!m_dunst)
        startDunst(); // an earlier step failed before it brought dunst back
    QCOMPARE(m_desktop.runCli({ QStringLiteral("logout") }), 0);
    const qsizetype mark = trayLogSize();
    const qsizetype first = notifyCount();
    startTray({ QStringLiteral("--tray-wait"), QStringLiteral("1") });
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: no-tray"), mark), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(notifyCount() > first && notifications().last().id != 0, 5000);
    const Notification noTray = notifications().last();
    QCOMPARE(noTray.summary, QStringLiteral("No system tray"));
    QVERIFY(noTray.body.contains(QLatin1String("AppIndicator and KStatusNotifierItem Support")));
    QCOMPARE(noTray.actions, (QStringList { QStringLiteral("login"), QStringLiteral("Log in") }));
    QVERIFY(trayLogged(QStringLiteral("seqera-tray: No system tray was found"), mark));
    screenshot(QStringLiteral("07-no-tray.png"));

    // Without a tray, launching it again is how its menu is reached.
    const qsizetype menu = trayLogSize();
    QByteArray output;
    QCOMPARE(run(m_desktop.trayBinary(), {}, &output), 0);
    QVERIFY2(output.contains("Seqera Tray is already running."), output.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("request from a second launch: show"), menu), 5000);
    screenshot(QStringLiteral("08-no-tray-menu.png"));
    QByteArray visible;
    QCOMPARE(run(QStringLiteral("xdotool"),
                 { QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                     QStringLiteral("--pid"), QString::number(m_desktop.tray()->processId()) },
                 &visible),
        0);
    QVERIFY2(!visible.trimmed().isEmpty(), "the menu is not on the screen");
    QCOMPARE(
        run(QStringLiteral("xdotool"), { QStringLiteral("key"), QStringLiteral("Escape") }), 0);

    // Still the session's companion: a CLI login is noticed and renewed in the background.
    const qsizetype login = trayLogSize();
    QByteArray loginOutput;
    QVERIFY2(
        m_desktop.runCli({ QStringLiteral("login") }, &loginOutput) == 0, loginOutput.constData());
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), login), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(notifications().last().summary == QLatin1String("Signed in"), 5000);
    const qsizetype renewing = trayLogSize();
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: working"), renewing), 25000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), renewing), 10000);
    // Said once, however long it runs.
    QCOMPARE(m_desktop.trayLog().count("seqera-tray: No system tray was found"), 1);
    QCOMPARE(m_desktop.tray()->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestTrayNotifications)
#include "tst_traynotifications.moc"

// seqera-tray under Wayland, on real parts: weston's headless backend as the compositor, the
// tray with QT_QPA_PLATFORM=wayland and no X display, a private D-Bus session bus with a real
// StatusNotifierWatcher (status-notifier-watcher) and a real notification server (dunst, which
// draws on the fixture's Xvfb: where the server draws does not matter to the tray). Wayland
// has no XEmbed tray: a StatusNotifierItem with a registered host is the only way into a panel.
#include "trayfixture.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDateTime>
#include <QProcess>
#include <QTest>

using testsupport::Notification;

class TestTrayWayland : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_desktop.tearDown(); }
    void runsOnWaylandOnly();
    void noTrayHostYet();
    void registersWithTheWatcherAndItsHost();
    void notifiesOnExpiry();

private:
    bool trayLogged(const QString &text, qsizetype from) const
    {
        return m_desktop.trayLogged(text, from);
    }
    qsizetype trayLogSize() const { return m_desktop.trayLog().size(); }
    QList<Notification> notifications(qsizetype from = 0) const
    {
        return m_monitor.notifications(from);
    }

    testsupport::TrayFixture m_desktop;
    testsupport::NotificationMonitor m_monitor;
    QString m_busAddress;
};

void TestTrayWayland::initTestCase()
{
    m_desktop.setUp(
        { QStringLiteral("weston"), QStringLiteral("dbus-daemon"), QStringLiteral("dbus-monitor"),
            QStringLiteral("dunst"), QStringLiteral("status-notifier-watcher") },
        {});
    if (QTest::currentTestFailed())
        return;
    m_busAddress = m_desktop.startSessionBus();
    QVERIFY2(!m_busAddress.isEmpty(), "dbus-daemon did not report its address");
    m_monitor.start(&m_desktop, m_busAddress);
    m_desktop.start(QStringLiteral("dunst"), QStringLiteral("dunst"), {}, m_desktop.env());
    QTRY_VERIFY_WITH_TIMEOUT(
        QDBusConnection::connectToBus(m_busAddress, QStringLiteral("test"))
            .interface()
            ->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")),
        10000);
    QVERIFY2(!m_desktop.startWayland().isEmpty(), "weston's headless backend did not start");
}

void TestTrayWayland::runsOnWaylandOnly()
{
    // What follows proves something only if the tray cannot fall back to X: without the
    // compositor it must not start at all.
    QProcessEnvironment env = m_desktop.env();
    QCOMPARE(env.value(QStringLiteral("QT_QPA_PLATFORM")), QStringLiteral("wayland"));
    QVERIFY(!env.contains(QStringLiteral("DISPLAY")));
    env.insert(QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("no-such-compositor"));
    QProcess tray;
    tray.setProcessEnvironment(env);
    tray.start(m_desktop.trayBinary(), { QStringLiteral("--tray-wait"), QStringLiteral("1") });
    QVERIFY(tray.waitForFinished(20000));
    QVERIFY(tray.exitStatus() != QProcess::NormalExit || tray.exitCode() != 0);
    const QByteArray err = tray.readAllStandardError();
    QVERIFY2(err.contains("wayland"), err.constData());

    // On the compositor it runs, and says nothing about the platform.
    const qsizetype mark = trayLogSize();
    m_desktop.startTray({ QStringLiteral("--tray-wait"), QStringLiteral("30") });
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: signed-out"), mark), 15000);
    QCOMPARE(m_desktop.tray()->state(), QProcess::Running);
    QVERIFY2(!m_desktop.trayLog().mid(mark).contains("qt.qpa"),
        m_desktop.trayLog().mid(mark).constData());
    m_desktop.stopTray();
}

void TestTrayWayland::noTrayHostYet()
{
    // The tray starts before the panel (its watcher and host), as at the start of a session:
    // it waits, then says once that there is no tray, through the notification server.
    const qsizetype mark = trayLogSize();
    const qsizetype first = notifications().size();
    m_desktop.startTray({ QStringLiteral("--tray-wait"), QStringLiteral("2") });
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("no system tray yet"), mark), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: no-tray"), mark), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        notifications(first).size() == 1 && notifications(first).first().id != 0, 5000);
    QCOMPARE(notifications(first).first().summary, QStringLiteral("No system tray"));
    QVERIFY(!trayLogged(QStringLiteral("notification shown as a tray balloon"), mark));
    // The panel comes up afterwards. Qt 6.4 decides once, when the icon is first created,
    // whether the D-Bus tray (StatusNotifierItem) is used: with no host at that moment it never
    // is, and Wayland has no XEmbed to fall back to (docs/design.md). Qt 6.8 sometimes
    // registers with the watcher that comes later (seen on Debian 13 when the first try was
    // answered at once with ServiceUnknown) and sometimes not: there either is right.
    {
        testsupport::StatusNotifierTray later;
        later.start(&m_desktop, m_busAddress);
        later.registerHost();
        const bool found = QTest::qWaitFor([&] { return later.items().size() == 1; }, 5000);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
        QEXPECT_FAIL("", "Qt 6.4 chooses the D-Bus tray once, at start-up", Continue);
        QVERIFY(found);
#else
        qInfo("a host that came after the tray %s its item", found ? "found" : "did not find");
#endif
        later.stop();
    }
    QCOMPARE(m_desktop.tray()->state(), QProcess::Running);
    m_desktop.stopTray();

    // A watcher without a host (the panel half started). Measured on Qt 6.4.2 and 6.8.2;
    // which version in between changed it is not known.
    testsupport::StatusNotifierTray panel;
    panel.start(&m_desktop, m_busAddress);
    const qsizetype again = trayLogSize();
    m_desktop.startTray({ QStringLiteral("--tray-wait"), QStringLiteral("2") });
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // 6.8 registers the item with the watcher and counts that as a tray: the host that comes
    // next finds the item.
    QTRY_COMPARE_WITH_TIMEOUT(panel.items().size(), 1, 10000);
    QTest::qWait(3000); // past the tray wait
    QVERIFY(!trayLogged(QStringLiteral("state: no-tray"), again));
    panel.registerHost();
    QCOMPARE(panel.itemProperty("Title").toString(), QStringLiteral("Seqera Platform"));
#else
    // 6.4 does not count it: nothing would draw the item, and the tray says so.
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: no-tray"), again), 15000);
#endif
    m_desktop.stopTray();
    panel.stop();
}

void TestTrayWayland::registersWithTheWatcherAndItsHost()
{
    testsupport::StatusNotifierTray panel;
    panel.start(&m_desktop, m_busAddress);
    panel.registerHost();
    if (QTest::currentTestFailed())
        return;
    const qsizetype mark = trayLogSize();
    m_desktop.startTray({ QStringLiteral("--tray-wait"), QStringLiteral("2") });
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: signed-out"), mark), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.items().size(), 1, 10000);
    QCOMPARE(panel.itemProperty("Title").toString(), QStringLiteral("Seqera Platform"));
    QCOMPARE(panel.itemProperty("Status").toString(), QStringLiteral("Active"));
    QTest::qWait(3000); // past the tray wait: the host counts as a tray
    QVERIFY(!trayLogged(QStringLiteral("no system tray"), mark));
    QCOMPARE(m_desktop.tray()->state(), QProcess::Running);
    m_desktop.stopTray();
    QTRY_COMPARE_WITH_TIMEOUT(panel.items().size(), 0, 10000);
    panel.stop();
}

void TestTrayWayland::notifiesOnExpiry()
{
    // A session without a refresh token running out while the tray shows it in the panel.
    testsupport::StatusNotifierTray panel;
    panel.start(&m_desktop, m_busAddress);
    panel.registerHost();
    if (QTest::currentTestFailed())
        return;
    m_desktop.writeSession(QDateTime::currentDateTimeUtc().addSecs(6), false);
    const qsizetype mark = trayLogSize();
    const qsizetype first = notifications().size();
    m_desktop.startTray({ QStringLiteral("--tray-wait"), QStringLiteral("2") });
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: expiring-soon"), mark), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(panel.items().size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: expired"), mark), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(notifications(first).size() >= 2
            && notifications(first).last().summary == QLatin1String("Session expired")
            && notifications(first).last().id != 0,
        10000);
    const QList<Notification> sent = notifications(first);
    QCOMPARE(sent.first().summary, QStringLiteral("Session expiring"));
    const Notification expired = sent.last();
    QCOMPARE(expired.appName, QStringLiteral("Seqera Platform"));
    QCOMPARE(expired.hints.value(QStringLiteral("desktop-entry")), QStringLiteral("seqera-tray"));
    QCOMPARE(expired.hints.value(QStringLiteral("urgency")), QStringLiteral("2")); // critical
    QCOMPARE(expired.actions, (QStringList { QStringLiteral("login"), QStringLiteral("Log in") }));
    QCOMPARE(expired.replacesId, sent.first().id); // one notification on the screen
    QVERIFY(!trayLogged(QStringLiteral("no system tray"), mark));
    m_desktop.stopTray();
    panel.stop();
}

QTEST_GUILESS_MAIN(TestTrayWayland)
#include "tst_traywayland.moc"

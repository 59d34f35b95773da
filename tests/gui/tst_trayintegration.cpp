// seqera-tray end to end, with real parts: Xvfb, a real XEmbed tray host (trayer), the test
// OIDC provider and Platform emulator (tests/support/platform-server.mjs), the real `seqera`
// CLI and the scripted browser. The tray is followed through its `seqera.tray` log lines.
#include "trayfixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <memory>

class TestTrayIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void startsSignedOut();
    void followsCliLogin();
    void leavesANonEmptyScreenshot();
    void renewsOnceWithConcurrentCli();
    void followsCliLogout();
    void notifiesWhenRenewalIsRefused();
    void logsInItselfThroughTheBrowser();

private:
    bool trayLogged(const QString &text, qsizetype from) const
    {
        return m_desktop.trayLogged(text, from);
    }
    qsizetype trayLogSize() const { return m_desktop.trayLog().size(); }
    int refreshRequests() const;
    void startTray(const QStringList &args);

    testsupport::TrayFixture m_desktop;
};

void TestTrayIntegration::initTestCase()
{
    m_desktop.setUp({ QStringLiteral("import") },
        { QStringLiteral("--access-token-ttl"), QStringLiteral("20"),
            QStringLiteral("--token-delay-ms"), QStringLiteral("300") });
    if (QTest::currentTestFailed())
        return;
    m_desktop.startTrayHost();
    startTray({});
}

void TestTrayIntegration::startTray(const QStringList &args)
{
    m_desktop.startTray(QStringList { QStringLiteral("--tray-wait"), QStringLiteral("30") } + args);
}

void TestTrayIntegration::cleanupTestCase()
{
    m_desktop.tearDown();
}

int TestTrayIntegration::refreshRequests() const
{
    return m_desktop.serverStats()
        .value(QStringLiteral("token"))
        .toObject()
        .value(QStringLiteral("refresh_token"))
        .toInt();
}

void TestTrayIntegration::startsSignedOut()
{
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: signed-out"), 0), 30000);
    QVERIFY(!trayLogged(QStringLiteral("state: signed-in"), 0));
}

void TestTrayIntegration::followsCliLogin()
{
    QByteArray output;
    const qsizetype mark = trayLogSize();
    QCOMPARE(m_desktop.runCli({ QStringLiteral("login") }, &output), 0);
    QVERIFY2(output.contains("Successfully authenticated as user@example.com"), output.constData());
    // Within 2 seconds of the CLI finishing, by file-system watching (no polling).
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com expires "), mark), 2000);
    QVERIFY(trayLogged(QStringLiteral("notify: Signed in: "), mark));
}

void TestTrayIntegration::leavesANonEmptyScreenshot()
{
    QTest::qWait(500); // let the balloon paint
    const QString path = m_desktop.path() + QStringLiteral("/screenshot.png");
    m_desktop.screenshot(path);
    const QImage image(path);
    QVERIFY2(!image.isNull(), "the screenshot cannot be read");
    const QRgb first = image.pixel(0, 0);
    int different = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            different += image.pixel(x, y) != first;
    }
    QVERIFY2(different > 100, "the screenshot is a single colour: no tray, no icon, no balloon");
    // Keep one for people to look at.
    const QString keep = QDir::tempPath() + QStringLiteral("/seqera-tray-integration.png");
    QFile::remove(keep);
    QFile::copy(path, keep);
    qInfo("screenshot: %s", qPrintable(keep));
}

void TestTrayIntegration::renewsOnceWithConcurrentCli()
{
    // The tray renews in the background a fifth of the lifetime before expiry (+1 s); at that
    // very moment several CLI processes want a token too. The profile lock lets exactly one
    // of them spend the refresh token: the provider would revoke the grant on a replay.
    const QJsonObject meta = [this] {
        QFile f(m_desktop.sessionFile());
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }();
    const QDateTime obtained
        = QDateTime::fromString(meta.value(QStringLiteral("obtainedAt")).toString(), Qt::ISODate);
    const QDateTime expires
        = QDateTime::fromString(meta.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    QVERIFY(obtained.isValid() && expires.isValid());
    const QDateTime trayRenews = expires.addSecs(-obtained.secsTo(expires) / 5).addSecs(1);
    const int before = refreshRequests();
    const qsizetype mark = trayLogSize();
    QTest::qWait(int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(trayRenews) - 50)));

    std::vector<std::unique_ptr<QProcess>> clis;
    for (int i = 0; i < 6; ++i) {
        auto cli = std::make_unique<QProcess>();
        cli->setProcessEnvironment(m_desktop.env());
        cli->start(m_desktop.cli(), { QStringLiteral("token") });
        clis.push_back(std::move(cli));
    }
    QSet<QByteArray> tokens;
    for (auto &cli : clis) {
        QVERIFY(QTest::qWaitFor([&cli] { return cli->state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(cli->exitCode(), 0);
        tokens.insert(cli->readAllStandardOutput().trimmed());
    }
    // The tray's own renewal is done (or found the CLI's) once its expiry moves on.
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com expires "), mark), 10000);
    QTest::qWait(1500);
    QCOMPARE(refreshRequests() - before, 1);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(!trayLogged(QStringLiteral("Session ended"), mark));
}

void TestTrayIntegration::followsCliLogout()
{
    const qsizetype mark = trayLogSize();
    QByteArray output;
    QCOMPARE(m_desktop.runCli({ QStringLiteral("logout") }, &output), 0);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: signed-out"), mark), 2000);
    QVERIFY(trayLogged(QStringLiteral("notify: Signed out: "), mark));
}

void TestTrayIntegration::notifiesWhenRenewalIsRefused()
{
    qsizetype mark = trayLogSize();
    QCOMPARE(m_desktop.runCli({ QStringLiteral("login") }, nullptr), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), mark), 2000);

    // The provider forgets every grant: the tray's next background renewal (a fifth of the
    // 20 s lifetime before expiry) is refused.
    mark = trayLogSize();
    m_desktop.post(QStringLiteral("/__test/revoke-all"));
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("notify: Session ended: "), mark), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: expired"), mark)
            || trayLogged(QStringLiteral("state: signed-out"), mark),
        5000);
    QVERIFY(!trayLogged(QStringLiteral("notify: Signed out: "), mark));
    QVERIFY(m_desktop.tray()->state() == QProcess::Running);
}

void TestTrayIntegration::logsInItselfThroughTheBrowser()
{
    // A second tray for the same user refuses to start.
    QProcess second;
    second.setProcessEnvironment(m_desktop.env());
    second.start(m_desktop.trayBinary(), {});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardError().contains("already running"));

    // "Log in…" of a fresh tray: LoginFlow, the browser through $BROWSER, the file store.
    QVERIFY(m_desktop.stopTray(5000)); // it ends on SIGTERM
    const qsizetype mark = trayLogSize();
    startTray({ QStringLiteral("--login") });
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: working"), mark), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), mark), 30000);
    QVERIFY(trayLogged(QStringLiteral("notify: Signed in: "), mark));
    QByteArray status;
    QCOMPARE(m_desktop.runCli({ QStringLiteral("status") }, &status), 0);
    QVERIFY2(status.contains("user@example.com"), status.constData());
}

QTEST_GUILESS_MAIN(TestTrayIntegration)
#include "tst_trayintegration.moc"

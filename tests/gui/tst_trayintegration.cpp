// seqera-tray end to end, with real parts: Xvfb, a real XEmbed tray host (trayer), the test
// OIDC provider and Platform emulator (tests/support/platform-server.mjs), the real `seqera`
// CLI and the scripted browser. The tray is followed through its `seqera.tray` log lines.
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    QProcess *start(const QString &name, const QString &program, const QStringList &args,
        const QProcessEnvironment &env);
    void stopAll();
    int runCli(const QStringList &args, QByteArray *output);
    bool trayLogged(const QString &text, qsizetype from) const;
    void post(const QString &path);
    int refreshRequests();

    void startTray(const QStringList &args);

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_display;
    QString m_cli;
    QString m_trayBinary;
    QList<QProcess *> m_processes; // stopped in reverse order, whatever happened
    QProcess *m_tray = nullptr;
    QByteArray m_trayLog;
    int m_port = 0;
};

QProcess *TestTrayIntegration::start(const QString &name, const QString &program,
    const QStringList &args, const QProcessEnvironment &env)
{
    auto *process = new QProcess(this);
    process->setObjectName(name);
    process->setProgram(program);
    process->setArguments(args);
    process->setProcessEnvironment(env);
    m_processes << process;
    process->start();
    if (!process->waitForStarted(10000))
        qWarning("%s did not start: %s", qPrintable(name), qPrintable(process->errorString()));
    return process;
}

void TestTrayIntegration::stopAll()
{
    while (!m_processes.isEmpty()) {
        QProcess *process = m_processes.takeLast();
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(3000)) {
                process->kill();
                process->waitForFinished(3000);
            }
        }
        delete process;
    }
    m_tray = nullptr;
}

void TestTrayIntegration::initTestCase()
{
    const QString tray = qEnvironmentVariable("SEQERA_TRAY");
    m_cli = qEnvironmentVariable("SEQERA_CLI");
    const QString node = qEnvironmentVariable("NODE", QStringLiteral("node"));
    const QString support = qEnvironmentVariable("SEQERA_TEST_SUPPORT_DIR");
    QVERIFY2(!tray.isEmpty() && !m_cli.isEmpty() && !support.isEmpty(),
        "run through ctest: SEQERA_TRAY, SEQERA_CLI and SEQERA_TEST_SUPPORT_DIR are needed");
    for (const char *tool : { "Xvfb", "trayer", "import" }) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
            qPrintable(QStringLiteral("%1 is needed (Debian packages xvfb, trayer, imagemagick)")
                           .arg(QLatin1String(tool))));
    }
    QVERIFY(m_dir.isValid());

    // Xvfb picks a free display itself and writes its number on the given descriptor.
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    QProcess *xvfb = start(QStringLiteral("Xvfb"), QStringLiteral("Xvfb"),
        { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
            QStringLiteral("0"), QStringLiteral("640x480x24"), QStringLiteral("-nolisten"),
            QStringLiteral("tcp") },
        base);
    QTRY_VERIFY_WITH_TIMEOUT(xvfb->canReadLine() || xvfb->state() == QProcess::NotRunning, 15000);
    m_display = QLatin1Char(':') + QString::fromLatin1(xvfb->readLine().trimmed());
    QVERIFY2(m_display.size() > 1, "Xvfb did not report a display");

    QProcessEnvironment x = base;
    x.insert(QStringLiteral("DISPLAY"), m_display);
    start(QStringLiteral("trayer"), QStringLiteral("trayer"),
        { QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
            QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("request"),
            QStringLiteral("--height"), QStringLiteral("24"), QStringLiteral("--transparent"),
            QStringLiteral("false"), QStringLiteral("--tint"), QStringLiteral("0x404040") },
        x);

    QProcess *server = start(QStringLiteral("platform-server"), node,
        { support + QStringLiteral("/platform-server.mjs"), QStringLiteral("--access-token-ttl"),
            QStringLiteral("20"), QStringLiteral("--token-delay-ms"), QStringLiteral("300") },
        base);
    QTRY_VERIFY_WITH_TIMEOUT(
        server->canReadLine() || server->state() == QProcess::NotRunning, 15000);
    const QJsonObject info = QJsonDocument::fromJson(server->readLine()).object();
    m_port = info.value(QStringLiteral("port")).toInt();
    QVERIFY2(m_port > 0, "platform-server.mjs did not report its port");

    // One scratch account for the tray and the CLI; the file store, no keyring.
    const QString home = m_dir.path() + QStringLiteral("/home");
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QDir().mkpath(m_dir.path() + QStringLiteral("/runtime")));
    QFile(m_dir.path() + QStringLiteral("/runtime"))
        .setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_env = x;
    m_env.insert(QStringLiteral("HOME"), home);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path() + QStringLiteral("/runtime"));
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    for (const QString &name :
        { QStringLiteral("SEQERA_ACCESS_TOKEN"), QStringLiteral("TOWER_ACCESS_TOKEN"),
            QStringLiteral("SEQERA_PROFILE"), QStringLiteral("LANGUAGE") })
        m_env.remove(name);
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("SEQERA_NO_KEYCHAIN"), QStringLiteral("true"));
    m_env.insert(QStringLiteral("SEQERA_AUTH_DOMAIN"),
        QStringLiteral("http://127.0.0.1:%1/api").arg(m_port));
    m_env.insert(QStringLiteral("SEQERA_AUTH_REDIRECT_PORT"), QStringLiteral("0"));
    m_env.insert(QStringLiteral("BROWSER"), support + QStringLiteral("/browser-scripted.mjs"));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("seqera.tray.info=true"));

    m_trayBinary = tray;
    startTray({});
}

void TestTrayIntegration::startTray(const QStringList &args)
{
    m_tray = start(QStringLiteral("seqera-tray"), m_trayBinary,
        QStringList { QStringLiteral("--tray-wait"), QStringLiteral("30") } + args, m_env);
    QProcess *tray = m_tray;
    connect(tray, &QProcess::readyReadStandardError, this,
        [this, tray] { m_trayLog += tray->readAllStandardError(); });
    tray->closeReadChannel(QProcess::StandardOutput);
}

void TestTrayIntegration::cleanupTestCase()
{
    stopAll();
    qInfo("tray log:\n%s", m_trayLog.constData());
}

bool TestTrayIntegration::trayLogged(const QString &text, qsizetype from) const
{
    return m_trayLog.indexOf(text.toUtf8(), from) >= 0;
}

int TestTrayIntegration::runCli(const QStringList &args, QByteArray *output)
{
    QProcess cli;
    cli.setProcessEnvironment(m_env);
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(m_cli, args);
    if (!cli.waitForStarted(10000))
        return -1;
    // Keep the event loop turning so that the tray's log keeps being collected.
    QElapsedTimer timer;
    timer.start();
    while (cli.state() != QProcess::NotRunning && timer.elapsed() < 90000)
        QTest::qWait(20);
    if (cli.state() != QProcess::NotRunning) {
        cli.kill();
        cli.waitForFinished(3000);
        return -1;
    }
    if (output)
        *output = cli.readAll();
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

void TestTrayIntegration::post(const QString &path)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QByteArrayLiteral("{}"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    delete reply;
}

int TestTrayIntegration::refreshRequests()
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/__test/stats").arg(m_port))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning("the test server's stats did not arrive in 10 s");
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return stats.value(QStringLiteral("token"))
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
    const qsizetype mark = m_trayLog.size();
    QCOMPARE(runCli({ QStringLiteral("login") }, &output), 0);
    QVERIFY2(output.contains("Successfully authenticated as user@example.com"), output.constData());
    // Within 2 seconds of the CLI finishing, by file-system watching (no polling).
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com expires "), mark), 2000);
    QVERIFY(trayLogged(QStringLiteral("notify: Signed in: "), mark));
}

void TestTrayIntegration::leavesANonEmptyScreenshot()
{
    QTest::qWait(500); // let the balloon paint
    const QString path = m_dir.path() + QStringLiteral("/screenshot.png");
    QProcess import;
    import.setProcessEnvironment(m_env);
    import.start(
        QStringLiteral("import"), { QStringLiteral("-window"), QStringLiteral("root"), path });
    QVERIFY(import.waitForFinished(20000));
    QCOMPARE(import.exitCode(), 0);
    QImage image(path);
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
        QFile f(m_env.value(QStringLiteral("XDG_CONFIG_HOME"))
            + QStringLiteral("/seqera/profiles/default/session.json"));
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
    const qsizetype mark = m_trayLog.size();
    QTest::qWait(int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(trayRenews) - 50)));

    std::vector<std::unique_ptr<QProcess>> clis;
    for (int i = 0; i < 6; ++i) {
        auto cli = std::make_unique<QProcess>();
        cli->setProcessEnvironment(m_env);
        cli->start(m_cli, { QStringLiteral("token") });
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
        m_trayLog.indexOf("state: signed-in user@example.com expires ", mark) >= 0, 10000);
    QTest::qWait(1500);
    QCOMPARE(refreshRequests() - before, 1);
    QCOMPARE(tokens.size(), 1);
    QVERIFY(!trayLogged(QStringLiteral("Session ended"), mark));
}

void TestTrayIntegration::followsCliLogout()
{
    const qsizetype mark = m_trayLog.size();
    QByteArray output;
    QCOMPARE(runCli({ QStringLiteral("logout") }, &output), 0);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: signed-out"), mark), 2000);
    QVERIFY(trayLogged(QStringLiteral("notify: Signed out: "), mark));
}

void TestTrayIntegration::notifiesWhenRenewalIsRefused()
{
    qsizetype mark = m_trayLog.size();
    QCOMPARE(runCli({ QStringLiteral("login") }, nullptr), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), mark), 2000);

    // The provider forgets every grant: the tray's next background renewal (a fifth of the
    // 20 s lifetime before expiry) is refused.
    mark = m_trayLog.size();
    post(QStringLiteral("/__test/revoke-all"));
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("notify: Session ended: "), mark), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: expired"), mark)
            || trayLogged(QStringLiteral("state: signed-out"), mark),
        5000);
    QVERIFY(!trayLogged(QStringLiteral("notify: Signed out: "), mark));
    QVERIFY(m_tray->state() == QProcess::Running);
}

void TestTrayIntegration::logsInItselfThroughTheBrowser()
{
    // A second tray for the same user refuses to start.
    QProcess second;
    second.setProcessEnvironment(m_env);
    second.start(m_trayBinary, {});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(second.readAllStandardError().contains("already running"));

    // "Log in…" of a fresh tray: LoginFlow, the browser through $BROWSER, the file store.
    QProcess *old = m_tray;
    m_processes.removeAll(old);
    old->terminate();
    QVERIFY(old->waitForFinished(5000));
    m_trayLog += old->readAllStandardError();
    delete old;
    const qsizetype mark = m_trayLog.size();
    startTray({ QStringLiteral("--login") });
    QTRY_VERIFY_WITH_TIMEOUT(trayLogged(QStringLiteral("state: working"), mark), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        trayLogged(QStringLiteral("state: signed-in user@example.com"), mark), 30000);
    QVERIFY(trayLogged(QStringLiteral("notify: Signed in: "), mark));
    QByteArray status;
    QCOMPARE(runCli({ QStringLiteral("status") }, &status), 0);
    QVERIFY2(status.contains("user@example.com"), status.constData());
}

QTEST_GUILESS_MAIN(TestTrayIntegration)
#include "tst_trayintegration.moc"

#include "trayfixture.h"

#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace testsupport {

namespace {
// The first line a started process prints (a display, a bus address, a port): trimmed, or
// empty when it ended or said nothing within 15 s.
QByteArray firstLine(QProcess *process)
{
    const bool answered = QTest::qWaitFor(
        [process] { return process->canReadLine() || process->state() == QProcess::NotRunning; },
        15000);
    return answered ? process->readLine().trimmed() : QByteArray();
}
} // namespace

TrayFixture::~TrayFixture()
{
    stopAll();
}

void TrayFixture::setUp(const QStringList &tools, const QStringList &serverArgs)
{
    m_trayBinary = qEnvironmentVariable("SEQERA_TRAY");
    m_cli = qEnvironmentVariable("SEQERA_CLI");
    m_support = qEnvironmentVariable("SEQERA_TEST_SUPPORT_DIR");
    const QString node = qEnvironmentVariable("NODE", QStringLiteral("node"));
    QVERIFY2(!m_trayBinary.isEmpty() && !m_cli.isEmpty() && !m_support.isEmpty(),
        "run through ctest: SEQERA_TRAY, SEQERA_CLI and SEQERA_TEST_SUPPORT_DIR are needed");
    for (const QString &tool :
        QStringList { QStringLiteral("Xvfb"), QStringLiteral("trayer") } + tools) {
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
            qPrintable(QStringLiteral("%1 is needed (scripts/setup.sh installs it)").arg(tool)));
    }
    QVERIFY(m_dir.isValid());

    // Xvfb picks a free display itself and writes its number on the given descriptor.
    const QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    QProcess *xvfb = start(QStringLiteral("Xvfb"), QStringLiteral("Xvfb"),
        { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
            QStringLiteral("0"), QStringLiteral("640x480x24"), QStringLiteral("-nolisten"),
            QStringLiteral("tcp") },
        base);
    const QByteArray display = firstLine(xvfb);
    QVERIFY2(!display.isEmpty(), "Xvfb did not report a display");

    QProcess *server = start(QStringLiteral("platform-server"), node,
        QStringList { m_support + QStringLiteral("/platform-server.mjs") } + serverArgs, base);
    m_port
        = QJsonDocument::fromJson(firstLine(server)).object().value(QStringLiteral("port")).toInt();
    QVERIFY2(m_port > 0, "platform-server.mjs did not report its port");

    // One scratch account for the tray and the CLI; the file store, no keyring.
    const QString home = m_dir.path() + QStringLiteral("/home");
    QVERIFY(QDir().mkpath(home));
    const QString runtime = m_dir.path() + QStringLiteral("/runtime");
    QVERIFY(QDir().mkpath(runtime));
    QFile(runtime).setPermissions(
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_env = base;
    m_env.insert(QStringLiteral("DISPLAY"), QLatin1Char(':') + QString::fromLatin1(display));
    m_env.insert(QStringLiteral("HOME"), home);
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    for (const QString &name : { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
             QStringLiteral("SEQERA_ACCESS_TOKEN"), QStringLiteral("TOWER_ACCESS_TOKEN"),
             QStringLiteral("SEQERA_PROFILE"), QStringLiteral("LANGUAGE"),
             QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("QT_QPA_PLATFORM") })
        m_env.remove(name);
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    m_env.insert(QStringLiteral("SEQERA_NO_KEYCHAIN"), QStringLiteral("true"));
    m_env.insert(QStringLiteral("SEQERA_AUTH_DOMAIN"), apiUrl());
    m_env.insert(QStringLiteral("SEQERA_AUTH_REDIRECT_PORT"), QStringLiteral("0"));
    m_env.insert(QStringLiteral("BROWSER"), m_support + QStringLiteral("/browser-scripted.mjs"));
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("seqera.tray.info=true"));
}

QString TrayFixture::startSessionBus()
{
    // Nothing of the machine's desktop can answer or listen on it. It gets no display: what
    // it would start on demand (dunst has a D-Bus service file) cannot show itself, so a
    // stopped notification server stays gone.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess *bus = start(QStringLiteral("dbus-daemon"), QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"),
            QStringLiteral("--print-address=1") },
        env);
    const QString address = QString::fromLatin1(firstLine(bus));
    if (!address.isEmpty())
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
    return address;
}

QProcess *TrayFixture::startTrayHost()
{
    return start(QStringLiteral("trayer"), QStringLiteral("trayer"),
        { QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
            QStringLiteral("right"), QStringLiteral("--widthtype"), QStringLiteral("request"),
            QStringLiteral("--height"), QStringLiteral("24"), QStringLiteral("--transparent"),
            QStringLiteral("false"), QStringLiteral("--tint"), QStringLiteral("0x404040") },
        m_env);
}

void TrayFixture::tearDown()
{
    stopAll();
    qInfo("tray log:\n%s", m_trayLog.constData());
}

QProcess *TrayFixture::start(const QString &name, const QString &program, const QStringList &args,
    const QProcessEnvironment &env)
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

bool TrayFixture::stop(QProcess *&process, int graceMs)
{
    if (!process)
        return true;
    QProcess *stopping = process;
    process = nullptr;
    m_processes.removeAll(stopping);
    bool ended = true;
    if (stopping->state() != QProcess::NotRunning) {
        stopping->terminate();
        ended = stopping->waitForFinished(graceMs);
        if (!ended) {
            stopping->kill();
            stopping->waitForFinished(3000);
        }
    }
    if (stopping == m_tray) {
        m_trayLog += stopping->readAllStandardError();
        m_tray = nullptr;
    }
    delete stopping;
    return ended;
}

void TrayFixture::stopAll()
{
    while (!m_processes.isEmpty()) {
        QProcess *last = m_processes.last();
        stop(last);
    }
}

QProcess *TrayFixture::startTray(const QStringList &args, const QProcessEnvironment &env)
{
    stopTray(); // one tray at a time, even after a failed step
    m_tray = start(QStringLiteral("seqera-tray"), m_trayBinary, args, env.isEmpty() ? m_env : env);
    QProcess *tray = m_tray;
    connect(tray, &QProcess::readyReadStandardError, this, [this, tray] {
        if (tray == m_tray)
            m_trayLog += tray->readAllStandardError();
    });
    tray->closeReadChannel(QProcess::StandardOutput);
    return tray;
}

int TrayFixture::run(const QString &program, const QStringList &args, QByteArray *output)
{
    QProcess p;
    p.setProcessEnvironment(m_env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    // Keep the event loop turning: the tray's log (and a suite's bus monitor) keep being read.
    if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 90000)) {
        p.kill();
        p.waitForFinished(3000);
        return -1;
    }
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TrayFixture::post(const QString &path, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, body);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    delete reply;
}

QJsonObject TrayFixture::serverStats() const
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/__test/stats").arg(m_port))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qWarning("the test server's stats did not arrive in 10 s");
    const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return stats;
}

void TrayFixture::screenshot(const QString &path)
{
    QFile::remove(path);
    QCOMPARE(
        run(QStringLiteral("import"), { QStringLiteral("-window"), QStringLiteral("root"), path }),
        0);
    QVERIFY2(!QImage(path).isNull(), qPrintable(path));
}

QString TrayFixture::apiUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api").arg(m_port);
}

QString TrayFixture::sessionFile() const
{
    return m_env.value(QStringLiteral("XDG_CONFIG_HOME"))
        + QStringLiteral("/seqera/profiles/default/session.json");
}

} // namespace testsupport

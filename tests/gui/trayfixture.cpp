#include "trayfixture.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTest>

namespace testsupport {

namespace {
// The first line a started process prints (a display, a bus address, a port): trimmed, or
// empty when it ended or said nothing within 15 s.
// Generous: the wait only runs out when the test fails anyway, and CI once saw Xvfb take
// more than 15 s to report its display on a busy machine.
QByteArray firstLine(QProcess *process)
{
    const bool answered = QTest::qWaitFor(
        [process] { return process->canReadLine() || process->state() == QProcess::NotRunning; },
        60000);
    return answered ? process->readLine().trimmed() : QByteArray();
}

QString headerField(const QString &header, const QString &name)
{
    const QString key = name + QLatin1Char('=');
    const qsizetype at = header.indexOf(key);
    if (at < 0)
        return {};
    qsizetype end = at + key.size();
    while (end < header.size() && header.at(end) != QLatin1Char(' ')
        && header.at(end) != QLatin1Char(';'))
        ++end;
    return header.mid(at + key.size(), end - at - key.size());
}

// `string "x"` -> x; `uint32 7` -> 7; `variant   byte 2` -> 2.
QString valueOf(QString line)
{
    line = line.trimmed();
    if (line.startsWith(QLatin1String("variant")))
        line = line.mid(7).trimmed();
    const qsizetype quote = line.indexOf(QLatin1Char('"'));
    if (quote >= 0)
        return line.mid(quote + 1, line.lastIndexOf(QLatin1Char('"')) - quote - 1);
    return line.section(QLatin1Char(' '), 1, 1, QString::SectionSkipEmpty);
}

Notification parseNotify(const QStringList &lines)
{
    Notification n;
    int arg = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (!line.startsWith(QLatin1String("   ")) || line.at(3) == QLatin1Char(' '))
            continue; // not a top-level argument
        switch (arg++) {
        case 0:
            n.appName = valueOf(line);
            break;
        case 1:
            n.replacesId = valueOf(line).toUInt();
            break;
        case 2:
            n.appIcon = valueOf(line);
            break;
        case 3:
            n.summary = valueOf(line);
            break;
        case 4:
            n.body = valueOf(line);
            break;
        case 5: // actions: array [ string... ]
            for (++i; i < lines.size() && lines.at(i).trimmed() != QLatin1String("]"); ++i)
                n.actions << valueOf(lines.at(i));
            break;
        case 6: // hints: array [ dict entry( string key / variant value ) ... ]
            for (++i; i < lines.size() && lines.at(i) != QLatin1String("   ]"); ++i) {
                if (lines.at(i).trimmed() == QLatin1String("dict entry(") && i + 2 < lines.size())
                    n.hints.insert(valueOf(lines.at(i + 1)), valueOf(lines.at(i + 2)));
            }
            break;
        default:
            break;
        }
    }
    return n;
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
    QVERIFY2(!display.isEmpty(),
        qPrintable(QStringLiteral("Xvfb did not report a display (%1): %2")
                .arg(xvfb->state() == QProcess::Running ? QStringLiteral("still starting")
                                                        : QStringLiteral("it exited"),
                    QString::fromLocal8Bit(xvfb->readAllStandardError()))));

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
    // Nothing of the machine's desktop can answer or listen on it, and it starts nothing on
    // demand: with the session bus's usual service folders, a message to a stopped dunst
    // started one from its D-Bus service file, which died without a display
    // (ChildSignaled) and, while it lived, held the name against the dunst a test started
    // next. Here a stopped notification server stays gone and a started one owns the name.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString config = m_dir.path() + QStringLiteral("/session-bus.conf");
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                      " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                      "<busconfig>\n"
                      "  <type>session</type>\n"
                      "  <listen>unix:tmpdir=/tmp</listen>\n"
                      "  <auth>EXTERNAL</auth>\n"
                      "  <policy context=\"default\">\n"
                      "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                      "    <allow eavesdrop=\"true\"/>\n"
                      "    <allow own=\"*\"/>\n"
                      "  </policy>\n"
                      "</busconfig>\n")
            < 0)
        return {};
    file.close();
    QProcess *bus = start(QStringLiteral("dbus-daemon"), QStringLiteral("dbus-daemon"),
        { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
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

QString TrayFixture::startWayland()
{
    const QString socket = QStringLiteral("seqera-test-wayland");
    QProcessEnvironment env = m_env;
    env.remove(QStringLiteral("DISPLAY"));
    // No rendering and no idle blanking: the tray needs a compositor to talk to, not pixels.
    QProcess *weston = start(QStringLiteral("weston"), QStringLiteral("weston"),
        { QStringLiteral("--backend=headless-backend.so"), QStringLiteral("--socket=") + socket,
            QStringLiteral("--idle-time=0") },
        env);
    const QString path = m_env.value(QStringLiteral("XDG_RUNTIME_DIR")) + QLatin1Char('/') + socket;
    const bool up = QTest::qWaitFor(
        [&] { return QFileInfo::exists(path) || weston->state() == QProcess::NotRunning; }, 15000);
    if (!up || weston->state() == QProcess::NotRunning) {
        qWarning(
            "weston did not start: %s", weston->readAllStandardError().right(2000).constData());
        return {};
    }
    m_env.insert(QStringLiteral("WAYLAND_DISPLAY"), socket);
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland"));
    m_env.remove(QStringLiteral("DISPLAY"));
    return socket;
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

void NotificationMonitor::start(TrayFixture *desktop, const QString &busAddress)
{
    m_process = desktop->start(QStringLiteral("dbus-monitor"), QStringLiteral("dbus-monitor"),
        { QStringLiteral("--address"), busAddress,
            QStringLiteral("interface='org.freedesktop.Notifications'"),
            QStringLiteral("type='method_return'") },
        desktop->env());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &NotificationMonitor::read);
}

void NotificationMonitor::read()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_buffer.left(end));
        m_buffer.remove(0, end + 1);
        if (!line.startsWith(QLatin1Char(' '))) {
            BusMessage m;
            for (const char *type : { "method call", "method return", "signal", "error" }) {
                if (line.startsWith(QLatin1String(type)))
                    m.type = QLatin1String(type);
            }
            m.sender = headerField(line, QStringLiteral("sender"));
            m.destination = line.section(QStringLiteral("-> destination="), 1)
                                .section(QLatin1Char(' '), 0, 0);
            m.member = headerField(line, QStringLiteral("member"));
            m.serial = headerField(line, QStringLiteral("serial")).toLongLong();
            const QString reply = headerField(line, QStringLiteral("reply_serial"));
            m.replySerial = reply.isEmpty() ? -1 : reply.toLongLong();
            m_messages << m;
        } else if (!m_messages.isEmpty()) {
            m_messages.last().lines << line;
        }
    }
}

QList<Notification> NotificationMonitor::notifications(qsizetype from) const
{
    QList<Notification> result;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        const BusMessage &call = m_messages.at(i);
        if (call.type != QLatin1String("method call") || call.member != QLatin1String("Notify"))
            continue;
        Notification n = parseNotify(call.lines);
        for (qsizetype j = i + 1; j < m_messages.size(); ++j) {
            const BusMessage &r = m_messages.at(j);
            if (r.type == QLatin1String("method return") && r.replySerial == call.serial
                && r.destination == call.sender && !r.lines.isEmpty()) {
                n.id = valueOf(r.lines.first()).toUInt();
                break;
            }
        }
        result << n;
    }
    return result.mid(from);
}

bool NotificationMonitor::signalSeen(
    const QString &member, const QString &firstArg, qsizetype from) const
{
    for (qsizetype i = from; i < m_messages.size(); ++i) {
        const BusMessage &m = m_messages.at(i);
        if (m.type == QLatin1String("signal") && m.member == member && !m.lines.isEmpty()
            && valueOf(m.lines.first()) == firstArg)
            return true;
    }
    return false;
}

namespace {
const QString kWatcherName = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString kHostName = QStringLiteral("org.kde.StatusNotifierHost-test");
const QString kBusName = QStringLiteral("status-notifier-tray");

QDBusConnection trayBus(const QString &address)
{
    return QDBusConnection::connectToBus(address, kBusName);
}
} // namespace

void StatusNotifierTray::start(TrayFixture *desktop, const QString &busAddress)
{
    m_desktop = desktop;
    m_busAddress = busAddress;
    QDBusConnection bus = trayBus(m_busAddress);
    // A watcher started while the last one's name is still being released gives up at
    // once (seen on Debian 13 right after a watcher that held the tray's item stopped): wait
    // for the name to be free, and start once more if the first one ended without it.
    (void)QTest::qWaitFor(
        [&] { return !bus.interface()->isServiceRegistered(kWatcherName); }, 5000);
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_watcher = desktop->start(QStringLiteral("status-notifier-watcher"),
            QStringLiteral("status-notifier-watcher"), {}, desktop->env());
        (void)QTest::qWaitFor(
            [&] {
                return bus.interface()->isServiceRegistered(kWatcherName)
                    || m_watcher->state() == QProcess::NotRunning;
            },
            10000);
        if (bus.interface()->isServiceRegistered(kWatcherName))
            return;
        qWarning("status-notifier-watcher did not take its name: %s",
            m_watcher->readAllStandardError().right(2000).constData());
        desktop->stop(m_watcher);
        QTest::qWait(500);
    }
    QVERIFY2(false, "no StatusNotifierWatcher on the bus");
}

void StatusNotifierTray::registerHost()
{
    QDBusConnection bus = trayBus(m_busAddress);
    QVERIFY(bus.registerService(kHostName));
    QDBusInterface watcher(
        kWatcherName, QStringLiteral("/StatusNotifierWatcher"), kWatcherName, bus);
    const QDBusMessage registered
        = watcher.call(QStringLiteral("RegisterStatusNotifierHost"), kHostName);
    QVERIFY2(
        registered.type() == QDBusMessage::ReplyMessage, qPrintable(registered.errorMessage()));
    m_hostRegistered = true;
}

QStringList StatusNotifierTray::items() const
{
    QDBusInterface watcher(kWatcherName, QStringLiteral("/StatusNotifierWatcher"), kWatcherName,
        trayBus(m_busAddress));
    return watcher.property("RegisteredStatusNotifierItems").toStringList();
}

QVariant StatusNotifierTray::itemProperty(const char *name) const
{
    const QStringList registered = items();
    if (registered.size() != 1)
        return {};
    // "service/path" or a bare service name (then the path is /StatusNotifierItem).
    QString service = registered.first();
    QString path = QStringLiteral("/StatusNotifierItem");
    if (service.contains(QLatin1Char('/'))) {
        path = service.mid(service.indexOf(QLatin1Char('/')));
        service = service.left(service.indexOf(QLatin1Char('/')));
    }
    QDBusInterface item(
        service, path, QStringLiteral("org.kde.StatusNotifierItem"), trayBus(m_busAddress));
    return item.property(name);
}

void StatusNotifierTray::stop()
{
    if (m_hostRegistered)
        trayBus(m_busAddress).unregisterService(kHostName);
    m_hostRegistered = false;
    if (m_desktop && m_watcher)
        m_desktop->stop(m_watcher);
    m_watcher = nullptr;
    // Gone from the bus too, before the next watcher starts.
    if (!m_busAddress.isEmpty()) {
        QDBusConnection bus = trayBus(m_busAddress);
        (void)QTest::qWaitFor(
            [&] { return !bus.interface()->isServiceRegistered(kWatcherName); }, 5000);
    }
}

// A session as a login without a refresh token leaves it (the tray reads only this file).
void TrayFixture::writeSession(const QDateTime &expiresAt, bool renewable)
{
    const QString api = apiUrl();
    const QDateTime loginAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QJsonObject o { { QStringLiteral("version"), 1 },
        { QStringLiteral("profile"), QStringLiteral("default") },
        { QStringLiteral("email"), QStringLiteral("night@example.com") },
        { QStringLiteral("authDomain"), api }, { QStringLiteral("apiUrl"), api },
        { QStringLiteral("clientId"), QStringLiteral("seqera_ai_cli") },
        { QStringLiteral("issuer"), api },
        { QStringLiteral("tokenEndpoint"), api + QStringLiteral("/token") },
        { QStringLiteral("revocationEndpoint"), QString() },
        { QStringLiteral("loginAt"), loginAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("obtainedAt"), loginAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("expiresAt"), expiresAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("renewable"), renewable },
        { QStringLiteral("storage"), QStringLiteral("file") } };
    QVERIFY(QDir().mkpath(QFileInfo(sessionFile()).path()));
    QSaveFile file(sessionFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(o).toJson());
    QVERIFY(file.commit());
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

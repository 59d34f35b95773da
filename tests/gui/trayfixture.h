#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

class QDateTime;
class QProcess;

namespace testsupport {

class TrayFixture;

// The arguments of one Notify call.
struct Notification
{
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QMap<QString, QString> hints;
    uint id = 0; // from the server's answer; 0 until it came
};

// What a desktop's notification server gets, read off the session bus by dbus-monitor: every
// Notify call (hints, actions, replaces_id) with the id the server answered, and the server's
// signals (NotificationClosed, ActionInvoked).
class NotificationMonitor : public QObject
{
public:
    // dbus-monitor on `busAddress`, started by (and stopped with) `desktop`.
    void start(TrayFixture *desktop, const QString &busAddress);
    QList<Notification> notifications(qsizetype from = 0) const;
    // How many bus messages came so far: a mark for signalSeen().
    qsizetype messageCount() const { return m_messages.size(); }
    bool signalSeen(const QString &member, const QString &firstArg, qsizetype from) const;

private:
    // One message as dbus-monitor prints it: a header line, then its arguments indented.
    struct BusMessage
    {
        QString type; // "method call", "method return", "signal", "error"
        QString sender;
        QString destination;
        QString member;
        qint64 serial = -1;
        qint64 replySerial = -1;
        QStringList lines;
    };
    void read();

    QProcess *m_process = nullptr;
    QByteArray m_buffer;
    QList<BusMessage> m_messages;
};

// A StatusNotifierItem tray, as a panel makes one: a StatusNotifierWatcher
// (status-notifier-watcher, Debian's haskell-status-notifier-item-utils) on the suite's session
// bus and, once registerHost() is called, a host registered with it: this test process, which
// reads the items' properties as a panel would before drawing them.
class StatusNotifierTray
{
public:
    ~StatusNotifierTray() { stop(); }
    // The watcher, started by (and stopped with) `desktop` on `busAddress`; fails the test
    // when it does not appear on the bus.
    void start(TrayFixture *desktop, const QString &busAddress);
    void registerHost(); // fails the test when the watcher refuses
    // "service/path" or a bare service name, as the watcher lists them.
    QStringList items() const;
    // A property of the one registered item (Title, Status...); invalid when there is none.
    QVariant itemProperty(const char *name) const;
    void stop();

private:
    TrayFixture *m_desktop = nullptr;
    QProcess *m_watcher = nullptr;
    QString m_busAddress;
    bool m_hostRegistered = false;
};

// The desktop of the tray suites, made of real parts: Xvfb (or weston), a tray host (trayer), a
// session bus of its own when a suite asks, the test OIDC provider and Platform emulator
// (tests/support/platform-server.mjs), a scratch HOME, the `seqera` CLI and `seqera-tray`,
// which the tests follow through its `seqera.tray` log lines. Every process it starts is
// stopped in reverse order (terminate, then kill) by stopAll(), whatever happened.
// Helpers that check something fail the running test, as QVERIFY does.
class TrayFixture : public QObject
{
public:
    TrayFixture() = default;
    ~TrayFixture() override;

    // In initTestCase(): the programs named by ctest's environment (SEQERA_TRAY, SEQERA_CLI,
    // SEQERA_TEST_SUPPORT_DIR, NODE), Xvfb and `tools` installed, Xvfb and the provider
    // (with `serverArgs`) running, and the environment of the CLI and the tray: the scratch
    // HOME, the file store, no session bus until startSessionBus().
    void setUp(const QStringList &tools, const QStringList &serverArgs);
    // A session bus of its own (dbus-daemon), from now on in env(); its address, or empty.
    QString startSessionBus();
    QProcess *startTrayHost(); // trayer, an XEmbed tray
    // A Wayland compositor (weston's headless backend) from now on in env(): WAYLAND_DISPLAY
    // set, QT_QPA_PLATFORM=wayland and no DISPLAY, so the tray can run on nothing else. The
    // X server stays for the other processes (a notification server). Its socket, or empty.
    QString startWayland();
    // In cleanupTestCase(): every process stopped, the tray's log shown.
    void tearDown();

    QProcess *start(const QString &name, const QString &program, const QStringList &args,
        const QProcessEnvironment &env);
    // Terminates `process`, kills it after `graceMs`, deletes it and clears the pointer.
    // True when it ended on terminate (or had ended already).
    bool stop(QProcess *&process, int graceMs = 3000);
    void stopAll();

    // One tray at a time: starting one stops the one before. Its stderr, the log, is kept.
    QProcess *startTray(const QStringList &args, const QProcessEnvironment &env = {});
    QProcess *tray() const { return m_tray; }
    bool stopTray(int graceMs = 3000) { return stop(m_tray, graceMs); }
    const QByteArray &trayLog() const { return m_trayLog; }
    bool trayLogged(const QString &text, qsizetype from) const
    {
        return m_trayLog.indexOf(text.toUtf8(), from) >= 0;
    }

    // Runs `program` in env() to its end (90 s at most) while the event loop keeps turning,
    // so the tray's log keeps being collected: its exit code, -1 if it did not start or end.
    int run(const QString &program, const QStringList &args, QByteArray *output = nullptr);
    int runCli(const QStringList &args, QByteArray *output = nullptr)
    {
        return run(m_cli, args, output);
    }
    // POST to one of the provider's /__test endpoints.
    void post(const QString &path, const QByteArray &body = QByteArrayLiteral("{}"));
    QJsonObject serverStats() const; // its /__test/stats
    // session.json of `night@example.com` ending at `expiresAt`, as a login leaves it; no
    // secret is stored (the tray reads only this file).
    void writeSession(const QDateTime &expiresAt, bool renewable);
    // A screenshot of the whole screen (ImageMagick's import) at `path`, readable.
    void screenshot(const QString &path);

    const QProcessEnvironment &env() const { return m_env; }
    QString path() const { return m_dir.path(); } // scratch space
    QString cli() const { return m_cli; }
    QString trayBinary() const { return m_trayBinary; }
    QString apiUrl() const; // the provider's issuer and Platform API
    QString sessionFile() const; // session.json of the default profile

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_cli;
    QString m_trayBinary;
    QString m_support;
    QList<QProcess *> m_processes;
    QProcess *m_tray = nullptr;
    QByteArray m_trayLog;
    int m_port = 0;
};

} // namespace testsupport

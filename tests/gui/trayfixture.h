#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class QProcess;

namespace testsupport {

// The desktop of the tray suites, made of real parts: Xvfb, a tray host (trayer), a session
// bus of its own when a suite asks, the test OIDC provider and Platform emulator
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

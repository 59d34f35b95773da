#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// Real parts for the integration tests, started on loopback by the tests themselves.
namespace testsupport {

// tests/support/platform-server.mjs: oidc-provider (issuer http://127.0.0.1:PORT/api) plus
// the Seqera Platform API emulation and the /__test control endpoints.
// A node script on loopback that prints {"port":N} first; stopped with its stdin closed.
class NodeServer
{
public:
    NodeServer(const QString &script, const QStringList &args);
    ~NodeServer();
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // A blocking JSON request to one of the script's endpoints (GET, or POST with `body`).
    QJsonDocument call(
        const QByteArray &method, const QString &path, const QJsonObject &body = {}) const;
    QJsonObject request(
        const QByteArray &method, const QString &path, const QJsonObject &body = {}) const
    {
        return call(method, path, body).object();
    }
    QJsonDocument get(const QString &path) const { return call("GET", path); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

class PlatformServer : public NodeServer
{
public:
    explicit PlatformServer(QStringList extraArgs = {});

    QString issuer() const;

    QJsonObject stats() const;
    int tokenRequests(const QString &grantType) const;
    void fault(const QString &target, const QString &kind, int count = 1) const;
    void reset() const;
    // POST /__test/hostile: a Platform that attacks its client until reset(); the decoy origin.
    QString hostile(const QJsonObject &modes) const;
    void revokeAll() const;
    void addPat(const QString &token, const QString &email) const;
    // GET /api/user-info with the token: the HTTP status.
    int userInfoStatus(const QString &token) const;
};

// tests/ai/ai-backend-emulator.mjs, the AI backend (a fake: the real one cannot run here),
// accepting each of `tokens` (none: any token). Its /__test control endpoints answer within 5 s
// or the test fails, as a QTRY_VERIFY would.
class AiEmulator : public NodeServer
{
public:
    explicit AiEmulator(const QStringList &tokens = {});

    // POST to a control endpoint; a null body is sent as JSON null.
    void post(const QString &path, const QJsonValue &body = QJsonObject()) const;
    void reset() const { post(QStringLiteral("/__test/reset")); }
    // The requests it recorded ("requests"), or those it redirected ("redirected").
    QJsonArray requests(const QString &list = QStringLiteral("requests")) const;
    // The recorded requests as "METHOD last-path-segment", "sessions" for /v1/cli/sessions.
    QStringList paths() const;

private:
    QByteArray exchange(
        const QByteArray &method, const QString &path, const QByteArray &data) const;
};

class Sandbox;

// The fixture of the suites that drive `seqera` against the provider: one PlatformServer
// (started with `args`) for the whole suite.
class PlatformTest : public QObject
{
protected:
    bool startPlatform(const QStringList &args = {});

    std::unique_ptr<PlatformServer> m_server;
};

// The suites that run `seqera ai` and `seqera org`: the provider and the AI emulator, once per
// suite; sandbox() points at both.
class AiPlatformTest : public PlatformTest
{
protected:
    bool startServers(const QStringList &platformArgs = {});
    void resetServers() const;
    Sandbox sandbox() const;

    std::unique_ptr<AiEmulator> m_ai;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;
};

// A scratch HOME with its own XDG folders and an environment that points the CLI at the
// server; no token variables, file storage unless a test asks for the keyring.
class Sandbox
{
public:
    // With `ai`, `seqera ai` and `seqera org` talk to that emulator.
    explicit Sandbox(const PlatformServer *server = nullptr, const AiEmulator *ai = nullptr);

    QString home() const { return m_dir.path(); }
    QString configDir() const { return m_dir.path() + QStringLiteral("/config/seqera"); }
    QString profileDir(const QString &profile = QStringLiteral("default")) const
    {
        return configDir() + QStringLiteral("/profiles/") + profile;
    }
    QProcessEnvironment env;

    Run run(const QStringList &args, const QByteArray &stdinData = {}, int timeoutMs = 30000) const;
    // `seqera login` (with `extra`) through the scripted browser as user@example.com, or a
    // failed test; returns once the detached browser is done, so the next step starts clean.
    void login(const QStringList &extra = {}) const;
    // A started `seqera` process the test drives itself.
    std::unique_ptr<QProcess> start(const QStringList &args) const;

    // Makes the stored access token look expired (file storage only).
    void expireStoredToken(const QString &profile = QStringLiteral("default")) const;
    QJsonObject readJson(const QString &path) const;

    QString browserOut() const { return m_dir.path() + QStringLiteral("/browser.json"); }

private:
    QTemporaryDir m_dir;
};

// The command names of `seqera --help`'s "Commands:" list.
QStringList commandNames(const QString &help);

// The Secret Service of tests/support/with-keyring.sh: gnome-keyring on the private session bus
// of the suite, its login collection unlocked with the password "test".
namespace keyring {
// The PID of the daemon that owns org.freedesktop.secrets on the session bus; 0 if none does.
qint64 daemonPid();
// Locks the login collection (Secret Service "Lock"): the keyring then wants a password it
// has no way to ask for. Unlocks it again with the password, through gnome-keyring's own
// interface, in the same daemon: clients keep their connection and their session.
bool lock();
bool unlock();

// The daemon stopped (SIGSTOP) for the scope: every call waits, as for a keyring asking for
// its password where nobody sees the prompt, until resume().
class Hang
{
public:
    Hang();
    ~Hang() { resume(); }
    Hang(const Hang &) = delete;
    Hang &operator=(const Hang &) = delete;
    bool isOn() const { return m_on; } // false: no daemon found, or it could not be stopped
    void resume();

private:
    qint64 m_pid = 0;
    bool m_on = false;
};
} // namespace keyring

QString seqeraBinary();
QString supportDir();
QJsonObject readJsonFile(const QString &path);

} // namespace testsupport

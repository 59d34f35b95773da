#include "testsupport.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>

namespace testsupport {

QString seqeraBinary()
{
    return QStringLiteral(SEQERA_BIN);
}

QString supportDir()
{
    return QStringLiteral(SEQERA_TEST_SUPPORT_DIR);
}

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

NodeServer::NodeServer(const QString &script, const QStringList &args)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        qWarning("node is needed for %s (scripts/setup.sh installs it)", qPrintable(script));
        return;
    }
    m_process.setProgram(node);
    m_process.setArguments(QStringList { script } + args);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return;
    QDeadlineTimer deadline(20000);
    while (m_process.state() == QProcess::Running && !m_process.canReadLine()
        && !deadline.hasExpired())
        m_process.waitForReadyRead(200);
    m_port = quint16(QJsonDocument::fromJson(m_process.readLine())
                         .object()
                         .value(QStringLiteral("port"))
                         .toInt());
    if (!m_port)
        qWarning("%s did not start: %s", qPrintable(script),
            m_process.readAllStandardError().constData());
}

NodeServer::~NodeServer()
{
    if (m_process.state() == QProcess::Running) {
        m_process.closeWriteChannel(); // the scripts exit when their stdin closes
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QJsonDocument NodeServer::call(
    const QByteArray &method, const QString &path, const QJsonObject &body) const
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(base() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = method == "GET"
        ? nam.get(request)
        : nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonDocument result = QJsonDocument::fromJson(reply->readAll());
    delete reply;
    return result;
}

namespace {
QStringList acceptArguments(const QStringList &tokens)
{
    if (tokens.isEmpty())
        return { QStringLiteral("--accept-any") };
    QStringList args;
    for (const QString &token : tokens)
        args << QStringLiteral("--accept-token") << token;
    return args;
}
} // namespace

AiEmulator::AiEmulator(const QStringList &tokens)
    : NodeServer(QStringLiteral(SEQERA_AI_EMULATOR), acceptArguments(tokens))
{ }

void AiEmulator::post(const QString &path, const QJsonValue &body) const
{
    QByteArray data("null");
    if (body.isObject())
        data = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        data = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    exchange("POST", path, data);
}

QJsonArray AiEmulator::requests(const QString &list) const
{
    return QJsonDocument::fromJson(exchange("GET", QStringLiteral("/__test/requests"), {}))
        .object()
        .value(list)
        .toArray();
}

QStringList AiEmulator::paths() const
{
    QStringList out;
    for (const QJsonValue &v : requests()) {
        const QJsonObject o = v.toObject();
        const QString path
            = o.value(QStringLiteral("path")).toString().section(QLatin1Char('?'), 0, 0);
        out << o.value(QStringLiteral("method")).toString() + QLatin1Char(' ')
                + (path == QLatin1String("/v1/cli/sessions") ? QStringLiteral("sessions")
                                                             : path.section(QLatin1Char('/'), -1));
    }
    return out;
}

QByteArray AiEmulator::exchange(
    const QByteArray &method, const QString &path, const QByteArray &data) const
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(base() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(
        method == "GET" ? nam.get(request) : nam.post(request, data));
    const bool answered = QTest::qWaitFor([&] { return reply->isFinished(); }, 5000);
    QTest::qVerify(answered, "answered",
        qPrintable(QStringLiteral("%1 %2 of the AI emulator").arg(QLatin1String(method), path)),
        __FILE__, __LINE__);
    return answered ? reply->readAll() : QByteArray();
}

bool PlatformTest::startPlatform(const QStringList &args)
{
    m_server = std::make_unique<PlatformServer>(args);
    return m_server->isRunning();
}

bool AiPlatformTest::startServers(const QStringList &platformArgs)
{
    m_ai = std::make_unique<AiEmulator>();
    return startPlatform(platformArgs) && m_ai->isRunning();
}

void AiPlatformTest::resetServers() const
{
    m_server->reset();
    m_ai->reset();
}

Sandbox AiPlatformTest::sandbox() const
{
    return Sandbox(m_server.get(), m_ai.get());
}

PlatformServer::PlatformServer(QStringList extraArgs)
    : NodeServer(supportDir() + QStringLiteral("/platform-server.mjs"), extraArgs)
{ }

QString PlatformServer::issuer() const
{
    return base() + QStringLiteral("/api");
}

QJsonObject PlatformServer::stats() const
{
    return request("GET", QStringLiteral("/__test/stats"));
}

int PlatformServer::tokenRequests(const QString &grantType) const
{
    return stats().value(QStringLiteral("token")).toObject().value(grantType).toInt();
}

void PlatformServer::fault(const QString &target, const QString &kind, int count) const
{
    request("POST", QStringLiteral("/__test/fault"),
        { { QStringLiteral("target"), target }, { QStringLiteral("kind"), kind },
            { QStringLiteral("count"), count } });
}

void PlatformServer::reset() const
{
    request("POST", QStringLiteral("/__test/reset"));
}

QString PlatformServer::hostile(const QJsonObject &modes) const
{
    return request("POST", QStringLiteral("/__test/hostile"), modes)
        .value(QStringLiteral("decoy"))
        .toString();
}

void PlatformServer::revokeAll() const
{
    request("POST", QStringLiteral("/__test/revoke-all"));
}

void PlatformServer::addPat(const QString &token, const QString &email) const
{
    request("POST", QStringLiteral("/__test/pat"),
        { { QStringLiteral("token"), token }, { QStringLiteral("email"), email } });
}

int PlatformServer::userInfoStatus(const QString &token) const
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(issuer() + QStringLiteral("/user-info")));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

Sandbox::Sandbox(const PlatformServer *server, const AiEmulator *ai)
{
    env = QProcessEnvironment();
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const char *keep :
        { "PATH", "LANG", "LC_ALL", "TZ", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS" }) {
        const QString name = QString::fromLatin1(keep);
        if (system.contains(name))
            env.insert(name, system.value(name));
    }
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home() + QStringLiteral("/state"));
    env.insert(QStringLiteral("SEQERA_NO_KEYCHAIN"), QStringLiteral("true"));
    env.insert(QStringLiteral("SEQERA_AUTH_REDIRECT_PORT"), QStringLiteral("0"));
    env.insert(QStringLiteral("BROWSER"), supportDir() + QStringLiteral("/browser-scripted.mjs"));
    env.insert(QStringLiteral("SEQERA_TEST_BROWSER_OUT"), browserOut());
    env.insert(QStringLiteral("SEQERA_NETWORK_TIMEOUT_MS"), QStringLiteral("10000"));
    if (server)
        env.insert(QStringLiteral("SEQERA_AUTH_DOMAIN"), server->issuer());
    if (ai)
        env.insert(QStringLiteral("SEQERA_AI_BACKEND_URL"), ai->base());
}

void Sandbox::login(const QStringList &extra) const
{
    const Run r = run(QStringList { QStringLiteral("login") } + extra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("Successfully authenticated as user@example.com")),
        qPrintable(r.out));
    // The browser runs detached: let it finish before the next step or the clean-up.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(browserOut()), 10000);
    QFile::remove(browserOut());
}

Run Sandbox::run(const QStringList &args, const QByteArray &stdinData, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(seqeraBinary(), args);
    Run r;
    if (!process.waitForStarted(5000))
        return r;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    r.finished = process.waitForFinished(timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

std::unique_ptr<QProcess> Sandbox::start(const QStringList &args) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(env);
    process->start(seqeraBinary(), args);
    process->waitForStarted(5000);
    return process;
}

QJsonObject Sandbox::readJson(const QString &path) const
{
    return readJsonFile(path);
}

void Sandbox::expireStoredToken(const QString &profile) const
{
    const QString path = profileDir(profile) + QStringLiteral("/credentials.json");
    QJsonObject secret = readJsonFile(path);
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-10);
    secret.insert(QStringLiteral("expires_at"), past.toString(Qt::ISODateWithMs));
    secret.insert(QStringLiteral("obtained_at"), past.addSecs(-3600).toString(Qt::ISODateWithMs));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(secret).toJson());
}

namespace keyring {

namespace {
const QString kSecretService = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QDBusObjectPath kLogin(QStringLiteral("/org/freedesktop/secrets/collection/login"));

QDBusMessage callSecretService(
    const QString &interface, const QString &method, const QVariantList &args)
{
    QDBusMessage call
        = QDBusMessage::createMethodCall(kSecretService, kServicePath, interface, method);
    call.setArguments(args);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 10000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        qWarning("%s.%s: %s", qPrintable(interface), qPrintable(method),
            qPrintable(reply.errorMessage()));
    }
    return reply;
}
} // namespace

qint64 daemonPid()
{
    const QDBusReply<uint> pid
        = QDBusConnection::sessionBus().interface()->servicePid(kSecretService);
    return pid.isValid() ? qint64(pid.value()) : 0;
}

bool lock()
{
    const QDBusMessage reply = callSecretService(QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("Lock"), { QVariant::fromValue(QList<QDBusObjectPath> { kLogin }) });
    return reply.type() == QDBusMessage::ReplyMessage;
}

bool unlock()
{
    // The password travels in a Secret Service "plain" session of this connection.
    const QDBusMessage session = callSecretService(QStringLiteral("org.freedesktop.Secret.Service"),
        QStringLiteral("OpenSession"),
        { QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString())) });
    if (session.type() != QDBusMessage::ReplyMessage || session.arguments().size() != 2)
        return false;
    QDBusArgument secret;
    secret.beginStructure();
    secret << session.arguments().at(1).value<QDBusObjectPath>() << QByteArray()
           << QByteArrayLiteral("test") << QStringLiteral("text/plain");
    secret.endStructure();
    const QDBusMessage reply = callSecretService(
        QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"),
        { QVariant::fromValue(kLogin), QVariant::fromValue(secret) });
    return reply.type() == QDBusMessage::ReplyMessage;
}

Hang::Hang()
    : m_pid(daemonPid())
{
    m_on = m_pid > 0 && ::kill(pid_t(m_pid), SIGSTOP) == 0;
}

void Hang::resume()
{
    if (m_on)
        ::kill(pid_t(m_pid), SIGCONT);
    m_on = false;
}

} // namespace keyring

QStringList commandNames(const QString &help)
{
    QStringList names;
    const QString commands
        = help.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    for (const QString &line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names << line.trimmed().section(QLatin1Char(' '), 0, 0);
    return names;
}

} // namespace testsupport

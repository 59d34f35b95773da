#include "settings.h"

#include "storage/securefile.h"
#include "util/http.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace seqera {

namespace {
QString envOr(const QProcessEnvironment &env, const char *name, const QString &fallback)
{
    const QString value = env.value(QString::fromLatin1(name)).trimmed();
    return value.isEmpty() ? fallback : value;
}

QString xdgDir(const QProcessEnvironment &env, const char *variable, const QString &homeRelative)
{
    QString base = env.value(QString::fromLatin1(variable));
    // The XDG spec says relative paths are invalid and must be ignored.
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base
            = env.value(QStringLiteral("HOME"), QDir::homePath()) + QLatin1Char('/') + homeRelative;
    return base + QStringLiteral("/seqera");
}

// config.json, read like our other files (securefile::read: no links, ours, private folder).
// A missing, unreadable or invalid file is an empty object: every value keeps its default.
QJsonObject readConfigFile(const QString &configFile)
{
    Error error;
    const auto data = securefile::read(configFile, &error);
    if (!data || data->size() > 64 * 1024)
        return {};
    return QJsonDocument::fromJson(*data).object();
}

QString expandHome(const QString &path, const QString &home)
{
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")))
        return home + path.mid(1);
    return path;
}
} // namespace

const QStringList &Settings::tokenVariables()
{
    static const QStringList names { QStringLiteral("SEQERA_ACCESS_TOKEN"),
        QStringLiteral("SEQERA_TOKEN"), QStringLiteral("TOWER_ACCESS_TOKEN") };
    return names;
}

// Long on purpose: one statement per setting, in the order of the README's table.
Settings Settings::fromEnvironment(const QProcessEnvironment &env)
{
    Settings s;
    s.authDomain = http::withoutTrailingSlash(
        QUrl(envOr(env, "SEQERA_AUTH_DOMAIN", QStringLiteral("https://cloud.seqera.io/api"))));
    s.configurationPath = envOr(env, "SEQERA_AUTH_CONFIGURATION_ENDPOINT",
        QStringLiteral("/.well-known/openid-configuration"));
    s.clientId = envOr(env, "SEQERA_AUTH_CLI_CLIENT_ID", QStringLiteral("seqera_ai_cli"));
    s.audience = envOr(env, "SEQERA_AUTH_AUDIENCE", QStringLiteral("platform"));

    bool ok = false;
    const int port = env.value(QStringLiteral("SEQERA_AUTH_REDIRECT_PORT")).toInt(&ok);
    if (ok && port >= 0 && port <= 65535 - 9)
        s.redirectPort = quint16(port);
    const qlonglong timeout
        = env.value(QStringLiteral("SEQERA_AUTH_CALLBACK_TIMEOUT_MS")).toLongLong(&ok);
    if (ok && timeout > 0)
        s.callbackTimeoutMs = int(qMin<qlonglong>(timeout, 600000));
    const int netTimeout = env.value(QStringLiteral("SEQERA_NETWORK_TIMEOUT_MS")).toInt(&ok);
    if (ok && netTimeout > 0)
        s.networkTimeoutMs = netTimeout;
    const int keyTimeout = env.value(QStringLiteral("SEQERA_KEYCHAIN_TIMEOUT_MS")).toInt(&ok);
    if (ok && keyTimeout > 0)
        s.keychainTimeoutMs = keyTimeout;

    // TOWER_API_ENDPOINT is what `tw` users already have set for the same API.
    const QString api = envOr(
        env, "SEQERA_PLATFORM_API_URL", env.value(QStringLiteral("TOWER_API_ENDPOINT")).trimmed());
    s.platformApiUrlExplicit = !api.isEmpty();
    s.platformApiUrl = http::withoutTrailingSlash(api.isEmpty() ? s.authDomain : QUrl(api));
    s.aiBackendUrl = http::withoutTrailingSlash(QUrl(
        envOr(env, "SEQERA_AI_BACKEND_URL", QStringLiteral("https://ai-api.cloud.seqera.io"))));
    s.aiBackendUrlExplicit = !env.value(QStringLiteral("SEQERA_AI_BACKEND_URL")).trimmed().isEmpty();
    s.noKeychain = env.value(QStringLiteral("SEQERA_NO_KEYCHAIN")).trimmed().toLower()
            == QLatin1String("true")
        || env.value(QStringLiteral("SEQERA_NO_KEYCHAIN")).trimmed() == QLatin1String("1");
    s.browser = env.value(QStringLiteral("BROWSER")).trimmed();
    s.remoteSession = !env.value(QStringLiteral("SSH_CONNECTION")).isEmpty()
        || !env.value(QStringLiteral("SSH_CLIENT")).isEmpty()
        || !env.value(QStringLiteral("SSH_TTY")).isEmpty();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    s.aiScrubEnv
        = env.value(QStringLiteral("SEQERA_AI_SCRUB_ENV")).split(separators, Qt::SkipEmptyParts);
    // A header value: nothing that could end the line or look like something else.
    static const QRegularExpression version(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Za-z][0-9A-Za-z.+-]{0,31}")));
    const QString clientVersion = env.value(QStringLiteral("SEQERA_AI_CLIENT_VERSION")).trimmed();
    if (version.match(clientVersion).hasMatch())
        s.aiClientVersion = clientVersion;
    const int idle = env.value(QStringLiteral("SEQERA_AI_IDLE_TIMEOUT_MS")).toInt(&ok);
    if (ok && idle > 0)
        s.aiIdleTimeoutMs = idle;
    s.configDir = xdgDir(env, "XDG_CONFIG_HOME", QStringLiteral(".config"));
    s.stateDir = xdgDir(env, "XDG_STATE_HOME", QStringLiteral(".local/state"));
    s.runtimeDir = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    s.aiSandbox = envOr(env, "SEQERA_AI_SANDBOX", QStringLiteral("auto")).toLower();

    const QJsonObject config = readConfigFile(s.configFile());
    // The default chosen with `seqera profile use` (the command that wrote it validated it).
    const QString storedProfile = config.value(QStringLiteral("defaultProfile")).toString();
    s.profileFromEnvironment = !env.value(QStringLiteral("SEQERA_PROFILE")).trimmed().isEmpty();
    s.profile = s.profileFromEnvironment    ? env.value(QStringLiteral("SEQERA_PROFILE")).trimmed()
        : isValidProfileName(storedProfile) ? storedProfile
                                            : QStringLiteral("default");
    s.aiApprovalMode = config.value(QStringLiteral("approvalMode")).toString();
    const QJsonObject sandbox = config.value(QStringLiteral("sandbox")).toObject();
    s.aiSandboxNetwork = sandbox.value(QStringLiteral("network")).toBool(true);
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    for (const QJsonValue &v : sandbox.value(QStringLiteral("writablePaths")).toArray()) {
        const QString path = QDir::cleanPath(expandHome(v.toString(), home));
        if (QDir::isAbsolutePath(path) && path != QLatin1String("/"))
            s.aiSandboxWritable << path;
    }

    for (const QString &name : tokenVariables()) {
        const QString value = env.value(name).trimmed();
        if (!value.isEmpty()) {
            s.environmentToken = value;
            s.environmentTokenVariable = name;
            break;
        }
    }
    return s;
}

QString Settings::profilesDir() const
{
    return configDir + QStringLiteral("/profiles");
}

QString Settings::configFile() const
{
    return configDir + QStringLiteral("/config.json");
}

QString Settings::profileDir(const QString &name) const
{
    return profilesDir() + QLatin1Char('/') + name;
}

QUrl Settings::discoveryUrl() const
{
    QUrl url = authDomain;
    QString path = configurationPath;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    url.setPath(url.path() + path);
    return url;
}

bool isValidProfileName(const QString &name)
{
    // Anchored for real: "$" alone would accept a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
    return pattern.match(name).hasMatch();
}

} // namespace seqera

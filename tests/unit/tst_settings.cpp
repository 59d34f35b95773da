// Tests of core/config/settings: everything the environment decides, from a
// QProcessEnvironment the test builds (the real environment is never read).
#include "config/settings.h"

#include <QTest>

using namespace seqera;

namespace {
QProcessEnvironment baseEnv()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/ada"));
    return env;
}

Settings with(std::initializer_list<std::pair<const char *, const char *>> vars)
{
    QProcessEnvironment env = baseEnv();
    for (const auto &[name, value] : vars)
        env.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return Settings::fromEnvironment(env);
}

Settings withOne(const QString &name, const QString &value)
{
    QProcessEnvironment env = baseEnv();
    env.insert(name, value);
    return Settings::fromEnvironment(env);
}
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void everyVariable();
    void platformApiDefaultsToAuthDomain();
    void trailingSlashesRemoved_data();
    void trailingSlashesRemoved();
    void discoveryUrl_data();
    void discoveryUrl();
    void blankValuesFallBackToDefaults();
    void tokenPrecedence_data();
    void tokenPrecedence();
    void tokenVariablesOrder();
    void callbackTimeout_data();
    void callbackTimeout();
    void redirectPort_data();
    void redirectPort();
    void otherTimeouts_data();
    void otherTimeouts();
    void aiClient_data();
    void aiClient();
    void noKeychain_data();
    void noKeychain();
    void remoteSession_data();
    void remoteSession();
    void xdgDirs_data();
    void xdgDirs();
    void profilePaths();
    void isValidProfileName_data();
    void isValidProfileName();
};

void TestSettings::defaults()
{
    const Settings s = Settings::fromEnvironment(baseEnv());
    QCOMPARE(s.authDomain, QUrl(QStringLiteral("https://cloud.seqera.io/api")));
    QCOMPARE(s.configurationPath, QStringLiteral("/.well-known/openid-configuration"));
    QCOMPARE(s.clientId, QStringLiteral("seqera_ai_cli"));
    QCOMPARE(s.audience, QStringLiteral("platform"));
    QCOMPARE(s.redirectPort, quint16(53682));
    QCOMPARE(s.callbackTimeoutMs, 300000);
    QCOMPARE(s.platformApiUrl, QUrl(QStringLiteral("https://cloud.seqera.io/api")));
    QCOMPARE(s.platformApiUrlExplicit, false);
    QCOMPARE(s.aiBackendUrl, QUrl(QStringLiteral("https://ai-api.cloud.seqera.io")));
    QCOMPARE(s.noKeychain, false);
    QCOMPARE(s.profile, QStringLiteral("default"));
    QCOMPARE(s.browser, QString());
    QCOMPARE(s.remoteSession, false);
    QCOMPARE(s.configDir, QStringLiteral("/home/ada/.config/seqera"));
    QCOMPARE(s.stateDir, QStringLiteral("/home/ada/.local/state/seqera"));
    QCOMPARE(s.networkTimeoutMs, 30000);
    QCOMPARE(s.keychainTimeoutMs, 3000);
    QCOMPARE(s.environmentToken, QString());
    QCOMPARE(s.environmentTokenVariable, QString());
    QCOMPARE(s.discoveryUrl(),
        QUrl(QStringLiteral("https://cloud.seqera.io/api/.well-known/openid-configuration")));
}

void TestSettings::everyVariable()
{
    const Settings s = with({
        { "SEQERA_AUTH_DOMAIN", "https://auth.example.org/realm" },
        { "SEQERA_AUTH_CONFIGURATION_ENDPOINT", "/custom/discovery" },
        { "SEQERA_AUTH_CLI_CLIENT_ID", "my-client" },
        { "SEQERA_AUTH_AUDIENCE", "my-audience" },
        { "SEQERA_AUTH_REDIRECT_PORT", "8123" },
        { "SEQERA_AUTH_CALLBACK_TIMEOUT_MS", "45000" },
        { "SEQERA_PLATFORM_API_URL", "https://api.example.org" },
        { "SEQERA_AI_BACKEND_URL", "http://127.0.0.1:9000" },
        { "SEQERA_NO_KEYCHAIN", "true" },
        { "SEQERA_PROFILE", "work" },
        { "BROWSER", "firefox" },
        { "SSH_CONNECTION", "10.0.0.1 5555 10.0.0.2 22" },
        { "XDG_CONFIG_HOME", "/cfg" },
        { "XDG_STATE_HOME", "/st" },
        { "SEQERA_NETWORK_TIMEOUT_MS", "1234" },
        { "SEQERA_KEYCHAIN_TIMEOUT_MS", "567" },
        { "SEQERA_ACCESS_TOKEN", "tok" },
    });
    QCOMPARE(s.authDomain, QUrl(QStringLiteral("https://auth.example.org/realm")));
    QCOMPARE(s.configurationPath, QStringLiteral("/custom/discovery"));
    QCOMPARE(s.clientId, QStringLiteral("my-client"));
    QCOMPARE(s.audience, QStringLiteral("my-audience"));
    QCOMPARE(s.redirectPort, quint16(8123));
    QCOMPARE(s.callbackTimeoutMs, 45000);
    QCOMPARE(s.platformApiUrl, QUrl(QStringLiteral("https://api.example.org")));
    QCOMPARE(s.platformApiUrlExplicit, true);
    QCOMPARE(s.aiBackendUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(s.noKeychain, true);
    QCOMPARE(s.profile, QStringLiteral("work"));
    QCOMPARE(s.browser, QStringLiteral("firefox"));
    QCOMPARE(s.remoteSession, true);
    QCOMPARE(s.configDir, QStringLiteral("/cfg/seqera"));
    QCOMPARE(s.stateDir, QStringLiteral("/st/seqera"));
    QCOMPARE(s.networkTimeoutMs, 1234);
    QCOMPARE(s.keychainTimeoutMs, 567);
    QCOMPARE(s.environmentToken, QStringLiteral("tok"));
    QCOMPARE(s.environmentTokenVariable, QStringLiteral("SEQERA_ACCESS_TOKEN"));
    QCOMPARE(
        s.discoveryUrl(), QUrl(QStringLiteral("https://auth.example.org/realm/custom/discovery")));
}

void TestSettings::platformApiDefaultsToAuthDomain()
{
    const Settings s = with({ { "SEQERA_AUTH_DOMAIN", "https://auth.example.org/api/" } });
    QCOMPARE(s.platformApiUrl, QUrl(QStringLiteral("https://auth.example.org/api")));
    QCOMPARE(s.platformApiUrlExplicit, false);

    // `tw` users already have TOWER_API_ENDPOINT: it names the Platform API too, but
    // SEQERA_PLATFORM_API_URL wins.
    const Settings tw = with({ { "SEQERA_AUTH_DOMAIN", "https://auth.example.org/api" },
        { "TOWER_API_ENDPOINT", "https://tower.example.org/api/" } });
    QCOMPARE(tw.platformApiUrl, QUrl(QStringLiteral("https://tower.example.org/api")));
    QCOMPARE(tw.platformApiUrlExplicit, true);
    const Settings both = with({ { "TOWER_API_ENDPOINT", "https://tower.example.org/api" },
        { "SEQERA_PLATFORM_API_URL", "https://seqera.example.org/api" } });
    QCOMPARE(both.platformApiUrl, QUrl(QStringLiteral("https://seqera.example.org/api")));
}

void TestSettings::trailingSlashesRemoved_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("auth domain, one slash") << "SEQERA_AUTH_DOMAIN"
                                            << "https://a.example/api/"
                                            << "https://a.example/api";
    QTest::newRow("auth domain, three slashes") << "SEQERA_AUTH_DOMAIN"
                                                << "https://a.example/api///"
                                                << "https://a.example/api";
    QTest::newRow("auth domain, host only") << "SEQERA_AUTH_DOMAIN"
                                            << "https://a.example/"
                                            << "https://a.example";
    QTest::newRow("auth domain, with port") << "SEQERA_AUTH_DOMAIN"
                                            << "http://127.0.0.1:8080/"
                                            << "http://127.0.0.1:8080";
    QTest::newRow("platform api") << "SEQERA_PLATFORM_API_URL"
                                  << "https://api.example/v1/"
                                  << "https://api.example/v1";
    QTest::newRow("ai backend") << "SEQERA_AI_BACKEND_URL"
                                << "https://ai.example//"
                                << "https://ai.example";
    QTest::newRow("surrounding spaces") << "SEQERA_AUTH_DOMAIN"
                                        << "  https://a.example/api/  "
                                        << "https://a.example/api";
}

void TestSettings::trailingSlashesRemoved()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const Settings s = withOne(variable, value);
    const QUrl actual = variable == QLatin1String("SEQERA_AUTH_DOMAIN") ? s.authDomain
        : variable == QLatin1String("SEQERA_PLATFORM_API_URL")          ? s.platformApiUrl
                                                                        : s.aiBackendUrl;
    QCOMPARE(actual.toString(), expected);
}

void TestSettings::discoveryUrl_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default path") << "https://a.example/api/"
                                  << ""
                                  << "https://a.example/api/.well-known/openid-configuration";
    QTest::newRow("path without leading slash") << "https://a.example"
                                                << "oidc/config"
                                                << "https://a.example/oidc/config";
    QTest::newRow("path with leading slash")
        << "https://a.example/realms/x"
        << "/.well-known/openid-configuration"
        << "https://a.example/realms/x/.well-known/openid-configuration";
}

void TestSettings::discoveryUrl()
{
    QFETCH(QString, domain);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QProcessEnvironment env = baseEnv();
    env.insert(QStringLiteral("SEQERA_AUTH_DOMAIN"), domain);
    if (!path.isEmpty())
        env.insert(QStringLiteral("SEQERA_AUTH_CONFIGURATION_ENDPOINT"), path);
    QCOMPARE(Settings::fromEnvironment(env).discoveryUrl().toString(), expected);
}

void TestSettings::blankValuesFallBackToDefaults()
{
    const Settings s = with({ { "SEQERA_AUTH_DOMAIN", "  " }, { "SEQERA_AUTH_CLI_CLIENT_ID", "" },
        { "SEQERA_PROFILE", " \t" }, { "SEQERA_PLATFORM_API_URL", "   " } });
    QCOMPARE(s.authDomain, QUrl(QStringLiteral("https://cloud.seqera.io/api")));
    QCOMPARE(s.clientId, QStringLiteral("seqera_ai_cli"));
    QCOMPARE(s.profile, QStringLiteral("default"));
    QCOMPARE(s.platformApiUrlExplicit, false);
    QCOMPARE(s.platformApiUrl, s.authDomain);
}

void TestSettings::tokenPrecedence_data()
{
    QTest::addColumn<QString>("seqeraAccess"); // null = unset
    QTest::addColumn<QString>("seqera");
    QTest::addColumn<QString>("tower");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("variable");

    const QString unset;
    QTest::newRow("none") << unset << unset << unset << QString() << QString();
    QTest::newRow("all three: SEQERA_ACCESS_TOKEN wins") << "a"
                                                         << "b"
                                                         << "c"
                                                         << "a"
                                                         << "SEQERA_ACCESS_TOKEN";
    QTest::newRow("SEQERA_TOKEN beats TOWER_ACCESS_TOKEN") << unset << "b"
                                                           << "c"
                                                           << "b"
                                                           << "SEQERA_TOKEN";
    QTest::newRow("TOWER_ACCESS_TOKEN alone") << unset << unset << "c"
                                              << "c"
                                              << "TOWER_ACCESS_TOKEN";
    QTest::newRow("empty SEQERA_ACCESS_TOKEN skipped") << ""
                                                       << "b"
                                                       << "c"
                                                       << "b"
                                                       << "SEQERA_TOKEN";
    QTest::newRow("blank SEQERA_ACCESS_TOKEN skipped") << "  "
                                                       << "b"
                                                       << "c"
                                                       << "b"
                                                       << "SEQERA_TOKEN";
    QTest::newRow("first two empty") << ""
                                     << ""
                                     << "c"
                                     << "c"
                                     << "TOWER_ACCESS_TOKEN";
    QTest::newRow("all empty") << ""
                               << ""
                               << "" << QString() << QString();
    QTest::newRow("SEQERA_ACCESS_TOKEN alone") << "a" << unset << unset << "a"
                                               << "SEQERA_ACCESS_TOKEN";
    QTest::newRow("value is trimmed") << " a\n"
                                      << unset << unset << "a"
                                      << "SEQERA_ACCESS_TOKEN";
}

void TestSettings::tokenPrecedence()
{
    QFETCH(QString, seqeraAccess);
    QFETCH(QString, seqera);
    QFETCH(QString, tower);
    QFETCH(QString, token);
    QFETCH(QString, variable);
    QProcessEnvironment env = baseEnv();
    if (!seqeraAccess.isNull())
        env.insert(QStringLiteral("SEQERA_ACCESS_TOKEN"), seqeraAccess);
    if (!seqera.isNull())
        env.insert(QStringLiteral("SEQERA_TOKEN"), seqera);
    if (!tower.isNull())
        env.insert(QStringLiteral("TOWER_ACCESS_TOKEN"), tower);
    const Settings s = Settings::fromEnvironment(env);
    QCOMPARE(s.environmentToken, token);
    QCOMPARE(s.environmentTokenVariable, variable);
}

void TestSettings::tokenVariablesOrder()
{
    QCOMPARE(Settings::tokenVariables(),
        (QStringList { QStringLiteral("SEQERA_ACCESS_TOKEN"), QStringLiteral("SEQERA_TOKEN"),
            QStringLiteral("TOWER_ACCESS_TOKEN") }));
}

void TestSettings::callbackTimeout_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("1 s") << "1000" << 1000;
    QTest::newRow("1 ms") << "1" << 1;
    QTest::newRow("exactly the maximum") << "600000" << 600000;
    QTest::newRow("1 ms over the maximum") << "600001" << 600000;
    QTest::newRow("one hour") << "3600000" << 600000;
    QTest::newRow("INT_MAX") << "2147483647" << 600000;
    QTest::newRow("zero: default") << "0" << 300000;
    QTest::newRow("negative: default") << "-1000" << 300000;
    QTest::newRow("not a number: default") << "ten" << 300000;
    QTest::newRow("empty: default") << "" << 300000;
}

void TestSettings::callbackTimeout()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    QCOMPARE(withOne(QStringLiteral("SEQERA_AUTH_CALLBACK_TIMEOUT_MS"), value).callbackTimeoutMs,
        expected);
}

void TestSettings::redirectPort_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("8080") << "8080" << 8080;
    QTest::newRow("0 = any free port") << "0" << 0;
    QTest::newRow("highest that leaves room for 10 tries") << "65526" << 65526;
    QTest::newRow("too high for 10 tries: default") << "65527" << 53682;
    QTest::newRow("out of range: default") << "70000" << 53682;
    QTest::newRow("negative: default") << "-1" << 53682;
    QTest::newRow("not a number: default") << "http" << 53682;
}

void TestSettings::redirectPort()
{
    QFETCH(QString, value);
    QFETCH(int, expected);
    QCOMPARE(
        int(withOne(QStringLiteral("SEQERA_AUTH_REDIRECT_PORT"), value).redirectPort), expected);
}

void TestSettings::otherTimeouts_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("network");
    QTest::addColumn<int>("keychain");
    QTest::newRow("network 5 s") << "SEQERA_NETWORK_TIMEOUT_MS"
                                 << "5000" << 5000 << 3000;
    QTest::newRow("network 0: default") << "SEQERA_NETWORK_TIMEOUT_MS"
                                        << "0" << 30000 << 3000;
    QTest::newRow("network junk: default") << "SEQERA_NETWORK_TIMEOUT_MS"
                                           << "x" << 30000 << 3000;
    QTest::newRow("keychain 10 s") << "SEQERA_KEYCHAIN_TIMEOUT_MS"
                                   << "10000" << 30000 << 10000;
    QTest::newRow("keychain negative: default") << "SEQERA_KEYCHAIN_TIMEOUT_MS"
                                                << "-3" << 30000 << 3000;
}

void TestSettings::otherTimeouts()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(int, network);
    QFETCH(int, keychain);
    const Settings s = withOne(variable, value);
    QCOMPARE(s.networkTimeoutMs, network);
    QCOMPARE(s.keychainTimeoutMs, keychain);
}

void TestSettings::aiClient_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("clientVersion");
    QTest::addColumn<int>("idleMs");
    QTest::newRow("neither: the client's defaults") << "UNRELATED"
                                                    << "x"
                                                    << "" << 0;
    QTest::newRow("client version") << "SEQERA_AI_CLIENT_VERSION"
                                    << " 1.13.0 "
                                    << "1.13.0" << 0;
    QTest::newRow("client version with a suffix") << "SEQERA_AI_CLIENT_VERSION"
                                                  << "1.13.0-rc.1+b7"
                                                  << "1.13.0-rc.1+b7" << 0;
    QTest::newRow("client version that would end the header: ignored") << "SEQERA_AI_CLIENT_VERSION"
                                                                       << "1.0\r\nX-Evil: 1"
                                                                       << "" << 0;
    QTest::newRow("client version too long: ignored")
        << "SEQERA_AI_CLIENT_VERSION" << QString(40, QLatin1Char('1')) << "" << 0;
    QTest::newRow("idle timeout") << "SEQERA_AI_IDLE_TIMEOUT_MS"
                                  << "1500"
                                  << "" << 1500;
    QTest::newRow("idle timeout 0: default") << "SEQERA_AI_IDLE_TIMEOUT_MS"
                                             << "0"
                                             << "" << 0;
    QTest::newRow("idle timeout junk: default") << "SEQERA_AI_IDLE_TIMEOUT_MS"
                                                << "soon"
                                                << "" << 0;
}

void TestSettings::aiClient()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, clientVersion);
    QFETCH(int, idleMs);
    const Settings s = withOne(variable, value);
    QCOMPARE(s.aiClientVersion, clientVersion);
    QCOMPARE(s.aiIdleTimeoutMs, idleMs);
}

void TestSettings::noKeychain_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("expected");
    QTest::newRow("true") << "true" << true;
    QTest::newRow("TRUE") << "TRUE" << true;
    QTest::newRow("True with spaces") << " True " << true;
    QTest::newRow("1") << "1" << true;
    QTest::newRow("false") << "false" << false;
    QTest::newRow("0") << "0" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("no") << "no" << false;
}

void TestSettings::noKeychain()
{
    QFETCH(QString, value);
    QFETCH(bool, expected);
    QCOMPARE(withOne(QStringLiteral("SEQERA_NO_KEYCHAIN"), value).noKeychain, expected);
}

void TestSettings::remoteSession_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("remote");
    QTest::newRow("SSH_CONNECTION") << "SSH_CONNECTION"
                                    << "10.0.0.1 5555 10.0.0.2 22" << true;
    QTest::newRow("SSH_CLIENT") << "SSH_CLIENT"
                                << "10.0.0.1 5555 22" << true;
    QTest::newRow("SSH_TTY") << "SSH_TTY"
                             << "/dev/pts/3" << true;
    QTest::newRow("empty SSH_CONNECTION") << "SSH_CONNECTION"
                                          << "" << false;
    QTest::newRow("DISPLAY only") << "DISPLAY"
                                  << ":0" << false;
}

void TestSettings::remoteSession()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(bool, remote);
    QCOMPARE(withOne(variable, value).remoteSession, remote);
}

void TestSettings::xdgDirs_data()
{
    QTest::addColumn<QString>("configHome"); // null = unset
    QTest::addColumn<QString>("stateHome");
    QTest::addColumn<QString>("configDir");
    QTest::addColumn<QString>("stateDir");

    QTest::newRow("unset: under HOME") << QString() << QString() << "/home/ada/.config/seqera"
                                       << "/home/ada/.local/state/seqera";
    QTest::newRow("absolute") << "/xdg/config"
                              << "/xdg/state"
                              << "/xdg/config/seqera"
                              << "/xdg/state/seqera";
    QTest::newRow("relative: ignored") << "config"
                                       << "./state"
                                       << "/home/ada/.config/seqera"
                                       << "/home/ada/.local/state/seqera";
    QTest::newRow("relative with dots: ignored") << "../etc"
                                                 << "~/state"
                                                 << "/home/ada/.config/seqera"
                                                 << "/home/ada/.local/state/seqera";
    QTest::newRow("empty: under HOME") << ""
                                       << ""
                                       << "/home/ada/.config/seqera"
                                       << "/home/ada/.local/state/seqera";
    QTest::newRow("one absolute, one relative") << "/xdg/config"
                                                << "state"
                                                << "/xdg/config/seqera"
                                                << "/home/ada/.local/state/seqera";
}

void TestSettings::xdgDirs()
{
    QFETCH(QString, configHome);
    QFETCH(QString, stateHome);
    QFETCH(QString, configDir);
    QFETCH(QString, stateDir);
    QProcessEnvironment env = baseEnv();
    if (!configHome.isNull())
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    if (!stateHome.isNull())
        env.insert(QStringLiteral("XDG_STATE_HOME"), stateHome);
    const Settings s = Settings::fromEnvironment(env);
    QCOMPARE(s.configDir, configDir);
    QCOMPARE(s.stateDir, stateDir);
}

void TestSettings::profilePaths()
{
    const Settings s = with({ { "XDG_CONFIG_HOME", "/xdg" } });
    QCOMPARE(s.profilesDir(), QStringLiteral("/xdg/seqera/profiles"));
    QCOMPARE(s.profileDir(QStringLiteral("work")), QStringLiteral("/xdg/seqera/profiles/work"));
}

void TestSettings::isValidProfileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("default") << "default" << true;
    QTest::newRow("single letter") << "a" << true;
    QTest::newRow("single digit") << "7" << true;
    QTest::newRow("mixed case and digits") << "Work2" << true;
    QTest::newRow("dot, dash, underscore inside") << "my.work-profile_2" << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('p')) << true;

    QTest::newRow("empty") << "" << false;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('p')) << false;
    QTest::newRow("parent traversal ../x") << "../x" << false;
    QTest::newRow("dot-dot") << ".." << false;
    QTest::newRow("single dot") << "." << false;
    QTest::newRow("hidden .work") << ".work" << false;
    QTest::newRow("leading dash (looks like an option)") << "-work" << false;
    QTest::newRow("leading underscore") << "_work" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("absolute path") << "/etc" << false;
    QTest::newRow("backslash") << "a\\b" << false;
    QTest::newRow("space") << "my work" << false;
    QTest::newRow("colon") << "a:b" << false;
    QTest::newRow("tab") << "a\tb" << false;
    QTest::newRow("leading newline") << "\nwork" << false;
    QTest::newRow("NUL inside") << QString::fromLatin1("wo\0rk", 5) << false;
    QTest::newRow("latin letter with accent") << QStringLiteral("caf\u00e9") << false;
    QTest::newRow("cyrillic") << QStringLiteral("\u043f\u0440\u043e\u0444") << false;
    QTest::newRow("cjk") << QStringLiteral("\u540d\u524d") << false;
    QTest::newRow("arabic-indic digit") << QStringLiteral("\u0661") << false;
    QTest::newRow("fullwidth letter") << QStringLiteral("\uff57ork") << false;
    QTest::newRow("emoji") << QStringLiteral("work\U0001F600") << false;
}

void TestSettings::isValidProfileName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(seqera::isValidProfileName(name), valid);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"

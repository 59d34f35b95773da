#pragma once

// Shared by the suites of TokenClient, LoginFlow and DeviceFlow: the real provider
// (tests/support/platform-server.mjs) on loopback, settings that point at it, a manager from
// the one HTTP layer, and a browser login that yields real tokens.
#include "auth/loginflow.h"
#include "config/settings.h"
#include "testsupport.h"
#include "util/clock.h"
#include "util/http.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace authtest {

inline seqera::Settings settingsFor(const testsupport::PlatformServer &server, int timeoutMs = 5000)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("SEQERA_AUTH_DOMAIN"), server.issuer());
    env.insert(QStringLiteral("SEQERA_AUTH_REDIRECT_PORT"), QStringLiteral("0"));
    env.insert(QStringLiteral("SEQERA_NETWORK_TIMEOUT_MS"), QString::number(timeoutMs));
    env.insert(QStringLiteral("SEQERA_AUTH_CALLBACK_TIMEOUT_MS"), QStringLiteral("30000"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent"));
    return seqera::Settings::fromEnvironment(env);
}

// The fixture of every suite here: the provider started once per suite (startProvider() in
// initTestCase), settings that point at it and a manager from the one HTTP layer.
class ProviderTest : public QObject
{
protected:
    bool startProvider()
    {
        m_server = std::make_unique<testsupport::PlatformServer>();
        if (!m_server->isRunning())
            return false;
        m_settings = settingsFor(*m_server);
        m_nam.reset(seqera::http::createNetworkAccessManager(m_settings.networkTimeoutMs));
        return true;
    }

    std::unique_ptr<testsupport::PlatformServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    seqera::Settings m_settings;
};

// Runs the scripted browser (tests/support/browser-scripted.mjs) on `url` as `user`.
inline std::unique_ptr<QProcess> startBrowser(const QUrl &url,
    const QString &user = QStringLiteral("ada"), const QString &action = QStringLiteral("login"))
{
    auto browser = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SEQERA_TEST_USER"), user);
    env.insert(QStringLiteral("SEQERA_TEST_BROWSER_ACTION"), action);
    browser->setProcessEnvironment(env);
    browser->start(testsupport::supportDir() + QStringLiteral("/browser-scripted.mjs"),
        { url.toString(QUrl::FullyEncoded) });
    return browser;
}

// A whole browser login through LoginFlow; the result, or a failed test.
struct Login
{
    seqera::LoginResult result;
    seqera::Error error;
    QUrl authorizeUrl;
};

inline Login browserLogin(QNetworkAccessManager *nam, const seqera::Settings &settings,
    const QString &user = QStringLiteral("ada"))
{
    Login login;
    seqera::LoginFlow flow(nam, settings, seqera::Clock::system());
    std::unique_ptr<QProcess> browser;
    QObject::connect(&flow, &seqera::LoginFlow::authorizeWithBrowser, &flow, [&](const QUrl &url) {
        login.authorizeUrl = url;
        browser = startBrowser(url, user);
    });
    bool done = false;
    QObject::connect(
        &flow, &seqera::LoginFlow::tokensReady, &flow, [&](const seqera::LoginResult &r) {
            login.result = r;
            flow.complete({});
        });
    QObject::connect(&flow, &seqera::LoginFlow::failed, &flow, [&](const seqera::Error &e) {
        login.error = e;
        done = true;
    });
    QObject::connect(&flow, &seqera::LoginFlow::pageDelivered, &flow, [&] { done = true; });
    flow.start();
    if (!QTest::qWaitFor([&] { return done; }, 40000))
        login.error = { seqera::Error::Code::Timeout, QStringLiteral("the test login hung") };
    if (browser)
        browser->waitForFinished(10000);
    return login;
}

} // namespace authtest

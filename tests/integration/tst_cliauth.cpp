// The `seqera` program end to end against a real OpenID provider (oidc-provider, with PKCE,
// exact loopback redirects, refresh-token rotation with reuse detection and revocation) and
// the Platform API emulation, both started on loopback by this test.
#include "scratch.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace testsupport;

class TestCliAuth : public PlatformTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startPlatform(
            { QStringLiteral("--pat"), QStringLiteral("pat-valid-0001=robot@example.com") }));
    }

    void init() { m_server->reset(); }

    void loginStatusTokenLogout()
    {
        Sandbox sandbox(m_server.get());
        const Run r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 0);
        // The specification's messages, exactly.
        QVERIFY(r.out.startsWith(QLatin1String("Opening browser for authentication...\n")));
        QVERIFY(r.out.endsWith(QLatin1String("Successfully authenticated as user@example.com\n")));
        QVERIFY(!r.out.contains(QLatin1String("access_token")));

        // The browser page told the truth, after the tokens were stored.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 10000);
        const QJsonObject page = sandbox.readJson(sandbox.browserOut());
        QCOMPARE(page.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(page.value(QStringLiteral("body"))
                    .toString()
                    .contains(QLatin1String("user@example.com")));
        // The redirect was to the literal loopback address with the real PKCE parameters.
        const QUrl authorize(page.value(QStringLiteral("authorizeUrl")).toString());
        const QUrlQuery query(authorize);
        QCOMPARE(
            query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    .startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(query.queryItemValue(QStringLiteral("audience")), QStringLiteral("platform"));

        // Storage: 0700 folders, 0600 files, the secret only in credentials.json.
        QCOMPARE(modeOf(sandbox.configDir()), 0700);
        QCOMPARE(modeOf(sandbox.profileDir()), 0700);
        QCOMPARE(modeOf(sandbox.profileDir() + QStringLiteral("/session.json")), 0600);
        QCOMPARE(modeOf(sandbox.profileDir() + QStringLiteral("/credentials.json")), 0600);
        QFile metadata(sandbox.profileDir() + QStringLiteral("/session.json"));
        QVERIFY(metadata.open(QIODevice::ReadOnly));
        const QByteArray metadataText = metadata.readAll();
        const QJsonObject secret
            = sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json"));
        const QString accessToken = secret.value(QStringLiteral("access_token")).toString();
        QVERIFY(!accessToken.isEmpty());
        QVERIFY(!secret.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QVERIFY(!metadataText.contains(accessToken.toUtf8()));
        QVERIFY(!metadataText.contains(
            secret.value(QStringLiteral("refresh_token")).toString().toUtf8()));

        const Run status = sandbox.run({ QStringLiteral("status") });
        QCOMPARE(status.exitCode, 0);
        const QStringList lines = status.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("Logged in as: user@example.com"));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^Session expires: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                     .match(lines.value(1))
                     .hasMatch(),
            qPrintable(lines.value(1)));
        QVERIFY(status.out.contains(QLatin1String("Profile: default")));
        QVERIFY(status.out.contains(m_server->issuer()));

        const Run token = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(token.out.trimmed(), accessToken);
        QCOMPARE(m_server->userInfoStatus(token.out.trimmed()), 200);
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 0); // fresh: no renewal

        const Run logout = sandbox.run({ QStringLiteral("logout") });
        QCOMPARE(logout.exitCode, 0);
        QVERIFY(logout.out.contains(QLatin1String("user@example.com")));
        const QJsonObject stats = m_server->stats();
        QCOMPARE(stats.value(QStringLiteral("revocations")).toInt(), 2);
        QCOMPARE(m_server->userInfoStatus(accessToken), 401); // revoked on the server
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/session.json")));

        const Run after = sandbox.run({ QStringLiteral("status") });
        QCOMPARE(after.exitCode, 1);
        QVERIFY(after.err.contains(QLatin1String("seqera login")));
    }

    void secondLoginRevokesTheReplacedSession()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        const QString first
            = sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json"))
                  .value(QStringLiteral("access_token"))
                  .toString();
        QCOMPARE(m_server->userInfoStatus(first), 200);
        sandbox.login();
        QCOMPARE(m_server->stats().value(QStringLiteral("revocations")).toInt(), 1);
        QCOMPARE(m_server->userInfoStatus(first), 401); // the old grant is gone
        const Run token = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(m_server->userInfoStatus(token.out.trimmed()), 200);
    }

    void tokensNeverInLogs()
    {
        // Every log category of ours at debug level, through a login, a renewal and a logout:
        // no access token, refresh token or code may appear (at most their last 4 characters).
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("seqera.*=true"));
        QString everything;
        Run r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 0);
        everything += r.out + r.err;
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 10000);
        const QString code = QUrlQuery(QUrl(sandbox.readJson(sandbox.browserOut())
                                                .value(QStringLiteral("callbackUrl"))
                                                .toString()))
                                 .queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        const QJsonObject first
            = sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json"));
        sandbox.expireStoredToken();
        r = sandbox.run({ QStringLiteral("status"), QStringLiteral("--check") });
        QCOMPARE(r.exitCode, 0);
        everything += r.out + r.err;
        const QJsonObject second
            = sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json"));
        r = sandbox.run({ QStringLiteral("logout") });
        everything += r.out + r.err;
        QVERIFY(everything.contains(QLatin1String("renewing profile"))); // the logging was on
        for (const QString &secret : { code, first.value(QStringLiteral("access_token")).toString(),
                 first.value(QStringLiteral("refresh_token")).toString(),
                 second.value(QStringLiteral("access_token")).toString(),
                 second.value(QStringLiteral("refresh_token")).toString() }) {
            QVERIFY(secret.size() > 8);
            QVERIFY2(!everything.contains(secret.left(secret.size() - 4)), "a secret was logged");
        }
    }

    void statusJson()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        const Run r = sandbox.run(
            { QStringLiteral("status"), QStringLiteral("--output"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("email")).toString(), QStringLiteral("user@example.com"));
        QCOMPARE(o.value(QStringLiteral("loggedIn")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("storage")).toString(), QStringLiteral("file"));
        QVERIFY(QDateTime::fromString(o.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate)
            > QDateTime::currentDateTimeUtc());
    }

    void statusCheckAsksTheServer()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        const int before = m_server->stats().value(QStringLiteral("userInfo")).toInt();
        Run r = sandbox.run({ QStringLiteral("status") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->stats().value(QStringLiteral("userInfo")).toInt(), before); // offline
        r = sandbox.run({ QStringLiteral("status"), QStringLiteral("--check") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Server check: OK")));
        QCOMPARE(m_server->stats().value(QStringLiteral("userInfo")).toInt(), before + 1);
        m_server->revokeAll();
        r = sandbox.run({ QStringLiteral("status"), QStringLiteral("--check") });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QLatin1String("Server check failed")));
    }

    void deniedConsentEndsLogin()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("SEQERA_TEST_BROWSER_ACTION"), QStringLiteral("deny"));
        const Run r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("access_denied")), qPrintable(r.err));
        QVERIFY(!r.out.contains(QLatin1String("Successfully")));
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/session.json")));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 10000);
        const QJsonObject page = sandbox.readJson(sandbox.browserOut());
        QCOMPARE(page.value(QStringLiteral("status")).toInt(), 400);
    }

    void strayRequestsAreIgnored()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("SEQERA_TEST_BROWSER_ACTION"), QStringLiteral("record"));
        auto cli = sandbox.start({ QStringLiteral("login") });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 10000);
        const QUrl authorize(sandbox.readJson(sandbox.browserOut())
                                 .value(QStringLiteral("authorizeUrl"))
                                 .toString());
        const QUrl redirect(QUrlQuery(authorize).queryItemValue(
            QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        const QString state
            = QUrlQuery(authorize).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        QVERIFY(redirect.port() > 0);

        QNetworkAccessManager nam;
        auto get = [&nam](const QUrl &url) {
            QNetworkReply *reply = nam.get(QNetworkRequest(url));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QUrl other = redirect;
        other.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(get(other), 404);
        QUrl forged = redirect;
        forged.setQuery(QStringLiteral("code=forged&state=not-the-state"));
        QCOMPARE(get(forged), 400);
        QUrl noState = redirect;
        noState.setQuery(QStringLiteral("code=forged"));
        QCOMPARE(get(noState), 400);
        QUrl noCode = redirect;
        noCode.setQuery(QStringLiteral("state=") + state);
        QCOMPARE(get(noCode), 400);
        QCOMPARE(cli->state(), QProcess::Running); // still waiting for the real callback

        // Now the user finishes the sign-in in the browser.
        QProcessEnvironment browserEnv = sandbox.env;
        browserEnv.insert(QStringLiteral("SEQERA_TEST_BROWSER_ACTION"), QStringLiteral("login"));
        QProcess browser;
        browser.setProcessEnvironment(browserEnv);
        browser.start(
            supportDir() + QStringLiteral("/browser-scripted.mjs"), { authorize.toString() });
        QVERIFY(browser.waitForFinished(30000));
        QVERIFY(cli->waitForFinished(30000));
        QCOMPARE(cli->exitCode(), 0);
        const QString out = QString::fromUtf8(cli->readAllStandardOutput());
        const QString err = QString::fromUtf8(cli->readAllStandardError());
        QVERIFY2(out.contains(QLatin1String("Successfully authenticated as user@example.com")),
            qPrintable(out + err));
        QCOMPARE(err.count(QLatin1String("Ignored a request")), 4);
        // The listener is gone once the login is over.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(1000));
    }

    void loginTimesOut()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("SEQERA_TEST_BROWSER_ACTION"), QStringLiteral("record"));
        sandbox.env.insert(
            QStringLiteral("SEQERA_AUTH_CALLBACK_TIMEOUT_MS"), QStringLiteral("1500"));
        QElapsedTimer timer;
        timer.start();
        const Run r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(r.err.contains(QLatin1String("seqera login")), qPrintable(r.err));
    }

    void interruptEndsLoginCleanly()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("SEQERA_TEST_BROWSER_ACTION"), QStringLiteral("record"));
        auto cli = sandbox.start({ QStringLiteral("login") });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 10000);
        ::kill(pid_t(cli->processId()), SIGINT);
        QVERIFY(cli->waitForFinished(5000));
        QCOMPARE(cli->exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli->exitCode(), 130);
        QVERIFY(
            QString::fromUtf8(cli->readAllStandardError()).contains(QLatin1String("cancelled")));
    }

    void unreachableServerIsNamed()
    {
        Sandbox sandbox;
        sandbox.env.insert(
            QStringLiteral("SEQERA_AUTH_DOMAIN"), QStringLiteral("http://127.0.0.1:9/api"));
        QElapsedTimer timer;
        timer.start();
        const Run r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY2(r.err.contains(QLatin1String("127.0.0.1:9")), qPrintable(r.err));
    }

    void plainHttpToRemoteHostIsRefused()
    {
        Sandbox sandbox;
        sandbox.env.insert(
            QStringLiteral("SEQERA_AUTH_DOMAIN"), QStringLiteral("http://auth.example.com/api"));
        const Run r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("plain HTTP")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // no browser, no URL: nothing was started
    }

    void discoveryFaults_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("server error") << QStringLiteral("500");
        QTest::newRow("malformed json") << QStringLiteral("malformed");
        QTest::newRow("connection reset") << QStringLiteral("reset");
        QTest::newRow("hang") << QStringLiteral("hang");
    }
    void discoveryFaults()
    {
        QFETCH(QString, kind);
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("SEQERA_NETWORK_TIMEOUT_MS"), QStringLiteral("1500"));
        // Three in a row: Qt's network stack resends once after a reset connection.
        m_server->fault(QStringLiteral("discovery"), kind, 3);
        const Run r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(m_server->base()), qPrintable(r.err));
        if (kind == QLatin1String("hang"))
            QVERIFY2(r.err.contains(QLatin1String("did not answer in time")), qPrintable(r.err));
    }

    void expiredTokenIsRenewed()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        const QJsonObject before
            = sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json"));
        sandbox.expireStoredToken();
        const Run r = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(r.exitCode, 0);
        const QString fresh = r.out.trimmed();
        QVERIFY(fresh != before.value(QStringLiteral("access_token")).toString());
        QCOMPARE(m_server->userInfoStatus(fresh), 200);
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 1);
        const QJsonObject after
            = sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json"));
        // Rotation: the new refresh token was saved together with the new access token.
        QVERIFY(after.value(QStringLiteral("refresh_token")).toString()
            != before.value(QStringLiteral("refresh_token")).toString());
        QCOMPARE(after.value(QStringLiteral("access_token")).toString(), fresh);
        // The metadata follows: status shows the new expiry.
        const QJsonObject meta
            = sandbox.readJson(sandbox.profileDir() + QStringLiteral("/session.json"));
        QVERIFY(
            QDateTime::fromString(meta.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate)
            > QDateTime::currentDateTimeUtc());
        // A just-renewed token is not renewed again.
        QCOMPARE(sandbox.run({ QStringLiteral("token") }).out.trimmed(), fresh);
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 1);
    }

    void concurrentRenewalSendsOneRefresh()
    {
        // Many processes find the same expired token at once. Without the lock each would
        // refresh; with rotation and reuse detection the provider would revoke the grant.
        m_server->reset();
        Sandbox sandbox(m_server.get());
        sandbox.login();
        sandbox.expireStoredToken();
        constexpr int kProcesses = 8;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kProcesses; ++i)
            processes.push_back(sandbox.start({ QStringLiteral("token") }));
        QSet<QString> tokens;
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(30000));
            QCOMPARE(p->exitCode(), 0);
            tokens.insert(QString::fromUtf8(p->readAllStandardOutput()).trimmed());
        }
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 1);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(m_server->userInfoStatus(*tokens.begin()), 200);
        QCOMPARE(sandbox.run({ QStringLiteral("status"), QStringLiteral("--check") }).exitCode, 0);
    }

    void refusedRefreshEndsSession()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        sandbox.expireStoredToken();
        m_server->revokeAll();
        const Run r = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Please run: seqera login")), qPrintable(r.err));
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
        QCOMPARE(sandbox.run({ QStringLiteral("status") }).exitCode, 1);
        // And the user can simply log in again.
        sandbox.login();
    }

    void transientRefreshFailureKeepsSession_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("server error") << QStringLiteral("500");
        QTest::newRow("malformed json") << QStringLiteral("malformed");
        QTest::newRow("connection reset") << QStringLiteral("reset");
        QTest::newRow("hang") << QStringLiteral("hang");
    }
    void transientRefreshFailureKeepsSession()
    {
        QFETCH(QString, kind);
        Sandbox sandbox(m_server.get());
        sandbox.login();
        sandbox.expireStoredToken();
        const QJsonObject before
            = sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json"));
        m_server->fault(QStringLiteral("token"), kind, 3);
        sandbox.env.insert(QStringLiteral("SEQERA_NETWORK_TIMEOUT_MS"), QStringLiteral("1500"));
        const Run r = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QLatin1String("kept"))
                || r.err.contains(QLatin1String("Nothing was changed"))
                || r.err.contains(QLatin1String("try again")),
            qPrintable(r.err));
        QCOMPARE(
            sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json")), before);
        // The fault is gone: the same session renews.
        m_server->reset();
        const Run again = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_server->userInfoStatus(again.out.trimmed()), 200);
    }

    void corruptedMetadata()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        QFile file(sandbox.profileDir() + QStringLiteral("/session.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ this is not json");
        file.close();
        Run r = sandbox.run({ QStringLiteral("status") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("damaged"))
                && r.err.contains(QLatin1String("session.json")),
            qPrintable(r.err));
        r = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(r.exitCode, 1);
        r = sandbox.run({ QStringLiteral("logout") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/session.json")));
        sandbox.login();
    }

    void corruptedSecret()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        QFile file(sandbox.profileDir() + QStringLiteral("/credentials.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("\x00\x01garbage", 9);
        file.close();
        Run r = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
        QCOMPARE(sandbox.run({ QStringLiteral("status") }).exitCode, 0); // metadata still fine
        r = sandbox.run({ QStringLiteral("logout") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
        sandbox.login();
    }

    void environmentToken_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("TOWER_ACCESS_TOKEN") << QStringLiteral("TOWER_ACCESS_TOKEN");
        QTest::newRow("SEQERA_TOKEN") << QStringLiteral("SEQERA_TOKEN");
        QTest::newRow("SEQERA_ACCESS_TOKEN") << QStringLiteral("SEQERA_ACCESS_TOKEN");
    }
    void environmentToken()
    {
        QFETCH(QString, variable);
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(variable, QStringLiteral("pat-valid-0001"));
        Run r = sandbox.run({ QStringLiteral("status") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Logged in as: robot@example.com\n")));
        QVERIFY(r.out.contains(variable));
        r = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(r.out.trimmed(), QStringLiteral("pat-valid-0001"));

        sandbox.env.insert(variable, QStringLiteral("pat-bogus"));
        r = sandbox.run({ QStringLiteral("status") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(variable), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("pat-bogus"))); // never echo a token
    }

    void environmentTokenOrder()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("TOWER_ACCESS_TOKEN"), QStringLiteral("tower"));
        sandbox.env.insert(QStringLiteral("SEQERA_TOKEN"), QStringLiteral("seqera"));
        QCOMPARE(sandbox.run({ QStringLiteral("token") }).out.trimmed(), QStringLiteral("seqera"));
        sandbox.env.insert(QStringLiteral("SEQERA_ACCESS_TOKEN"), QStringLiteral("access"));
        QCOMPARE(sandbox.run({ QStringLiteral("token") }).out.trimmed(), QStringLiteral("access"));
        sandbox.env.insert(QStringLiteral("SEQERA_ACCESS_TOKEN"), QString());
        QCOMPARE(sandbox.run({ QStringLiteral("token") }).out.trimmed(), QStringLiteral("seqera"));
    }

    void logoutMentionsEnvironmentToken()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        sandbox.env.insert(QStringLiteral("TOWER_ACCESS_TOKEN"), QStringLiteral("pat-valid-0001"));
        const Run r = sandbox.run({ QStringLiteral("logout") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("TOWER_ACCESS_TOKEN")));
    }

    void logoutWithUnreachableServerStillCleansUp()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        m_server->fault(QStringLiteral("revocation"), QStringLiteral("500"), 2);
        const Run r = sandbox.run({ QStringLiteral("logout") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("may remain valid")), qPrintable(r.err));
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/session.json")));
    }

    void profilesAndLogoutAll()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        sandbox.login({ QStringLiteral("--profile"), QStringLiteral("work") });
        sandbox.env.insert(QStringLiteral("SEQERA_PROFILE"), QStringLiteral("lab"));
        sandbox.login();
        sandbox.env.remove(QStringLiteral("SEQERA_PROFILE"));
        Run r = sandbox.run({ QStringLiteral("status"), QStringLiteral("--all") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QLatin1String("Logged in as: user@example.com")), 3);
        QVERIFY(r.out.contains(QLatin1String("Profile: work")));
        QVERIFY(r.out.contains(QLatin1String("Profile: lab")));
        r = sandbox.run(
            { QStringLiteral("--profile"), QStringLiteral("work"), QStringLiteral("logout") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(sandbox.run({ QStringLiteral("status") }).exitCode, 0);
        QCOMPARE(
            sandbox.run({ QStringLiteral("status"), QStringLiteral("-p"), QStringLiteral("work") })
                .exitCode,
            1);
        r = sandbox.run({ QStringLiteral("logout"), QStringLiteral("--all") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Removed all stored credentials and session data")));
        QVERIFY(!QDir(sandbox.configDir() + QStringLiteral("/profiles")).exists());
        QCOMPARE(m_server->stats().value(QStringLiteral("revocations")).toInt(), 6);
        QCOMPARE(sandbox.run({ QStringLiteral("status"), QStringLiteral("--all") }).exitCode, 1);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList {} << 2 << QStringLiteral("Usage: seqera");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("status"), QStringLiteral("--bogus") } << 2
            << QStringLiteral("Unknown option 'bogus'");
        QTest::newRow("bad output format")
            << QStringList { QStringLiteral("status"), QStringLiteral("-o"), QStringLiteral("xml") }
            << 2 << QStringLiteral("--output");
        QTest::newRow("bad profile") << QStringList { QStringLiteral("status"),
            QStringLiteral("--profile"), QStringLiteral("../x") }
                                     << 2 << QStringLiteral("not a valid profile name");
        QTest::newRow("profile without a name") << QStringList { QStringLiteral("--profile") } << 2
                                                << QStringLiteral("needs a profile name");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("logout"),
            QStringLiteral("now") } << 2 << QStringLiteral("unexpected argument");
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << 0
                              << QStringLiteral("Commands:");
        QTest::newRow("command help")
            << QStringList { QStringLiteral("login"), QStringLiteral("--help") } << 0
            << QStringLiteral("Usage: seqera login");
        QTest::newRow("help command")
            << QStringList { QStringLiteral("help"), QStringLiteral("status") } << 0
            << QStringLiteral("Usage: seqera status");
        QTest::newRow("version") << QStringList { QStringLiteral("--version") } << 0
                                 << QStringLiteral("seqera 0.");
    }
    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        Sandbox sandbox(m_server.get());
        const Run r = sandbox.run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2((r.out + r.err).contains(expected), qPrintable(r.out + r.err));
    }

    void loginWithToken()
    {
        Sandbox sandbox(m_server.get());
        Run r = sandbox.run(
            { QStringLiteral("login"), QStringLiteral("--with-token") }, "pat-valid-0001\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("Successfully authenticated as robot@example.com\n"));
        QCOMPARE(sandbox.readJson(sandbox.profileDir() + QStringLiteral("/credentials.json"))
                     .value(QStringLiteral("access_token"))
                     .toString(),
            QStringLiteral("pat-valid-0001"));
        r = sandbox.run({ QStringLiteral("status") });
        QVERIFY(
            r.out.startsWith(QLatin1String("Logged in as: robot@example.com\nSession expires: ")));
        QCOMPARE(sandbox.run({ QStringLiteral("token") }).out.trimmed(),
            QStringLiteral("pat-valid-0001"));
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 0);

        r = sandbox.run({ QStringLiteral("login"), QStringLiteral("--with-token"),
                            QStringLiteral("-p"), QStringLiteral("bad") },
            "pat-nope\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("refused")));
        QVERIFY(!r.err.contains(QLatin1String("pat-nope")));
        QVERIFY(!QFile::exists(
            sandbox.profileDir(QStringLiteral("bad")) + QStringLiteral("/session.json")));
        r = sandbox.run({ QStringLiteral("login"), QStringLiteral("--with-token"),
                            QStringLiteral("-p"), QStringLiteral("empty") },
            "\n");
        QCOMPARE(r.exitCode, 2);
    }

    void loginWithDeviceCode_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("confirmed") << QStringLiteral("login") << 0;
        QTest::newRow("denied") << QStringLiteral("deny") << 1;
    }
    void loginWithDeviceCode()
    {
        QFETCH(QString, action);
        QFETCH(int, exitCode);
        Sandbox sandbox(m_server.get());
        auto cli = sandbox.start({ QStringLiteral("login"), QStringLiteral("--device") });
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(cli->readAllStandardOutput()))
                                     .contains(QLatin1String("user_code=")),
            10000);
        const QRegularExpressionMatch code
            = QRegularExpression(QStringLiteral("enter the code: (\\S+)")).match(out);
        QVERIFY(code.hasMatch());
        const QString url
            = QRegularExpression(QStringLiteral("(http\\S+user_code=\\S+)")).match(out).captured(1);
        QVERIFY(url.contains(code.captured(1)));
        QProcessEnvironment browserEnv = sandbox.env;
        browserEnv.insert(QStringLiteral("SEQERA_TEST_BROWSER_ACTION"), action);
        QProcess browser;
        browser.setProcessEnvironment(browserEnv);
        browser.start(supportDir() + QStringLiteral("/browser-scripted.mjs"), { url });
        QVERIFY(browser.waitForFinished(30000));
        QVERIFY(cli->waitForFinished(30000)); // polls every 5 s, as the provider asks
        out += QString::fromUtf8(cli->readAllStandardOutput());
        const QString err = QString::fromUtf8(cli->readAllStandardError());
        QCOMPARE(cli->exitCode(), exitCode);
        if (exitCode == 0) {
            QVERIFY2(out.contains(QLatin1String("Successfully authenticated as user@example.com")),
                qPrintable(out + err));
            QVERIFY(m_server->tokenRequests(
                        QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"))
                >= 1);
            QCOMPARE(
                sandbox.run({ QStringLiteral("status"), QStringLiteral("--check") }).exitCode, 0);
        } else {
            QVERIFY2(err.contains(QLatin1String("access_denied")), qPrintable(err));
        }
    }

    void loginWithChromium()
    {
        // One end-to-end login in a real browser: Debian's chromium driven by playwright-core.
        if (!QFile::exists(QStringLiteral("/usr/bin/chromium")))
            QFAIL("chromium is not installed: .ci/run installs it (apt-get install chromium)");
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(
            QStringLiteral("BROWSER"), supportDir() + QStringLiteral("/browser-playwright.mjs"));
        const Run r = sandbox.run({ QStringLiteral("login") }, {}, 90000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("Successfully authenticated as user@example.com")));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 20000);
        const QJsonObject page = sandbox.readJson(sandbox.browserOut());
        QVERIFY2(page.value(QStringLiteral("body"))
                     .toString()
                     .contains(QLatin1String("Signed in to Seqera")),
            qPrintable(QJsonDocument(page).toJson()));
        QVERIFY(QFileInfo(sandbox.browserOut() + QStringLiteral(".png")).size() > 1000);
        QCOMPARE(sandbox.run({ QStringLiteral("status"), QStringLiteral("--check") }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAuth)
#include "tst_cliauth.moc"

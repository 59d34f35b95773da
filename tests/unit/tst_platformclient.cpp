// PlatformClient and fetchUserinfoEmail (core/platform) on their own, against the Platform
// emulation of tests/support/platform-server.mjs on loopback: personal access tokens it
// knows (POST /__test/pat), injected faults and answers it is told to give instead.
#include "platform/platformclient.h"
#include "testsupport.h"
#include "util/http.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace seqera;
using namespace testsupport;

namespace {
template <typename T> struct Answer
{
    int calls = 0;
    T value {};
    Error error;
};

const QString kPat = QStringLiteral("pat-0123456789abcdef");
} // namespace

class TestPlatformClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void userInfoWithAKnownToken_data();
    void userInfoWithAKnownToken();
    void userInfoFailures_data();
    void userInfoFailures();
    void userInfoWithoutAUser_data();
    void userInfoWithoutAUser();
    void serviceVersion();
    void serviceVersionFailure();
    void plainHttpToARemoteApiSendsNothing();
    void userinfoEmail();
    void userinfoEmailFailure();
    void noAnswerAfterTheClientIsGone();

private:
    Answer<PlatformUser> userInfo(const QUrl &api, const QString &token);
    QUrl api() const { return QUrl(m_server->issuer()); }
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

Answer<PlatformUser> TestPlatformClient::userInfo(const QUrl &apiUrl, const QString &token)
{
    Answer<PlatformUser> out;
    PlatformClient client(m_nam.get(), apiUrl);
    client.userInfo(token, [&out](const PlatformUser &u, const Error &e) {
        ++out.calls;
        out.value = u;
        out.error = e;
    });
    if (!QTest::qWaitFor([&out] { return out.calls > 0; }, 15000))
        qWarning("user-info did not finish");
    return out;
}

void TestPlatformClient::initTestCase()
{
    m_server = std::make_unique<PlatformServer>();
    QVERIFY(m_server->isRunning());
    m_nam.reset(http::createNetworkAccessManager(5000));
}

void TestPlatformClient::init()
{
    m_server->reset();
    m_server->addPat(kPat, QStringLiteral("grace@example.com"));
}

void TestPlatformClient::userInfoWithAKnownToken_data()
{
    QTest::addColumn<QString>("suffix"); // appended to the API URL
    QTest::newRow("api url as configured") << "";
    QTest::newRow("api url with a trailing slash") << "/";
    QTest::newRow("api url with two trailing slashes") << "//";
}

void TestPlatformClient::userInfoWithAKnownToken()
{
    QFETCH(QString, suffix);
    const Answer<PlatformUser> out = userInfo(QUrl(m_server->issuer() + suffix), kPat);
    QVERIFY2(!out.error, qPrintable(out.error.message));
    QCOMPARE(out.calls, 1);
    QCOMPARE(out.value.email, QStringLiteral("grace@example.com"));
    QCOMPARE(out.value.userName, QStringLiteral("grace"));
    QVERIFY(out.value.id > 0);
    QCOMPARE(m_server->stats().value(QStringLiteral("userInfo")).toInt(), 1);
}

void TestPlatformClient::userInfoFailures_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("fault"); // on platform-user-info; empty: none
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("unknown token") << "not-a-token"
                                   << "" << Error::Code::Unauthorized;
    QTest::newRow("no token") << ""
                              << "" << Error::Code::Unauthorized;
    QTest::newRow("server error") << kPat << "500" << Error::Code::Server;
    QTest::newRow("not JSON") << kPat << "malformed" << Error::Code::Server;
}

void TestPlatformClient::userInfoFailures()
{
    QFETCH(QString, token);
    QFETCH(QString, fault);
    QFETCH(Error::Code, code);
    if (!fault.isEmpty())
        m_server->fault(QStringLiteral("platform-user-info"), fault);
    const Answer<PlatformUser> out = userInfo(api(), token);
    QCOMPARE(out.calls, 1);
    QVERIFY2(out.error.code == code,
        qPrintable(QStringLiteral("%1: %2").arg(int(out.error.code)).arg(out.error.message)));
    QVERIFY(out.value.email.isEmpty());
    // The step is named, so the user knows which request failed.
    QVERIFY2(
        out.error.message.contains(QStringLiteral("user-info")), qPrintable(out.error.message));
    // A refused token is not worth retrying; a server error is.
    QCOMPARE(out.error.isTransient(), code == Error::Code::Server);
}

void TestPlatformClient::userInfoWithoutAUser_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("shown"); // email, else userName
    QTest::newRow("no user object")
        << QJsonObject { { QStringLiteral("needConsent"), false } } << false << "";
    QTest::newRow("user is not an object")
        << QJsonObject { { QStringLiteral("user"), QStringLiteral("grace") } } << false << "";
    QTest::newRow("user without email or name")
        << QJsonObject { { QStringLiteral("user"), QJsonObject { { QStringLiteral("id"), 7 } } } }
        << false << "";
    QTest::newRow("user name only") << QJsonObject { { QStringLiteral("user"),
        QJsonObject { { QStringLiteral("userName"), QStringLiteral("grace") } } } }
                                    << true << "grace";
}

void TestPlatformClient::userInfoWithoutAUser()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, ok);
    QFETCH(QString, shown);
    m_server->hostile({ { QStringLiteral("platform-user-info"),
        QJsonObject { { QStringLiteral("body"), body } } } });
    const Answer<PlatformUser> out = userInfo(api(), kPat);
    QCOMPARE(out.calls, 1);
    if (ok) {
        QVERIFY2(!out.error, qPrintable(out.error.message));
        QCOMPARE(out.value.email.isEmpty() ? out.value.userName : out.value.email, shown);
    } else {
        QCOMPARE(out.error.code, Error::Code::Protocol);
        QVERIFY2(out.error.message.contains(m_server->issuer() + QStringLiteral("/user-info")),
            qPrintable(out.error.message));
    }
}

void TestPlatformClient::serviceVersion()
{
    Answer<QString> out;
    PlatformClient client(m_nam.get(), QUrl(m_server->issuer() + QStringLiteral("/")));
    client.serviceVersion([&out](const QString &v, const Error &e) {
        ++out.calls;
        out.value = v;
        out.error = e;
    });
    QTRY_COMPARE(out.calls, 1);
    QVERIFY2(!out.error, qPrintable(out.error.message));
    QCOMPARE(out.value, QStringLiteral("25.3.0-test"));
    QCOMPARE(m_server->stats().value(QStringLiteral("serviceInfo")).toInt(), 1);
}

void TestPlatformClient::serviceVersionFailure()
{
    // An API URL that is not the API: the 404 is an error, not an empty version.
    Answer<QString> out;
    PlatformClient client(m_nam.get(), QUrl(m_server->base() + QStringLiteral("/not-the-api")));
    client.serviceVersion([&out](const QString &v, const Error &e) {
        ++out.calls;
        out.value = v;
        out.error = e;
    });
    QTRY_COMPARE(out.calls, 1);
    QVERIFY(out.error);
    QVERIFY2(
        out.error.message.contains(QStringLiteral("service-info")), qPrintable(out.error.message));
    QVERIFY(out.value.isEmpty());
}

void TestPlatformClient::plainHttpToARemoteApiSendsNothing()
{
    const Answer<PlatformUser> out
        = userInfo(QUrl(QStringLiteral("http://api.example.invalid")), kPat);
    QCOMPARE(out.calls, 1);
    QCOMPARE(out.error.code, Error::Code::InvalidInput);
    QVERIFY(out.value.email.isEmpty());
}

void TestPlatformClient::userinfoEmail()
{
    m_server->hostile({ { QStringLiteral("userinfo"),
        QJsonObject { { QStringLiteral("body"),
            QJsonObject { { QStringLiteral("sub"), QStringLiteral("s") },
                { QStringLiteral("email"), QStringLiteral("oidc@example.com") } } } } } });
    Answer<QString> out;
    QObject context;
    fetchUserinfoEmail(m_nam.get(), QUrl(m_server->issuer() + QStringLiteral("/userinfo")), kPat,
        &context, [&out](const QString &email, const Error &e) {
            ++out.calls;
            out.value = email;
            out.error = e;
        });
    QTRY_COMPARE(out.calls, 1);
    QVERIFY2(!out.error, qPrintable(out.error.message));
    QCOMPARE(out.value, QStringLiteral("oidc@example.com"));
    QCOMPARE(m_server->stats().value(QStringLiteral("oidcUserInfo")).toInt(), 1);
}

void TestPlatformClient::userinfoEmailFailure()
{
    m_server->fault(QStringLiteral("userinfo"), QStringLiteral("500"));
    Answer<QString> out;
    QObject context;
    fetchUserinfoEmail(m_nam.get(), QUrl(m_server->issuer() + QStringLiteral("/userinfo")), kPat,
        &context, [&out](const QString &email, const Error &e) {
            ++out.calls;
            out.value = email;
            out.error = e;
        });
    QTRY_COMPARE(out.calls, 1);
    QCOMPARE(out.error.code, Error::Code::Server);
    QVERIFY(out.value.isEmpty());
}

void TestPlatformClient::noAnswerAfterTheClientIsGone()
{
    m_server->fault(QStringLiteral("platform-user-info"), QStringLiteral("hang"));
    int calls = 0;
    auto client = std::make_unique<PlatformClient>(m_nam.get(), api());
    client->userInfo(kPat, [&calls](const PlatformUser &, const Error &) { ++calls; });
    QTRY_COMPARE(m_server->stats().value(QStringLiteral("faultsInjected")).toInt(), 1);
    client.reset();
    m_server->reset();
    QTest::qWait(300);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestPlatformClient)
#include "tst_platformclient.moc"

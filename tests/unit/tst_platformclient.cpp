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

// The calls that answer with one string.
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
    void userinfoEmail_data();
    void userinfoEmail();
    void plainHttpToARemoteApiSendsNothing();
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

void TestPlatformClient::plainHttpToARemoteApiSendsNothing()
{
    const Answer<PlatformUser> out
        = userInfo(QUrl(QStringLiteral("http://api.example.invalid")), kPat);
    QCOMPARE(out.calls, 1);
    QCOMPARE(out.error.code, Error::Code::InvalidInput);
    QVERIFY(out.value.email.isEmpty());
}

void TestPlatformClient::userinfoEmail_data()
{
    QTest::addColumn<QString>("path"); // below the server's base URL
    // The OIDC userinfo endpoint's answer instead of its own (empty: its own), and a fault
    // injected there (empty: none).
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("value"); // the answer; empty with every error
    QTest::addColumn<QString>("counter"); // the server's count of the request, which must be 1
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("named"); // in the error message: the request that failed

    const QJsonObject own;
    const QJsonObject email { { QStringLiteral("sub"), QStringLiteral("s") },
        { QStringLiteral("email"), QStringLiteral("oidc@example.com") } };
    const QString none;
    QTest::newRow("userinfo email") << "/api/userinfo" << email << none << "oidc@example.com"
                                    << "oidcUserInfo" << Error::Code::None << none;
    QTest::newRow("userinfo server error")
        << "/api/userinfo" << own << "500" << none << none << Error::Code::Server << "userinfo";
}

void TestPlatformClient::userinfoEmail()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(QString, fault);
    QFETCH(QString, value);
    QFETCH(QString, counter);
    QFETCH(Error::Code, code);
    QFETCH(QString, named);
    if (!body.isEmpty()) {
        m_server->hostile(
            { { QStringLiteral("userinfo"), QJsonObject { { QStringLiteral("body"), body } } } });
    }
    if (!fault.isEmpty())
        m_server->fault(QStringLiteral("userinfo"), fault);

    Answer<QString> out;
    const auto done = [&out](const QString &v, const Error &e) {
        ++out.calls;
        out.value = v;
        out.error = e;
    };
    const QUrl url(m_server->base() + path);
    QObject context;
    fetchUserinfoEmail(m_nam.get(), url, kPat, &context, done);
    QTRY_COMPARE(out.calls, 1);
    QVERIFY2(out.error.code == code,
        qPrintable(QStringLiteral("%1: %2").arg(int(out.error.code)).arg(out.error.message)));
    QCOMPARE(out.value, value);
    QVERIFY2(out.error.message.contains(named), qPrintable(out.error.message));
    if (!counter.isEmpty())
        QCOMPARE(m_server->stats().value(counter).toInt(), 1);
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

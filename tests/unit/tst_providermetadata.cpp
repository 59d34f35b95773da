// Discovery (core/auth/providermetadata) on its own, against the real OpenID provider of
// tests/support on loopback: its own document, then documents it is told to serve instead
// (POST /__test/hostile), a document over the size cap, a redirect to another origin.
#include "auth/providermetadata.h"
#include "testsupport.h"
#include "util/http.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace seqera;
using namespace testsupport;

namespace {
struct Outcome
{
    bool called = false;
    int calls = 0;
    ProviderMetadata metadata;
    Error error;
};
} // namespace

class TestProviderMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void providersOwnDocument();
    void fromJsonReadsEveryField();
    void unusableDocument_data();
    void unusableDocument();
    void optionalEndpointsMayBeAbsent();
    void failedRequest_data();
    void failedRequest();
    void redirectToAnotherOriginIsNotFollowed();
    void plainHttpDiscoveryToARemoteHostSendsNothing();
    void noCallbackAfterTheContextIsGone();

private:
    Outcome fetch(const QUrl &url);
    QUrl discoveryUrl() const
    {
        return QUrl(m_server->issuer() + QStringLiteral("/.well-known/openid-configuration"));
    }
    QJsonObject document() const
    {
        return m_server->get(QStringLiteral("/api/.well-known/openid-configuration")).object();
    }
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

Outcome TestProviderMetadata::fetch(const QUrl &url)
{
    Outcome out;
    QObject context;
    fetchProviderMetadata(
        m_nam.get(), url, &context, [&out](const ProviderMetadata &m, const Error &e) {
            out.called = true;
            ++out.calls;
            out.metadata = m;
            out.error = e;
        });
    if (!QTest::qWaitFor([&out] { return out.called; }, 15000))
        qWarning("discovery did not finish");
    QTest::qWait(20); // a second call would come now
    return out;
}

void TestProviderMetadata::initTestCase()
{
    m_server = std::make_unique<PlatformServer>();
    QVERIFY(m_server->isRunning());
    m_nam.reset(http::createNetworkAccessManager(5000));
}

void TestProviderMetadata::init()
{
    m_server->reset();
}

void TestProviderMetadata::providersOwnDocument()
{
    const Outcome out = fetch(discoveryUrl());
    QVERIFY2(!out.error, qPrintable(out.error.message));
    QCOMPARE(out.calls, 1);
    const ProviderMetadata &m = out.metadata;
    QCOMPARE(m.issuer, m_server->issuer());
    QCOMPARE(m.authorizationEndpoint.toString(), m_server->issuer() + QStringLiteral("/auth"));
    QCOMPARE(m.tokenEndpoint.toString(), m_server->issuer() + QStringLiteral("/token"));
    QCOMPARE(
        m.revocationEndpoint.toString(), m_server->issuer() + QStringLiteral("/token/revocation"));
    QVERIFY(!m.userinfoEndpoint.isEmpty());
    QCOMPARE(m.deviceAuthorizationEndpoint.toString(),
        m_server->issuer() + QStringLiteral("/device/auth"));
    QVERIFY(m.codeChallengeMethods.contains(QStringLiteral("S256")));
    QCOMPARE(m_server->stats().value(QStringLiteral("discovery")).toInt(), 1);
}

void TestProviderMetadata::fromJsonReadsEveryField()
{
    const ProviderMetadata m = ProviderMetadata::fromJson(QJsonObject {
        { QStringLiteral("issuer"), QStringLiteral("https://id.example.com") },
        { QStringLiteral("authorization_endpoint"), QStringLiteral("https://id.example.com/a") },
        { QStringLiteral("token_endpoint"), QStringLiteral("https://id.example.com/t") },
        { QStringLiteral("revocation_endpoint"), QStringLiteral("https://id.example.com/r") },
        { QStringLiteral("userinfo_endpoint"), QStringLiteral("https://id.example.com/u") },
        { QStringLiteral("device_authorization_endpoint"),
            QStringLiteral("https://id.example.com/d") },
        { QStringLiteral("code_challenge_methods_supported"),
            QJsonArray { QStringLiteral("plain"), QStringLiteral("S256") } },
    });
    QCOMPARE(m.issuer, QStringLiteral("https://id.example.com"));
    QCOMPARE(m.authorizationEndpoint, QUrl(QStringLiteral("https://id.example.com/a")));
    QCOMPARE(m.tokenEndpoint, QUrl(QStringLiteral("https://id.example.com/t")));
    QCOMPARE(m.revocationEndpoint, QUrl(QStringLiteral("https://id.example.com/r")));
    QCOMPARE(m.userinfoEndpoint, QUrl(QStringLiteral("https://id.example.com/u")));
    QCOMPARE(m.deviceAuthorizationEndpoint, QUrl(QStringLiteral("https://id.example.com/d")));
    QCOMPARE(
        m.codeChallengeMethods, (QStringList { QStringLiteral("plain"), QStringLiteral("S256") }));
}

void TestProviderMetadata::unusableDocument_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the field is removed
    QTest::addColumn<QString>("fragment"); // of the error message
    const QJsonValue removed(QJsonValue::Undefined);
    QTest::newRow("no token endpoint") << "token_endpoint" << removed << "lacks";
    QTest::newRow("no authorization endpoint") << "authorization_endpoint" << removed << "lacks";
    QTest::newRow("relative token endpoint")
        << "token_endpoint" << QJsonValue(QStringLiteral("/api/token")) << "lacks";
    QTest::newRow("token endpoint is a number") << "token_endpoint" << QJsonValue(42) << "lacks";
    QTest::newRow("token endpoint over plain http to a remote host")
        << "token_endpoint" << QJsonValue(QStringLiteral("http://auth.example.com/token"))
        << "http://auth.example.com/token";
    QTest::newRow("authorization endpoint over plain http to a remote host")
        << "authorization_endpoint" << QJsonValue(QStringLiteral("http://10.0.0.8/auth"))
        << "http://10.0.0.8/auth";
    QTest::newRow("revocation endpoint over plain http to a remote host")
        << "revocation_endpoint" << QJsonValue(QStringLiteral("http://auth.example.com/revoke"))
        << "plain-HTTP";
    QTest::newRow("userinfo endpoint over plain http to a look-alike of localhost")
        << "userinfo_endpoint" << QJsonValue(QStringLiteral("http://localhost.example.com/me"))
        << "plain-HTTP";
    QTest::newRow("device endpoint over plain http to a look-alike of 127.0.0.1")
        << "device_authorization_endpoint"
        << QJsonValue(QStringLiteral("http://127.0.0.1.example.com/device")) << "plain-HTTP";
    QTest::newRow("authorization endpoint with a script scheme")
        << "authorization_endpoint" << QJsonValue(QStringLiteral("javascript:alert(1)"))
        << "plain-HTTP";
}

void TestProviderMetadata::unusableDocument()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, fragment);
    QJsonObject doc = document();
    if (value.isUndefined())
        doc.remove(field);
    else
        doc.insert(field, value);
    m_server->hostile(
        { { QStringLiteral("discovery"), QJsonObject { { QStringLiteral("body"), doc } } } });
    const Outcome out = fetch(discoveryUrl());
    QCOMPARE(out.calls, 1);
    QCOMPARE(out.error.code, Error::Code::Protocol);
    QVERIFY2(out.error.message.contains(fragment), qPrintable(out.error.message));
    // Where it came from, so the user can check SEQERA_AUTH_DOMAIN.
    QVERIFY2(
        out.error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(out.error.message));
    QVERIFY(out.metadata.tokenEndpoint.isEmpty());
}

void TestProviderMetadata::optionalEndpointsMayBeAbsent()
{
    QJsonObject doc = document();
    for (const char *key : { "revocation_endpoint", "userinfo_endpoint",
             "device_authorization_endpoint", "code_challenge_methods_supported" })
        doc.remove(QLatin1String(key));
    m_server->hostile(
        { { QStringLiteral("discovery"), QJsonObject { { QStringLiteral("body"), doc } } } });
    const Outcome out = fetch(discoveryUrl());
    QVERIFY2(!out.error, qPrintable(out.error.message));
    QVERIFY(out.metadata.revocationEndpoint.isEmpty());
    QVERIFY(out.metadata.deviceAuthorizationEndpoint.isEmpty());
    QVERIFY(out.metadata.codeChallengeMethods.isEmpty());
    QVERIFY(!out.metadata.tokenEndpoint.isEmpty());
}

void TestProviderMetadata::failedRequest_data()
{
    QTest::addColumn<QString>("fault"); // /__test/fault kind, or "hostile:<mode>"
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("server error") << "500" << Error::Code::Server;
    QTest::newRow("not JSON") << "malformed" << Error::Code::Server;
    QTest::newRow("connection reset") << "reset" << Error::Code::Network;
    QTest::newRow("over the size cap (300 MB)") << "hostile:huge" << Error::Code::Server;
    QTest::newRow("over the size cap, no Content-Length")
        << "hostile:huge-chunked" << Error::Code::Server;
}

void TestProviderMetadata::failedRequest()
{
    QFETCH(QString, fault);
    QFETCH(Error::Code, code);
    if (fault.startsWith(QLatin1String("hostile:")))
        m_server->hostile({ { QStringLiteral("discovery"), fault.mid(8) } });
    else
        m_server->fault(QStringLiteral("discovery"), fault, 3); // Qt resends a GET once on a reset
    const Outcome out = fetch(discoveryUrl());
    QCOMPARE(out.calls, 1);
    QVERIFY(out.error);
    QVERIFY2(out.error.code == code,
        qPrintable(QStringLiteral("%1: %2").arg(int(out.error.code)).arg(out.error.message)));
    QVERIFY(out.metadata.tokenEndpoint.isEmpty());
    if (!fault.startsWith(QLatin1String("hostile:")))
        return;
    // The cap stopped it (a 300 MB body that is not JSON would also be a Server error), and
    // cut the transfer short. How short depends on the machine: Qt's HTTP thread reads ahead
    // of a starved main thread (95 MB seen under load, docs/design.md), so the bound only
    // says that the whole body was not taken.
    QVERIFY2(out.error.message.contains(QLatin1String("the transfer was stopped")),
        qPrintable(out.error.message));
    QTest::qWait(200);
    const qint64 sent = qint64(m_server->stats().value(QStringLiteral("hostileBytes")).toDouble());
    QVERIFY2(sent < 200 * 1024 * 1024, qPrintable(QString::number(sent)));
}

void TestProviderMetadata::redirectToAnotherOriginIsNotFollowed()
{
    m_server->hostile({ { QStringLiteral("discovery"), QStringLiteral("redirect") } });
    const Outcome out = fetch(discoveryUrl());
    QVERIFY(out.error);
    QVERIFY(out.metadata.tokenEndpoint.isEmpty());
    QCOMPARE(m_server->stats().value(QStringLiteral("stolen")).toArray().size(), 0);
}

void TestProviderMetadata::plainHttpDiscoveryToARemoteHostSendsNothing()
{
    // No network at all: the layer refuses before connecting (example.invalid never resolves).
    const Outcome out = fetch(
        QUrl(QStringLiteral("http://auth.example.invalid/api/.well-known/openid-configuration")));
    QCOMPARE(out.calls, 1);
    QCOMPARE(out.error.code, Error::Code::InvalidInput);
    QVERIFY2(out.error.message.contains(QStringLiteral("auth.example.invalid")),
        qPrintable(out.error.message));
}

void TestProviderMetadata::noCallbackAfterTheContextIsGone()
{
    m_server->fault(QStringLiteral("discovery"), QStringLiteral("hang"));
    bool called = false;
    auto context = std::make_unique<QObject>();
    fetchProviderMetadata(m_nam.get(), discoveryUrl(), context.get(),
        [&called](const ProviderMetadata &, const Error &) { called = true; });
    QTRY_COMPARE(m_server->stats().value(QStringLiteral("faultsInjected")).toInt(), 1);
    context.reset();
    m_server->reset(); // the hung answer is dropped now
    QTest::qWait(300);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestProviderMetadata)
#include "tst_providermetadata.moc"

// LoginFlow against the real provider and the scripted browser: discovery, PKCE S256 and
// state through QOAuth2AuthorizationCodeFlow, the loopback callback, the code exchange (made
// by Qt on our manager: no redirect, capped) and the identity.
#include "authtest.h"

#include "auth/identity.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace seqera;
using namespace testsupport;

class TestLoginFlow : public authtest::ProviderTest
{
    Q_OBJECT

private:
    QJsonObject discoveryWith(const QJsonObject &changes) const
    {
        QJsonObject doc
            = m_server->get(QStringLiteral("/api/.well-known/openid-configuration")).object();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            doc.insert(it.key(), it.value());
        return doc;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startProvider()); }
    void init() { m_server->reset(); }

    void browserLoginGivesTokensAndIdentity()
    {
        const authtest::Login login
            = authtest::browserLogin(m_nam.get(), m_settings, QStringLiteral("ada"));
        QVERIFY2(!login.error, qPrintable(login.error.message));
        QCOMPARE(login.result.email, QStringLiteral("ada@example.com"));
        QVERIFY(!login.result.tokens.accessToken.isEmpty());
        QVERIFY(!login.result.tokens.refreshToken.isEmpty());
        QCOMPARE(login.result.provider.issuer, m_server->issuer());
        const QUrlQuery q(login.authorizeUrl);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY2(q.queryItemValue(QStringLiteral("state")).size() >= 20,
            qPrintable(login.authorizeUrl.toString()));
        QCOMPARE(q.queryItemValue(QStringLiteral("audience")), QStringLiteral("platform"));
        QVERIFY(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    .startsWith(QLatin1String("http://127.0.0.1:")));
        QCOMPARE(m_server->tokenRequests(QStringLiteral("authorization_code")), 1);
    }

    void pkceIsSentExactlyOnce()
    {
        // Qt 6.8's flow adds PKCE of its own: a second code_challenge (or code_verifier) makes
        // the provider refuse the login. Counted on the wire, not through queryItemValue(),
        // which returns the first of repeated keys.
        const authtest::Login login
            = authtest::browserLogin(m_nam.get(), m_settings, QStringLiteral("ada"));
        QVERIFY2(!login.error, qPrintable(login.error.message));
        const QUrlQuery q(login.authorizeUrl);
        QStringList names;
        for (const auto &item : q.queryItems())
            names << item.first;
        for (const char *name : { "code_challenge", "code_challenge_method", "state" }) {
            QVERIFY2(names.count(QLatin1String(name)) == 1,
                qPrintable(QStringLiteral("%1 in: %2").arg(QLatin1String(name), names.join(' '))));
        }
        const QStringList sent = m_server->stats()
                                     .value(QStringLiteral("tokenParameterNames"))
                                     .toObject()
                                     .value(QStringLiteral("authorization_code"))
                                     .toVariant()
                                     .toStringList();
        QVERIFY(!sent.isEmpty());
        QVERIFY2(sent.count(QStringLiteral("code_verifier")) == 1, qPrintable(sent.join(' ')));
        QVERIFY2(sent.count(QStringLiteral("code")) == 1, qPrintable(sent.join(' ')));
    }

    void platformIdentityIsPreferred()
    {
        // Both the id_token and /user-info name the user: the Platform's account is shown.
        m_server->hostile(
            { { QStringLiteral("platformEmail"), QStringLiteral("ada@platform.example") } });
        const authtest::Login login
            = authtest::browserLogin(m_nam.get(), m_settings, QStringLiteral("ada"));
        QVERIFY2(!login.error, qPrintable(login.error.message));
        QCOMPARE(login.result.email, QStringLiteral("ada@platform.example"));
    }

    void idTokenIsUsedWhenThePlatformFails()
    {
        m_server->fault(QStringLiteral("platform-user-info"), QStringLiteral("500"));
        const authtest::Login login
            = authtest::browserLogin(m_nam.get(), m_settings, QStringLiteral("bob"));
        QVERIFY2(!login.error, qPrintable(login.error.message));
        QCOMPARE(login.result.email, QStringLiteral("bob@example.com"));
    }

    void codeExchangeFollowsNoRedirect()
    {
        // The authorization code and the PKCE verifier must not reach another origin.
        m_server->hostile({ { QStringLiteral("token"), QStringLiteral("redirect") } });
        const authtest::Login login = authtest::browserLogin(m_nam.get(), m_settings);
        QCOMPARE(login.error.code, Error::Code::Protocol);
        QVERIFY2(login.error.message.contains(QLatin1String("redirect")),
            qPrintable(login.error.message));
        QVERIFY(m_server->stats().value(QStringLiteral("stolen")).toArray().isEmpty());
    }

    void hugeTokenAnswerIsRefused()
    {
        m_server->hostile({ { QStringLiteral("token"), QStringLiteral("huge-chunked") } });
        const authtest::Login login = authtest::browserLogin(m_nam.get(), m_settings);
        QCOMPARE(login.error.code, Error::Code::Server);
        QVERIFY2(login.error.message.contains(QLatin1String("more than 1 MiB"))
                && login.error.message.contains(QLatin1String("token request")),
            qPrintable(login.error.message));
    }

    void providerWithoutS256IsRefused()
    {
        m_server->hostile({ { QStringLiteral("discovery"),
            QJsonObject { { QStringLiteral("body"),
                discoveryWith({ { QStringLiteral("code_challenge_methods_supported"),
                    QJsonArray { QStringLiteral("plain") } } }) } } } });
        const authtest::Login login = authtest::browserLogin(m_nam.get(), m_settings);
        QCOMPARE(login.error.code, Error::Code::Protocol);
        QVERIFY2(
            login.error.message.contains(QLatin1String("S256")), qPrintable(login.error.message));
        QCOMPARE(m_server->stats().value(QStringLiteral("authorize")).toInt(), 0);
    }

    void plainHttpTokenEndpointIsRefused()
    {
        m_server->hostile({ { QStringLiteral("discovery"),
            QJsonObject { { QStringLiteral("body"),
                discoveryWith({ { QStringLiteral("token_endpoint"),
                    QStringLiteral("http://tokens.example.invalid/token") } }) } } } });
        const authtest::Login login = authtest::browserLogin(m_nam.get(), m_settings);
        QCOMPARE(login.error.code, Error::Code::Protocol);
        QVERIFY2(login.error.message.contains(QLatin1String("plain-HTTP")),
            qPrintable(login.error.message));
    }

    void forgedIdTokenFailsTheLogin_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QJsonObject>("payload");
        const QString issuer = QStringLiteral("http://127.0.0.1:1/api");
        QTest::newRow("alg none") << QByteArray(R"({"alg":"none"})")
                                  << QJsonObject { { "iss", issuer }, { "aud", "seqera_ai_cli" },
                                         { "email", "admin@example.com" } };
        QTest::newRow("another issuer")
            << QByteArray(R"({"alg":"RS256"})")
            << QJsonObject { { "iss", "https://evil.example" }, { "aud", "seqera_ai_cli" },
                   { "email", "admin@example.com" } };
        QTest::newRow("no issuer")
            << QByteArray(R"({"alg":"RS256"})")
            << QJsonObject { { "aud", "seqera_ai_cli" }, { "email", "admin@example.com" } };
    }
    void forgedIdTokenFailsTheLogin()
    {
        // resolveIdentity() is where LoginFlow and DeviceFlow turn tokens into a name.
        QFETCH(QByteArray, header);
        QFETCH(QJsonObject, payload);
        const auto b64 = [](const QByteArray &d) {
            return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        ProviderMetadata provider;
        provider.issuer = QStringLiteral("http://127.0.0.1:1/api");
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("at");
        tokens.idToken = QString::fromLatin1(
            b64(header) + '.' + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".s");
        QString email;
        Error error;
        bool done = false;
        QObject context;
        resolveIdentity(m_nam.get(), provider, QStringLiteral("seqera_ai_cli"),
            QUrl(m_server->issuer()), tokens, &context, [&](const QString &e, const Error &err) {
                email = e;
                error = err;
                done = true;
            });
        QTRY_VERIFY(done);
        QCOMPARE(error.code, Error::Code::Protocol);
        QVERIFY(email.isEmpty());
        QCOMPARE(m_server->stats().value(QStringLiteral("userInfo")).toInt(), 0);
    }

    void plainHttpRemoteDiscoveryIsRefused()
    {
        Settings settings = m_settings;
        settings.authDomain = QUrl(QStringLiteral("http://auth.example.invalid/api"));
        const authtest::Login login = authtest::browserLogin(m_nam.get(), settings);
        QCOMPARE(login.error.code, Error::Code::InvalidInput);
        QVERIFY2(login.error.message.contains(QLatin1String("plain HTTP")),
            qPrintable(login.error.message));
    }
};

QTEST_GUILESS_MAIN(TestLoginFlow)
#include "tst_loginflow.moc"

// resolveIdentity (core/auth/identity) on its own, against the Platform emulation of
// tests/support/platform-server.mjs: which name is shown for a set of tokens. The Platform's
// /user-info comes first (the account the API acts for), then the id_token's email, then the
// OIDC userinfo endpoint, then the id_token's subject; an id_token that is not for us stops
// everything before any request. Personal access tokens (POST /__test/pat) stand in for an
// access token the Platform accepts, and id_tokens are made here (their signature is not
// checked: TLS to the token endpoint stands in for it, see core/auth/idtoken.h).
#include "auth/identity.h"
#include "testsupport.h"
#include "util/http.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace seqera;
using namespace testsupport;

namespace {
const QString kClient = QStringLiteral("seqera_ai_cli");
const QString kPat = QStringLiteral("pat-identity-0001");

QString jwt(const QJsonObject &header, const QJsonObject &claims)
{
    const auto part = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(part(header) + '.' + part(claims) + ".c2lnbmF0dXJl");
}

struct Outcome
{
    int calls = 0;
    QString identity;
    Error error;
};
} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void shownIdentity_data();
    void shownIdentity();
    void platformUserNameWhenItHasNoEmail();
    void idTokenNotForUsStopsBeforeAnyRequest_data();
    void idTokenNotForUsStopsBeforeAnyRequest();
    void noAnswerAfterTheContextIsGone();

private:
    ProviderMetadata provider(bool withUserinfo) const
    {
        ProviderMetadata p;
        p.issuer = m_server->issuer();
        if (withUserinfo)
            p.userinfoEndpoint = QUrl(m_server->issuer() + QStringLiteral("/userinfo"));
        return p;
    }
    QString idToken(const QString &email, const QJsonObject &changes = {}) const
    {
        QJsonObject claims { { QStringLiteral("iss"), m_server->issuer() },
            { QStringLiteral("aud"), kClient },
            { QStringLiteral("sub"), QStringLiteral("sub-123") } };
        if (!email.isEmpty())
            claims.insert(QStringLiteral("email"), email);
        for (auto it = changes.begin(); it != changes.end(); ++it)
            claims.insert(it.key(), it.value());
        return jwt({ { QStringLiteral("alg"), QStringLiteral("RS256") } }, claims);
    }
    Outcome resolve(const ProviderMetadata &p, const TokenSet &tokens);
    int stat(const char *name) const
    {
        return m_server->stats().value(QLatin1String(name)).toInt();
    }

    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

Outcome TestIdentity::resolve(const ProviderMetadata &p, const TokenSet &tokens)
{
    Outcome out;
    QObject context;
    resolveIdentity(m_nam.get(), p, kClient, QUrl(m_server->issuer()), tokens, &context,
        [&out](const QString &identity, const Error &e) {
            ++out.calls;
            out.identity = identity;
            out.error = e;
        });
    if (!QTest::qWaitFor([&out] { return out.calls > 0; }, 15000))
        qWarning("resolveIdentity did not finish");
    QTest::qWait(20); // a second answer would come now
    return out;
}

void TestIdentity::initTestCase()
{
    // Each fallback logs the Platform's failure as a warning: expected here.
    QLoggingCategory::setFilterRules(QStringLiteral("seqera.auth.warning=false"));
    m_server = std::make_unique<PlatformServer>();
    QVERIFY(m_server->isRunning());
    m_nam.reset(http::createNetworkAccessManager(5000));
}

void TestIdentity::init()
{
    m_server->reset();
    m_server->addPat(kPat, QStringLiteral("grace@platform.example"));
}

void TestIdentity::shownIdentity_data()
{
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<QString>(
        "idToken"); // "email" (an id_token with one), "no-email", "", "garbage"
    QTest::addColumn<QString>("platformFault"); // on /api/user-info; empty: none
    QTest::addColumn<QString>("userinfo"); // "none" (no endpoint), "email", "fails"
    QTest::addColumn<QString>("shown");
    QTest::addColumn<bool>("userinfoAsked");
    const QString platform = QStringLiteral("grace@platform.example");
    const QString fromIdToken = QStringLiteral("grace@id.example");
    const QString fromUserinfo = QStringLiteral("grace@userinfo.example");
    const QString subject = QStringLiteral("sub-123");
    QTest::newRow("the Platform's account over the id_token's email")
        << kPat << "email"
        << ""
        << "email" << platform << false;
    QTest::newRow("the Platform's account over the userinfo endpoint")
        << kPat << "no-email"
        << ""
        << "email" << platform << false;
    QTest::newRow("the Platform's account without any id_token") << kPat << ""
                                                                 << ""
                                                                 << "none" << platform << false;
    QTest::newRow("a garbage id_token is no reason to refuse") << kPat << "garbage"
                                                               << ""
                                                               << "none" << platform << false;
    QTest::newRow("Platform refuses the token: the id_token's email")
        << "not-a-platform-token"
        << "email"
        << ""
        << "email" << fromIdToken << false;
    QTest::newRow("Platform fails: the id_token's email") << kPat << "email"
                                                          << "500"
                                                          << "email" << fromIdToken << false;
    QTest::newRow("Platform answers no JSON: the id_token's email")
        << kPat << "email"
        << "malformed"
        << "none" << fromIdToken << false;
    QTest::newRow("no email in the id_token: the userinfo endpoint's")
        << kPat << "no-email"
        << "500"
        << "email" << fromUserinfo << true;
    QTest::newRow("userinfo fails too: the subject") << kPat << "no-email"
                                                     << "500"
                                                     << "fails" << subject << true;
    QTest::newRow("no userinfo endpoint: the subject") << kPat << "no-email"
                                                       << "500"
                                                       << "none" << subject << false;
}

void TestIdentity::shownIdentity()
{
    QFETCH(QString, accessToken);
    QFETCH(QString, idToken);
    QFETCH(QString, platformFault);
    QFETCH(QString, userinfo);
    QFETCH(QString, shown);
    QFETCH(bool, userinfoAsked);
    if (!platformFault.isEmpty())
        m_server->fault(QStringLiteral("platform-user-info"), platformFault, 3);
    if (userinfo == QLatin1String("email"))
        m_server->hostile({ { QStringLiteral("userinfo"),
            QJsonObject { { QStringLiteral("body"),
                QJsonObject { { QStringLiteral("email"),
                    QStringLiteral("grace@userinfo.example") } } } } } });
    else if (userinfo == QLatin1String("fails"))
        m_server->fault(QStringLiteral("userinfo"), QStringLiteral("500"), 3);

    TokenSet tokens;
    tokens.accessToken = accessToken;
    if (idToken == QLatin1String("email"))
        tokens.idToken = this->idToken(QStringLiteral("grace@id.example"));
    else if (idToken == QLatin1String("no-email"))
        tokens.idToken = this->idToken(QString());
    else if (idToken == QLatin1String("garbage"))
        tokens.idToken = QStringLiteral("not.a-jwt");

    const Outcome out = resolve(provider(userinfo != QLatin1String("none")), tokens);
    QCOMPARE(out.calls, 1);
    QVERIFY2(!out.error, qPrintable(out.error.message));
    QCOMPARE(out.identity, shown);
    // The Platform is always asked first; the userinfo endpoint only when nothing else named us.
    QVERIFY(stat("userInfo") >= 1);
    QCOMPARE(stat("oidcUserInfo") > 0, userinfoAsked);
}

void TestIdentity::platformUserNameWhenItHasNoEmail()
{
    m_server->hostile({ { QStringLiteral("platform-user-info"),
        QJsonObject { { QStringLiteral("body"),
            QJsonObject { { QStringLiteral("user"),
                QJsonObject { { QStringLiteral("userName"), QStringLiteral("grace-h") },
                    { QStringLiteral("email"), QString() } } } } } } } });
    TokenSet tokens;
    tokens.accessToken = kPat;
    tokens.idToken = idToken(QStringLiteral("grace@id.example"));
    const Outcome out = resolve(provider(false), tokens);
    QVERIFY2(!out.error, qPrintable(out.error.message));
    QCOMPARE(out.identity, QStringLiteral("grace-h"));
}

void TestIdentity::idTokenNotForUsStopsBeforeAnyRequest_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::newRow("another audience")
        << QJsonObject { { QStringLiteral("aud"), QStringLiteral("other-app") } };
    QTest::newRow("our issuer with a trailing slash")
        << QJsonObject { { QStringLiteral("iss"), QStringLiteral("%1/") } };
    QTest::newRow("no issuer") << QJsonObject { { QStringLiteral("iss"), QString() } };
}

void TestIdentity::idTokenNotForUsStopsBeforeAnyRequest()
{
    QFETCH(QJsonObject, changes);
    if (changes.value(QStringLiteral("iss")).toString() == QLatin1String("%1/"))
        changes.insert(QStringLiteral("iss"), m_server->issuer() + QLatin1Char('/'));
    TokenSet tokens;
    tokens.accessToken = kPat;
    tokens.idToken = idToken(QStringLiteral("mallory@example.com"), changes);
    const Outcome out = resolve(provider(true), tokens);
    QCOMPARE(out.calls, 1);
    QCOMPARE(out.error.code, Error::Code::Protocol);
    QVERIFY2(out.error.message.contains(m_server->issuer()), qPrintable(out.error.message));
    QVERIFY(out.identity.isEmpty());
    // The access token went nowhere.
    QCOMPARE(stat("userInfo"), 0);
    QCOMPARE(stat("oidcUserInfo"), 0);
}

void TestIdentity::noAnswerAfterTheContextIsGone()
{
    m_server->fault(QStringLiteral("platform-user-info"), QStringLiteral("hang"));
    TokenSet tokens;
    tokens.accessToken = kPat;
    int calls = 0;
    auto context = std::make_unique<QObject>();
    resolveIdentity(m_nam.get(), provider(false), kClient, QUrl(m_server->issuer()), tokens,
        context.get(), [&calls](const QString &, const Error &) { ++calls; });
    QTRY_COMPARE(stat("faultsInjected"), 1);
    context.reset();
    m_server->reset();
    QTest::qWait(300);
    QCOMPARE(calls, 0);
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"

// TokenResolver through its seams: the documented order of sources, a session token renewed
// when due, the 401 path. The session lives in a FakeSecretStore with a loopback token
// endpoint and the shared test clock (SessionTest).
#include "session/tokenresolver.h"

#include "config/settings.h"
#include "session/sessionmanager.h"

#include "sessiontest.h"

#include <QTest>

using namespace seqera;
using namespace testsupport;

class TestTokenResolver : public SessionTest
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void order_data();
    void order();
    void renewsADueSessionToken();
    void notLoggedIn();
    void renewAfterUnauthorizedNamesTheSource_data();
    void renewAfterUnauthorizedNamesTheSource();
    void renewAfterUnauthorizedForcesASessionRenewal();
    void renewAfterUnauthorizedWhenTheGrantIsGone();

private:
    using Outcome = std::pair<AccessToken, Error>;
    static Outcome wait(std::optional<Outcome> &result);
    Outcome resolve(const QString &explicitToken);
    Outcome renewAfterUnauthorized(const AccessToken &rejected);

    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<TokenResolver> m_resolver;
};

void TestTokenResolver::init()
{
    QVERIFY(setUpSession());
    m_settings.networkTimeoutMs = 5000;
    m_settings.environmentTokenVariable = QStringLiteral("TOWER_ACCESS_TOKEN");
    m_sessions = std::make_unique<SessionManager>(m_settings, m_store.get(), &m_nam, &m_clock);
    m_resolver = std::make_unique<TokenResolver>(m_settings, m_sessions.get());
}

void TestTokenResolver::cleanup()
{
    m_resolver.reset();
    m_sessions.reset();
    tearDownSession();
}

TestTokenResolver::Outcome TestTokenResolver::wait(std::optional<Outcome> &result)
{
    [[maybe_unused]] const bool answered
        = QTest::qWaitFor([&] { return result.has_value(); }, 10000);
    return result.value_or(
        Outcome(AccessToken(), Error { Error::Code::Timeout, QStringLiteral("no answer") }));
}

TestTokenResolver::Outcome TestTokenResolver::resolve(const QString &explicitToken)
{
    std::optional<Outcome> result;
    m_resolver->resolve(
        explicitToken, [&result](const AccessToken &t, const Error &e) { result.emplace(t, e); });
    return wait(result);
}

TestTokenResolver::Outcome TestTokenResolver::renewAfterUnauthorized(const AccessToken &rejected)
{
    std::optional<Outcome> result;
    m_resolver->renewAfterUnauthorized(
        rejected, [&result](const AccessToken &t, const Error &e) { result.emplace(t, e); });
    return wait(result);
}

void TestTokenResolver::order_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("token");
    QTest::addColumn<AccessToken::Source>("source");
    QTest::addColumn<QString>("described");
    QTest::newRow("--token wins, trimmed")
        << QStringLiteral(" tok-arg\n") << QStringLiteral("tok-env") << QStringLiteral("tok-arg")
        << AccessToken::Source::Argument << QStringLiteral("--token");
    QTest::newRow("a blank --token is not given")
        << QStringLiteral("  ") << QStringLiteral("tok-env") << QStringLiteral("tok-env")
        << AccessToken::Source::Environment << QStringLiteral("TOWER_ACCESS_TOKEN");
    QTest::newRow("then the environment")
        << QString() << QStringLiteral("tok-env") << QStringLiteral("tok-env")
        << AccessToken::Source::Environment << QStringLiteral("TOWER_ACCESS_TOKEN");
    QTest::newRow("then the session")
        << QString() << QString() << QStringLiteral("access-old") << AccessToken::Source::Session
        << QStringLiteral("profile \"default\"");
}

void TestTokenResolver::order()
{
    QFETCH(QString, argument);
    QFETCH(QString, environment);
    QFETCH(QString, token);
    QFETCH(AccessToken::Source, source);
    QFETCH(QString, described);
    QVERIFY(storeSession(SecretStore::Kind::Keychain, 3000));
    m_settings.environmentToken = environment;
    const auto [resolved, error] = resolve(argument);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(resolved.value(), token);
    QCOMPARE(resolved.source, source);
    QCOMPARE(resolved.describeSource(), described);
    QVERIFY(!resolved.renewed);
    // The keyring is only asked when the session is the source, and only a session token
    // comes with its session's metadata and expiry. The refresh token never comes out.
    const bool session = source == AccessToken::Source::Session;
    QCOMPARE(m_keyring->reads, session ? 1 : 0);
    QCOMPARE(resolved.metadata.email, session ? QStringLiteral("ada@example.com") : QString());
    QCOMPARE(resolved.tokens.expiresAt.isValid(), session);
    QVERIFY(resolved.tokens.refreshToken.isEmpty());
    QCOMPARE(m_provider->refreshes, 0);
}

void TestTokenResolver::renewsADueSessionToken()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, 60));
    const auto [resolved, error] = resolve(QString());
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(resolved.value(), QStringLiteral("access-1"));
    QVERIFY(resolved.renewed);
    QCOMPARE(resolved.profile, QStringLiteral("default"));
    QVERIFY(resolved.tokens.refreshToken.isEmpty()); // the rotated one stays in Renewal
    QCOMPARE(m_provider->refreshTokensSeen, QStringList { QStringLiteral("refresh-old") });
}

void TestTokenResolver::notLoggedIn()
{
    const auto [resolved, error] = resolve(QString());
    QCOMPARE(error.code, Error::Code::NotLoggedIn);
    QVERIFY(resolved.value().isEmpty());
    QCOMPARE(resolved.describeSource(), QStringLiteral("profile \"default\""));
    QVERIFY2(error.message.contains(QLatin1String("seqera login")), qPrintable(error.message));
}

void TestTokenResolver::renewAfterUnauthorizedNamesTheSource_data()
{
    QTest::addColumn<AccessToken::Source>("source");
    QTest::addColumn<QString>("named");
    QTest::newRow("argument") << AccessToken::Source::Argument << QStringLiteral("--token");
    QTest::newRow("environment") << AccessToken::Source::Environment
                                 << QStringLiteral("SEQERA_ACCESS_TOKEN");
}

void TestTokenResolver::renewAfterUnauthorizedNamesTheSource()
{
    QFETCH(AccessToken::Source, source);
    QFETCH(QString, named);
    // A stored session must not be renewed (or used) for a token the user gave.
    QVERIFY(storeSession(SecretStore::Kind::Keychain, 3000));
    AccessToken rejected;
    rejected.tokens.accessToken = QStringLiteral("tok-given");
    rejected.source = source;
    rejected.variable = QStringLiteral("SEQERA_ACCESS_TOKEN");
    const auto [token, error] = renewAfterUnauthorized(rejected);
    QCOMPARE(error.code, Error::Code::Unauthorized);
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    QCOMPARE(token.value(), QStringLiteral("tok-given"));
    QCOMPARE(m_provider->refreshes, 0);
    QCOMPARE(m_keyring->reads, 0);
}

void TestTokenResolver::renewAfterUnauthorizedForcesASessionRenewal()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, 3000));
    const auto [first, firstError] = resolve(QString());
    QVERIFY(!firstError);
    QCOMPARE(first.value(), QStringLiteral("access-old")); // fresh: no refresh
    const auto [second, secondError] = renewAfterUnauthorized(first);
    QVERIFY2(!secondError, qPrintable(secondError.message));
    QCOMPARE(second.value(), QStringLiteral("access-1"));
    QVERIFY(second.renewed);
    QCOMPARE(m_provider->refreshes, 1);
}

void TestTokenResolver::renewAfterUnauthorizedWhenTheGrantIsGone()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, 3000));
    const auto [first, firstError] = resolve(QString());
    QVERIFY(!firstError);
    m_provider->answer = TokenEndpoint::Answer::InvalidGrant;
    const auto [second, error] = renewAfterUnauthorized(first);
    QCOMPARE(error.code, Error::Code::SessionEnded);
    QVERIFY(second.value().isEmpty()); // never the refused token again
    QVERIFY2(error.message.contains(QLatin1String("seqera login")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestTokenResolver)
#include "tst_tokenresolver.moc"

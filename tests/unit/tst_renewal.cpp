// Renewal through its seams: a FakeSecretStore as the keyring (late answers, refusals after N
// writes, a locked keyring), the real 0600 FileSecretStore in a QTemporaryDir, a token
// endpoint on loopback that counts refresh requests, and the shared test clock.
#include "session/renewal.h"

#include "auth/tokenset.h"
#include "config/settings.h"
#include "storage/filesecretstore.h"
#include "storage/sessionstore.h"

#include "scratch.h"
#include "sessiontest.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera;
using namespace testsupport;

namespace {
const QString kProfile = QStringLiteral("default");

struct Outcome
{
    bool done = false;
    AccessToken token;
    Error error;
};
} // namespace

class TestRenewal : public SessionTest
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void freshTokenIsHandedOutWithoutRefresh();
    void dueTokenIsRenewedAndStoredBeforeUse();
    void keyringRefusesAfterTheRefreshSecretRescuedToTheFile();
    void keyringRefusesBeforeNoRefreshTokenSpent_data();
    void keyringRefusesBeforeNoRefreshTokenSpent();
    void keyringRefusesBeforeButTheFileWorks();
    void nothingCanStoreAfterTheRefresh();
    void invalidGrantEndsTheSession();
    void serverErrorKeepsTheSession();
    void lockedKeyringIsNotTheEndOfTheSession();
    void forcedRenewalOfAFreshToken();

private:
    Outcome run(bool force = false);
    std::optional<TokenSet> secretIn(SecretStore::Kind kind) const;
};

void TestRenewal::init()
{
    QVERIFY(setUpSession());
}

void TestRenewal::cleanup()
{
    tearDownSession();
}

Outcome TestRenewal::run(bool force)
{
    Outcome outcome;
    Renewal renewal(m_store.get(), &m_nam, &m_clock, 5000);
    renewal.run(kProfile, force, [&outcome](const AccessToken &t, const Error &e) {
        outcome.done = true;
        outcome.token = t;
        outcome.error = e;
    });
    [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return outcome.done; }, 15000);
    return outcome;
}

std::optional<TokenSet> TestRenewal::secretIn(SecretStore::Kind kind) const
{
    const JobResult r = runJob(m_store->secretStore(kind)->read(kProfile));
    return r.secret ? TokenSet::fromSecret(*r.secret) : std::nullopt;
}

void TestRenewal::freshTokenIsHandedOutWithoutRefresh()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, 3000));
    const Outcome o = run();
    QVERIFY(o.done);
    QVERIFY2(!o.error, qPrintable(o.error.message));
    QCOMPARE(o.token.tokens.accessToken, QStringLiteral("access-old"));
    QVERIFY(!o.token.renewed);
    QCOMPARE(m_provider->refreshes, 0);
    QCOMPARE(m_keyring->writes, 0);
}

void TestRenewal::dueTokenIsRenewedAndStoredBeforeUse()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, 60));
    const Outcome o = run();
    QVERIFY(o.done);
    QVERIFY2(!o.error, qPrintable(o.error.message));
    QVERIFY(o.token.renewed);
    QCOMPARE(o.token.tokens.accessToken, QStringLiteral("access-1"));
    QCOMPARE(m_provider->refreshes, 1);
    QCOMPARE(m_provider->refreshTokensSeen, QStringList { QStringLiteral("refresh-old") });
    // Pre-flight rewrite, then the renewed secret (both tokens in one write).
    QCOMPARE(m_keyring->writes, 2);
    QCOMPARE(secretIn(SecretStore::Kind::Keychain)->refreshToken, QStringLiteral("refresh-1"));
    Error e;
    const auto metadata = m_store->loadMetadata(kProfile, &e);
    QCOMPARE(metadata->expiresAt, m_clock.now().addSecs(3600));
    QCOMPARE(metadata->storage, SecretStore::Kind::Keychain);
}

// The provider has rotated the refresh token; the keyring then refuses the new secret. The
// only copy of the new refresh token must not be lost: the 0600 file takes it.
void TestRenewal::keyringRefusesAfterTheRefreshSecretRescuedToTheFile()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, -10));
    m_keyring->writesBeforeFailing = 1; // the pre-flight write works, the next does not
    const Outcome o = run();
    QVERIFY(o.done);
    QVERIFY2(!o.error, qPrintable(o.error.message));
    QCOMPARE(o.token.tokens.accessToken, QStringLiteral("access-1"));
    QCOMPARE(m_provider->refreshes, 1);
    const QString file = m_store->secretStore(SecretStore::Kind::File)->location(kProfile);
    QCOMPARE(ownModeOf(file), 0600);
    QCOMPARE(secretIn(SecretStore::Kind::File)->refreshToken, QStringLiteral("refresh-1"));
    Error e;
    QCOMPARE(m_store->loadMetadata(kProfile, &e)->storage, SecretStore::Kind::File);
    // The next run reads the file and needs no refresh.
    const Outcome next = run();
    QVERIFY2(!next.error, qPrintable(next.error.message));
    QCOMPARE(next.token.tokens.accessToken, QStringLiteral("access-1"));
    QCOMPARE(m_provider->refreshes, 1);
}

void TestRenewal::keyringRefusesBeforeNoRefreshTokenSpent_data()
{
    QTest::addColumn<qint64>("secsLeft");
    QTest::addColumn<bool>("expectError");
    QTest::newRow("still valid: the current token is handed out") << qint64(60) << false;
    QTest::newRow("expired: a storage error, nothing changed") << qint64(-10) << true;
}

// Neither the keyring nor the file can store a renewed secret: asking the provider would
// spend the refresh token for nothing (it rotates), so no refresh request goes out.
void TestRenewal::keyringRefusesBeforeNoRefreshTokenSpent()
{
    QFETCH(qint64, secsLeft);
    QFETCH(bool, expectError);
    QVERIFY(storeSession(SecretStore::Kind::Keychain, secsLeft));
    m_keyring->writesBeforeFailing = 0;
    FakeSecretStore brokenFile(SecretStore::Kind::File);
    brokenFile.writesBeforeFailing = 0;
    m_store->setSecretStore(SecretStore::Kind::File, &brokenFile);
    const Outcome o = run();
    QVERIFY(o.done);
    QCOMPARE(m_provider->refreshes, 0);
    QCOMPARE(bool(o.error), expectError);
    if (expectError) {
        QCOMPARE(o.error.code, Error::Code::Storage);
    } else {
        QCOMPARE(o.token.tokens.accessToken, QStringLiteral("access-old"));
        QVERIFY(!o.token.renewed);
    }
    QCOMPARE(secretIn(SecretStore::Kind::Keychain)->refreshToken, QStringLiteral("refresh-old"));
    Error e;
    QCOMPARE(m_store->loadMetadata(kProfile, &e)->storage, SecretStore::Kind::Keychain);
}

void TestRenewal::keyringRefusesBeforeButTheFileWorks()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, -10));
    m_keyring->writesBeforeFailing = 0;
    const Outcome o = run();
    QVERIFY2(!o.error, qPrintable(o.error.message));
    QCOMPARE(m_provider->refreshes, 1);
    QCOMPARE(secretIn(SecretStore::Kind::File)->refreshToken, QStringLiteral("refresh-1"));
    Error e;
    QCOMPARE(m_store->loadMetadata(kProfile, &e)->storage, SecretStore::Kind::File);
}

void TestRenewal::nothingCanStoreAfterTheRefresh()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, -10));
    m_keyring->writesBeforeFailing = 1;
    FakeSecretStore brokenFile(SecretStore::Kind::File);
    brokenFile.writesBeforeFailing = 0;
    m_store->setSecretStore(SecretStore::Kind::File, &brokenFile);
    const Outcome o = run();
    QCOMPARE(m_provider->refreshes, 1);
    QCOMPARE(o.error.code, Error::Code::Storage);
    QVERIFY2(o.error.message.contains(QLatin1String("seqera login")), qPrintable(o.error.message));
    QVERIFY(o.token.tokens.accessToken.isEmpty()); // a token that is stored nowhere is not used
}

void TestRenewal::invalidGrantEndsTheSession()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, -10));
    m_provider->answer = TokenEndpoint::Answer::InvalidGrant;
    Renewal renewal(m_store.get(), &m_nam, &m_clock, 5000);
    QSignalSpy changed(&renewal, &Renewal::sessionChanged);
    Outcome o;
    renewal.run(kProfile, false, [&o](const AccessToken &t, const Error &e) {
        o = { true, t, e };
    });
    QTRY_VERIFY_WITH_TIMEOUT(o.done, 15000);
    QCOMPARE(o.error.code, Error::Code::SessionEnded);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_keyring->removes, 1);
    QVERIFY(!m_keyring->secrets.contains(kProfile));
    Error e;
    QVERIFY(!m_store->loadMetadata(kProfile, &e));
}

void TestRenewal::serverErrorKeepsTheSession()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, -10));
    m_provider->answer = TokenEndpoint::Answer::ServerError;
    const Outcome o = run();
    QVERIFY(o.error.isTransient());
    QCOMPARE(m_provider->refreshes, 1);
    QCOMPARE(secretIn(SecretStore::Kind::Keychain)->refreshToken, QStringLiteral("refresh-old"));
    Error e;
    QVERIFY(m_store->loadMetadata(kProfile, &e).has_value());
}

// libsecret answers "not found" for a locked keyring whose prompt cannot be shown.
void TestRenewal::lockedKeyringIsNotTheEndOfTheSession()
{
    QVERIFY(storeSession(SecretStore::Kind::Keychain, -10));
    m_keyring->readsAsNotFound = true;
    const Outcome o = run();
    QCOMPARE(o.error.code, Error::Code::KeychainUnavailable);
    QCOMPARE(m_provider->refreshes, 0);
    QCOMPARE(m_keyring->removes, 0);
    Error e;
    QVERIFY(m_store->loadMetadata(kProfile, &e).has_value());
}

void TestRenewal::forcedRenewalOfAFreshToken()
{
    QVERIFY(storeSession(SecretStore::Kind::File, 3000));
    const Outcome o = run(true);
    QVERIFY2(!o.error, qPrintable(o.error.message));
    QVERIFY(o.token.renewed);
    QCOMPARE(m_provider->refreshes, 1);
    // Without a refresh token, a forced renewal says what to do.
    QVERIFY(storeSession(SecretStore::Kind::File, 3000, false));
    const Outcome none = run(true);
    QCOMPARE(none.error.code, Error::Code::SessionEnded);
    QCOMPARE(m_provider->refreshes, 1);
}

QTEST_GUILESS_MAIN(TestRenewal)
#include "tst_renewal.moc"

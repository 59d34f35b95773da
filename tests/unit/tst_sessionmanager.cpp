// SessionManager through its seams: a FakeSecretStore as the keyring, the
// real 0600 file store in a QTemporaryDir, a loopback token/revocation endpoint, the shared
// test clock.
#include "session/sessionmanager.h"

#include "auth/loginflow.h"
#include "config/settings.h"
#include "storage/sessionstore.h"

#include "sessiontest.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera;
using namespace testsupport;

namespace {
const QString kProfile = QStringLiteral("default");
} // namespace

class TestSessionManager : public SessionTest
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void saveLoginStoresSecretThenMetadata();
    void saveLoginWithARefusedSecretStoresNothing();
    void secondLoginRevokesTheReplacedGrant();
    void secondLoginKeepsTheOrganizationOfTheSameAccount_data();
    void secondLoginKeepsTheOrganizationOfTheSameAccount();
    void completeLoginAnswersTheBrowserOnlyAfterStoring_data();
    void completeLoginAnswersTheBrowserOnlyAfterStoring();
    void logoutRevokesAndRemovesEverything();
    void logoutWithALockedKeyringKeepsEverything();
    void chooseStorage();
    void validTokenRenewsWhenDueAndSaysSo_data();
    void validTokenRenewsWhenDueAndSaysSo();

private:
    LoginResult login(const QString &suffix) const;
    Error save(const LoginResult &result, SecretStore::Kind kind);
    std::optional<SessionMetadata> metadata() const;

    std::unique_ptr<SessionManager> m_sessions;
};

void TestSessionManager::init()
{
    QVERIFY(setUpSession());
    m_settings.networkTimeoutMs = 5000; // SessionManager keeps a reference to m_settings
    m_sessions = std::make_unique<SessionManager>(m_settings, m_store.get(), &m_nam, &m_clock);
}

void TestSessionManager::cleanup()
{
    m_sessions.reset();
    tearDownSession();
}

LoginResult TestSessionManager::login(const QString &suffix) const
{
    LoginResult r;
    r.tokens.accessToken = QStringLiteral("access-") + suffix;
    r.tokens.refreshToken = QStringLiteral("refresh-") + suffix;
    r.tokens.obtainedAt = m_clock.now();
    r.tokens.expiresAt = m_clock.now().addSecs(3600);
    r.email = QStringLiteral("ada@example.com");
    r.provider.issuer = QStringLiteral("http://127.0.0.1/");
    r.provider.tokenEndpoint = m_provider->tokenUrl();
    r.provider.revocationEndpoint = m_provider->revocationUrl();
    return r;
}

Error TestSessionManager::save(const LoginResult &result, SecretStore::Kind kind)
{
    std::optional<Error> outcome;
    m_sessions->saveLogin(kProfile, result, kind, [&outcome](const Error &e) { outcome = e; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return { Error::Code::Timeout, QStringLiteral("saveLogin did not answer") };
    return *outcome;
}

std::optional<SessionMetadata> TestSessionManager::metadata() const
{
    Error e;
    return m_store->loadMetadata(kProfile, &e);
}

void TestSessionManager::saveLoginStoresSecretThenMetadata()
{
    QSignalSpy changed(m_sessions.get(), &SessionManager::sessionChanged);
    const Error e = save(login(QStringLiteral("old")), SecretStore::Kind::Keychain);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(m_keyring->writes, 1);
    const auto tokens = TokenSet::fromSecret(m_keyring->secrets.value(kProfile));
    QCOMPARE(tokens->refreshToken, QStringLiteral("refresh-old"));
    QCOMPARE(metadata()->storage, SecretStore::Kind::Keychain);
    QCOMPARE(metadata()->tokenEndpoint, m_provider->tokenUrl());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_provider->revokedTokens, QStringList());
}

void TestSessionManager::saveLoginWithARefusedSecretStoresNothing()
{
    m_keyring->writesBeforeFailing = 0;
    const Error e = save(login(QStringLiteral("old")), SecretStore::Kind::Keychain);
    QCOMPARE(e.code, Error::Code::KeychainUnavailable);
    QVERIFY(!metadata()); // no metadata pointing at a secret that is not there
}

void TestSessionManager::secondLoginRevokesTheReplacedGrant()
{
    QVERIFY(!save(login(QStringLiteral("old")), SecretStore::Kind::File));
    QVERIFY(!save(login(QStringLiteral("new")), SecretStore::Kind::Keychain));
    QCOMPARE(m_provider->revokedTokens, QStringList { QStringLiteral("refresh-old") });
    QCOMPARE(metadata()->storage, SecretStore::Kind::Keychain);
    // The session moved stores: the old file secret is gone.
    QVERIFY(!QFileInfo::exists(m_store->secretStore(SecretStore::Kind::File)->location(kProfile)));
}

void TestSessionManager::secondLoginKeepsTheOrganizationOfTheSameAccount_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("kept");
    QTest::newRow("same account") << QStringLiteral("ada@example.com") << true;
    QTest::newRow("same account, other case") << QStringLiteral("Ada@Example.com") << true;
    QTest::newRow("another account") << QStringLiteral("grace@example.com") << false;
}

void TestSessionManager::secondLoginKeepsTheOrganizationOfTheSameAccount()
{
    QFETCH(QString, email);
    QFETCH(bool, kept);
    QVERIFY(!save(login(QStringLiteral("old")), SecretStore::Kind::Keychain));
    SessionMetadata chosen = *metadata();
    chosen.organizationId = QStringLiteral("1001");
    chosen.organizationName = QStringLiteral("Seqera Labs");
    chosen.organizationType = QStringLiteral("team");
    QVERIFY(!m_store->saveMetadata(chosen));
    LoginResult again = login(QStringLiteral("new"));
    again.email = email;
    QVERIFY(!save(again, SecretStore::Kind::Keychain));
    const SessionMetadata now = *metadata();
    QCOMPARE(now.email, email);
    QCOMPARE(now.organizationId, kept ? QStringLiteral("1001") : QString());
    QCOMPARE(now.organizationName, kept ? QStringLiteral("Seqera Labs") : QString());
    QCOMPARE(now.organizationType, kept ? QStringLiteral("team") : QString());
}

void TestSessionManager::completeLoginAnswersTheBrowserOnlyAfterStoring_data()
{
    QTest::addColumn<bool>("storeWorks");
    QTest::newRow("stored") << true;
    QTest::newRow("the keyring refuses") << false;
}

// The hand-off once for both front ends: tokens -> saveLogin -> the browser page -> done.
void TestSessionManager::completeLoginAnswersTheBrowserOnlyAfterStoring()
{
    QFETCH(bool, storeWorks);
    if (!storeWorks)
        m_keyring->writesBeforeFailing = 0;
    LoginFlow flow(&m_nam, m_settings, &m_clock);
    QSignalSpy page(&flow, &LoginFlow::pageDelivered);
    bool done = false;
    Error error;
    QString email;
    bool storedWhenDone = false;
    m_sessions->completeLogin(&flow, kProfile, SecretStore::Kind::Keychain,
        [&](const LoginResult &result, const Error &e) {
            done = true;
            error = e;
            email = result.email;
            storedWhenDone = metadata().has_value();
            QCOMPARE(page.count(), 0); // the page is answered from the event loop, after this
        });
    emit flow.tokensReady(login(QStringLiteral("old")));
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QTRY_COMPARE(page.count(), 1);
    QCOMPARE(email, QStringLiteral("ada@example.com"));
    QCOMPARE(bool(error), !storeWorks);
    QCOMPARE(storedWhenDone, storeWorks);
}

void TestSessionManager::logoutRevokesAndRemovesEverything()
{
    QVERIFY(!save(login(QStringLiteral("old")), SecretStore::Kind::File));
    const QString file = m_store->secretStore(SecretStore::Kind::File)->location(kProfile);
    QVERIFY(QFileInfo::exists(file));
    std::optional<LogoutReport> report;
    m_sessions->logout(kProfile, [&report](const LogoutReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
    QVERIFY2(!report->error, qPrintable(report->error.message));
    QVERIFY(report->hadSession);
    QVERIFY(report->revoked);
    QCOMPARE(m_provider->revokedTokens,
        (QStringList { QStringLiteral("refresh-old"), QStringLiteral("access-old") }));
    QVERIFY(!QFileInfo::exists(file));
    QVERIFY(!metadata());
}

void TestSessionManager::logoutWithALockedKeyringKeepsEverything()
{
    QVERIFY(!save(login(QStringLiteral("old")), SecretStore::Kind::Keychain));
    m_keyring->failReads = true;
    std::optional<LogoutReport> report;
    m_sessions->logout(kProfile, [&report](const LogoutReport &r) { report = r; });
    QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 10000);
    QCOMPARE(report->error.code, Error::Code::KeychainUnavailable);
    QVERIFY(metadata().has_value()); // the user can unlock the keyring and retry
    QVERIFY(m_keyring->secrets.contains(kProfile));
    QCOMPARE(m_provider->revokedTokens, QStringList());
}

void TestSessionManager::chooseStorage()
{
    std::optional<StorageChoice> choice;
    m_sessions->chooseStorage(kProfile, true, [&choice](const StorageChoice &c) { choice = c; });
    QTRY_VERIFY(choice.has_value());
    QCOMPARE(choice->kind, SecretStore::Kind::File);
    QVERIFY(choice->warning.isEmpty()); // chosen on purpose: no warning
}

void TestSessionManager::validTokenRenewsWhenDueAndSaysSo_data()
{
    QTest::addColumn<qint64>("secsLeft");
    QTest::addColumn<bool>("force");
    QTest::addColumn<QString>("token");
    QTest::newRow("fresh") << qint64(3000) << false << QStringLiteral("access-old");
    QTest::newRow("due") << qint64(60) << false << QStringLiteral("access-1");
    QTest::newRow("fresh, forced") << qint64(3000) << true << QStringLiteral("access-1");
}

void TestSessionManager::validTokenRenewsWhenDueAndSaysSo()
{
    QFETCH(qint64, secsLeft);
    QFETCH(bool, force);
    QFETCH(QString, token);
    QVERIFY(storeSession(SecretStore::Kind::Keychain, secsLeft));
    QSignalSpy changed(m_sessions.get(), &SessionManager::sessionChanged);
    std::optional<std::pair<AccessToken, Error>> outcome;
    m_sessions->validToken(kProfile, force,
        [&outcome](const AccessToken &t, const Error &e) { outcome.emplace(t, e); });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
    const auto &[valid, error] = *outcome;
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(valid.value(), token);
    const bool renewed = token != QLatin1String("access-old");
    QCOMPARE(valid.renewed, renewed);
    QCOMPARE(valid.source, AccessToken::Source::Session);
    QCOMPARE(valid.profile, kProfile);
    QCOMPARE(valid.metadata.email, QStringLiteral("ada@example.com"));
    // A renewal changes the stored session: the tray and other front ends hear of it.
    QCOMPARE(changed.count(), renewed ? 1 : 0);
    if (renewed)
        QCOMPARE(changed.first().first().toString(), kProfile);
    QCOMPARE(m_provider->refreshes, renewed ? 1 : 0);
}

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"

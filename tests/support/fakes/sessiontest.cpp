#include "sessiontest.h"

#include "auth/tokenset.h"
#include "scratch.h"
#include "storage/sessionmetadata.h"
#include "storage/sessionstore.h"

namespace testsupport {

SessionTest::SessionTest() = default;
SessionTest::~SessionTest() = default;

bool SessionTest::setUpSession()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    if (!m_tmp->isValid())
        return false;
    m_settings = scratchSettings(*m_tmp);
    m_store = std::make_unique<seqera::SessionStore>(m_settings);
    m_keyring = std::make_unique<FakeSecretStore>(seqera::SecretStore::Kind::Keychain);
    m_keyring->delayMs = 5;
    m_store->setSecretStore(seqera::SecretStore::Kind::Keychain, m_keyring.get());
    m_provider = std::make_unique<TokenEndpoint>();
    if (!m_provider->isListening())
        return false;
    m_clock = TestClock();
    return true;
}

void SessionTest::tearDownSession()
{
    m_store.reset();
    m_keyring.reset();
    m_provider.reset();
    m_tmp.reset();
}

bool SessionTest::storeSession(seqera::SecretStore::Kind kind, qint64 secsLeft, bool renewable)
{
    const QString profile = QStringLiteral("default");
    seqera::TokenSet tokens;
    tokens.accessToken = QStringLiteral("access-old");
    tokens.refreshToken = renewable ? QStringLiteral("refresh-old") : QString();
    tokens.expiresAt = m_clock.now().addSecs(secsLeft);
    tokens.obtainedAt = tokens.expiresAt.addSecs(-3600);
    const JobResult written = runJob(m_store->secretStore(kind)->write(profile, tokens.toSecret()));
    if (!written.finished || written.error)
        return false;
    seqera::SessionMetadata m;
    m.profile = profile;
    m.email = QStringLiteral("ada@example.com");
    m.clientId = QStringLiteral("seqera-cli");
    m.tokenEndpoint = m_provider->tokenUrl();
    m.revocationEndpoint = m_provider->revocationUrl();
    m.loginAt = tokens.obtainedAt;
    m.obtainedAt = tokens.obtainedAt;
    m.expiresAt = tokens.expiresAt;
    m.renewable = renewable;
    m.storage = kind;
    if (m_store->saveMetadata(m))
        return false;
    m_keyring->reads = m_keyring->writes = m_keyring->removes = 0;
    return true;
}

} // namespace testsupport

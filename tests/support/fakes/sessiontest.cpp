#include "sessiontest.h"

#include "scratch.h"
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

} // namespace testsupport

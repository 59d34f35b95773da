#pragma once

#include "config/settings.h"
#include "fakesecretstore.h"
#include "testclock.h"
#include "tokenendpoint.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace seqera {
class SessionStore;
}

namespace testsupport {

// The fixture of the session suites (Renewal, SessionManager, TokenResolver): a profile tree
// in a QTemporaryDir (scratchSettings), a store whose keyring is a FakeSecretStore answering
// later, as a D-Bus keyring's do, a token endpoint on loopback and the test clock.
class SessionTest : public QObject
{
protected:
    SessionTest();
    ~SessionTest() override;

    bool setUpSession(); // in init()
    void tearDownSession(); // in cleanup()

    // Stores a session of profile "default" as a login would have: secret ("access-old",
    // "refresh-old" unless not `renewable`) in the store of `kind`, then metadata; the token
    // obtained an hour before its expiry, `secsLeft` from now. Resets the keyring's counts.
    bool storeSession(seqera::SecretStore::Kind kind, qint64 secsLeft, bool renewable = true);

    std::unique_ptr<QTemporaryDir> m_tmp;
    seqera::Settings m_settings;
    std::unique_ptr<seqera::SessionStore> m_store;
    std::unique_ptr<FakeSecretStore> m_keyring;
    std::unique_ptr<TokenEndpoint> m_provider;
    QNetworkAccessManager m_nam;
    TestClock m_clock;
};

} // namespace testsupport

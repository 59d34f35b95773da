#include "services.h"

#include "config/settings.h"
#include "os/interrupt.h"
#include "session/sessionmanager.h"
#include "session/tokenresolver.h"
#include "storage/sessionstore.h"
#include "util/http.h"

#include <QNetworkAccessManager>

namespace seqera::cli {

Services::Services(Settings &settings)
    : m_settings(settings)
{ }

Services::~Services()
{
    // Dependents first.
    m_tokens.reset();
    m_sessions.reset();
    m_store.reset();
    m_network.reset();
}

QNetworkAccessManager *Services::network()
{
    if (!m_network) {
        m_network.reset(http::createNetworkAccessManager(m_settings.networkTimeoutMs));
    }
    return m_network.get();
}

SessionStore *Services::store()
{
    if (!m_store)
        m_store = std::make_unique<SessionStore>(m_settings);
    return m_store.get();
}

SessionManager *Services::sessions()
{
    if (!m_sessions)
        m_sessions
            = std::make_unique<SessionManager>(m_settings, store(), network(), Clock::system());
    return m_sessions.get();
}

TokenResolver *Services::tokens()
{
    if (!m_tokens)
        m_tokens = std::make_unique<TokenResolver>(m_settings, sessions());
    return m_tokens.get();
}

int runUntilDone(const std::function<void(std::function<void(int)> finish)> &start,
    std::function<void()> onInterrupt)
{
    QEventLoop loop;
    int result = -1;
    bool finished = false;
    auto finish = [&loop, &result, &finished](int code) {
        if (finished)
            return;
        finished = true;
        result = code;
        loop.quit();
    };
    os::InterruptSource interrupts;
    QObject::connect(&interrupts, &os::InterruptSource::interrupted, &loop, [&] {
        if (onInterrupt)
            onInterrupt();
        else
            finish(ExitCode::Interrupted);
    });
    start(finish);
    if (!finished)
        loop.exec();
    return result;
}

} // namespace seqera::cli

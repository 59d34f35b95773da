#pragma once

#include "util/clock.h"

#include <QEventLoop>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace seqera {
struct Settings;
class SessionManager;
class SessionStore;
class TokenResolver;
} // namespace seqera

namespace seqera::cli {

// The core objects a command needs, made on first use: `seqera --version` and `seqera
// status` never pay for a network stack or a keyring connection they do not use.
class Services
{
public:
    explicit Services(Settings &settings);
    ~Services();

    QNetworkAccessManager *network();
    SessionStore *store();
    SessionManager *sessions();
    TokenResolver *tokens();

private:
    Settings &m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<TokenResolver> m_tokens;
};

// The one blocking wait of a command: runs the event loop until `start` calls its finish
// function with an exit code. Ctrl-C calls `onInterrupt` (default: exit 130).
int runUntilDone(const std::function<void(std::function<void(int)> finish)> &start,
    std::function<void()> onInterrupt = {});

} // namespace seqera::cli

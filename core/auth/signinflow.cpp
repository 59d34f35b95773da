#include "signinflow.h"

#include "auth/identity.h"

namespace seqera {

SignInFlow::SignInFlow(
    QNetworkAccessManager *nam, const Settings &settings, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_clock(clock)
{ }

SignInFlow::~SignInFlow() = default;

void SignInFlow::start()
{
    fetchProviderMetadata(m_nam, m_settings.discoveryUrl(), this,
        [this](const ProviderMetadata &metadata, const Error &error) {
            if (m_finished)
                return;
            if (error) {
                fail(error);
                return;
            }
            m_provider = metadata;
            begin();
        });
}

void SignInFlow::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit failed(error);
    afterFailure(error);
}

void SignInFlow::identify(const TokenSet &tokens, std::function<void(const QString &)> done)
{
    resolveIdentity(m_nam, m_provider, m_settings.clientId, m_settings.platformApiUrl, tokens, this,
        [this, done](const QString &email, const Error &e) {
            if (e)
                fail(e);
            else
                done(email);
        });
}

} // namespace seqera

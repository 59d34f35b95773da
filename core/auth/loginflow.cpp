#include "loginflow.h"

#include "auth/loopbackserver.h"
#include "auth/pkce.h"
#include "auth/tokenreplyhandler.h"
#include "util/clock.h"
#include "util/http.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLogin, "seqera.auth", QtWarningMsg)

namespace seqera {

LoginFlow::LoginFlow(
    QNetworkAccessManager *nam, const Settings &settings, const Clock *clock, QObject *parent)
    : SignInFlow(nam, settings, clock, parent)
{ }

LoginFlow::~LoginFlow() = default;

QString LoginFlow::redirectUri() const
{
    return m_server ? m_server->redirectUri() : QString();
}

// Long on purpose: the authorization-code flow's set-up in the order RFC 8252 and PKCE ask
// for it (S256 check, loopback listener, Qt's flow, its parameters, the callback wiring).
void LoginFlow::begin()
{
    const ProviderMetadata &metadata = m_provider;
    if (!metadata.codeChallengeMethods.isEmpty()
        && !metadata.codeChallengeMethods.contains(QLatin1String("S256"))) {
        fail({ Error::Code::Protocol,
            tr("The sign-in server does not support PKCE with S256, which this client "
               "requires for a safe login.") });
        return;
    }

    m_server = new LoopbackServer(this);
    if (!m_server->listen(m_settings.redirectPort, 10)) {
        fail({ Error::Code::Network,
            tr("Could not listen on 127.0.0.1 ports %1-%2 for the sign-in callback. Close "
               "the program using them or set SEQERA_AUTH_REDIRECT_PORT to a free port.")
                .arg(m_settings.redirectPort)
                .arg(m_settings.redirectPort + 9) });
        return;
    }
    connect(m_server, &LoopbackServer::strayRequest, this, &LoginFlow::strayRequest);
    connect(m_server, &LoopbackServer::pageDelivered, this, &LoginFlow::pageDelivered);
    connect(m_server, &LoopbackServer::authorizationFailed, this,
        [this](const QString &code, const QString &description) {
            const QString detail
                = description.isEmpty() ? code : QStringLiteral("%1: %2").arg(code, description);
            fail({ code == QLatin1String("access_denied") ? Error::Code::AccessDenied
                                                          : Error::Code::Protocol,
                tr("The sign-in was not completed (%1). Run \"seqera login\" to try "
                   "again.")
                    .arg(detail) });
        });

    m_handler = new TokenReplyHandler(m_server, this);
    connect(m_handler, &TokenReplyHandler::tokenRequestFailed, this, &LoginFlow::fail);
    connect(m_handler, &TokenReplyHandler::callbackReceived, this, [this] {
        // The browser is back; the rest is a network exchange with its own timeout.
        m_timeout->start(m_settings.networkTimeoutMs + 5000);
    });

    m_verifier = pkce::generateVerifier();
    m_state = pkce::generateState();
    m_server->setExpectedState(m_state);

    // The flow posts the code exchange itself and reads the answer at the end: its manager
    // follows no redirect (the code and verifier stay at the token endpoint) and caps it.
    m_flow = new QOAuth2AuthorizationCodeFlow(
        http::createGuardedNetworkAccessManager(m_settings.networkTimeoutMs, this), this);
    m_flow->setAuthorizationUrl(metadata.authorizationEndpoint);
    m_flow->setAccessTokenUrl(metadata.tokenEndpoint);
    m_flow->setClientIdentifier(m_settings.clientId);
    m_flow->setScope(requestedScope());
    m_flow->setState(QString::fromLatin1(m_state));
    m_flow->setReplyHandler(m_handler);
    const QByteArray verifier = m_verifier;
    const QString audience = m_settings.audience;
    // PKCE is ours on every Qt version, added here: Qt 6.4 has none, and Qt 6.8's own
    // (on by default) would send a second code_challenge and code_verifier, which the
    // provider refuses. The one version check of PKCE.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    m_flow->setPkceMethod(QOAuth2AuthorizationCodeFlow::PkceMethod::None);
#endif
    m_flow->setModifyParametersFunction(
        [verifier, audience](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *p) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                p->insert(QStringLiteral("code_challenge"), pkce::challengeS256(verifier));
                p->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
                if (!audience.isEmpty())
                    p->insert(QStringLiteral("audience"), audience);
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                p->insert(QStringLiteral("code_verifier"), verifier);
                p->remove(QStringLiteral("client_secret"));
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &LoginFlow::authorizeWithBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, &LoginFlow::onTokensReceived);

    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail({ Error::Code::Timeout,
            m_handler->lastResponse().isEmpty() && !m_server->isListening()
                ? tr("The sign-in server did not answer the token request in time. Run "
                     "\"seqera login\" to try again.")
                : tr("No sign-in arrived from the browser within %n second(s). Run "
                     "\"seqera login\" to try again.",
                    nullptr, m_settings.callbackTimeoutMs / 1000) });
    });
    m_timeout->start(m_settings.callbackTimeoutMs);
    m_flow->grant();
}

void LoginFlow::onTokensReceived()
{
    if (m_finished)
        return;
    m_result.tokens = TokenSet::fromTokenResponse(m_handler->lastResponse(), m_clock->now());
    m_result.provider = m_provider;
    identify(m_result.tokens, [this](const QString &email) { finishIdentity(email); });
}

void LoginFlow::finishIdentity(const QString &email)
{
    if (m_finished)
        return;
    m_timeout->stop();
    m_result.email = email;
    emit tokensReady(m_result);
}

void LoginFlow::complete(const Error &storeError)
{
    m_finished = true;
    if (m_timeout)
        m_timeout->stop();
    if (!m_server) {
        QTimer::singleShot(0, this, &LoginFlow::pageDelivered);
        return;
    }
    if (storeError) {
        m_server->finish(false, tr("Sign-in failed"),
            tr("You signed in, but the session could not be saved: %1").arg(storeError.message));
    } else {
        m_server->finish(true, tr("Signed in to Seqera"),
            tr("You are signed in as %1. You can close this window and return to "
               "the terminal.")
                .arg(m_result.email));
    }
}

void LoginFlow::cancel()
{
    fail({ Error::Code::Cancelled, tr("The sign-in was cancelled.") });
}

void LoginFlow::afterFailure(const Error &error)
{
    if (m_timeout)
        m_timeout->stop();
    if (m_server)
        m_server->finish(false, tr("Sign-in failed"), error.message);
    else
        QTimer::singleShot(0, this, &LoginFlow::pageDelivered);
}

} // namespace seqera

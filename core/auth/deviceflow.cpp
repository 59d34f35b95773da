#include "deviceflow.h"

#include "util/clock.h"
#include "util/http.h"

#include <QJsonValue>
#include <QTimer>

namespace seqera {

namespace {
// Bounds for what the server says (RFC 8628 §3.2, §3.5): a poll at least every minute, never
// more than once a second, and a code that lives between one minute and half an hour.
constexpr int kMinIntervalSecs = 1;
constexpr int kMaxIntervalSecs = 60;
constexpr int kDefaultIntervalSecs = 5;
constexpr int kSlowDownSecs = 5;
constexpr int kMinExpiresSecs = 60;
constexpr int kMaxExpiresSecs = 30 * 60;
constexpr int kDefaultExpiresSecs = 600;

int bounded(const QJsonValue &value, int fallback, int low, int high)
{
    const double v = value.isDouble() ? value.toDouble() : fallback;
    return int(qBound(double(low), v, double(high)));
}
} // namespace

DeviceFlow::DeviceFlow(
    QNetworkAccessManager *nam, const Settings &settings, const Clock *clock, QObject *parent)
    : SignInFlow(nam, settings, clock, parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // RFC 8628 §3.5: the client MUST wait at least `interval` seconds between polls; a coarse
    // timer may fire 5% early, and the server answers slow_down to that.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &DeviceFlow::poll);
}

void DeviceFlow::cancel()
{
    fail({ Error::Code::Cancelled, tr("The sign-in was cancelled.") });
}

void DeviceFlow::begin()
{
    if (m_provider.deviceAuthorizationEndpoint.isEmpty()) {
        fail({ Error::Code::Protocol,
            tr("The sign-in server at %1 does not offer device login. Use \"seqera login "
               "--no-browser\" and open the URL on a machine that can reach this one.")
                .arg(m_settings.authDomain.toString()) });
        return;
    }
    http::Request request(m_provider.deviceAuthorizationEndpoint,
        tr("device authorization request"), QByteArrayLiteral("POST"));
    request.redirects = http::Redirects::None;
    request.setForm({ { QStringLiteral("client_id"), m_settings.clientId },
        { QStringLiteral("scope"), requestedScope() },
        { QStringLiteral("audience"), m_settings.audience } });
    http::send(m_nam, request, this, [this](const http::Response &r) {
        if (m_finished)
            return;
        if (r.error) {
            fail(r.error);
            return;
        }
        m_deviceCode = r.json.value(QStringLiteral("device_code")).toString();
        const QString userCode = r.json.value(QStringLiteral("user_code")).toString();
        const QUrl uri(r.json.value(QStringLiteral("verification_uri")).toString());
        const QUrl complete(r.json.value(QStringLiteral("verification_uri_complete")).toString());
        const int expiresIn = bounded(r.json.value(QStringLiteral("expires_in")),
            kDefaultExpiresSecs, kMinExpiresSecs, kMaxExpiresSecs);
        m_intervalSecs = bounded(r.json.value(QStringLiteral("interval")), kDefaultIntervalSecs,
            kMinIntervalSecs, kMaxIntervalSecs);
        if (m_deviceCode.isEmpty() || userCode.isEmpty() || uri.isEmpty()) {
            fail({ Error::Code::Protocol,
                tr("The device authorization answer lacks a code or a verification URL.") });
            return;
        }
        m_deadline = m_clock->now().addSecs(expiresIn);
        emit userCodeReady(userCode, uri, complete, expiresIn);
        schedulePoll();
    });
}

void DeviceFlow::schedulePoll()
{
    m_timer->start(m_intervalSecs * 1000);
}

void DeviceFlow::poll()
{
    if (m_finished)
        return;
    if (m_clock->now() >= m_deadline) {
        fail({ Error::Code::Timeout,
            tr("The device code expired before the sign-in was confirmed. Run \"seqera login "
               "--device\" again.") });
        return;
    }
    http::Request request(m_provider.tokenEndpoint, tr("token request"), QByteArrayLiteral("POST"));
    request.redirects = http::Redirects::None;
    request.setForm({ { QStringLiteral("grant_type"),
                          QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
        { QStringLiteral("device_code"), m_deviceCode },
        { QStringLiteral("client_id"), m_settings.clientId } });
    http::send(m_nam, request, this, [this](const http::Response &r) {
        if (m_finished)
            return;
        const QString error = r.json.value(QStringLiteral("error")).toString();
        if (r.status == 400 && error == QLatin1String("authorization_pending")) {
            schedulePoll();
            return;
        }
        if (r.status == 400 && error == QLatin1String("slow_down")) {
            m_intervalSecs = qMin(m_intervalSecs + kSlowDownSecs, kMaxIntervalSecs); // §3.5
            schedulePoll();
            return;
        }
        if (error == QLatin1String("expired_token")) {
            fail({ Error::Code::Timeout,
                tr("The device code expired before the sign-in was confirmed. Run \"seqera "
                   "login --device\" again.") });
            return;
        }
        if (error == QLatin1String("access_denied")) {
            fail({ Error::Code::AccessDenied,
                tr("The sign-in was refused on the verification page (access_denied).") });
            return;
        }
        if (r.error && r.error.isTransient()) {
            // A hiccup while the user types the code must not end the login: keep polling.
            schedulePoll();
            return;
        }
        if (r.error) {
            fail(r.error);
            return;
        }
        LoginResult result;
        result.tokens = TokenSet::fromTokenResponse(r.json, m_clock->now());
        result.provider = m_provider;
        if (result.tokens.accessToken.isEmpty()) {
            fail({ Error::Code::Protocol,
                tr("The sign-in server answered without an access token.") });
            return;
        }
        identify(result.tokens, [this, result](const QString &email) mutable {
            m_finished = true;
            result.email = email;
            emit tokensReady(result);
        });
    });
}

void DeviceFlow::afterFailure(const Error &)
{
    m_timer->stop();
}

} // namespace seqera

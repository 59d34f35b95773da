#include "traystatemachine.h"

#include "session/renewal.h"
#include "storage/sessionstore.h"
#include "util/clock.h"
#include "util/http.h"
#include "util/terminaltext.h"

#include "traylog.h"
#include <QLocale>

#include <cmath>

Q_LOGGING_CATEGORY(lcTray, "seqera.tray", QtWarningMsg)

namespace seqera::tray {

namespace {

QString formatTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

// A retry is minutes away: the time of day is what a person wants to read.
QString formatClock(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

// Server text (an e-mail address) shown in a menu, tooltip or notification.
QString shown(const QString &serverText)
{
    return text::printable(serverText, text::Lines::Single);
}

qint64 minutesUntil(const QDateTime &now, const QDateTime &when)
{
    return qMax<qint64>(1, static_cast<qint64>(std::ceil(now.secsTo(when) / 60.0)));
}

} // namespace

TrayStateMachine::TrayStateMachine(SessionStore *store, const Clock *clock, const QString &profile,
    const QUrl &defaultPlatformUrl, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_profile(profile)
    , m_defaultPlatformUrl(defaultPlatformUrl)
{
    qRegisterMetaType<TrayNotification>();
}

void TrayStateMachine::setProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    // Another profile is not an event: learn its state without notifying.
    m_profile = profile;
    m_session.reset();
    m_loaded = false;
    m_refused = false;
    m_retryAt = {};
    m_retrySecs = kFirstRetrySecs;
    m_renewalError = {};
    refresh();
}

QString TrayStateMachine::sessionKey() const
{
    if (!m_session)
        return {};
    return m_profile + QLatin1Char('|') + m_session->email + QLatin1Char('|')
        + m_session->loginAt.toString(Qt::ISODateWithMs);
}

void TrayStateMachine::refresh()
{
    Error error;
    std::optional<SessionMetadata> loaded = m_store->loadMetadata(m_profile, &error);
    if (error)
        qCWarning(lcTray) << "cannot read the session:" << error.message;
    // The core's message names shell commands; the tray offers its menu instead.
    m_loadError = !error ? QString()
        : error.code == Error::Code::Corrupt
        ? tr("The session file %1 is damaged and cannot be used. Choose \"Log out\" to clean "
             "up, then log in again.")
              .arg(m_store->metadataPath(m_profile))
        : tr("The session file %1 cannot be read. %2")
              .arg(m_store->metadataPath(m_profile), describe(error));

    const bool had = m_session.has_value();
    const QString oldKey = sessionKey();
    const QDateTime oldObtainedAt = had ? m_session->obtainedAt : QDateTime();
    m_session = loaded;
    const QString newKey = sessionKey();

    if (m_session && newKey != oldKey) {
        m_refused = false;
        m_retryAt = {};
        m_retrySecs = kFirstRetrySecs;
        m_renewalError = {};
    } else if (m_session && m_renewalError && m_session->obtainedAt != oldObtainedAt) {
        // Someone else (the CLI) renewed the session while we were offline.
        m_renewalError = {};
        m_retrySecs = kFirstRetrySecs;
        m_retryAt = {};
    }
    if (m_loaded) {
        if (m_session && newKey != oldKey) {
            emitNotification(TrayNotification::Kind::LoggedIn, tr("Signed in"),
                tr("Signed in to Seqera Platform as %1 (profile \"%2\").")
                    .arg(shown(m_session->email), m_profile),
                false);
        } else if (!m_session && had && !m_refused && m_loadError.isEmpty()) {
            emitNotification(TrayNotification::Kind::LoggedOut, tr("Signed out"),
                tr("You are signed out of Seqera Platform (profile \"%1\").").arg(m_profile),
                false);
        }
    }
    m_loaded = true;
    update();
}

void TrayStateMachine::setActivity(Activity activity)
{
    if (activity == m_activity)
        return;
    m_activity = activity;
    update();
}

void TrayStateMachine::loginFinished(const Error &error)
{
    m_activity = Activity::Idle;
    if (error && error.code != Error::Code::Cancelled)
        emitNotification(
            TrayNotification::Kind::Failed, tr("Sign-in failed"), describe(error), true);
    refresh();
}

void TrayStateMachine::logoutFinished(const Error &error)
{
    m_activity = Activity::Idle;
    if (error)
        emitNotification(
            TrayNotification::Kind::Failed, tr("Sign-out incomplete"), describe(error), false);
    refresh();
}

void TrayStateMachine::renewalFinished(const Error &error)
{
    m_activity = Activity::Idle;
    const QDateTime now = m_clock->now();
    if (!error) {
        if (m_renewalError)
            qCInfo(lcTray) << "renewal succeeded after a failure";
        m_renewalError = {};
        m_offlineKey.clear();
        m_retrySecs = kFirstRetrySecs;
        // A floor against a renewal loop; short because the stored times are rounded to the
        // second and the renewal may have found the token one moment too fresh.
        m_retryAt = now.addSecs(kRenewalFloorSecs);
    } else if (error.code == Error::Code::SessionEnded) {
        if (m_expiredKey.isEmpty() || m_expiredKey != sessionKey()) {
            m_expiredKey = sessionKey();
            emitNotification(TrayNotification::Kind::Expired, tr("Session ended"),
                tr("Seqera Platform refused to renew your session (profile \"%1\"). "
                   "Log in again to keep working.")
                    .arg(m_profile),
                true);
        }
        m_refused = true;
    } else if (error.code != Error::Code::NotLoggedIn) {
        // Nothing was lost (network, keyring, server trouble): try again later, less often.
        const bool sameTrouble = m_renewalError && m_renewalError.code == error.code;
        m_renewalError = error;
        m_retryAt = now.addSecs(m_retrySecs);
        m_retrySecs = qMin(m_retrySecs * 2, kMaxRetrySecs);
        qCInfo(lcTray).noquote() << "renewal failed, retrying at" << m_retryAt.toString(Qt::ISODate)
                                 << ":" << error.message;
        // Trouble that will not pass by waiting is worth telling, once per kind of trouble;
        // transient trouble shows in the icon, and is told only if the token runs out (update).
        if (!error.isTransient() && !sameTrouble)
            emitNotification(TrayNotification::Kind::Failed, tr("Session renewal failed"),
                tr("Your Seqera Platform session (profile \"%1\") could not be renewed: %2 "
                   "Retrying at %3.")
                    .arg(m_profile, describe(error), formatClock(m_retryAt)),
                true);
    }
    refresh();
}

bool TrayStateMachine::renewalDue(const QDateTime &now) const
{
    if (!m_session || !m_session->renewable || m_refused || m_activity != Activity::Idle)
        return false;
    if (m_retryAt.isValid() && now < m_retryAt)
        return false;
    return RenewalPolicy::needsRenewal(m_session->obtainedAt, m_session->expiresAt, now);
}

void TrayStateMachine::update()
{
    const QDateTime now = m_clock->now();
    const bool expired = m_session && RenewalPolicy::isExpired(m_session->expiresAt, now);
    const bool warnable = m_session && !m_session->renewable && m_session->expiresAt.isValid();
    const bool canRenew = m_session && m_session->renewable && !m_refused;

    TrayState state;
    if (m_activity != Activity::Idle)
        state = TrayState::Working;
    else if (!m_session)
        state = m_refused || !m_loadError.isEmpty() ? TrayState::Expired : TrayState::SignedOut;
    else if (m_refused || (expired && !canRenew))
        state = TrayState::Expired;
    else if (m_renewalError && canRenew)
        state = TrayState::Offline;
    else if (warnable && now.secsTo(m_session->expiresAt) <= kExpiryWarningSecs)
        state = TrayState::ExpiringSoon;
    else
        state = TrayState::SignedIn;

    QString line = QStringLiteral("state: ") + stateName(state);
    if (state == TrayState::SignedIn || state == TrayState::ExpiringSoon
        || state == TrayState::Offline) {
        line += QLatin1Char(' ') + m_session->email + QStringLiteral(" expires ")
            + (m_session->expiresAt.isValid() ? m_session->expiresAt.toUTC().toString(Qt::ISODate)
                                              : QStringLiteral("unknown"));
    }
    if (line != m_loggedLine) {
        m_loggedLine = line;
        qCInfo(lcTray).noquote() << line;
    }
    if (state != m_state) {
        m_state = state;
        emit stateChanged(state);
    }

    // A damaged session file is a failure the user must act on: say so once per damage.
    if (m_loadError.isEmpty()) {
        m_notifiedLoadError.clear();
    } else if (m_loadError != m_notifiedLoadError && m_activity == Activity::Idle) {
        m_notifiedLoadError = m_loadError;
        emitNotification(
            TrayNotification::Kind::Failed, tr("Session unreadable"), m_loadError, false);
    }

    if (warnable && m_activity == Activity::Idle) {
        const QString key = sessionKey();
        if (expired && m_expiredKey != key) {
            m_expiredKey = key;
            m_warnedKey = key;
            emitNotification(TrayNotification::Kind::Expired, tr("Session expired"),
                tr("Your Seqera Platform session (profile \"%1\") has expired and "
                   "cannot be renewed. Log in again to keep working.")
                    .arg(m_profile),
                true);
        } else if (state == TrayState::ExpiringSoon && m_warnedKey != key) {
            m_warnedKey = key;
            emitNotification(TrayNotification::Kind::ExpiringSoon, tr("Session expiring"),
                tr("Your Seqera Platform session expires in %n minute(s) and cannot "
                   "be renewed. Log in again to keep working.",
                    nullptr, static_cast<int>(minutesUntil(now, m_session->expiresAt))),
                true);
        }
    }

    // Offline past the token's end: tools using the session fail now. Say so, once per episode.
    if (state == TrayState::Offline && expired && m_offlineKey != sessionKey()) {
        m_offlineKey = sessionKey();
        emitNotification(TrayNotification::Kind::Offline, tr("Session not renewed"),
            tr("Your Seqera Platform session (profile \"%1\") ran out and could not be renewed "
               "yet: %2 Retrying at %3.")
                .arg(m_profile, describe(m_renewalError), formatClock(m_retryAt)),
            false);
    }

    if (renewalDue(now))
        emit renewalWanted(m_profile);
}

void TrayStateMachine::emitNotification(
    TrayNotification::Kind kind, const QString &title, const QString &text, bool offersLogin)
{
    qCInfo(lcTray).noquote() << QStringLiteral("notify: %1: %2").arg(title, text);
    emit notify({ kind, title, text, offersLogin });
}

QDateTime TrayStateMachine::nextDeadline() const
{
    if (!m_session || m_activity != Activity::Idle || !m_session->expiresAt.isValid())
        return {};
    const QDateTime now = m_clock->now();
    const QDateTime expiresAt = m_session->expiresAt;
    QList<QDateTime> candidates { expiresAt };
    if (m_session->renewable && !m_refused) {
        // session.json keeps whole seconds: the secret's exact renewal time can be up to a
        // second later than the one computed here.
        const QDateTime renewAt
            = RenewalPolicy::renewAt(m_session->obtainedAt, expiresAt).addSecs(1);
        candidates << (m_retryAt.isValid() && m_retryAt > renewAt ? m_retryAt : renewAt);
    }
    if (!m_session->renewable)
        candidates << expiresAt.addSecs(-kExpiryWarningSecs);
    QDateTime next;
    for (const QDateTime &candidate : candidates) {
        if (candidate > now && (!next.isValid() || candidate < next))
            next = candidate;
    }
    return next;
}

// Long on purpose: one short block per menu entry, in the menu's order.
TrayMenuModel TrayStateMachine::menu() const
{
    TrayMenuModel m;
    m.profile = m_profile;
    const QStringList profiles = m_store->profiles();
    if (profiles.size() > 1 || (profiles.size() == 1 && profiles.first() != m_profile)) {
        m.profiles = profiles;
        if (!m.profiles.contains(m_profile)) {
            m.profiles << m_profile;
            m.profiles.sort();
        }
    }
    m.platformUrl = platformWebUrl(
        m_session && m_session->apiUrl.isValid() ? m_session->apiUrl : m_defaultPlatformUrl);
    const QDateTime now = m_clock->now();
    const QString email = m_session ? shown(m_session->email) : QString();
    auto expiryRow = [&]() -> QString {
        if (!m_session || !m_session->expiresAt.isValid())
            return tr("Session expiry unknown");
        const QDateTime at = m_session->expiresAt;
        if (m_session->renewable && at <= now)
            return tr("Renewing the session…");
        if (m_session->renewable)
            return tr("Renewed automatically (current token until %1)").arg(formatTime(at));
        if (now.secsTo(at) <= 2 * 3600)
            return tr("Session expires at %1 (in %n minute(s))", nullptr,
                static_cast<int>(minutesUntil(now, at)))
                .arg(formatTime(at));
        return tr("Session expires at %1").arg(formatTime(at));
    };

    if (m_session && !m_session->organizationName.isEmpty() && m_state != TrayState::Expired
        && m_activity != Activity::LoggingIn)
        m.organization = tr("Organization: %1").arg(shown(m_session->organizationName));

    switch (m_state) {
    case TrayState::Working:
        if (m_activity == Activity::LoggingIn) {
            m.identity = tr("Waiting for the sign-in in your browser…");
            m.showCancel = true;
        } else {
            m.identity = m_activity == Activity::Renewing ? tr("Signed in as %1").arg(email)
                                                          : tr("Signing out…");
            m.expiry = m_activity == Activity::Renewing ? tr("Renewing the session…") : QString();
            m.showLogOut = true;
            m.actionsEnabled = false;
        }
        break;
    case TrayState::SignedOut:
        m.identity = tr("Not signed in");
        m.showLogIn = true;
        break;
    case TrayState::Offline:
        m.identity = tr("Signed in as %1").arg(email);
        m.expiry = m_renewalError.isTransient()
            ? tr("Offline — retrying at %1").arg(formatClock(m_retryAt))
            : tr("Renewal failed — retrying at %1").arg(formatClock(m_retryAt));
        m.showLogOut = true;
        // Signing in again helps with refused credentials, not with a network that is down.
        m.showLogIn = !m_renewalError.isTransient();
        break;
    case TrayState::SignedIn:
    case TrayState::ExpiringSoon:
        m.identity = tr("Signed in as %1").arg(email);
        m.expiry = expiryRow();
        m.showLogOut = true;
        m.showLogIn = m_state == TrayState::ExpiringSoon;
        break;
    case TrayState::Expired:
        if (!m_session && !m_loadError.isEmpty()) {
            m.identity = tr("The stored session cannot be read");
            m.expiry = tr("Log out to clean up, then log in again.");
            m.showLogIn = true;
            m.showLogOut = true;
            break;
        }
        m.identity = m_session ? tr("The session of %1 has expired").arg(email)
                               : tr("The session has ended");
        m.expiry = tr("Log in again to keep working.");
        m.showLogIn = true;
        m.showLogOut = m_session.has_value();
        break;
    }
    return m;
}

QString TrayStateMachine::toolTip() const
{
    switch (m_state) {
    case TrayState::Working:
        if (m_activity == Activity::LoggingIn)
            return tr("Seqera Platform: waiting for the sign-in in your browser…");
        if (m_activity == Activity::Renewing)
            return tr("Seqera Platform: renewing the session…");
        return tr("Seqera Platform: signing out…");
    case TrayState::SignedOut:
        return tr("Seqera Platform: not signed in (profile \"%1\")").arg(m_profile);
    case TrayState::SignedIn:
    case TrayState::ExpiringSoon: {
        const QString host = platformWebUrl(m_session->apiUrl).host();
        const QString until
            = m_session->expiresAt.isValid() ? formatTime(m_session->expiresAt) : tr("unknown");
        return (m_session->renewable
                ? tr("Seqera Platform: %1\nProfile \"%2\" on %3\nRenewed automatically; "
                     "current token valid until %4")
                : tr("Seqera Platform: %1\nProfile \"%2\" on %3\nSession valid until %4"))
            .arg(shown(m_session->email), m_profile, host, until);
    }
    case TrayState::Offline: {
        const QString host = platformWebUrl(m_session->apiUrl).host();
        return (m_renewalError.isTransient()
                ? tr("Seqera Platform: %1\nProfile \"%2\" on %3\nOffline: the session could not "
                     "be renewed. %4\nRetrying at %5")
                : tr("Seqera Platform: %1\nProfile \"%2\" on %3\nThe session could not be "
                     "renewed. %4\nRetrying at %5"))
            .arg(shown(m_session->email), m_profile, host, describe(m_renewalError),
                formatClock(m_retryAt));
    }
    case TrayState::Expired:
        if (!m_session && !m_loadError.isEmpty())
            return tr("Seqera Platform: the stored session of profile \"%1\" cannot be read\n%2")
                .arg(m_profile, m_loadError);
        return tr(
            "Seqera Platform: session expired (profile \"%1\")\nLog in again to keep working.")
            .arg(m_profile);
    }
    return {};
}

QString TrayStateMachine::stateName(TrayState state)
{
    switch (state) {
    case TrayState::SignedOut:
        return QStringLiteral("signed-out");
    case TrayState::SignedIn:
        return QStringLiteral("signed-in");
    case TrayState::ExpiringSoon:
        return QStringLiteral("expiring-soon");
    case TrayState::Expired:
        return QStringLiteral("expired");
    case TrayState::Working:
        return QStringLiteral("working");
    case TrayState::Offline:
        return QStringLiteral("offline");
    }
    return {};
}

QString TrayStateMachine::describe(const Error &error)
{
    QString what;
    switch (error.code) {
    case Error::Code::None:
        return {};
    case Error::Code::Network:
        what = tr("Seqera Platform cannot be reached (no network, or the server is down).");
        break;
    case Error::Code::Timeout:
        what = tr("Seqera Platform did not answer in time.");
        break;
    case Error::Code::Server:
        what = tr("Seqera Platform had a server error.");
        break;
    case Error::Code::KeychainUnavailable:
        what = tr("The keyring is locked or not available.");
        break;
    case Error::Code::SessionEnded:
        what = tr("Seqera Platform refused to renew the session.");
        break;
    case Error::Code::Unauthorized:
        what = tr("Seqera Platform refused the stored credentials.");
        break;
    case Error::Code::AccessDenied:
        what = tr("The sign-in was refused.");
        break;
    case Error::Code::Protocol:
        what = tr("Seqera Platform answered something this version cannot use.");
        break;
    case Error::Code::Storage:
        what = tr("The session could not be read or saved on this computer.");
        break;
    case Error::Code::Corrupt:
        what = tr("The stored session is damaged.");
        break;
    case Error::Code::NotLoggedIn:
        what = tr("Not signed in.");
        break;
    case Error::Code::Cancelled:
        what = tr("Cancelled.");
        break;
    case Error::Code::InvalidInput:
    case Error::Code::UsageLimit:
        what = tr("The request was refused.");
        break;
    }
    if (!error.detail.isEmpty())
        what = tr("%1 (%2)").arg(what, shown(error.detail));
    return what;
}

QUrl TrayStateMachine::platformWebUrl(const QUrl &apiUrl)
{
    if (!apiUrl.isValid() || apiUrl.isEmpty())
        return {};
    QUrl url = http::withoutTrailingSlash(
        apiUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo));
    if (url.host().startsWith(QLatin1String("api.")))
        url.setHost(url.host().mid(4));
    QString path = url.path();
    if (path.endsWith(QLatin1String("/api")))
        path.chop(4);
    url.setPath(path.isEmpty() ? QStringLiteral("/") : path);
    return url;
}

} // namespace seqera::tray

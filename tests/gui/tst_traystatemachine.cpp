// The tray's decisions with a clock the test moves and a session store in a temporary folder
// (the metadata file is all the state machine reads; no secret store is touched).
#include "autostart.h"
#include "config/settings.h"
#include "session/renewal.h"
#include "storage/sessionstore.h"
#include "testclock.h"
#include "traystatemachine.h"
#include "util/clock.h"

#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera;
using namespace seqera::tray;

Q_DECLARE_METATYPE(seqera::tray::TrayState)

namespace {

using testsupport::TestClock;

QList<TrayNotification::Kind> kinds(const QSignalSpy &spy)
{
    QList<TrayNotification::Kind> result;
    for (const QList<QVariant> &args : spy)
        result << args.at(0).value<TrayNotification>().kind;
    return result;
}

} // namespace

class TestTrayStateMachine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void startsSignedOut();
    void stateFromSession_data();
    void stateFromSession();
    void sessionPresentAtStartDoesNotNotify();
    void loginAndLogoutNotifyOnce();
    void newLoginReplacingOldNotifiesAgain();
    void expiryWarningThenExpiryEachOnce();
    void shortSessionWarnsAtOnce();
    void renewalRequestedAtRenewAt();
    void renewalRefusedNotifiesOnceAndNoLogout();
    void transientRenewalFailureIsOfflineAndRecovers();
    void renewalByTheCliEndsOffline();
    void lastingRenewalFailureNotifiesOnceAndOffersLogin();
    void textsNeverNameAShellCommand_data();
    void textsNeverNameAShellCommand();
    void serverTextIsMadePrintable();
    void organizationInTheMenu();
    void workingStatesAndMenu_data();
    void workingStatesAndMenu();
    void loginFailureNotifiesButCancelDoesNot();
    void profileSubmenuOnlyWithSeveralProfiles();
    void switchingProfileDoesNotNotify();
    void logLines();
    void platformWebUrl_data();
    void platformWebUrl();
    void autostartEntry();
    void damagedSessionFileIsAFailureNotifiedOnce();

private:
    SessionMetadata session(qint64 obtainedAgoSecs, qint64 expiresInSecs, bool renewable,
        const QString &email = QStringLiteral("ada@example.com"),
        const QString &profile = QStringLiteral("default"));
    void save(const SessionMetadata &m) { QVERIFY(!m_store->saveMetadata(m)); }
    void remove(const QString &profile = QStringLiteral("default"))
    {
        QVERIFY(!m_store->removeMetadata(profile));
    }
    // What a renewal writes: new token times, same login.
    SessionMetadata renewed(SessionMetadata m, qint64 expiresInSecs)
    {
        m.obtainedAt = m_clock.now();
        m.expiresAt = m_clock.now().addSecs(expiresInSecs);
        return m;
    }
    std::unique_ptr<TrayStateMachine> machine();

    QTemporaryDir *m_dir = nullptr;
    Settings m_settings;
    SessionStore *m_store = nullptr;
    TestClock m_clock;
};

void TestTrayStateMachine::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_dir->path() + QStringLiteral("/state"));
    env.insert(QStringLiteral("SEQERA_NO_KEYCHAIN"), QStringLiteral("true"));
    env.insert(QStringLiteral("SEQERA_AUTH_DOMAIN"), QStringLiteral("https://api.cloud.seqera.io"));
    m_settings = Settings::fromEnvironment(env);
    m_store = new SessionStore(m_settings);
    m_clock = TestClock();
}

void TestTrayStateMachine::cleanup()
{
    delete m_store;
    delete m_dir;
}

SessionMetadata TestTrayStateMachine::session(qint64 obtainedAgoSecs, qint64 expiresInSecs,
    bool renewable, const QString &email, const QString &profile)
{
    SessionMetadata m;
    m.profile = profile;
    m.email = email;
    m.authDomain = QUrl(QStringLiteral("https://api.cloud.seqera.io"));
    m.apiUrl = m.authDomain;
    m.clientId = QStringLiteral("seqera_ai_cli");
    m.tokenEndpoint = QUrl(QStringLiteral("https://api.cloud.seqera.io/oauth/token"));
    m.obtainedAt = m_clock.now().addSecs(-obtainedAgoSecs);
    m.loginAt = m.obtainedAt;
    if (expiresInSecs != 0)
        m.expiresAt = m_clock.now().addSecs(expiresInSecs);
    m.renewable = renewable;
    m.storage = SecretStore::Kind::File;
    return m;
}

std::unique_ptr<TrayStateMachine> TestTrayStateMachine::machine()
{
    return std::make_unique<TrayStateMachine>(
        m_store, &m_clock, QStringLiteral("default"), m_settings.platformApiUrl);
}

void TestTrayStateMachine::startsSignedOut()
{
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    QCOMPARE(m->state(), TrayState::SignedOut);
    QCOMPARE(notes.count(), 0);
    QVERIFY(!m->nextDeadline().isValid());
    const TrayMenuModel menu = m->menu();
    QVERIFY(menu.showLogIn);
    QVERIFY(!menu.showLogOut);
    QVERIFY(!menu.showCancel);
    QVERIFY(menu.expiry.isEmpty());
    QVERIFY(menu.profiles.isEmpty());
    QCOMPARE(menu.platformUrl, QUrl(QStringLiteral("https://cloud.seqera.io/")));
}

void TestTrayStateMachine::stateFromSession_data()
{
    QTest::addColumn<qint64>("obtainedAgo");
    QTest::addColumn<qint64>("expiresIn"); // 0 = unknown
    QTest::addColumn<bool>("renewable");
    QTest::addColumn<TrayState>("state");
    QTest::addColumn<bool>("logIn");
    QTest::addColumn<bool>("logOut");
    QTest::addColumn<qint64>("deadlineIn"); // -1 = none

    QTest::newRow("renewable, fresh: renew 5 min before expiry")
        << qint64(60) << qint64(3540) << true << TrayState::SignedIn << false << true
        << qint64(3540 - 300 + 1);
    QTest::newRow("renewable, short-lived: renew with a fifth left")
        << qint64(0) << qint64(20) << true << TrayState::SignedIn << false << true
        << qint64(16 + 1);
    QTest::newRow("not renewable, an hour left: warn 10 min before")
        << qint64(0) << qint64(3600) << false << TrayState::SignedIn << false << true
        << qint64(3000);
    QTest::newRow("not renewable, 5 min left: expiring soon, next is expiry")
        << qint64(3300) << qint64(300) << false << TrayState::ExpiringSoon << true << true
        << qint64(300);
    QTest::newRow("not renewable, expired") << qint64(3700) << qint64(-100) << false
                                            << TrayState::Expired << true << true << qint64(-1);
    QTest::newRow("unknown expiry: signed in, no timer")
        << qint64(10) << qint64(0) << false << TrayState::SignedIn << false << true << qint64(-1);
}

void TestTrayStateMachine::stateFromSession()
{
    QFETCH(qint64, obtainedAgo);
    QFETCH(qint64, expiresIn);
    QFETCH(bool, renewable);
    QFETCH(TrayState, state);
    QFETCH(bool, logIn);
    QFETCH(bool, logOut);
    QFETCH(qint64, deadlineIn);

    save(session(obtainedAgo, expiresIn, renewable));
    auto m = machine();
    m->refresh();
    QCOMPARE(m->state(), state);
    const TrayMenuModel menu = m->menu();
    QCOMPARE(menu.showLogIn, logIn);
    QCOMPARE(menu.showLogOut, logOut);
    QVERIFY(!menu.showCancel);
    if (state != TrayState::Expired)
        QVERIFY(menu.identity.contains(QLatin1String("ada@example.com")));
    QVERIFY(!menu.expiry.isEmpty());
    QVERIFY(m->toolTip().contains(QLatin1String("default")));
    if (deadlineIn < 0)
        QVERIFY(!m->nextDeadline().isValid());
    else
        QCOMPARE(m->nextDeadline(), m_clock.now().addSecs(deadlineIn));
}

void TestTrayStateMachine::sessionPresentAtStartDoesNotNotify()
{
    save(session(0, 3600, true));
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    m->refresh();
    QCOMPARE(m->state(), TrayState::SignedIn);
    QCOMPARE(notes.count(), 0);
}

void TestTrayStateMachine::loginAndLogoutNotifyOnce()
{
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    QSignalSpy states(m.get(), &TrayStateMachine::stateChanged);
    m->refresh();

    const SessionMetadata login = session(0, 3600, true);
    save(login);
    m->refresh();
    m->refresh(); // the watcher fires several times for one write
    QCOMPARE(m->state(), TrayState::SignedIn);
    QCOMPARE(kinds(notes), QList<TrayNotification::Kind> { TrayNotification::Kind::LoggedIn });
    QVERIFY(notes.at(0).at(0).value<TrayNotification>().text.contains(
        QLatin1String("ada@example.com")));

    // A renewal by the CLI rewrites the file: not a new login.
    m_clock.advance(3400);
    save(renewed(login, 3600));
    m->refresh();
    QCOMPARE(notes.count(), 1);

    remove();
    m->refresh();
    m->refresh();
    QCOMPARE(m->state(), TrayState::SignedOut);
    QCOMPARE(kinds(notes),
        (QList<TrayNotification::Kind> {
            TrayNotification::Kind::LoggedIn, TrayNotification::Kind::LoggedOut }));
    QCOMPARE(states.count(), 2); // signed-in, signed-out
}

void TestTrayStateMachine::newLoginReplacingOldNotifiesAgain()
{
    save(session(0, 3600, true));
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    m_clock.advance(60);
    save(session(0, 3600, true, QStringLiteral("bob@example.com")));
    m->refresh();
    QCOMPARE(kinds(notes), QList<TrayNotification::Kind> { TrayNotification::Kind::LoggedIn });
    QVERIFY(m->menu().identity.contains(QLatin1String("bob@example.com")));
}

void TestTrayStateMachine::expiryWarningThenExpiryEachOnce()
{
    save(session(0, 1800, false));
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    QSignalSpy renewals(m.get(), &TrayStateMachine::renewalWanted);
    m->refresh();
    QCOMPARE(m->state(), TrayState::SignedIn);
    const QDateTime expiresAt = m_clock.now().addSecs(1800);
    QCOMPARE(m->nextDeadline(), expiresAt.addSecs(-TrayStateMachine::kExpiryWarningSecs));

    m_clock.advanceTo(m->nextDeadline());
    m->refresh();
    QCOMPARE(m->state(), TrayState::ExpiringSoon);
    QCOMPARE(kinds(notes), QList<TrayNotification::Kind> { TrayNotification::Kind::ExpiringSoon });
    const TrayNotification warning = notes.at(0).at(0).value<TrayNotification>();
    QVERIFY(warning.text.contains(QLatin1String("10 minute")));
    QVERIFY(warning.offersLogin);
    QCOMPARE(m->nextDeadline(), expiresAt);

    m_clock.advance(60);
    m->refresh();
    m->refresh();
    QCOMPARE(notes.count(), 1);

    m_clock.advanceTo(expiresAt);
    m->refresh();
    QCOMPARE(m->state(), TrayState::Expired);
    QCOMPARE(kinds(notes),
        (QList<TrayNotification::Kind> {
            TrayNotification::Kind::ExpiringSoon, TrayNotification::Kind::Expired }));
    QVERIFY(notes.at(1).at(0).value<TrayNotification>().offersLogin);
    QVERIFY(!m->nextDeadline().isValid());

    m_clock.advance(3600);
    m->refresh();
    QCOMPARE(notes.count(), 2);
    QCOMPARE(renewals.count(), 0); // nothing to renew with
}

void TestTrayStateMachine::shortSessionWarnsAtOnce()
{
    auto m = machine();
    m->refresh();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    save(session(0, 240, false));
    m->refresh();
    QCOMPARE(m->state(), TrayState::ExpiringSoon);
    QCOMPARE(kinds(notes),
        (QList<TrayNotification::Kind> {
            TrayNotification::Kind::LoggedIn, TrayNotification::Kind::ExpiringSoon }));
    QVERIFY(notes.at(1).at(0).value<TrayNotification>().text.contains(QLatin1String("4 minute")));
}

void TestTrayStateMachine::renewalRequestedAtRenewAt()
{
    const SessionMetadata login = session(0, 3600, true);
    save(login);
    auto m = machine();
    QSignalSpy renewals(m.get(), &TrayStateMachine::renewalWanted);
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    QCOMPARE(renewals.count(), 0);

    m_clock.advanceTo(m->nextDeadline());
    m->refresh();
    QCOMPARE(renewals.count(), 1);
    QCOMPARE(renewals.at(0).at(0).toString(), QStringLiteral("default"));

    m->setActivity(Activity::Renewing);
    QCOMPARE(m->state(), TrayState::Working);
    QVERIFY(!m->nextDeadline().isValid());
    QVERIFY(!m->menu().actionsEnabled);
    m->refresh();
    QCOMPARE(renewals.count(), 1); // not again while one runs

    save(renewed(login, 3600));
    m->renewalFinished({});
    QCOMPARE(m->state(), TrayState::SignedIn);
    QCOMPARE(renewals.count(), 1);
    QCOMPARE(m->nextDeadline(), m_clock.now().addSecs(3600 - 300 + 1));
    QCOMPARE(notes.count(), 0); // renewals are silent
}

void TestTrayStateMachine::renewalRefusedNotifiesOnceAndNoLogout()
{
    save(session(0, 3600, true));
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    m_clock.advanceTo(m->nextDeadline());
    m->setActivity(Activity::Renewing);

    remove(); // Renewal removes an ended session before it reports
    m->renewalFinished({ Error::Code::SessionEnded, QStringLiteral("invalid_grant") });
    m->refresh();
    m->refresh();
    QCOMPARE(m->state(), TrayState::Expired);
    QCOMPARE(kinds(notes), QList<TrayNotification::Kind> { TrayNotification::Kind::Expired });
    QVERIFY(notes.at(0).at(0).value<TrayNotification>().offersLogin);
    QVERIFY(m->menu().showLogIn);
    QVERIFY(!m->menu().showLogOut);

    // A new login ends the "expired" state.
    m_clock.advance(120);
    save(session(0, 3600, true));
    m->refresh();
    QCOMPARE(m->state(), TrayState::SignedIn);
    QCOMPARE(kinds(notes),
        (QList<TrayNotification::Kind> {
            TrayNotification::Kind::Expired, TrayNotification::Kind::LoggedIn }));
}

void TestTrayStateMachine::transientRenewalFailureIsOfflineAndRecovers()
{
    const SessionMetadata login = session(0, 3600, true);
    save(login);
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    QSignalSpy renewals(m.get(), &TrayStateMachine::renewalWanted);
    m->refresh();
    m_clock.advanceTo(m->nextDeadline());
    m->refresh();
    QCOMPARE(renewals.count(), 1);
    m->setActivity(Activity::Renewing);
    m->renewalFinished({ Error::Code::Network, QStringLiteral("unreachable") });
    // Not "expired, log in again", not "renewed automatically": offline, retrying.
    QCOMPARE(m->state(), TrayState::Offline);
    QCOMPARE(TrayStateMachine::stateName(m->state()), QStringLiteral("offline"));
    const QDateTime firstRetry = m_clock.now().addSecs(TrayStateMachine::kFirstRetrySecs);
    QCOMPARE(m->nextDeadline(), firstRetry);
    TrayMenuModel menu = m->menu();
    QVERIFY2(
        menu.expiry.startsWith(QStringLiteral("Offline — retrying at ")), qPrintable(menu.expiry));
    QVERIFY(menu.expiry.contains(
        QLocale().toString(firstRetry.toLocalTime().time(), QLocale::ShortFormat)));
    QVERIFY(!menu.expiry.contains(QLatin1String("Renewed automatically")));
    QVERIFY(!menu.showLogIn); // signing in again does not bring a network back
    QVERIFY(menu.showLogOut);
    QVERIFY2(m->toolTip().contains(QLatin1String("cannot be reached")), qPrintable(m->toolTip()));
    QVERIFY(!m->toolTip().contains(QLatin1String("Renewed automatically")));
    QCOMPARE(renewals.count(), 1);

    // Backoff: 30 s, then 60 s.
    m_clock.advanceTo(m->nextDeadline());
    m->refresh();
    QCOMPARE(renewals.count(), 2);
    m->setActivity(Activity::Renewing);
    m->renewalFinished({ Error::Code::Timeout, QStringLiteral("slow") });
    QCOMPARE(m->state(), TrayState::Offline);
    QCOMPARE(m->nextDeadline(), m_clock.now().addSecs(2 * TrayStateMachine::kFirstRetrySecs));
    QVERIFY(m->toolTip().contains(QLatin1String("did not answer in time")));
    QCOMPARE(notes.count(), 0); // a blip is shown in the icon, not worth a notification

    // Still offline when the token runs out: offline (renewal may still work), told once.
    m_clock.advanceTo(login.expiresAt.addSecs(10));
    m->refresh();
    QCOMPARE(renewals.count(), 3);
    m->setActivity(Activity::Renewing);
    m->renewalFinished({ Error::Code::Server, QStringLiteral("502") });
    QCOMPARE(m->state(), TrayState::Offline);
    QCOMPARE(kinds(notes), QList<TrayNotification::Kind> { TrayNotification::Kind::Offline });
    const TrayNotification offline = notes.at(0).at(0).value<TrayNotification>();
    QVERIFY(!offline.offersLogin);
    QVERIFY2(offline.text.contains(QLatin1String("ran out")), qPrintable(offline.text));
    m->refresh();
    m_clock.advanceTo(m->nextDeadline());
    m->refresh();
    m->setActivity(Activity::Renewing);
    m->renewalFinished({ Error::Code::Network, QStringLiteral("down") });
    QCOMPARE(notes.count(), 1);

    // The network is back: signed in again, renewed automatically.
    m_clock.advanceTo(m->nextDeadline());
    m->refresh();
    m->setActivity(Activity::Renewing);
    save(renewed(login, 3600));
    m->renewalFinished({});
    QCOMPARE(m->state(), TrayState::SignedIn);
    QVERIFY(!m->menu().expiry.contains(QLatin1String("retrying")));
    menu = m->menu();
    QVERIFY2(
        menu.expiry.startsWith(QLatin1String("Renewed automatically")), qPrintable(menu.expiry));
    QCOMPARE(m->nextDeadline(), m_clock.now().addSecs(3600 - 300 + 1));
    QCOMPARE(notes.count(), 1);
}

void TestTrayStateMachine::renewalByTheCliEndsOffline()
{
    const SessionMetadata login = session(0, 3600, true);
    save(login);
    auto m = machine();
    m->refresh();
    m_clock.advanceTo(m->nextDeadline());
    m->refresh();
    m->setActivity(Activity::Renewing);
    m->renewalFinished({ Error::Code::KeychainUnavailable, QStringLiteral("locked") });
    QCOMPARE(m->state(), TrayState::Offline);
    QVERIFY(m->toolTip().contains(QLatin1String("keyring")));
    save(renewed(login, 3600)); // `seqera token` renewed it once the keyring was unlocked
    m->refresh();
    QCOMPARE(m->state(), TrayState::SignedIn);
}

void TestTrayStateMachine::lastingRenewalFailureNotifiesOnceAndOffersLogin()
{
    save(session(0, 3600, true));
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    for (int i = 0; i < 3; ++i) {
        m_clock.advanceTo(m->nextDeadline());
        m->refresh();
        m->setActivity(Activity::Renewing);
        m->renewalFinished({ Error::Code::Unauthorized,
            QStringLiteral("Refused. Run \"seqera login\" to sign in again.") });
        QCOMPARE(m->state(), TrayState::Offline);
    }
    QCOMPARE(kinds(notes), QList<TrayNotification::Kind> { TrayNotification::Kind::Failed });
    const TrayNotification failed = notes.at(0).at(0).value<TrayNotification>();
    QVERIFY(failed.offersLogin);
    QVERIFY2(!failed.text.contains(QLatin1String("seqera login")), qPrintable(failed.text));
    const TrayMenuModel menu = m->menu();
    QVERIFY2(menu.expiry.startsWith(QStringLiteral("Renewal failed — retrying at ")),
        qPrintable(menu.expiry));
    QVERIFY(menu.showLogIn);
}

void TestTrayStateMachine::textsNeverNameAShellCommand_data()
{
    QTest::addColumn<int>("code");
    for (int code = int(Error::Code::NotLoggedIn); code <= int(Error::Code::UsageLimit); ++code)
        QTest::addRow("code %d", code) << code;
}

void TestTrayStateMachine::textsNeverNameAShellCommand()
{
    QFETCH(int, code);
    // The core's messages say what to type on a terminal; the tray offers "Log in" instead.
    const Error error(static_cast<Error::Code>(code), QStringLiteral("Please run: seqera login"));
    const QString text = TrayStateMachine::describe(error);
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QLatin1String("seqera ")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("run"), Qt::CaseInsensitive));
}

void TestTrayStateMachine::serverTextIsMadePrintable()
{
    const QString evil = QStringLiteral("ada\x1b[2J\u202e@example.com");
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    save(session(0, 3600, true, evil));
    m->refresh();
    const QStringList shown { m->menu().identity, m->toolTip(),
        notes.at(0).at(0).value<TrayNotification>().text };
    for (const QString &text : shown) {
        QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x202e)), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ada^[[2J<U+202E>@example.com")), qPrintable(text));
    }
}

void TestTrayStateMachine::workingStatesAndMenu_data()
{
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<Activity>("activity");
    QTest::addColumn<bool>("logIn");
    QTest::addColumn<bool>("logOut");
    QTest::addColumn<bool>("cancel");
    QTest::addColumn<bool>("enabled");

    QTest::newRow("logging in") << false << Activity::LoggingIn << false << false << true << true;
    QTest::newRow("renewing") << true << Activity::Renewing << false << true << false << false;
    QTest::newRow("logging out") << true << Activity::LoggingOut << false << true << false << false;
}

void TestTrayStateMachine::workingStatesAndMenu()
{
    QFETCH(bool, signedIn);
    QFETCH(Activity, activity);
    QFETCH(bool, logIn);
    QFETCH(bool, logOut);
    QFETCH(bool, cancel);
    QFETCH(bool, enabled);
    if (signedIn)
        save(session(0, 3600, true));
    auto m = machine();
    m->refresh();
    m->setActivity(activity);
    QCOMPARE(m->state(), TrayState::Working);
    const TrayMenuModel menu = m->menu();
    QCOMPARE(menu.showLogIn, logIn);
    QCOMPARE(menu.showLogOut, logOut);
    QCOMPARE(menu.showCancel, cancel);
    QCOMPARE(menu.actionsEnabled, enabled);
    QVERIFY(!m->toolTip().isEmpty());
}

void TestTrayStateMachine::loginFailureNotifiesButCancelDoesNot()
{
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    m->setActivity(Activity::LoggingIn);
    m->loginFinished({ Error::Code::Cancelled, QStringLiteral("cancelled") });
    QCOMPARE(m->state(), TrayState::SignedOut);
    QCOMPARE(notes.count(), 0);

    m->setActivity(Activity::LoggingIn);
    m->loginFinished({ Error::Code::AccessDenied, QStringLiteral("The provider said no.") });
    QCOMPARE(m->state(), TrayState::SignedOut);
    QCOMPARE(kinds(notes), QList<TrayNotification::Kind> { TrayNotification::Kind::Failed });
    const TrayNotification failed = notes.at(0).at(0).value<TrayNotification>();
    QCOMPARE(failed.text, TrayStateMachine::describe({ Error::Code::AccessDenied, QString() }));
    QVERIFY(failed.offersLogin); // "Log in" tries again
}

void TestTrayStateMachine::profileSubmenuOnlyWithSeveralProfiles()
{
    save(session(0, 3600, true));
    auto m = machine();
    m->refresh();
    QVERIFY(m->menu().profiles.isEmpty());
    save(session(0, 3600, true, QStringLiteral("ada@work.example"), QStringLiteral("work")));
    QCOMPARE(
        m->menu().profiles, (QStringList { QStringLiteral("default"), QStringLiteral("work") }));
    QCOMPARE(m->menu().profile, QStringLiteral("default"));
}

void TestTrayStateMachine::switchingProfileDoesNotNotify()
{
    save(session(0, 3600, true));
    save(session(0, 3600, false, QStringLiteral("ada@work.example"), QStringLiteral("work")));
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    m->setProfile(QStringLiteral("work"));
    QCOMPARE(m->profile(), QStringLiteral("work"));
    QVERIFY(m->menu().identity.contains(QLatin1String("ada@work.example")));
    m->setProfile(QStringLiteral("missing"));
    QCOMPARE(m->state(), TrayState::SignedOut);
    QCOMPARE(notes.count(), 0);
}

void TestTrayStateMachine::logLines()
{
    QLoggingCategory::setFilterRules(QStringLiteral("seqera.tray.info=true"));
    auto m = machine();
    QTest::ignoreMessage(QtInfoMsg, "state: signed-out");
    m->refresh();
    save(session(0, 3600, true));
    QTest::ignoreMessage(QtInfoMsg,
        "notify: Signed in: Signed in to Seqera Platform as ada@example.com "
        "(profile \"default\").");
    QTest::ignoreMessage(
        QtInfoMsg, "state: signed-in ada@example.com expires 2026-03-01T13:00:00Z");
    m->refresh();
    m->refresh(); // no change, no line
    QLoggingCategory::setFilterRules(QString());
}

void TestTrayStateMachine::platformWebUrl_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("web");
    QTest::newRow("cloud api host") << "https://api.cloud.seqera.io"
                                    << "https://cloud.seqera.io/";
    QTest::newRow("enterprise /api path") << "https://seqera.example.org/api"
                                          << "https://seqera.example.org/";
    QTest::newRow("loopback with port") << "http://127.0.0.1:8080/api/"
                                        << "http://127.0.0.1:8080/";
    QTest::newRow("no api in it") << "https://platform.example.org"
                                  << "https://platform.example.org/";
    QTest::newRow("empty") << ""
                           << "";
}

void TestTrayStateMachine::platformWebUrl()
{
    QFETCH(QString, api);
    QFETCH(QString, web);
    QCOMPARE(TrayStateMachine::platformWebUrl(QUrl(api)).toString(), web);
}

void TestTrayStateMachine::autostartEntry()
{
    Autostart autostart(m_dir->path() + QStringLiteral("/config"),
        QStringLiteral("/opt/seqera tools/bin/seqera-tray"));
    QVERIFY(!autostart.isEnabled());
    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(autostart.isEnabled());
    QFile file(autostart.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray entry = file.readAll();
    QVERIFY(entry.startsWith("[Desktop Entry]\n"));
    QVERIFY(entry.contains("\nExec=\"/opt/seqera tools/bin/seqera-tray\"\n"));
    QCOMPARE(autostart.setEnabled(false), QString());
    QVERIFY(!autostart.isEnabled());
    QCOMPARE(autostart.setEnabled(false), QString());
}

void TestTrayStateMachine::damagedSessionFileIsAFailureNotifiedOnce()
{
    save(session(0, 3600, true));
    auto m = machine();
    QSignalSpy notes(m.get(), &TrayStateMachine::notify);
    m->refresh();
    QCOMPARE(m->state(), TrayState::SignedIn);

    QFile file(m_store->metadataPath(QStringLiteral("default")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ damaged");
    file.close();
    m->refresh();
    m->refresh(); // the watcher fires more than once: one notification
    QCOMPARE(m->state(), TrayState::Expired);
    QCOMPARE(kinds(notes), QList<TrayNotification::Kind> { TrayNotification::Kind::Failed });
    const QString damaged = notes.at(0).at(0).value<TrayNotification>().text;
    QVERIFY(damaged.contains(QLatin1String("session.json")));
    QVERIFY2(!damaged.contains(QLatin1String("seqera ")), qPrintable(damaged));
    const TrayMenuModel menu = m->menu();
    QVERIFY(menu.showLogOut); // logout cleans a damaged session up
    QVERIFY(menu.showLogIn);
    QVERIFY(m->toolTip().contains(QLatin1String("cannot be read")));

    // Cleaned up (what `seqera logout` does): signed out, no further notification of damage.
    remove();
    m->refresh();
    QCOMPARE(m->state(), TrayState::SignedOut);
    QCOMPARE(notes.count(), 1);
}

void TestTrayStateMachine::organizationInTheMenu()
{
    SessionMetadata login = session(0, 3600, true);
    save(login);
    auto m = machine();
    m->refresh();
    QVERIFY(m->menu().organization.isEmpty()); // none chosen: no row

    login.organizationId = QStringLiteral("42");
    login.organizationName = QStringLiteral("Genome Lab\x1b[31m");
    save(login);
    m->refresh();
    QCOMPARE(m->menu().organization, QStringLiteral("Organization: Genome Lab^[[31m"));
    m->setActivity(Activity::Renewing);
    QVERIFY(!m->menu().organization.isEmpty());
    m->setActivity(Activity::Idle);

    remove();
    m->refresh();
    QVERIFY(m->menu().organization.isEmpty());
}

QTEST_GUILESS_MAIN(TestTrayStateMachine)
#include "tst_traystatemachine.moc"

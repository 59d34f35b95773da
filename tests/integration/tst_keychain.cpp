// Sessions in a real Secret Service: gnome-keyring on a private D-Bus, started around this
// test by tests/support/with-keyring.sh. Also the fallbacks when there is no usable keyring.
#include "testsupport.h"

#include "auth/tokenset.h"
#include "storage/keychainsecretstore.h"

#include "fakesecretstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace testsupport;

class TestKeychain : public PlatformTest
{
    Q_OBJECT

private:
    static QProcessEnvironment withKeyring(QProcessEnvironment env)
    {
        env.remove(QStringLiteral("SEQERA_NO_KEYCHAIN"));
        const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR" })
            env.insert(QString::fromLatin1(name), system.value(QString::fromLatin1(name)));
        return env;
    }

    // The keyring's answer. A refusal or no answer is an `error`, never "no secret": a test
    // that expects an absent entry must not pass because the keyring failed.
    struct Entry
    {
        QString error;
        std::optional<QByteArray> secret;
    };

    static Entry readEntry(const QString &profile)
    {
        seqera::KeychainSecretStore store(5000);
        const testsupport::JobResult r = testsupport::runJob(store.read(profile));
        if (!r.finished)
            return { QStringLiteral("the keyring did not answer"), std::nullopt };
        if (r.error)
            return { r.error.message, std::nullopt };
        return { QString(), r.secret };
    }

    static QString writeEntry(const QString &profile, const QByteArray &data)
    {
        seqera::KeychainSecretStore store(5000);
        const testsupport::JobResult r = testsupport::runJob(store.write(profile, data));
        if (!r.finished)
            return QStringLiteral("the keyring did not answer");
        return r.error.message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run this test through tests/support/with-keyring.sh (ctest does)");
        QVERIFY(startPlatform());
    }

    void init() { m_server->reset(); }

    void sessionLivesInTheKeyring()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env = withKeyring(sandbox.env);
        const Run r = sandbox.run({ QStringLiteral("login") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(!r.err.contains(QLatin1String("Warning")));
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
        QCOMPARE(sandbox.readJson(sandbox.profileDir() + QStringLiteral("/session.json"))
                     .value(QStringLiteral("storage"))
                     .toString(),
            QStringLiteral("keychain"));
        const Entry stored = readEntry(QStringLiteral("default"));
        QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
        QVERIFY(stored.secret.has_value());
        const auto tokens = seqera::TokenSet::fromSecret(*stored.secret);
        QVERIFY(tokens && !tokens->refreshToken.isEmpty());

        Run status = sandbox.run({ QStringLiteral("status") });
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(QLatin1String("system keyring")));

        // Renewal reads and rewrites the keyring entry (one secret: both tokens together).
        seqera::TokenSet expired = *tokens;
        expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        expired.obtainedAt = expired.expiresAt.addSecs(-3600);
        const QString written = writeEntry(QStringLiteral("default"), expired.toSecret());
        QVERIFY2(written.isEmpty(), qPrintable(written));
        const Run token = sandbox.run({ QStringLiteral("token") });
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 1);
        const Entry after = readEntry(QStringLiteral("default"));
        QVERIFY2(after.error.isEmpty() && after.secret, qPrintable(after.error));
        const auto renewed = seqera::TokenSet::fromSecret(*after.secret);
        QVERIFY(renewed);
        QCOMPARE(renewed->accessToken, token.out.trimmed());
        QVERIFY(renewed->refreshToken != tokens->refreshToken);

        const Run logout = sandbox.run({ QStringLiteral("logout") });
        QCOMPARE(logout.exitCode, 0);
        const Entry gone = readEntry(QStringLiteral("default"));
        QVERIFY2(gone.error.isEmpty(), qPrintable(gone.error));
        QVERIFY(!gone.secret.has_value());
    }

    void lockedKeyringKeepsTheSession()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env = withKeyring(sandbox.env);
        sandbox.env.insert(QStringLiteral("SEQERA_PROFILE"), QStringLiteral("locked"));
        QCOMPARE(sandbox.run({ QStringLiteral("login") }).exitCode, 0);
        keyring::lock();
        QElapsedTimer timer;
        timer.start();
        const Run r = sandbox.run({ QStringLiteral("token") });
        QVERIFY2(r.exitCode == 3, qPrintable(r.err));
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY2(r.err.contains(QLatin1String("keyring")), qPrintable(r.err));
        QVERIFY(QFile::exists(
            sandbox.profileDir(QStringLiteral("locked")) + QStringLiteral("/session.json")));
        // status needs no keyring at all.
        QCOMPARE(sandbox.run({ QStringLiteral("status") }).exitCode, 0);
        // logout cannot revoke or remove what a locked keyring holds: it says so and keeps
        // everything (libsecret would call the removal done and leave the tokens behind).
        const int revocations = m_server->stats().value(QStringLiteral("revocations")).toInt();
        const Run out = sandbox.run({ QStringLiteral("logout") });
        QVERIFY2(out.exitCode == 3, qPrintable(out.err));
        QVERIFY2(out.err.contains(QLatin1String("keyring is locked")), qPrintable(out.err));
        QVERIFY(QFile::exists(
            sandbox.profileDir(QStringLiteral("locked")) + QStringLiteral("/session.json")));
        QCOMPARE(m_server->stats().value(QStringLiteral("revocations")).toInt(), revocations);
        keyring::unlock();
        const Run again = sandbox.run({ QStringLiteral("token") });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(m_server->userInfoStatus(again.out.trimmed()), 200);
        QCOMPARE(sandbox.run({ QStringLiteral("logout") }).exitCode, 0);
    }

    void hungKeyringTimesOut()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env = withKeyring(sandbox.env);
        sandbox.env.insert(QStringLiteral("SEQERA_PROFILE"), QStringLiteral("hung"));
        QCOMPARE(sandbox.run({ QStringLiteral("login") }).exitCode, 0);
        keyring::Hang hang;
        QVERIFY(hang.isOn());

        // Reading: the deadline (3 s) ends the wait, exit 3, everything kept.
        QElapsedTimer timer;
        timer.start();
        Run r = sandbox.run({ QStringLiteral("token") });
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(r.exitCode == 3, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("did not answer within 3000 ms")), qPrintable(r.err));
        QVERIFY(QFile::exists(
            sandbox.profileDir(QStringLiteral("hung")) + QStringLiteral("/session.json")));

        // A new login: the probe times out and the file is chosen, with a warning.
        sandbox.env.insert(QStringLiteral("SEQERA_PROFILE"), QStringLiteral("hung2"));
        r = sandbox.run({ QStringLiteral("login") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Warning: no usable system keyring")));
        QVERIFY(QFile::exists(
            sandbox.profileDir(QStringLiteral("hung2")) + QStringLiteral("/credentials.json")));

        hang.resume();
        sandbox.env.insert(QStringLiteral("SEQERA_PROFILE"), QStringLiteral("hung"));
        r = sandbox.run({ QStringLiteral("token") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void noSessionBusFallsBackToFile()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env = withKeyring(sandbox.env);
        sandbox.env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/bus"));
        const Run r = sandbox.run({ QStringLiteral("login") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.err.contains(QLatin1String("Warning: no usable system keyring")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        // It names the cause and the very file, not a placeholder.
        QVERIFY2(r.err.contains(sandbox.profileDir() + QStringLiteral("/credentials.json")),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("Unlock it")));
        QVERIFY(QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
        QCOMPARE(QFile::permissions(sandbox.profileDir() + QStringLiteral("/credentials.json"))
                & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
            QFile::Permissions());
        const Run status = sandbox.run({ QStringLiteral("status") });
        QVERIFY(status.out.contains(QLatin1String("credentials.json")));
        QCOMPARE(sandbox.run({ QStringLiteral("token") }).exitCode, 0);
        QCOMPARE(sandbox.run({ QStringLiteral("logout") }).exitCode, 0);
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
    }

    void insecureStorageOnPurpose()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env = withKeyring(sandbox.env);
        const Run r
            = sandbox.run({ QStringLiteral("login"), QStringLiteral("--insecure-storage") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(sandbox.profileDir() + QStringLiteral("/credentials.json")));
        const Entry gone = readEntry(QStringLiteral("default"));
        QVERIFY2(gone.error.isEmpty(), qPrintable(gone.error));
        QVERIFY(!gone.secret.has_value());
        QCOMPARE(sandbox.run({ QStringLiteral("logout") }).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"

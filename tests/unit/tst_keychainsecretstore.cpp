// KeychainSecretStore on its own, against a real Secret Service: gnome-keyring on a private
// D-Bus, started around this suite by tests/support/with-keyring.sh (ctest does). Each entry
// is also looked up with secret-tool, as any other program would find it: QtKeychain's
// libsecret schema keeps the service in the attribute "server", the account in "user" and a
// binary secret base64-encoded. tst_keychain covers the store as the CLI uses it.
#include "storage/keychainsecretstore.h"

#include "fakesecretstore.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace seqera;
using namespace testsupport;

namespace {
// Where the sessions of every released version are: changing either orphans them.
const QString kService = QStringLiteral("seqera-cli");
QString accountOf(const QString &profile)
{
    return QStringLiteral("session/") + profile;
}

constexpr int kTimeoutMs = 5000;
constexpr int kHungTimeoutMs = 1000;
const QByteArray kBefore = QByteArrayLiteral("before"); // what a failed change must leave

// Empty when the job kept the SecretJob contract: one `finished`, after start() returned.
QString brokenContract(const JobResult &r)
{
    if (!r.finished)
        return QStringLiteral("no answer");
    if (r.early)
        return QStringLiteral("answered inside start()");
    if (r.count != 1)
        return QStringLiteral("finished %1 times").arg(r.count);
    return {};
}

struct SecretTool
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

SecretTool secretTool(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), args);
    if (!p.waitForFinished(10000))
        p.kill();
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError()) };
}

// What secret-tool finds for the profile's account: QtKeychain's base64 text, or empty.
QByteArray lookup(const QString &profile)
{
    const SecretTool r = secretTool({ QStringLiteral("lookup"), QStringLiteral("server"), kService,
        QStringLiteral("user"), accountOf(profile) });
    return r.exitCode == 0 ? r.out.trimmed() : QByteArray();
}

// The accounts of every entry of the service, once per entry (secret-tool prints the
// attributes on stderr).
QStringList accounts()
{
    const SecretTool r = secretTool(
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), kService });
    QStringList result;
    for (const QString &line : r.err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("attribute.user = ")))
            result << line.mid(17);
    }
    return result;
}

// The profile's secret as stored, and the account of every other entry of the service (a
// probe's, say): what a failed change must not touch.
QString keyringState(const QString &profile)
{
    QString state = QString::fromLatin1(QByteArray::fromBase64(lookup(profile)));
    for (const QString &account : accounts()) {
        if (account != accountOf(profile))
            state += QStringLiteral(" + ") + account;
    }
    return state;
}

// The job of `operation` for `profile`: read, write (of "secret"), remove or probe.
SecretJob *jobFor(KeychainSecretStore *store, const QString &operation, const QString &profile)
{
    if (operation == QLatin1String("read"))
        return store->read(profile);
    if (operation == QLatin1String("write"))
        return store->write(profile, QByteArrayLiteral("secret"));
    if (operation == QLatin1String("remove"))
        return store->remove(profile);
    return store->probe();
}

void addOperationRows()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation : { "read", "write", "remove", "probe" })
        QTest::newRow(operation) << QString::fromLatin1(operation);
}
} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void writeReadRemove_data();
    void writeReadRemove();
    void missingEntryIsNoSecretAndNoError();
    void removingAMissingEntrySucceeds();
    void rewriteReplacesTheEntry();
    void profilesAreIsolated();
    void probeLeavesNoEntryBehind();
    void hungSecretServiceTimesOut_data();
    void hungSecretServiceTimesOut();
    void lockedKeyringRefusesAndKeepsTheEntry_data();
    void lockedKeyringRefusesAndKeepsTheEntry();
    void noSessionBusIsUnavailableAtOnce_data();
    void noSessionBusIsUnavailableAtOnce();

private:
    KeychainSecretStore m_store { kTimeoutMs };
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("run this test through tests/support/with-keyring.sh (ctest does)");
    for (const char *tool : { "secret-tool", "dbus-send", "gnome-keyring-daemon" }) {
        QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
            qPrintable(QStringLiteral("%1 is needed (scripts/setup.sh installs it)")
                           .arg(QLatin1String(tool))));
    }
    QCOMPARE(m_store.kind(), SecretStore::Kind::Keychain);
}

void TestKeychainSecretStore::cleanup()
{
    // Every case starts with no entry of the service, whatever the one before left.
    secretTool({ QStringLiteral("clear"), QStringLiteral("server"), kService });
}

void TestKeychainSecretStore::writeReadRemove_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("token set") << QByteArrayLiteral(
        R"({"access_token":"a.b.c","refresh_token":"r-0123","expires_at":"2030-01-01T00:00:00Z"})");
    QTest::newRow("NUL and bytes that are not UTF-8")
        << QByteArray("\0seq\xff\xfe\0era\xc3\x28\x80\0", 14);
    QByteArray everyByte;
    for (int i = 0; i < 4096; ++i)
        everyByte.append(char(i % 256));
    QTest::newRow("every byte value, 4 KiB") << everyByte;
}

void TestKeychainSecretStore::writeReadRemove()
{
    QFETCH(QByteArray, secret);
    const QString profile = QStringLiteral("round-trip");

    const JobResult written = runJob(m_store.write(profile, secret));
    QCOMPARE(brokenContract(written), QString());
    QVERIFY2(!written.error, qPrintable(written.error.message));
    QCOMPARE(lookup(profile), secret.toBase64());

    const JobResult read = runJob(m_store.read(profile));
    QCOMPARE(brokenContract(read), QString());
    QVERIFY2(!read.error, qPrintable(read.error.message));
    QVERIFY(read.secret.has_value());
    QCOMPARE(*read.secret, secret);

    const JobResult removed = runJob(m_store.remove(profile));
    QCOMPARE(brokenContract(removed), QString());
    QVERIFY2(!removed.error, qPrintable(removed.error.message));
    QCOMPARE(lookup(profile), QByteArray());
    const JobResult gone = runJob(m_store.read(profile));
    QCOMPARE(brokenContract(gone), QString());
    QVERIFY2(!gone.error, qPrintable(gone.error.message));
    QVERIFY(!gone.secret.has_value());
}

void TestKeychainSecretStore::missingEntryIsNoSecretAndNoError()
{
    const QString profile = QStringLiteral("never-written");
    QCOMPARE(lookup(profile), QByteArray());
    const JobResult r = runJob(m_store.read(profile));
    QCOMPARE(brokenContract(r), QString());
    QCOMPARE(r.error.code, Error::Code::None);
    QVERIFY(r.error.message.isEmpty());
    QVERIFY(!r.secret.has_value());
}

void TestKeychainSecretStore::removingAMissingEntrySucceeds()
{
    const JobResult r = runJob(m_store.remove(QStringLiteral("never-written")));
    QCOMPARE(brokenContract(r), QString());
    QCOMPARE(r.error.code, Error::Code::None);
}

void TestKeychainSecretStore::rewriteReplacesTheEntry()
{
    const QString profile = QStringLiteral("rewritten");
    QVERIFY(!runJob(m_store.write(profile, QByteArrayLiteral("first"))).error);
    QVERIFY(!runJob(m_store.write(profile, QByteArrayLiteral("second"))).error);
    const JobResult r = runJob(m_store.read(profile));
    QVERIFY(r.secret.has_value());
    QCOMPARE(*r.secret, QByteArrayLiteral("second"));
    // One entry, not one per write: a renewal rewrites the secret every few minutes.
    QCOMPARE(accounts().count(accountOf(profile)), 1);
    QVERIFY(!runJob(m_store.remove(profile)).error);
    QCOMPARE(accounts().count(accountOf(profile)), 0);
}

void TestKeychainSecretStore::profilesAreIsolated()
{
    const QString work = QStringLiteral("work");
    const QString home = QStringLiteral("home");
    QVERIFY(!runJob(m_store.write(work, QByteArrayLiteral("work secret"))).error);
    QVERIFY(!runJob(m_store.write(home, QByteArrayLiteral("home secret"))).error);
    QCOMPARE(lookup(work), QByteArrayLiteral("work secret").toBase64());
    QCOMPARE(lookup(home), QByteArrayLiteral("home secret").toBase64());

    JobResult r = runJob(m_store.read(work));
    QVERIFY(r.secret.has_value());
    QCOMPARE(*r.secret, QByteArrayLiteral("work secret"));
    QVERIFY(!runJob(m_store.remove(work)).error);
    r = runJob(m_store.read(home));
    QVERIFY(r.secret.has_value());
    QCOMPARE(*r.secret, QByteArrayLiteral("home secret"));
    QCOMPARE(lookup(home), QByteArrayLiteral("home secret").toBase64());
    r = runJob(m_store.read(work));
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QVERIFY(!r.secret.has_value());
    QVERIFY(!runJob(m_store.remove(home)).error);
}

void TestKeychainSecretStore::probeLeavesNoEntryBehind()
{
    const QStringList before = accounts();
    const JobResult r = runJob(m_store.probe());
    QCOMPARE(brokenContract(r), QString());
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(accounts(), before);
    QVERIFY2(!accounts().join(QLatin1Char(' ')).contains(QLatin1String("probe-")),
        qPrintable(accounts().join(QLatin1Char(' '))));
}

void TestKeychainSecretStore::hungSecretServiceTimesOut_data()
{
    addOperationRows();
}

void TestKeychainSecretStore::hungSecretServiceTimesOut()
{
    QFETCH(QString, operation);
    const QString profile = QStringLiteral("hung");
    QVERIFY(!runJob(m_store.write(profile, kBefore)).error);
    KeychainSecretStore store(kHungTimeoutMs);
    keyring::Hang hang;
    QVERIFY(hang.isOn());
    // The keyring answers after the deadline, while runJob waits for a second `finished`.
    QObject context;
    QTimer::singleShot(kHungTimeoutMs + 300, &context, [&hang] { hang.resume(); });
    const JobResult r = runJob(jobFor(&store, operation, profile), 10000, 2000);
    QCOMPARE(brokenContract(r), QString());
    QCOMPARE(r.error.code, Error::Code::KeychainUnavailable);
    QVERIFY2(
        r.error.message.contains(QStringLiteral("did not answer within %1 ms").arg(kHungTimeoutMs)),
        qPrintable(r.error.message));
    QVERIFY(!r.secret.has_value());
    // Not before the deadline (a precise timer; the 5% allow for the job starting its timer
    // before runJob starts the clock), not long after.
    QVERIFY2(r.elapsedMs >= kHungTimeoutMs * 95 / 100 && r.elapsedMs < kHungTimeoutMs + 2000,
        qPrintable(QString::number(r.elapsedMs)));
    // QtKeychain cannot take a request back: a write the keyring answers late is carried out,
    // so the message promises nothing about it. A removal is not sent to a keyring that did
    // not say whether it is locked, and a probe's late write is cleaned up: neither leaves a
    // trace.
    QVERIFY2(!r.error.message.contains(QLatin1String("Nothing was changed")),
        qPrintable(r.error.message));
    const bool carriedOutLate = operation == QLatin1String("write");
    QTRY_COMPARE(keyringState(profile),
        QString::fromLatin1(carriedOutLate ? QByteArrayLiteral("secret") : kBefore));
}

void TestKeychainSecretStore::lockedKeyringRefusesAndKeepsTheEntry_data()
{
    addOperationRows();
}

// libsecret reports a locked collection as empty and a removal from it as done; the store asks
// the Secret Service whether the collection is locked before believing either, so every
// operation is refused, and none changes anything.
void TestKeychainSecretStore::lockedKeyringRefusesAndKeepsTheEntry()
{
    QFETCH(QString, operation);
    const QString profile = QStringLiteral("locked");
    QVERIFY(!runJob(m_store.write(profile, kBefore)).error);
    QVERIFY(keyring::lock());
    const JobResult r = runJob(jobFor(&m_store, operation, profile));
    QVERIFY(keyring::unlock());
    QCOMPARE(brokenContract(r), QString());
    QVERIFY2(r.error.code == Error::Code::KeychainUnavailable,
        qPrintable(QStringLiteral("%1: %2").arg(int(r.error.code)).arg(r.error.message)));
    QVERIFY2(r.error.message.contains(QLatin1String("nlock")), qPrintable(r.error.message));
    QVERIFY(!r.secret.has_value());
    QCOMPARE(keyringState(profile), QString::fromLatin1(kBefore));
}

void TestKeychainSecretStore::noSessionBusIsUnavailableAtOnce_data()
{
    addOperationRows();
}

void TestKeychainSecretStore::noSessionBusIsUnavailableAtOnce()
{
    QFETCH(QString, operation);
    // QtKeychain and libsecret keep the first connection to the bus for the whole process:
    // a process of its own (this suite, this case, this row) starts without one.
    const QString missingBus = QStringLiteral("unix:path=/nonexistent/bus");
    if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") != missingBus) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), missingBus);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("noSessionBusIsUnavailableAtOnce:") + operation });
        QVERIFY(child.waitForFinished(30000));
        const QByteArray out = child.readAll();
        const QByteArray passed
            = "PASS   : TestKeychainSecretStore::noSessionBusIsUnavailableAtOnce("
            + operation.toLatin1() + ')';
        QVERIFY2(child.exitCode() == 0 && out.contains(passed), out.constData());
        return;
    }
    const JobResult r = runJob(jobFor(&m_store, operation, QStringLiteral("no-bus")));
    QCOMPARE(brokenContract(r), QString());
    QVERIFY2(r.error.code == Error::Code::KeychainUnavailable,
        qPrintable(QStringLiteral("%1: %2").arg(int(r.error.code)).arg(r.error.message)));
    // The keyring's own answer, not the deadline.
    QVERIFY2(r.elapsedMs < kTimeoutMs / 2, qPrintable(QString::number(r.elapsedMs)));
    QVERIFY2(r.error.message.contains(QLatin1String("refused")), qPrintable(r.error.message));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"

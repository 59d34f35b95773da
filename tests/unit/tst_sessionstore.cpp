// Tests of core/storage: SessionStore (metadata files, profiles), SessionMetadata's file
// format and FileSecretStore, in a private XDG tree made with Settings::fromEnvironment.
#include "config/settings.h"
#include "storage/filesecretstore.h"
#include "storage/sessionmetadata.h"
#include "storage/sessionstore.h"

#include "fakesecretstore.h"
#include "samplemetadata.h"
#include "scratch.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace seqera;
using namespace testsupport;

namespace {
// writePlain into a folder made first.
bool writeWithFolder(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    return writePlain(path, data);
}

// Every answer comes from the event loop after start(), exactly once: checked on each use.
struct ReadResult
{
    bool called = false;
    std::optional<QByteArray> data;
    Error error;
};
ReadResult readSecret(SecretStore *store, const QString &profile)
{
    const testsupport::JobResult j = testsupport::runJob(store->read(profile));
    if (j.early || j.count > 1)
        return { false, std::nullopt,
            { Error::Code::InvalidInput, QStringLiteral("answered wrongly") } };
    return { j.finished, j.secret, j.error };
}
std::optional<Error> finishedWith(const testsupport::JobResult &j)
{
    if (!j.finished || j.early || j.count != 1)
        return std::nullopt;
    return j.error;
}
std::optional<Error> writeSecret(
    SecretStore *store, const QString &profile, const QByteArray &secret)
{
    return finishedWith(testsupport::runJob(store->write(profile, secret)));
}
std::optional<Error> removeSecret(SecretStore *store, const QString &profile)
{
    return finishedWith(testsupport::runJob(store->remove(profile)));
}
} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pathsFollowXdg();
    void metadataRoundTrip();
    void unknownExpiryRoundTrip();
    void missingMetadataIsNoError();
    void filesAre0600AndFolders0700();
    void existingOpenConfigFolderIsTightened();
    void corruptMetadata_data();
    void corruptMetadata();
    void removeMetadata();
    void removeMetadataKeepsFolderWithCredentials();
    void fileSecretStoreWriteReadRemove();
    void fileSecretStorePermissions();
    void fileSecretStoreMissingSecret();
    void sessionStoreGivesFileStore();
    void secretJobsAnswerFromTheEventLoopOnce();
    void aHungJobNeverAnswersAndGoesWithItsStore();
    void profilesListsValidProfilesWithSession();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    Settings m_settings;
    std::unique_ptr<SessionStore> m_store;
};

void TestSessionStore::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_settings = scratchSettings(*m_tmp, QStringLiteral("home"));
    m_store = std::make_unique<SessionStore>(m_settings);
}

void TestSessionStore::cleanup()
{
    m_store.reset();
    m_tmp.reset();
}

void TestSessionStore::pathsFollowXdg()
{
    QCOMPARE(m_settings.configDir, m_tmp->filePath(QStringLiteral("config/seqera")));
    QCOMPARE(m_settings.stateDir, m_tmp->filePath(QStringLiteral("state/seqera")));
    QCOMPARE(m_store->metadataPath(QStringLiteral("work")),
        m_tmp->filePath(QStringLiteral("config/seqera/profiles/work/session.json")));
    // Locks live outside the profiles folder.
    QCOMPARE(m_store->lockPath(QStringLiteral("work")),
        m_tmp->filePath(QStringLiteral("state/seqera/locks/work.lock")));
}

void TestSessionStore::metadataRoundTrip()
{
    const SessionMetadata saved = sampleMetadata(QStringLiteral("work"));
    const Error e = m_store->saveMetadata(saved);
    QVERIFY2(!e, qPrintable(e.message));

    Error error;
    const auto loaded = m_store->loadMetadata(QStringLiteral("work"), &error);
    QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(loaded.has_value());
    compareMetadata(*loaded, saved);
    if (QTest::currentTestFailed())
        return;

    // Saving again with other values replaces the file.
    SessionMetadata changed = saved;
    changed.storage = SecretStore::Kind::Keychain;
    changed.renewable = false;
    changed.email = QStringLiteral("grace@example.org");
    QVERIFY(!m_store->saveMetadata(changed));
    const auto reloaded = m_store->loadMetadata(QStringLiteral("work"), &error);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->storage, SecretStore::Kind::Keychain);
    QCOMPARE(reloaded->renewable, false);
    QCOMPARE(reloaded->email, QStringLiteral("grace@example.org"));
}

void TestSessionStore::unknownExpiryRoundTrip()
{
    SessionMetadata m = sampleMetadata(QStringLiteral("default"));
    m.expiresAt = QDateTime();
    QVERIFY(!m_store->saveMetadata(m));
    Error error;
    const auto loaded = m_store->loadMetadata(QStringLiteral("default"), &error);
    QVERIFY(loaded);
    QVERIFY(!loaded->expiresAt.isValid());
    QCOMPARE(loaded->obtainedAt, m.obtainedAt);
}

void TestSessionStore::missingMetadataIsNoError()
{
    Error error;
    QVERIFY(!m_store->loadMetadata(QStringLiteral("nobody"), &error).has_value());
    QVERIFY(!error);
    QVERIFY(!QDir(m_settings.configDir).exists()); // reading creates nothing
}

void TestSessionStore::filesAre0600AndFolders0700()
{
    QVERIFY(!m_store->saveMetadata(sampleMetadata(QStringLiteral("work"))));
    QCOMPARE(modeOf(m_settings.configDir), 0700);
    QCOMPARE(modeOf(m_store->profilesDir()), 0700);
    QCOMPARE(modeOf(m_store->profileDir(QStringLiteral("work"))), 0700);
    QCOMPARE(modeOf(m_store->metadataPath(QStringLiteral("work"))), 0600);
    // The same through Qt's view of it.
    QCOMPARE(QFile::permissions(m_store->metadataPath(QStringLiteral("work")))
            & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
        QFileDevice::Permissions());
}

void TestSessionStore::existingOpenConfigFolderIsTightened()
{
    QVERIFY(QDir().mkpath(m_store->profileDir(QStringLiteral("work"))));
    for (const QString &dir : { m_settings.configDir, m_store->profilesDir(),
             m_store->profileDir(QStringLiteral("work")) })
        QCOMPARE(::chmod(QFile::encodeName(dir).constData(), 0755), 0);
    QVERIFY(!m_store->saveMetadata(sampleMetadata(QStringLiteral("work"))));
    QCOMPARE(modeOf(m_settings.configDir), 0700);
    QCOMPARE(modeOf(m_store->profilesDir()), 0700);
    QCOMPARE(modeOf(m_store->profileDir(QStringLiteral("work"))), 0700);
}

void TestSessionStore::corruptMetadata_data()
{
    QTest::addColumn<QByteArray>("content");

    const QJsonObject good
        = QJsonDocument::fromJson(sampleMetadata(QStringLiteral("p")).toJson()).object();
    auto with = [&good](const char *key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(QLatin1String(key));
        else
            o.insert(QLatin1String(key), value);
        return QJsonDocument(o).toJson();
    };

    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x7f"
                                           "ELF\x01\x02 not json at all");
    QTest::newRow("truncated json")
        << QJsonDocument(good).toJson(QJsonDocument::Compact).chopped(1);
    QTest::newRow("half a file") << QJsonDocument(good).toJson().left(40);
    QTest::newRow("json array") << QByteArray("[1,2,3]");
    QTest::newRow("json null") << QByteArray("null");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("version 2") << with("version", 2);
    QTest::newRow("version 0") << with("version", 0);
    QTest::newRow("version missing") << with("version", QJsonValue(QJsonValue::Undefined));
    QTest::newRow("version as string") << with("version", QStringLiteral("one"));
    QTest::newRow("unknown storage") << with("storage", QStringLiteral("floppy"));
    QTest::newRow("storage missing") << with("storage", QJsonValue(QJsonValue::Undefined));
}

void TestSessionStore::corruptMetadata()
{
    QFETCH(QByteArray, content);
    const QString path = m_store->metadataPath(QStringLiteral("broken"));
    QVERIFY(writeWithFolder(path, content));
    Error error;
    const auto loaded = m_store->loadMetadata(QStringLiteral("broken"), &error);
    QVERIFY(!loaded.has_value());
    QCOMPARE(error.code, Error::Code::Corrupt);
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    // The damaged file is left for the user to inspect; `seqera logout` removes it.
    QVERIFY(QFile::exists(path));
}

void TestSessionStore::removeMetadata()
{
    QVERIFY(!m_store->saveMetadata(sampleMetadata(QStringLiteral("work"))));
    QVERIFY(!m_store->removeMetadata(QStringLiteral("work")));
    QVERIFY(!QFile::exists(m_store->metadataPath(QStringLiteral("work"))));
    QVERIFY(!QDir(m_store->profileDir(QStringLiteral("work"))).exists());
    Error error;
    QVERIFY(!m_store->loadMetadata(QStringLiteral("work"), &error));
    QVERIFY(!error);
    // Removing what is not there is not an error.
    QVERIFY(!m_store->removeMetadata(QStringLiteral("work")));
}

void TestSessionStore::removeMetadataKeepsFolderWithCredentials()
{
    QVERIFY(!m_store->saveMetadata(sampleMetadata(QStringLiteral("work"))));
    FileSecretStore files(m_store->profilesDir());
    QVERIFY(!*writeSecret(&files, QStringLiteral("work"), "secret"));
    QVERIFY(!m_store->removeMetadata(QStringLiteral("work")));
    QVERIFY(!QFile::exists(m_store->metadataPath(QStringLiteral("work"))));
    QVERIFY(QFile::exists(files.path(QStringLiteral("work"))));
}

void TestSessionStore::fileSecretStoreWriteReadRemove()
{
    FileSecretStore store(m_store->profilesDir());
    QCOMPARE(store.kind(), SecretStore::Kind::File);
    const QString profile = QStringLiteral("work");
    QCOMPARE(store.location(profile),
        m_store->profileDir(profile) + QStringLiteral("/credentials.json"));

    auto written = writeSecret(&store, profile, R"({"version":1,"access_token":"a1"})");
    QVERIFY(written.has_value()); // answered from the event loop, exactly once
    QVERIFY2(!*written, qPrintable(written->message));

    ReadResult r = readSecret(&store, profile);
    QVERIFY(r.called);
    QVERIFY(!r.error);
    QCOMPARE(r.data, std::optional<QByteArray>(R"({"version":1,"access_token":"a1"})"));

    // Overwrite (a rotation) replaces the whole secret.
    QVERIFY(!*writeSecret(&store, profile, "second"));
    QCOMPARE(readSecret(&store, profile).data, std::optional<QByteArray>("second"));

    // Another profile is separate.
    QVERIFY(!*writeSecret(&store, QStringLiteral("other"), "other-secret"));
    QCOMPARE(readSecret(&store, profile).data, std::optional<QByteArray>("second"));

    auto removed = removeSecret(&store, profile);
    QVERIFY(removed.has_value());
    QVERIFY(!*removed);
    r = readSecret(&store, profile);
    QVERIFY(r.called);
    QVERIFY(!r.error);
    QVERIFY(!r.data.has_value());
    QCOMPARE(readSecret(&store, QStringLiteral("other")).data,
        std::optional<QByteArray>("other-secret"));
}

void TestSessionStore::fileSecretStorePermissions()
{
    FileSecretStore store(m_store->profilesDir());
    QVERIFY(!*writeSecret(&store, QStringLiteral("work"), "s"));
    QCOMPARE(modeOf(store.path(QStringLiteral("work"))), 0600);
    QCOMPARE(modeOf(m_store->profileDir(QStringLiteral("work"))), 0700);
    QCOMPARE(modeOf(m_store->profilesDir()), 0700);
}

void TestSessionStore::fileSecretStoreMissingSecret()
{
    FileSecretStore store(m_store->profilesDir());
    const ReadResult r = readSecret(&store, QStringLiteral("never"));
    QVERIFY(r.called);
    QVERIFY(!r.error);
    QVERIFY(!r.data.has_value());
    const auto removed = removeSecret(&store, QStringLiteral("never"));
    QVERIFY(removed.has_value());
    QVERIFY2(!*removed, qPrintable(removed->message));
}

void TestSessionStore::sessionStoreGivesFileStore()
{
    SecretStore *store = m_store->secretStore(SecretStore::Kind::File);
    QVERIFY(store);
    QCOMPARE(store->kind(), SecretStore::Kind::File);
    QCOMPARE(m_store->secretStore(SecretStore::Kind::File), store); // one instance
    QCOMPARE(store->location(QStringLiteral("work")),
        m_store->profileDir(QStringLiteral("work")) + QStringLiteral("/credentials.json"));
}

void TestSessionStore::profilesListsValidProfilesWithSession()
{
    for (const QString &name :
        { QStringLiteral("work"), QStringLiteral("default"), QStringLiteral("a.b-c_d") })
        QVERIFY(!m_store->saveMetadata(sampleMetadata(name)));

    const QString profiles = m_store->profilesDir();
    // Folders without a session.
    QVERIFY(QDir().mkpath(profiles + QStringLiteral("/empty")));
    QVERIFY(writeWithFolder(profiles + QStringLiteral("/other-files/notes.txt"), "x"));
    // Session files under names that are not valid profile names.
    QVERIFY(writeWithFolder(
        profiles + QStringLiteral("/.hidden/session.json"), sampleMetadata("x").toJson()));
    QVERIFY(writeWithFolder(
        profiles + QStringLiteral("/-dash/session.json"), sampleMetadata("x").toJson()));
    QVERIFY(writeWithFolder(
        profiles + QStringLiteral("/with space/session.json"), sampleMetadata("x").toJson()));
    QVERIFY(writeWithFolder(
        profiles + QStringLiteral("/caf\u00e9/session.json"), sampleMetadata("x").toJson()));
    QVERIFY(writeWithFolder(profiles + QLatin1Char('/') + QString(65, QLatin1Char('l'))
            + QStringLiteral("/session.json"),
        sampleMetadata("x").toJson()));
    // A plain file where a folder would be.
    QVERIFY(writeWithFolder(profiles + QStringLiteral("/plainfile"), "x"));

    QCOMPARE(m_store->profiles(),
        (QStringList {
            QStringLiteral("a.b-c_d"), QStringLiteral("default"), QStringLiteral("work") }));

    QVERIFY(!m_store->removeMetadata(QStringLiteral("work")));
    QCOMPARE(m_store->profiles(),
        (QStringList { QStringLiteral("a.b-c_d"), QStringLiteral("default") }));
}

// QtKeychain's shape: connect or spy after start(), the answer still comes, exactly once,
// and the job deletes itself afterwards.
void TestSessionStore::secretJobsAnswerFromTheEventLoopOnce()
{
    FileSecretStore files(m_store->profilesDir());
    testsupport::FakeSecretStore fake;
    for (SecretStore *store :
        { static_cast<SecretStore *>(&files), static_cast<SecretStore *>(&fake) }) {
        QPointer<SecretJob> job = store->write(QStringLiteral("work"), "s");
        QCOMPARE(job->operation(), SecretJob::Operation::Write);
        QCOMPARE(job->profile(), QStringLiteral("work"));
        job->start();
        QSignalSpy spy(job.data(), &SecretJob::finished); // after start(): still in time
        job->start(); // a second start() does not run it twice
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<SecretJob *>(), job.data());
        QVERIFY(!job->error());
        QTRY_VERIFY(job.isNull()); // auto-deleted
        const testsupport::JobResult read
            = testsupport::runJob(store->read(QStringLiteral("work")));
        QVERIFY(read.finished && !read.early);
        QCOMPARE(read.count, 1);
        QCOMPARE(read.secret, std::optional<QByteArray>("s"));
    }
}

// A keyring waiting for a password: no answer, and no job left behind with its store.
void TestSessionStore::aHungJobNeverAnswersAndGoesWithItsStore()
{
    auto fake = std::make_unique<testsupport::FakeSecretStore>();
    fake->hang = true;
    QPointer<SecretJob> job = fake->read(QStringLiteral("work"));
    QSignalSpy spy(job.data(), &SecretJob::finished);
    job->start();
    QTest::qWait(100);
    QCOMPARE(spy.count(), 0);
    fake.reset();
    QVERIFY(job.isNull());
}

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"

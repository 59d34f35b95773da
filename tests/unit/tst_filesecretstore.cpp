// FileSecretStore on its own: the SecretJob contract (an answer only after start() has
// returned, exactly once), the 0600 file in 0700 folders whatever the umask, and what it
// refuses: a symbolic link for a credentials file, a file that is not a regular file, a
// folder others can write to. tst_sessionstore covers the store as SessionStore hands it out.
#include "storage/filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <sys/types.h>

using namespace seqera;

namespace {
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Runs one job to its end; the job stays alive for the caller to read.
SecretJob *run(SecretJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &SecretJob::finished);
    job->start();
    if (!spy.wait(5000))
        qWarning("the job did not finish");
    return job;
}

class UmaskGuard
{
public:
    explicit UmaskGuard(mode_t mask)
        : m_old(::umask(mask))
    { }
    ~UmaskGuard() { ::umask(m_old); }

private:
    mode_t m_old;
};
} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void describesItself();
    void answersOnlyAfterStartReturns_data();
    void answersOnlyAfterStartReturns();
    void unstartedJobNeverAnswers();
    void autoDeleteAfterFinished();
    void writeMakesPrivateFileAndFoldersWhateverTheUmask();
    void rewriteTightensAnOpenFile();
    void writeReadRemove();
    void removeOfNothingIsNoError();
    void symlinkedCredentialsAreRefused_data();
    void symlinkedCredentialsAreRefused();
    void removeOfASymlinkKeepsItsTarget();
    void corruptFileIsReported_data();
    void corruptFileIsReported();
    void folderOthersCanWriteIsRefused();

private:
    QString profiles() const { return m_dir.path() + QStringLiteral("/profiles"); }
    QTemporaryDir m_dir;
};

void TestFileSecretStore::init()
{
    QVERIFY(m_dir.isValid());
    QDir(profiles()).removeRecursively();
}

void TestFileSecretStore::describesItself()
{
    FileSecretStore store(profiles());
    QCOMPARE(store.kind(), SecretStore::Kind::File);
    QCOMPARE(
        store.path(QStringLiteral("work")), profiles() + QStringLiteral("/work/credentials.json"));
    QCOMPARE(store.location(QStringLiteral("work")), store.path(QStringLiteral("work")));
    QCOMPARE(SecretStore::kindName(store.kind()), QStringLiteral("file"));
}

void TestFileSecretStore::answersOnlyAfterStartReturns_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("read") << int(SecretJob::Operation::Read);
    QTest::newRow("write") << int(SecretJob::Operation::Write);
    QTest::newRow("remove") << int(SecretJob::Operation::Remove);
}

void TestFileSecretStore::answersOnlyAfterStartReturns()
{
    QFETCH(int, operation);
    FileSecretStore store(profiles());
    SecretJob *job = nullptr;
    switch (SecretJob::Operation(operation)) {
    case SecretJob::Operation::Read:
        job = store.read(QStringLiteral("p"));
        break;
    case SecretJob::Operation::Write:
        job = store.write(QStringLiteral("p"), "s");
        break;
    default:
        job = store.remove(QStringLiteral("p"));
        break;
    }
    QCOMPARE(int(job->operation()), operation);
    QCOMPARE(job->profile(), QStringLiteral("p"));
    QCOMPARE(job->parent(), &store);
    job->setAutoDelete(false);
    // Connected after start(), as a caller may: the answer still arrives, once.
    job->start();
    QSignalSpy spy(job, &SecretJob::finished);
    QCOMPARE(spy.count(), 0);
    job->start(); // a second start() starts nothing
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<SecretJob *>(), job);
    QVERIFY2(!job->error(), qPrintable(job->error().message));
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);
}

void TestFileSecretStore::unstartedJobNeverAnswers()
{
    FileSecretStore store(profiles());
    SecretJob *job = store.write(QStringLiteral("p"), "s");
    QSignalSpy spy(job, &SecretJob::finished);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 0);
    // Nothing was written either.
    QVERIFY(!QFileInfo::exists(store.path(QStringLiteral("p"))));
}

void TestFileSecretStore::autoDeleteAfterFinished()
{
    FileSecretStore store(profiles());
    QPointer<SecretJob> job = store.read(QStringLiteral("p"));
    QVERIFY(job->autoDelete());
    QSignalSpy spy(job.data(), &SecretJob::finished);
    job->start();
    QTRY_COMPARE(spy.count(), 1);
    QTRY_VERIFY(job.isNull());
}

void TestFileSecretStore::writeMakesPrivateFileAndFoldersWhateverTheUmask()
{
    const UmaskGuard open(0);
    FileSecretStore store(profiles());
    std::unique_ptr<SecretJob> job(run(store.write(QStringLiteral("p"), "secret")));
    QVERIFY2(!job->error(), qPrintable(job->error().message));
    QCOMPARE(modeOf(profiles()), 0700);
    QCOMPARE(modeOf(profiles() + QStringLiteral("/p")), 0700);
    QCOMPARE(modeOf(store.path(QStringLiteral("p"))), 0600);
    // No temporary file is left beside it.
    QCOMPARE(QDir(profiles() + QStringLiteral("/p"))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { FileSecretStore::fileName() });
}

void TestFileSecretStore::rewriteTightensAnOpenFile()
{
    FileSecretStore store(profiles());
    std::unique_ptr<SecretJob>(run(store.write(QStringLiteral("p"), "one")));
    const QString path = store.path(QStringLiteral("p"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QCOMPARE(modeOf(path), 0604);
    std::unique_ptr<SecretJob> job(run(store.write(QStringLiteral("p"), "two")));
    QVERIFY(!job->error());
    QCOMPARE(modeOf(path), 0600);
}

void TestFileSecretStore::writeReadRemove()
{
    FileSecretStore store(profiles());
    const QByteArray secret("{\"access_token\":\"a\\u0000b\"}\n\xff binary");
    std::unique_ptr<SecretJob>(run(store.write(QStringLiteral("p"), secret)));
    // Profiles do not see each other's secrets.
    std::unique_ptr<SecretJob> other(run(store.read(QStringLiteral("q"))));
    QVERIFY(!other->error());
    QVERIFY(!other->secret().has_value());
    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("p"))));
    QVERIFY(!read->error());
    QCOMPARE(read->secret().value_or(QByteArray()), secret);
    std::unique_ptr<SecretJob> removed(run(store.remove(QStringLiteral("p"))));
    QVERIFY(!removed->error());
    QVERIFY(!QFileInfo::exists(store.path(QStringLiteral("p"))));
    std::unique_ptr<SecretJob> gone(run(store.read(QStringLiteral("p"))));
    QVERIFY(!gone->error());
    QVERIFY(!gone->secret().has_value());
}

void TestFileSecretStore::removeOfNothingIsNoError()
{
    FileSecretStore store(profiles());
    std::unique_ptr<SecretJob> job(run(store.remove(QStringLiteral("never"))));
    QVERIFY2(!job->error(), qPrintable(job->error().message));
}

void TestFileSecretStore::symlinkedCredentialsAreRefused_data()
{
    QTest::addColumn<bool>("write");
    QTest::newRow("read through a link") << false;
    QTest::newRow("write through a link") << true;
}

void TestFileSecretStore::symlinkedCredentialsAreRefused()
{
    QFETCH(bool, write);
    FileSecretStore store(profiles());
    std::unique_ptr<SecretJob>(run(store.write(QStringLiteral("p"), "mine")));
    // Another file the link points at: neither read nor overwritten.
    const QString target = m_dir.path() + QStringLiteral("/elsewhere.json");
    QFile t(target);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("not a secret");
    t.close();
    const QString path = store.path(QStringLiteral("p"));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::link(target, path));

    std::unique_ptr<SecretJob> job(
        run(write ? store.write(QStringLiteral("p"), "new") : store.read(QStringLiteral("p"))));
    QCOMPARE(job->error().code, Error::Code::Storage);
    QVERIFY2(job->error().message.contains(path), qPrintable(job->error().message));
    QVERIFY(!job->secret().has_value());
    QVERIFY(QFileInfo(path).isSymLink());
    QVERIFY(t.open(QIODevice::ReadOnly));
    QCOMPARE(t.readAll(), QByteArray("not a secret"));
}

void TestFileSecretStore::removeOfASymlinkKeepsItsTarget()
{
    FileSecretStore store(profiles());
    std::unique_ptr<SecretJob>(run(store.write(QStringLiteral("p"), "mine")));
    const QString target = m_dir.path() + QStringLiteral("/keep.txt");
    QFile t(target);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.close();
    const QString path = store.path(QStringLiteral("p"));
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::link(target, path));
    std::unique_ptr<SecretJob> job(run(store.remove(QStringLiteral("p"))));
    QVERIFY2(!job->error(), qPrintable(job->error().message));
    QVERIFY(!QFileInfo(path).isSymLink());
    QVERIFY(QFileInfo::exists(target));
}

void TestFileSecretStore::corruptFileIsReported_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a folder in its place") << "folder";
    QTest::newRow("a FIFO in its place (would block a plain read)") << "fifo";
}

void TestFileSecretStore::corruptFileIsReported()
{
    QFETCH(QString, kind);
    FileSecretStore store(profiles());
    std::unique_ptr<SecretJob>(run(store.write(QStringLiteral("p"), "x")));
    const QString path = store.path(QStringLiteral("p"));
    QVERIFY(QFile::remove(path));
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkdir(path));
    else
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("p"))));
    QCOMPARE(read->error().code, Error::Code::Storage);
    QVERIFY2(read->error().message.contains(path), qPrintable(read->error().message));
    // A write does not replace what it does not understand.
    std::unique_ptr<SecretJob> write(run(store.write(QStringLiteral("p"), "y")));
    QCOMPARE(write->error().code, Error::Code::Storage);
    QVERIFY(!QFileInfo(path).isFile());
}

void TestFileSecretStore::folderOthersCanWriteIsRefused()
{
    FileSecretStore store(profiles());
    std::unique_ptr<SecretJob>(run(store.write(QStringLiteral("p"), "x")));
    const QString folder = profiles() + QStringLiteral("/p");
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("p"))));
    QCOMPARE(read->error().code, Error::Code::Storage);
    QVERIFY2(read->error().message.contains(folder), qPrintable(read->error().message));
    QVERIFY(!read->secret().has_value());
    // Nor is a secret written there.
    std::unique_ptr<SecretJob> write(run(store.write(QStringLiteral("p"), "new")));
    QCOMPARE(write->error().code, Error::Code::Storage);
    QCOMPARE(modeOf(folder), 0777);
}

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"

// The SecretJob contract every store's jobs keep (core/storage/secretstore.h): `finished`
// exactly once, never from inside start(), the job gone after it unless told to stay. A job
// that answers at once (as the file store's do) and one that answers twice are the cases a
// careless store would get wrong; the real stores are held to the same contract below.
#include "storage/filesecretstore.h"
#include "storage/secretstore.h"

#include "fakesecretstore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera;
using namespace testsupport;

namespace {
// Finishes inside run(), `answers` times: the first answer must be the only one seen.
class ImmediateJob : public SecretJob
{
public:
    ImmediateJob(int answers, QObject *parent)
        : SecretJob(Operation::Read, QStringLiteral("default"), {}, parent)
        , m_answers(answers)
    { }
    int runs = 0;

protected:
    void run() override
    {
        ++runs;
        for (int i = 0; i < m_answers; ++i)
            finish(i == 0 ? Error() : Error(Error::Code::Storage, QStringLiteral("late")),
                QByteArray::number(i));
    }

private:
    int m_answers;
};
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void finishedNeverComesFromInsideStart();
    void finishedComesOnceWhateverTheJobDoes();
    void startTwiceRunsOnce();
    void jobDeletesItselfAfterFinished_data();
    void jobDeletesItselfAfterFinished();
    void everyStoreKeepsTheContract_data();
    void everyStoreKeepsTheContract();
};

void TestSecretStore::finishedNeverComesFromInsideStart()
{
    QObject owner;
    auto *job = new ImmediateJob(1, &owner);
    QSignalSpy spy(job, &SecretJob::finished);
    job->start();
    QCOMPARE(spy.count(), 0); // a caller connecting after start() still hears the answer
    QCOMPARE(job->runs, 0);
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
}

void TestSecretStore::finishedComesOnceWhateverTheJobDoes()
{
    QObject owner;
    auto *job = new ImmediateJob(3, &owner);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &SecretJob::finished);
    job->start();
    QVERIFY(spy.wait(1000));
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!job->error()); // the first answer stands
    QCOMPARE(job->secret(), std::optional<QByteArray>(QByteArray("0")));
}

void TestSecretStore::startTwiceRunsOnce()
{
    QObject owner;
    auto *job = new ImmediateJob(1, &owner);
    job->setAutoDelete(false);
    QSignalSpy spy(job, &SecretJob::finished);
    job->start();
    job->start();
    QVERIFY(spy.wait(1000));
    job->start(); // after the answer too
    QTest::qWait(20);
    QCOMPARE(job->runs, 1);
    QCOMPARE(spy.count(), 1);
}

void TestSecretStore::jobDeletesItselfAfterFinished_data()
{
    QTest::addColumn<bool>("autoDelete");
    QTest::newRow("by default") << true;
    QTest::newRow("setAutoDelete(false)") << false;
}

void TestSecretStore::jobDeletesItselfAfterFinished()
{
    QFETCH(bool, autoDelete);
    QObject owner;
    auto *job = new ImmediateJob(1, &owner);
    QCOMPARE(job->autoDelete(), true);
    job->setAutoDelete(autoDelete);
    QPointer<SecretJob> alive(job);
    bool readInSlot = false;
    // The result is readable in the slot, whatever happens to the job afterwards.
    connect(job, &SecretJob::finished, &owner,
        [&readInSlot](SecretJob *j) { readInSlot = j->secret().has_value(); });
    job->start();
    QTRY_VERIFY(readInSlot);
    QTest::qWait(20); // deleteLater runs from the event loop
    QCOMPARE(alive.isNull(), autoDelete);
}

void TestSecretStore::everyStoreKeepsTheContract_data()
{
    QTest::addColumn<QString>("store");
    QTest::newRow("file") << QStringLiteral("file");
    QTest::newRow("fake keyring, answering at once") << QStringLiteral("fake");
}

void TestSecretStore::everyStoreKeepsTheContract()
{
    QFETCH(QString, store);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<SecretStore> s;
    if (store == QLatin1String("file"))
        s = std::make_unique<FileSecretStore>(dir.filePath(QStringLiteral("profiles")));
    else
        s = std::make_unique<FakeSecretStore>();
    const QByteArray secret("{\"access_token\":\"a\\u0000b\"}\xff", 29);
    // One answer, after start() returned, without an error.
    auto answered
        = [](const JobResult &r) { return r.finished && !r.early && r.count == 1 && !r.error; };
    const JobResult missing = runJob(s->read(QStringLiteral("p")));
    QVERIFY2(answered(missing), qPrintable(missing.error.message));
    QVERIFY(!missing.secret); // no secret is not an error
    const JobResult written = runJob(s->write(QStringLiteral("p"), secret));
    QVERIFY2(answered(written), qPrintable(written.error.message));
    const JobResult read = runJob(s->read(QStringLiteral("p")));
    QVERIFY2(answered(read), qPrintable(read.error.message));
    QCOMPARE(read.secret, std::optional<QByteArray>(secret)); // byte for byte
    const JobResult removed = runJob(s->remove(QStringLiteral("p")));
    QVERIFY2(answered(removed), qPrintable(removed.error.message));
    const JobResult removedAgain = runJob(s->remove(QStringLiteral("p")));
    QVERIFY2(answered(removedAgain), qPrintable(removedAgain.error.message)); // nothing to remove
    const JobResult gone = runJob(s->read(QStringLiteral("p")));
    QVERIFY2(answered(gone), qPrintable(gone.error.message));
    QVERIFY(!gone.secret);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"

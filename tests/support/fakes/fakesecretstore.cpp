#include "fakesecretstore.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using seqera::Error;
using seqera::SecretJob;

namespace testsupport {

namespace {
class FakeJob : public SecretJob
{
public:
    FakeJob(Operation operation, const QString &profile, const QByteArray &input,
        FakeSecretStore *store)
        : SecretJob(operation, profile, input, store)
        , m_store(store)
    { }

protected:
    void run() override
    {
        if (m_store->hang)
            return;
        QTimer::singleShot(m_store->delayMs, this, [this] { answer(); });
    }

private:
    void answer()
    {
        switch (operation()) {
        case Operation::Read:
            ++m_store->reads;
            if (m_store->failReads)
                finish(m_store->failure());
            else if (m_store->readsAsNotFound || !m_store->secrets.contains(profile()))
                finish({});
            else
                finish({}, m_store->secrets.value(profile()));
            return;
        case Operation::Write:
            ++m_store->writes;
            if (m_store->writesBeforeFailing >= 0
                && m_store->writes > m_store->writesBeforeFailing) {
                finish(m_store->failure());
                return;
            }
            m_store->secrets.insert(profile(), input());
            finish({});
            return;
        case Operation::Remove:
            ++m_store->removes;
            m_store->secrets.remove(profile());
            finish({});
            return;
        case Operation::Probe:
            break;
        }
        finish({ Error::Code::InvalidInput, QStringLiteral("the fake store does not probe") });
    }

    FakeSecretStore *m_store;
};
} // namespace

FakeSecretStore::FakeSecretStore(Kind kind, QObject *parent)
    : SecretStore(parent)
    , m_kind(kind)
{ }

QString FakeSecretStore::location(const QString &profile) const
{
    return QStringLiteral("fake store (%1)").arg(profile);
}

Error FakeSecretStore::failure() const
{
    return { m_kind == Kind::Keychain ? Error::Code::KeychainUnavailable : Error::Code::Storage,
        QStringLiteral("the fake store refuses") };
}

SecretJob *FakeSecretStore::read(const QString &profile)
{
    return new FakeJob(SecretJob::Operation::Read, profile, {}, this);
}

SecretJob *FakeSecretStore::write(const QString &profile, const QByteArray &secret)
{
    return new FakeJob(SecretJob::Operation::Write, profile, secret, this);
}

SecretJob *FakeSecretStore::remove(const QString &profile)
{
    return new FakeJob(SecretJob::Operation::Remove, profile, {}, this);
}

JobResult runJob(SecretJob *job, int timeoutMs, int settleMs)
{
    JobResult r;
    job->setAutoDelete(false);
    QSignalSpy spy(job, &SecretJob::finished);
    QElapsedTimer timer;
    timer.start();
    job->start();
    r.early = !spy.isEmpty();
    r.finished = !spy.isEmpty() || spy.wait(timeoutMs);
    if (r.finished)
        r.elapsedMs = timer.elapsed();
    QTest::qWait(settleMs); // a second `finished` would come now
    r.count = int(spy.count());
    r.error = job->error();
    r.secret = job->secret();
    delete job;
    return r;
}

} // namespace testsupport

// Organizations for `seqera org`, `seqera login` and `seqera ai`: the backend's list, choosing
// one, and keeping the choice in the profile's session metadata under the profile lock
// (SessionManager::storeOrganization).
#include "ai/organizations.h"

#include "config/settings.h"
#include "session/profilelock.h"
#include "session/sessionmanager.h"
#include "util/clock.h"
#include "storage/sessionstore.h"

#include "scratch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera;
using namespace testsupport;
using namespace seqera::ai;

namespace {
SessionMetadata sample()
{
    SessionMetadata m;
    m.profile = QStringLiteral("default");
    m.email = QStringLiteral("ada@example.org");
    m.apiUrl = QUrl(QStringLiteral("https://api.example.org"));
    m.obtainedAt = QDateTime::fromString(QStringLiteral("2024-05-17T10:00:00Z"), Qt::ISODate);
    m.expiresAt = m.obtainedAt.addSecs(3600);
    m.renewable = true;
    m.storage = SecretStore::Kind::File;
    return m;
}
} // namespace

class TestOrganizations : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    Settings m_settings;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<SessionManager> m_sessions;

    Error storeAndWait(const std::optional<Organization> &o, int timeoutMs = 5000)
    {
        Error result(Error::Code::Cancelled, QStringLiteral("not called"));
        bool called = false;
        m_sessions->storeOrganization(
            QStringLiteral("default"), o,
            [&](const Error &e) {
                result = e;
                called = true;
            },
            timeoutMs);
        if (!QTest::qWaitFor([&] { return called; }, timeoutMs + 5000))
            qWarning() << "storeOrganization never finished";
        return result;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_settings = scratchSettings(*m_tmp, QStringLiteral("home"));
        m_store = std::make_unique<SessionStore>(m_settings);
        m_sessions = std::make_unique<SessionManager>(
            m_settings, m_store.get(), nullptr, Clock::system());
    }

    void parse()
    {
        const QJsonObject answer = QJsonDocument::fromJson(R"({"organizations":[
            {"org_id": 1001, "org_name": "Seqera Labs", "org_type": "team"},
            {"org_id": "2002", "org_name": "nf-core", "org_type": "community"},
            {"org_name": "no id"},
            "not an object"]})")
                                       .object();
        const QList<Organization> list = parseOrganizations(answer);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0), (Organization { "1001", "Seqera Labs", "team" }));
        QCOMPARE(list.at(1), (Organization { "2002", "nf-core", "community" }));
        QVERIFY(parseOrganizations({}).isEmpty());
    }

    void find_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("id"); // "" = an error
        QTest::newRow("id") << "1001"
                            << "1001";
        QTest::newRow("exact name") << "nf-core"
                                    << "2002";
        QTest::newRow("name in other case") << "SEQERA LABS"
                                            << "1001";
        QTest::newRow("spaces around") << "  1001 "
                                       << "1001";
        QTest::newRow("name that is another's id wins by id") << "3003"
                                                              << "3003";
        QTest::newRow("ambiguous by case") << "twins"
                                           << "";
        QTest::newRow("unknown") << "nope"
                                 << "";
    }

    void find()
    {
        QFETCH(QString, wanted);
        QFETCH(QString, id);
        const QList<Organization> list { { "1001", "Seqera Labs", "team" },
            { "2002", "nf-core", "community" }, { "3003", "x", "team" }, { "4004", "3003", "team" },
            { "5005", "Twins", "team" }, { "6006", "TWINS", "team" } };
        Error error;
        const auto found = findOrganization(list, wanted, &error);
        if (id.isEmpty()) {
            QVERIFY(!found);
            QCOMPARE(error.code, Error::Code::InvalidInput);
            QVERIFY(error.message.contains(wanted.trimmed()));
        } else {
            QVERIFY(found);
            QCOMPARE(found->id, id);
        }
    }

    void metadataRoundTrip()
    {
        SessionMetadata m = sample();
        QVERIFY(!QJsonDocument::fromJson(m.toJson()).object().contains("organization"));
        m.organizationId = QStringLiteral("1001");
        m.organizationName = QStringLiteral("Seqera Labs");
        m.organizationType = QStringLiteral("team");
        Error error;
        const SessionMetadata back = SessionMetadata::fromJson(m.toJson(), "x", &error);
        QVERIFY(!error);
        QCOMPARE(back.organizationId, m.organizationId);
        QCOMPARE(back.organizationName, m.organizationName);
        QCOMPARE(back.organizationType, m.organizationType);
        QCOMPARE(back.email, m.email);
    }

    void storeAndClear()
    {
        QCOMPARE(storeAndWait(Organization { "1", "a", "team" }).code, Error::Code::NotLoggedIn);
        QVERIFY(!m_store->saveMetadata(sample()));
        QVERIFY(!storeAndWait(Organization { "1001", "Seqera Labs", "team" }));
        Error error;
        auto m = m_store->loadMetadata("default", &error);
        QVERIFY(m);
        QCOMPARE(m->organizationId, QStringLiteral("1001"));
        QCOMPARE(m->email, QStringLiteral("ada@example.org")); // the rest untouched
        QCOMPARE(m->expiresAt, sample().expiresAt);
        QVERIFY(!storeAndWait(std::nullopt));
        m = m_store->loadMetadata("default", &error);
        QVERIFY(m->organizationId.isEmpty());
        QVERIFY(m->organizationName.isEmpty());
    }

    void waitsForTheProfileLock()
    {
        // A renewal holds the lock and writes new expiry data: the organization is written
        // after it, on top of the renewed metadata, not on top of a stale copy.
        QVERIFY(!m_store->saveMetadata(sample()));
        ProfileLock renewal(m_store->lockPath("default"));
        bool locked = false;
        renewal.acquire(1000, [&](const Error &e) { locked = !e; });
        QVERIFY(locked);
        bool stored = false;
        QSignalSpy changed(m_sessions.get(), &SessionManager::sessionChanged);
        m_sessions->storeOrganization(
            "default", Organization { "7", "seven", "team" }, [&](const Error &e) { stored = !e; },
            5000);
        QTest::qWait(200);
        QVERIFY(!stored);
        SessionMetadata renewed = sample();
        renewed.expiresAt = renewed.expiresAt.addSecs(7200);
        QVERIFY(!m_store->saveMetadata(renewed));
        renewal.release();
        QTRY_VERIFY(stored);
        QCOMPARE(changed.count(), 1); // the tray shows the new choice
        Error error;
        const auto m = m_store->loadMetadata("default", &error);
        QCOMPARE(m->organizationId, QStringLiteral("7"));
        QCOMPARE(m->expiresAt, renewed.expiresAt);
    }

    void lockTimeout()
    {
        QVERIFY(!m_store->saveMetadata(sample()));
        ProfileLock holder(m_store->lockPath("default"));
        holder.acquire(1000, [](const Error &) {});
        QCOMPARE(
            storeAndWait(Organization { "7", "seven", "team" }, 300).code, Error::Code::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestOrganizations)
#include "tst_organizations.moc"

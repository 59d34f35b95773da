// `seqera ai` end to end: a login against the real provider, then the assistant answered by
// the AI backend emulator (tests/ai/ai-backend-emulator.mjs; a fake, since the real backend
// cannot run here), with the token each source supplies reaching it as the bearer token.
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace testsupport;

class TestAiFlow : public AiPlatformTest
{
    Q_OBJECT

private:
    QJsonArray messageRequests() const
    {
        QJsonArray result;
        for (const QJsonValue &r : m_ai->requests()) {
            if (r.toObject()
                    .value(QStringLiteral("path"))
                    .toString()
                    .endsWith(QLatin1String("/messages")))
                result.append(r);
        }
        return result;
    }
    static QString lastFour(const QString &token) { return token.right(4); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startServers(
            { QStringLiteral("--pat"), QStringLiteral("pat-ai-000001=robot@example.com") }));
    }

    void init() { resetServers(); }

    void loginThenHeadlessQuestion()
    {
        Sandbox s = sandbox();
        Run r = s.run({ QStringLiteral("login") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString token = s.run({ QStringLiteral("token") }).out.trimmed();
        r = s.run(
            { QStringLiteral("ai"), QStringLiteral("--headless"), QStringLiteral("hello there") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.trimmed().isEmpty());
        QVERIFY(r.out.endsWith(QLatin1Char('\n')));
        const QJsonArray messages = messageRequests();
        QVERIFY(!messages.isEmpty());
        for (const QJsonValue &m : messages)
            QCOMPARE(m.toObject().value(QStringLiteral("auth")).toString(), lastFour(token));
    }

    void unauthorizedRenewsOnceAndRetries()
    {
        Sandbox s = sandbox();
        QCOMPARE(s.run({ QStringLiteral("login") }).exitCode, 0);
        const QString before = s.run({ QStringLiteral("token") }).out.trimmed();
        m_ai->post(
            QStringLiteral("/__test/unauthorized"), QJsonObject { { QStringLiteral("count"), 1 } });
        const Run r = s.run(
            { QStringLiteral("ai"), QStringLiteral("--headless"), QStringLiteral("hello") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 1);
        const QString after = s.run({ QStringLiteral("token") }).out.trimmed();
        QVERIFY(after != before);
        QCOMPARE(messageRequests().last().toObject().value(QStringLiteral("auth")).toString(),
            lastFour(after));
    }

    void tokenSources_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<bool>("viaArgument");
        QTest::newRow("--token") << QString() << true;
        QTest::newRow("TOWER_ACCESS_TOKEN") << QStringLiteral("TOWER_ACCESS_TOKEN") << false;
        QTest::newRow("SEQERA_ACCESS_TOKEN") << QStringLiteral("SEQERA_ACCESS_TOKEN") << false;
    }
    void tokenSources()
    {
        QFETCH(QString, variable);
        QFETCH(bool, viaArgument);
        Sandbox s = sandbox();
        QStringList args { QStringLiteral("ai"), QStringLiteral("--headless"),
            QStringLiteral("hi") };
        if (viaArgument)
            args << QStringLiteral("--token") << QStringLiteral("pat-ai-000001");
        else
            s.env.insert(variable, QStringLiteral("pat-ai-000001"));
        const Run r = s.run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(messageRequests().last().toObject().value(QStringLiteral("auth")).toString(),
            QStringLiteral("0001"));

        // A refused environment or argument token is named, never renewed, never echoed.
        m_ai->post(
            QStringLiteral("/__test/unauthorized"), QJsonObject { { QStringLiteral("count"), 5 } });
        const Run bad = s.run(args);
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(viaArgument ? QStringLiteral("--token") : variable),
            qPrintable(bad.err));
        QVERIFY(!bad.err.contains(QLatin1String("pat-ai-000001")));
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 0);
    }

    void notLoggedIn()
    {
        Sandbox s = sandbox();
        const Run r
            = s.run({ QStringLiteral("ai"), QStringLiteral("--headless"), QStringLiteral("hi") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("seqera login")), qPrintable(r.err));
        QVERIFY(messageRequests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAiFlow)
#include "tst_aiflow.moc"

// DeviceFlow against the real provider (a confirmed login through the scripted browser) and
// against canned answers from the same server for the timer rules of RFC 8628.
#include "authtest.h"

#include "auth/deviceflow.h"

#include <QElapsedTimer>
#include <QJsonArray>

using namespace seqera;
using namespace testsupport;

namespace {
constexpr auto kDeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";

QJsonObject deviceAnswer(const QJsonValue &interval, const QJsonValue &expiresIn)
{
    return { { QStringLiteral("body"),
        QJsonObject { { QStringLiteral("device_code"), QStringLiteral("dc") },
            { QStringLiteral("user_code"), QStringLiteral("WXYZ-1234") },
            { QStringLiteral("verification_uri"), QStringLiteral("https://example.org/device") },
            { QStringLiteral("interval"), interval },
            { QStringLiteral("expires_in"), expiresIn } } } };
}

QJsonObject tokenError(const QString &error)
{
    return { { QStringLiteral("status"), 400 },
        { QStringLiteral("body"), QJsonObject { { QStringLiteral("error"), error } } } };
}
} // namespace

class TestDeviceFlow : public authtest::ProviderTest
{
    Q_OBJECT

private:
    int polls() const { return m_server->tokenRequests(QString::fromLatin1(kDeviceGrant)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(startProvider()); }
    void init()
    {
        m_server->reset();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Timers")));
    }

    void confirmedOnAnotherDevice()
    {
        DeviceFlow flow(m_nam.get(), m_settings, Clock::system());
        QSignalSpy code(&flow, &DeviceFlow::userCodeReady);
        QSignalSpy tokens(&flow, &DeviceFlow::tokensReady);
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(code.size(), 1, 10000);
        const QUrl complete = code.first().at(2).toUrl();
        QVERIFY(complete.toString().contains(code.first().at(0).toString()));
        QCOMPARE(code.first().at(3).toInt(), 600);
        auto browser = authtest::startBrowser(complete, QStringLiteral("carol"));
        QVERIFY(browser->waitForFinished(30000));
        QTRY_COMPARE_WITH_TIMEOUT(tokens.size() + failed.size(), 1, 20000);
        QVERIFY2(failed.isEmpty(),
            failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().message));
        const LoginResult result = tokens.first().first().value<LoginResult>();
        QCOMPARE(result.email, QStringLiteral("carol@example.com"));
        QVERIFY(!result.tokens.refreshToken.isEmpty());
    }

    void pendingThenCancelled()
    {
        DeviceFlow flow(m_nam.get(), m_settings, Clock::system());
        QSignalSpy code(&flow, &DeviceFlow::userCodeReady);
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(code.size(), 1, 10000);
        flow.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Cancelled);
    }

    void boundsOfTheServersNumbers_data()
    {
        QTest::addColumn<QJsonValue>("interval");
        QTest::addColumn<QJsonValue>("expiresIn");
        QTest::addColumn<int>("shownExpiry");
        QTest::newRow("interval 0, expiry 5 s") << QJsonValue(0) << QJsonValue(5) << 60;
        QTest::newRow("negative") << QJsonValue(-7) << QJsonValue(-1) << 60;
        QTest::newRow("3,000,000 s and 1e12 s") << QJsonValue(3000000) << QJsonValue(1e12) << 1800;
        QTest::newRow("strings") << QJsonValue(QStringLiteral("x"))
                                 << QJsonValue(QStringLiteral("y")) << 600;
    }
    void boundsOfTheServersNumbers()
    {
        QFETCH(QJsonValue, interval);
        QFETCH(QJsonValue, expiresIn);
        QFETCH(int, shownExpiry);
        m_server->hostile({ { QStringLiteral("device"), deviceAnswer(interval, expiresIn) },
            { QStringLiteral("token"), tokenError(QStringLiteral("authorization_pending")) } });
        DeviceFlow flow(m_nam.get(), m_settings, Clock::system());
        QSignalSpy code(&flow, &DeviceFlow::userCodeReady);
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(code.size(), 1, 10000);
        QCOMPARE(code.first().at(3).toInt(), shownExpiry);
        if (interval.toInt() <= 0 && interval.isDouble()) {
            // At least a second between polls, and polling does happen.
            QTRY_VERIFY_WITH_TIMEOUT(polls() >= 2, 5000);
            QVERIFY(polls() <= 4);
        } else {
            QTest::qWait(1500);
            QCOMPARE(polls(), 0);
        }
        QVERIFY(failed.isEmpty());
        flow.cancel();
    }

    void slowDownAddsFiveSeconds()
    {
        m_server->hostile({ { QStringLiteral("device"), deviceAnswer(1, 600) },
            { QStringLiteral("token"),
                QJsonArray { tokenError(QStringLiteral("slow_down")),
                    tokenError(QStringLiteral("authorization_pending")) } } });
        DeviceFlow flow(m_nam.get(), m_settings, Clock::system());
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(polls(), 1, 5000); // after 1 s
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(polls(), 2, 10000); // 1 + 5 s later
        QVERIFY2(clock.elapsed() >= 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(failed.isEmpty());
        flow.cancel();
    }

    void deniedEndsTheLogin()
    {
        m_server->hostile({ { QStringLiteral("device"), deviceAnswer(1, 600) },
            { QStringLiteral("token"), tokenError(QStringLiteral("access_denied")) } });
        DeviceFlow flow(m_nam.get(), m_settings, Clock::system());
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::AccessDenied);
    }

    void transientPollErrorKeepsPolling()
    {
        m_server->hostile({ { QStringLiteral("device"), deviceAnswer(1, 600) },
            { QStringLiteral("token"),
                QJsonArray { QJsonObject { { QStringLiteral("status"), 503 } },
                    tokenError(QStringLiteral("authorization_pending")) } } });
        DeviceFlow flow(m_nam.get(), m_settings, Clock::system());
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_VERIFY_WITH_TIMEOUT(polls() >= 2, 5000);
        QVERIFY(failed.isEmpty());
        flow.cancel();
    }

    void redirectedDeviceRequestSendsNothingElsewhere()
    {
        m_server->hostile({ { QStringLiteral("device"), QStringLiteral("redirect") } });
        DeviceFlow flow(m_nam.get(), m_settings, Clock::system());
        QSignalSpy failed(&flow, &DeviceFlow::failed);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Protocol);
        QVERIFY(m_server->stats().value(QStringLiteral("stolen")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceFlow)
#include "tst_deviceflow.moc"

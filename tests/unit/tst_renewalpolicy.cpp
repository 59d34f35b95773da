// Tests of RenewalPolicy (core/session/renewal.h): when a token is renewed ahead of expiry.
#include "session/renewal.h"

#include <QTest>

using namespace seqera;

namespace {
const QDateTime kObtained
    = QDateTime::fromString(QStringLiteral("2024-05-17T12:00:00Z"), Qt::ISODateWithMs);
}

class TestRenewalPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void needsRenewal_data();
    void needsRenewal();
    void marginSecs_data();
    void marginSecs();
    void unknownExpiryNeverRenews_data();
    void unknownExpiryNeverRenews();
    void justRenewedIsNotDue_data();
    void justRenewedIsNotDue();
    void isExpired_data();
    void isExpired();
};

void TestRenewalPolicy::needsRenewal_data()
{
    QTest::addColumn<qint64>("lifetimeSecs");
    QTest::addColumn<qint64>("remainingSecs"); // at "now"
    QTest::addColumn<bool>("due");

    // 1 hour token: renew with less than 5 minutes left (at 5:00 exactly, it is due).
    QTest::newRow("1h, 59 min left") << qint64(3600) << qint64(59 * 60) << false;
    QTest::newRow("1h, 30 min left") << qint64(3600) << qint64(30 * 60) << false;
    QTest::newRow("1h, 5 min 1 s left") << qint64(3600) << qint64(301) << false;
    QTest::newRow("1h, 5 min left") << qint64(3600) << qint64(300) << true;
    QTest::newRow("1h, 4 min 59 s left") << qint64(3600) << qint64(299) << true;
    QTest::newRow("1h, 1 s left") << qint64(3600) << qint64(1) << true;
    QTest::newRow("1h, expired") << qint64(3600) << qint64(0) << true;
    QTest::newRow("1h, expired 1 h ago") << qint64(3600) << qint64(-3600) << true;

    // 1 day token: still 5 minutes.
    QTest::newRow("24h, 10 min left") << qint64(86400) << qint64(600) << false;
    QTest::newRow("24h, 5 min 1 s left") << qint64(86400) << qint64(301) << false;
    QTest::newRow("24h, 4 min left") << qint64(86400) << qint64(240) << true;

    // 25 minutes is where the fifth (5 min) meets the fixed margin.
    QTest::newRow("25 min, 5 min 1 s left") << qint64(1500) << qint64(301) << false;
    QTest::newRow("25 min, 5 min left") << qint64(1500) << qint64(300) << true;

    // 20 minute token: margin is a fifth = 4 minutes.
    QTest::newRow("20 min, 10 min left") << qint64(1200) << qint64(600) << false;
    QTest::newRow("20 min, 4 min 30 s left") << qint64(1200) << qint64(270) << false;
    QTest::newRow("20 min, 4 min 1 s left") << qint64(1200) << qint64(241) << false;
    QTest::newRow("20 min, 4 min left") << qint64(1200) << qint64(240) << true;
    QTest::newRow("20 min, 1 min left") << qint64(1200) << qint64(60) << true;

    // 60 second token: margin 12 s.
    QTest::newRow("60 s, 59 s left") << qint64(60) << qint64(59) << false;
    QTest::newRow("60 s, 13 s left") << qint64(60) << qint64(13) << false;
    QTest::newRow("60 s, 12 s left") << qint64(60) << qint64(12) << true;
    QTest::newRow("60 s, 5 s left") << qint64(60) << qint64(5) << true;
}

void TestRenewalPolicy::needsRenewal()
{
    QFETCH(qint64, lifetimeSecs);
    QFETCH(qint64, remainingSecs);
    QFETCH(bool, due);
    const QDateTime expires = kObtained.addSecs(lifetimeSecs);
    const QDateTime now = expires.addSecs(-remainingSecs);
    QCOMPARE(RenewalPolicy::needsRenewal(kObtained, expires, now), due);
}

void TestRenewalPolicy::marginSecs_data()
{
    QTest::addColumn<qint64>("lifetimeSecs");
    QTest::addColumn<qint64>("margin");

    QTest::newRow("1 h") << qint64(3600) << qint64(300);
    QTest::newRow("30 min") << qint64(1800) << qint64(300);
    QTest::newRow("25 min") << qint64(1500) << qint64(300);
    QTest::newRow("20 min") << qint64(1200) << qint64(240);
    QTest::newRow("10 min") << qint64(600) << qint64(120);
    QTest::newRow("60 s") << qint64(60) << qint64(12);
    QTest::newRow("5 s") << qint64(5) << qint64(1);
}

void TestRenewalPolicy::marginSecs()
{
    QFETCH(qint64, lifetimeSecs);
    QFETCH(qint64, margin);
    const QDateTime expires = kObtained.addSecs(lifetimeSecs);
    QCOMPARE(RenewalPolicy::marginSecs(kObtained, expires), margin);
    QCOMPARE(RenewalPolicy::renewAt(kObtained, expires), expires.addSecs(-margin));
}

void TestRenewalPolicy::unknownExpiryNeverRenews_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("just obtained") << kObtained;
    QTest::newRow("one hour later") << kObtained.addSecs(3600);
    QTest::newRow("one year later") << kObtained.addDays(365);
}

void TestRenewalPolicy::unknownExpiryNeverRenews()
{
    QFETCH(QDateTime, now);
    QVERIFY(!RenewalPolicy::needsRenewal(kObtained, QDateTime(), now));
    QVERIFY(!RenewalPolicy::needsRenewal(QDateTime(), QDateTime(), now));
    QVERIFY(!RenewalPolicy::renewAt(kObtained, QDateTime()).isValid());
    QVERIFY(!RenewalPolicy::isExpired(QDateTime(), now));
}

void TestRenewalPolicy::justRenewedIsNotDue_data()
{
    QTest::addColumn<qint64>("lifetimeSecs");
    QTest::newRow("1 day") << qint64(86400);
    QTest::newRow("1 h") << qint64(3600);
    QTest::newRow("6 min") << qint64(360); // shorter than the 5 min margin + 1 min
    QTest::newRow("5 min") << qint64(300); // as long as the fixed margin
    QTest::newRow("4 min") << qint64(240);
    QTest::newRow("60 s") << qint64(60);
    QTest::newRow("10 s") << qint64(10);
}

void TestRenewalPolicy::justRenewedIsNotDue()
{
    // A renewal loop must be impossible: a token obtained now is not due now, nor a second
    // later, whatever its lifetime.
    QFETCH(qint64, lifetimeSecs);
    const QDateTime expires = kObtained.addSecs(lifetimeSecs);
    QVERIFY(!RenewalPolicy::needsRenewal(kObtained, expires, kObtained));
    QVERIFY(!RenewalPolicy::needsRenewal(kObtained, expires, kObtained.addSecs(1)));
    QVERIFY(RenewalPolicy::renewAt(kObtained, expires) > kObtained);
    // ...and it does become due before it expires.
    QVERIFY(RenewalPolicy::needsRenewal(kObtained, expires, expires.addSecs(-1)));
}

void TestRenewalPolicy::isExpired_data()
{
    QTest::addColumn<qint64>("offsetSecs"); // now - expiresAt
    QTest::addColumn<bool>("expired");
    QTest::newRow("1 h before") << qint64(-3600) << false;
    QTest::newRow("1 s before") << qint64(-1) << false;
    QTest::newRow("exactly at expiry") << qint64(0) << true;
    QTest::newRow("1 s after") << qint64(1) << true;
    QTest::newRow("1 day after") << qint64(86400) << true;
}

void TestRenewalPolicy::isExpired()
{
    QFETCH(qint64, offsetSecs);
    QFETCH(bool, expired);
    const QDateTime expires = kObtained.addSecs(3600);
    QCOMPARE(RenewalPolicy::isExpired(expires, expires.addSecs(offsetSecs)), expired);
    // The same instant in another time zone gives the same answer.
    QCOMPARE(
        RenewalPolicy::isExpired(expires, expires.addSecs(offsetSecs).toOffsetFromUtc(-5 * 3600)),
        expired);
}

QTEST_GUILESS_MAIN(TestRenewalPolicy)
#include "tst_renewalpolicy.moc"

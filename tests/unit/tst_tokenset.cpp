// Tests of core/auth/tokenset: reading token endpoint answers and the stored secret format.
#include "auth/tokenset.h"

#include <QJsonDocument>
#include <QTest>

using namespace seqera;

namespace {
const QDateTime kNow
    = QDateTime::fromString(QStringLiteral("2024-05-17T10:30:00.250Z"), Qt::ISODateWithMs);
}

class TestTokenSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromTokenResponseReadsTokens();
    void expiresIn_data();
    void expiresIn();
    void obtainedAtIsUtc();
    void refreshTokenRotation_data();
    void refreshTokenRotation();
    void secretRoundTrip_data();
    void secretRoundTrip();
    void secretDoesNotKeepIdToken();
    void secretOmitsUnknownExpiry();
    void damagedSecret_data();
    void damagedSecret();
};

void TestTokenSet::fromTokenResponseReadsTokens()
{
    const QJsonObject response { { "access_token", "at-1" }, { "refresh_token", "rt-1" },
        { "id_token", "h.p.s" }, { "token_type", "Bearer" }, { "expires_in", 3600 } };
    const TokenSet t = TokenSet::fromTokenResponse(response, kNow);
    QCOMPARE(t.accessToken, QStringLiteral("at-1"));
    QCOMPARE(t.refreshToken, QStringLiteral("rt-1"));
    QCOMPARE(t.idToken, QStringLiteral("h.p.s"));
    QCOMPARE(t.obtainedAt, kNow);
    QCOMPARE(t.expiresAt, kNow.addSecs(3600));
    QVERIFY(t.canRenew());
}

void TestTokenSet::expiresIn_data()
{
    QTest::addColumn<QJsonValue>("expiresIn");
    QTest::addColumn<qint64>("expectedSecs"); // -1: expiresAt must be invalid (unknown)

    QTest::newRow("number 3600") << QJsonValue(3600) << qint64(3600);
    QTest::newRow("number 60") << QJsonValue(60) << qint64(60);
    QTest::newRow("fractional number") << QJsonValue(299.9) << qint64(299);
    QTest::newRow("string \"3600\"") << QJsonValue("3600") << qint64(3600);
    QTest::newRow("string \"86400\"") << QJsonValue("86400") << qint64(86400);
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << qint64(-1);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << qint64(-1);
    QTest::newRow("zero") << QJsonValue(0) << qint64(-1);
    QTest::newRow("negative") << QJsonValue(-5) << qint64(-1);
    QTest::newRow("string not a number") << QJsonValue("soon") << qint64(-1);
    QTest::newRow("empty string") << QJsonValue("") << qint64(-1);
    QTest::newRow("boolean") << QJsonValue(true) << qint64(-1);
}

void TestTokenSet::expiresIn()
{
    QFETCH(QJsonValue, expiresIn);
    QFETCH(qint64, expectedSecs);
    QJsonObject response { { "access_token", "at" } };
    if (!expiresIn.isUndefined())
        response.insert("expires_in", expiresIn);
    const TokenSet t = TokenSet::fromTokenResponse(response, kNow);
    if (expectedSecs < 0) {
        QVERIFY2(!t.expiresAt.isValid(), qPrintable(t.expiresAt.toString(Qt::ISODate)));
    } else {
        QVERIFY(t.expiresAt.isValid());
        QCOMPARE(t.obtainedAt.secsTo(t.expiresAt), expectedSecs);
    }
    QCOMPARE(t.obtainedAt, kNow);
}

void TestTokenSet::obtainedAtIsUtc()
{
    // A local "now" (e.g. UTC+2) must be stored as UTC, describing the same instant.
    const QDateTime local = kNow.toOffsetFromUtc(2 * 3600);
    const TokenSet t
        = TokenSet::fromTokenResponse({ { "access_token", "at" }, { "expires_in", 10 } }, local);
    QCOMPARE(t.obtainedAt.timeSpec(), Qt::UTC);
    QCOMPARE(t.obtainedAt, kNow);
    QCOMPARE(t.expiresAt.timeSpec(), Qt::UTC);
}

void TestTokenSet::refreshTokenRotation_data()
{
    QTest::addColumn<QJsonValue>("refreshToken"); // in the response
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("expected");

    QTest::newRow("rotation: new one replaces previous") << QJsonValue("rt-new") << "rt-old"
                                                         << "rt-new";
    QTest::newRow("no rotation: previous kept") << QJsonValue(QJsonValue::Undefined) << "rt-old"
                                                << "rt-old";
    QTest::newRow("empty string: previous kept") << QJsonValue("") << "rt-old"
                                                 << "rt-old";
    QTest::newRow("null: previous kept") << QJsonValue(QJsonValue::Null) << "rt-old"
                                         << "rt-old";
    QTest::newRow("first login, no refresh token")
        << QJsonValue(QJsonValue::Undefined) << QString() << QString();
    QTest::newRow("first login with refresh token") << QJsonValue("rt-1") << QString() << "rt-1";
}

void TestTokenSet::refreshTokenRotation()
{
    QFETCH(QJsonValue, refreshToken);
    QFETCH(QString, previous);
    QFETCH(QString, expected);
    QJsonObject response { { "access_token", "at-2" }, { "expires_in", 300 } };
    if (!refreshToken.isUndefined())
        response.insert("refresh_token", refreshToken);
    const TokenSet t = TokenSet::fromTokenResponse(response, kNow, previous);
    QCOMPARE(t.refreshToken, expected);
    QCOMPARE(t.canRenew(), !expected.isEmpty());
    QCOMPARE(t.accessToken, QStringLiteral("at-2"));
}

void TestTokenSet::secretRoundTrip_data()
{
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("refresh");
    QTest::addColumn<QDateTime>("expiresAt");

    QTest::newRow("access + refresh + expiry") << "at-1"
                                               << "rt-1" << kNow.addSecs(3600);
    QTest::newRow("access only, unknown expiry") << "at-1" << QString() << QDateTime();
    QTest::newRow("refresh only") << QString() << "rt-1" << kNow.addSecs(60);
    QTest::newRow("tokens with quotes, backslashes, unicode")
        << QStringLiteral("a\"b\\c\u00e9\U0001F600") << QStringLiteral("r/+=") << kNow.addMSecs(1);
}

void TestTokenSet::secretRoundTrip()
{
    QFETCH(QString, access);
    QFETCH(QString, refresh);
    QFETCH(QDateTime, expiresAt);
    TokenSet t;
    t.accessToken = access;
    t.refreshToken = refresh;
    t.idToken = QStringLiteral("h.p.s");
    t.obtainedAt = kNow;
    t.expiresAt = expiresAt;

    const QByteArray secret = t.toSecret();
    const auto back = TokenSet::fromSecret(secret);
    QVERIFY2(back.has_value(), secret.constData());
    QCOMPARE(back->accessToken, access);
    QCOMPARE(back->refreshToken, refresh);
    QCOMPARE(back->obtainedAt, kNow); // milliseconds included
    QCOMPARE(back->expiresAt.isValid(), expiresAt.isValid());
    if (expiresAt.isValid())
        QCOMPARE(back->expiresAt, expiresAt);
    QCOMPARE(back->canRenew(), !refresh.isEmpty());

    // The stored form is versioned JSON.
    const QJsonObject o = QJsonDocument::fromJson(secret).object();
    QCOMPARE(o.value("version").toInt(), 1);
}

void TestTokenSet::secretDoesNotKeepIdToken()
{
    TokenSet t;
    t.accessToken = QStringLiteral("at");
    t.idToken = QStringLiteral("header.payload-with-personal-data.sig");
    t.obtainedAt = kNow;
    const QByteArray secret = t.toSecret();
    QVERIFY(!secret.contains("payload-with-personal-data"));
    QVERIFY(TokenSet::fromSecret(secret)->idToken.isEmpty());
}

void TestTokenSet::secretOmitsUnknownExpiry()
{
    TokenSet t;
    t.accessToken = QStringLiteral("at");
    t.obtainedAt = kNow;
    const QJsonObject o = QJsonDocument::fromJson(t.toSecret()).object();
    QVERIFY(!o.contains("expires_at"));
    QVERIFY(!o.contains("refresh_token"));
}

void TestTokenSet::damagedSecret_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("   \n");
    QTest::newRow("garbage") << QByteArray("\x01\x02garbage\xff");
    QTest::newRow("truncated json") << QByteArray(R"({"version":1,"access_token":"at)");
    QTest::newRow("json array") << QByteArray(R"(["at","rt"])");
    QTest::newRow("json string") << QByteArray(R"("at")");
    QTest::newRow("json null") << QByteArray("null");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("object without tokens")
        << QByteArray(R"({"version":1,"obtained_at":"2024-05-17T10:30:00.000Z"})");
    QTest::newRow("empty tokens") << QByteArray(
        R"({"version":1,"access_token":"","refresh_token":""})");
    QTest::newRow("tokens are not strings")
        << QByteArray(R"({"version":1,"access_token":42,"refresh_token":true})");
    QTest::newRow("bare access token (not json)") << QByteArray("eyJhbGciOiJSUzI1NiJ9.e30.sig");
}

void TestTokenSet::damagedSecret()
{
    QFETCH(QByteArray, secret);
    QVERIFY(!TokenSet::fromSecret(secret).has_value());
}

QTEST_GUILESS_MAIN(TestTokenSet)
#include "tst_tokenset.moc"

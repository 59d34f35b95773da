// Tests of core/auth/idtoken: reading the claims of an id_token (JWS compact form).
#include "auth/idtoken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace seqera;

namespace {
QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A JWT as providers send it: base64url header, payload and signature, no padding.
QByteArray makeJwt(const QJsonObject &payload)
{
    const QByteArray header = R"({"alg":"RS256","typ":"JWT","kid":"k1"})";
    return b64url(header) + '.' + b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact))
        + '.' + b64url("not-a-real-signature");
}
} // namespace

class TestIdToken : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesClaims();
    void payloadLengthsNeedingPadding_data();
    void payloadLengthsNeedingPadding();
    void urlSafeAlphabetInPayload();
    void audience_data();
    void audience();
    void malformed_data();
    void malformed();
    void problem_data();
    void problem();
};

void TestIdToken::parsesClaims()
{
    const QJsonObject payload { { "iss", "https://auth.example.org/" }, { "sub", "user-42" },
        { "aud", "seqera_ai_cli" }, { "email", "ada@example.org" }, { "exp", 1900000000 } };
    const IdTokenClaims claims = IdTokenClaims::parse(makeJwt(payload));
    QVERIFY(claims.valid);
    QCOMPARE(claims.email(), QStringLiteral("ada@example.org"));
    QCOMPARE(claims.subject(), QStringLiteral("user-42"));
    QCOMPARE(claims.issuer(), QStringLiteral("https://auth.example.org/"));
    QCOMPARE(claims.claims.value("exp").toInteger(), 1900000000);
}

void TestIdToken::payloadLengthsNeedingPadding_data()
{
    // Base64url in a JWT has no "=" padding; payloads of every length modulo 3 must parse.
    QTest::addColumn<QString>("email");
    QTest::newRow("payload length % 3 == 0") << QStringLiteral("a@x.io");
    QTest::newRow("payload length % 3 == 1") << QStringLiteral("ab@x.io");
    QTest::newRow("payload length % 3 == 2") << QStringLiteral("abc@x.io");
}

void TestIdToken::payloadLengthsNeedingPadding()
{
    QFETCH(QString, email);
    const QJsonObject payload { { "email", email } };
    const QByteArray jwt = makeJwt(payload);
    const IdTokenClaims claims = IdTokenClaims::parse(jwt);
    QVERIFY2(claims.valid, jwt.constData());
    QCOMPARE(claims.email(), email);
}

void TestIdToken::urlSafeAlphabetInPayload()
{
    // "~~~" and "???" encode to "fn5-" and "Pz8_" in base64url ("+" and "/" in plain base64):
    // the url-safe alphabet must be decoded.
    const QJsonObject payload { { "email", "x@y.z" }, { "name", "~~~???~~~???" } };
    const QByteArray encoded = b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QVERIFY2(encoded.contains('-') && encoded.contains('_'), encoded.constData());
    const IdTokenClaims claims = IdTokenClaims::parse("e30." + encoded + ".sig");
    QVERIFY(claims.valid);
    QCOMPARE(claims.claims.value("name").toString(), QStringLiteral("~~~???~~~???"));
}

void TestIdToken::audience_data()
{
    QTest::addColumn<QJsonValue>("aud");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("expected");

    QTest::newRow("string, same client") << QJsonValue("seqera_ai_cli") << "seqera_ai_cli" << true;
    QTest::newRow("string, other client") << QJsonValue("someone_else") << "seqera_ai_cli" << false;
    QTest::newRow("string, prefix of client") << QJsonValue("seqera") << "seqera_ai_cli" << false;
    QTest::newRow("string, different case")
        << QJsonValue("SEQERA_AI_CLI") << "seqera_ai_cli" << false;
    QTest::newRow("array containing client")
        << QJsonValue(QJsonArray { "platform", "seqera_ai_cli" }) << "seqera_ai_cli" << true;
    QTest::newRow("array without client")
        << QJsonValue(QJsonArray { "platform", "other" }) << "seqera_ai_cli" << false;
    QTest::newRow("empty array") << QJsonValue(QJsonArray {}) << "seqera_ai_cli" << false;
    QTest::newRow("missing aud") << QJsonValue(QJsonValue::Undefined) << "seqera_ai_cli" << false;
    QTest::newRow("number aud") << QJsonValue(42) << "42" << false;
}

void TestIdToken::audience()
{
    QFETCH(QJsonValue, aud);
    QFETCH(QString, clientId);
    QFETCH(bool, expected);
    QJsonObject payload { { "iss", "https://issuer.example" }, { "email", "e@x.io" } };
    if (!aud.isUndefined())
        payload.insert("aud", aud);
    const IdTokenClaims claims = IdTokenClaims::parse(makeJwt(payload));
    QVERIFY(claims.valid);
    QCOMPARE(claims.hasAudience(clientId), expected);
}

void TestIdToken::malformed_data()
{
    QTest::addColumn<QByteArray>("jwt");

    const QByteArray header = b64url(R"({"alg":"none"})");
    const QByteArray goodPayload = b64url(R"({"email":"e@x.io"})");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only dots") << QByteArray("..");
    QTest::newRow("one part") << goodPayload;
    QTest::newRow("two parts") << (header + '.' + goodPayload);
    QTest::newRow("four parts") << (header + '.' + goodPayload + ".sig.extra");
    QTest::newRow("five parts (JWE)") << (header + ".key.iv." + goodPayload + ".tag");
    QTest::newRow("empty payload") << (header + "..sig");
    QTest::newRow("payload with invalid base64 characters") << (header + ".!!!*&^%.sig");
    QTest::newRow("payload with space") << (header + ".eyJh IjoxfQ.sig");
    QTest::newRow("payload not json") << (header + '.' + b64url("hello world") + ".sig");
    QTest::newRow("payload truncated json") << (header + '.' + b64url(R"({"email":"e@)") + ".sig");
    QTest::newRow("payload json array") << (header + '.' + b64url(R"(["email"])") + ".sig");
    QTest::newRow("payload json string") << (header + '.' + b64url(R"("email")") + ".sig");
    QTest::newRow("payload json number") << (header + '.' + b64url("42") + ".sig");
    QTest::newRow("payload json null") << (header + '.' + b64url("null") + ".sig");
    QTest::newRow("payload binary garbage")
        << (header + '.' + b64url(QByteArray("\xff\xfe\x00\x01", 4)) + ".sig");
    QTest::newRow("huge garbage") << QByteArray(100000, '.');
}

void TestIdToken::malformed()
{
    QFETCH(QByteArray, jwt);
    const IdTokenClaims claims = IdTokenClaims::parse(jwt);
    QVERIFY(!claims.valid);
    QVERIFY(claims.claims.isEmpty());
    QVERIFY(claims.email().isEmpty());
    QVERIFY(!claims.hasAudience(QStringLiteral("seqera_ai_cli")));
}

void TestIdToken::problem_data()
{
    // Issue 11: an unsigned token, another issuer or no issuer must not name the user.
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("problem");
    const QString issuer = QStringLiteral("https://auth.example.org/api");
    const QJsonObject good { { "iss", issuer }, { "aud", "seqera_ai_cli" },
        { "email", "ada@example.org" } };
    QJsonObject otherIssuer = good;
    otherIssuer.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example/"));
    QJsonObject noIssuer = good;
    noIssuer.remove(QStringLiteral("iss"));
    QJsonObject otherAudience = good;
    otherAudience.insert(QStringLiteral("aud"), QStringLiteral("another-client"));
    QTest::newRow("RS256, right issuer and audience")
        << QByteArray(R"({"alg":"RS256"})") << good << QString();
    QTest::newRow("alg none") << QByteArray(R"({"alg":"none"})") << good
                              << QStringLiteral("unsigned (alg none)");
    QTest::newRow("alg NONE") << QByteArray(R"({"alg":"NONE"})") << good
                              << QStringLiteral("unsigned (alg NONE)");
    QTest::newRow("no alg") << QByteArray(R"({"typ":"JWT"})") << good
                            << QStringLiteral("unsigned (alg missing)");
    QTest::newRow("header not JSON")
        << QByteArray("garbage") << good << QStringLiteral("unsigned (alg missing)");
    QTest::newRow("another issuer") << QByteArray(R"({"alg":"RS256"})") << otherIssuer
                                    << QStringLiteral("issuer https://evil.example/");
    QTest::newRow("no issuer") << QByteArray(R"({"alg":"RS256"})") << noIssuer
                               << QStringLiteral("no issuer");
    QTest::newRow("another audience")
        << QByteArray(R"({"alg":"RS256"})") << otherAudience << QStringLiteral("another audience");
}

void TestIdToken::problem()
{
    QFETCH(QByteArray, header);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, problem);
    const QByteArray jwt = b64url(header) + '.'
        + b64url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + ".sig";
    const IdTokenClaims claims = IdTokenClaims::parse(jwt);
    QVERIFY(claims.valid);
    QCOMPARE(claims.problem(
                 QStringLiteral("https://auth.example.org/api"), QStringLiteral("seqera_ai_cli")),
        problem);
    // An issuer we do not know (discovery without one) can vouch for nothing.
    if (problem.isEmpty())
        QVERIFY(!claims.problem(QString(), QStringLiteral("seqera_ai_cli")).isEmpty());
}

QTEST_GUILESS_MAIN(TestIdToken)
#include "tst_idtoken.moc"

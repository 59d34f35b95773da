// Tests of core/auth/pkce: RFC 7636 verifiers, S256 challenges and OAuth `state` values.
#include "auth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace seqera;

namespace {
// RFC 7636 §4.1: unreserved characters, [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
bool onlyUnreserved(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9._~-]*\\z"));
    return re.match(QString::fromLatin1(value)).hasMatch();
}

// What base64url without padding produces: no "+", "/" or "=".
bool onlyBase64Url(const QByteArray &value)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9_-]*\\z"));
    return re.match(QString::fromLatin1(value)).hasMatch();
}
} // namespace

class TestPkce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void verifierHas43UnreservedCharacters();
    void verifierIsAcceptedByOwnValidator();
    void verifierEncodes32RandomBytes();
    void verifiersDifferBetweenCalls();
    void isValidVerifier_data();
    void isValidVerifier();
    void challengeS256_data();
    void challengeS256();
    void stateIs22Base64UrlCharacters();
    void stateEncodes16RandomBytes();
    void statesDifferBetweenCalls();
};

void TestPkce::verifierHas43UnreservedCharacters()
{
    for (int i = 0; i < 50; ++i) {
        const QByteArray verifier = pkce::generateVerifier();
        QCOMPARE(verifier.size(), 43);
        QVERIFY2(onlyUnreserved(verifier), verifier.constData());
        QVERIFY2(onlyBase64Url(verifier), verifier.constData());
    }
}

void TestPkce::verifierIsAcceptedByOwnValidator()
{
    QVERIFY(pkce::isValidVerifier(pkce::generateVerifier()));
}

void TestPkce::verifierEncodes32RandomBytes()
{
    // 43 characters could also come from a short input padded with zeros; decode it back and
    // check that the random bytes really fill all 32 (not e.g. only the first quarter).
    QSet<int> nonZeroPositions;
    for (int i = 0; i < 20; ++i) {
        const auto decoded = QByteArray::fromBase64Encoding(pkce::generateVerifier(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 32);
        for (int p = 0; p < decoded.decoded.size(); ++p) {
            if (decoded.decoded.at(p) != 0)
                nonZeroPositions.insert(p);
        }
    }
    QCOMPARE(nonZeroPositions.size(), 32);
}

void TestPkce::verifiersDifferBetweenCalls()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(pkce::generateVerifier());
    QCOMPARE(seen.size(), 100);
}

void TestPkce::isValidVerifier_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");

    QTest::newRow("rfc 7636 appendix B verifier")
        << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") << true;
    QTest::newRow("43 chars, shortest allowed") << QByteArray(43, 'a') << true;
    QTest::newRow("42 chars, one too short") << QByteArray(42, 'a') << false;
    QTest::newRow("128 chars, longest allowed") << QByteArray(128, 'Z') << true;
    QTest::newRow("129 chars, one too long") << QByteArray(129, 'Z') << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("all four unreserved symbols") << (QByteArray(39, '0') + "-._~") << true;
    QTest::newRow("plus sign (plain base64)") << (QByteArray(42, 'a') + '+') << false;
    QTest::newRow("slash (plain base64)") << (QByteArray(42, 'a') + '/') << false;
    QTest::newRow("padding equals sign") << (QByteArray(42, 'a') + '=') << false;
    QTest::newRow("space") << (QByteArray(42, 'a') + ' ') << false;
    QTest::newRow("percent-encoding") << (QByteArray(40, 'a') + "%20") << false;
    QTest::newRow("NUL byte") << (QByteArray(42, 'a') + '\0') << false;
    QTest::newRow("newline at end") << (QByteArray(43, 'a') + '\n') << false;
    QTest::newRow("utf-8 letter") << (QByteArray(41, 'a') + "\xc3\xa9") << false;
}

void TestPkce::isValidVerifier()
{
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(pkce::isValidVerifier(verifier), valid);
}

void TestPkce::challengeS256_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<QByteArray>("challenge");

    // RFC 7636 Appendix B.
    QTest::newRow("rfc 7636 appendix B")
        << QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        << QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    // Computed independently: printf %s aaa…a | openssl dgst -sha256 -binary | basenc --base64url
    // (with the trailing "=" dropped).
    QTest::newRow("43 times a") << QByteArray(43, 'a')
                                << QByteArray("ZtNPunH49FD35FWYhT5Tv8I7vRKQJ8uxMaL0_9eHjNA");
}

void TestPkce::challengeS256()
{
    QFETCH(QByteArray, verifier);
    QFETCH(QByteArray, challenge);
    const QByteArray actual = pkce::challengeS256(verifier);
    QCOMPARE(actual, challenge);
    QCOMPARE(actual.size(), 43); // 32 bytes, no padding
    QVERIFY(onlyBase64Url(actual));
}

void TestPkce::stateIs22Base64UrlCharacters()
{
    for (int i = 0; i < 50; ++i) {
        const QByteArray state = pkce::generateState();
        QCOMPARE(state.size(), 22);
        QVERIFY2(onlyBase64Url(state), state.constData());
    }
}

void TestPkce::stateEncodes16RandomBytes()
{
    QSet<int> nonZeroPositions;
    for (int i = 0; i < 20; ++i) {
        const auto decoded = QByteArray::fromBase64Encoding(pkce::generateState(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 16);
        for (int p = 0; p < decoded.decoded.size(); ++p) {
            if (decoded.decoded.at(p) != 0)
                nonZeroPositions.insert(p);
        }
    }
    QCOMPARE(nonZeroPositions.size(), 16);
}

void TestPkce::statesDifferBetweenCalls()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i)
        seen.insert(pkce::generateState());
    QCOMPARE(seen.size(), 100);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"

#include "samplemetadata.h"

#include <QTest>

namespace testsupport {

seqera::SessionMetadata sampleMetadata(const QString &profile)
{
    const QDateTime login
        = QDateTime::fromString(QStringLiteral("2026-03-01T09:30:05Z"), Qt::ISODateWithMs);
    seqera::SessionMetadata m;
    m.profile = profile;
    m.email = QStringLiteral("ada@example.org");
    m.authDomain = QUrl(QStringLiteral("https://auth.example.org/api"));
    m.apiUrl = QUrl(QStringLiteral("https://api.example.org"));
    m.clientId = QStringLiteral("seqera_ai_cli");
    m.issuer = QStringLiteral("https://auth.example.org/api");
    m.tokenEndpoint = QUrl(QStringLiteral("https://auth.example.org/api/token"));
    m.revocationEndpoint = QUrl(QStringLiteral("https://auth.example.org/api/token/revocation"));
    m.loginAt = login;
    m.obtainedAt = login.addSecs(60);
    m.expiresAt = login.addSecs(3660);
    m.renewable = true;
    m.storage = seqera::SecretStore::Kind::File;
    m.organizationId = QStringLiteral("org-42");
    m.organizationName = QStringLiteral("Bio Lab «Ω»");
    m.organizationType = QStringLiteral("team");
    return m;
}

void compareMetadata(const seqera::SessionMetadata &actual, const seqera::SessionMetadata &expected)
{
    QCOMPARE(actual.profile, expected.profile);
    QCOMPARE(actual.email, expected.email);
    QCOMPARE(actual.authDomain, expected.authDomain);
    QCOMPARE(actual.apiUrl, expected.apiUrl);
    QCOMPARE(actual.clientId, expected.clientId);
    QCOMPARE(actual.issuer, expected.issuer);
    QCOMPARE(actual.tokenEndpoint, expected.tokenEndpoint);
    QCOMPARE(actual.revocationEndpoint, expected.revocationEndpoint);
    QCOMPARE(actual.loginAt, expected.loginAt);
    QCOMPARE(actual.obtainedAt, expected.obtainedAt);
    QCOMPARE(actual.expiresAt.isValid(), expected.expiresAt.isValid());
    QCOMPARE(actual.expiresAt, expected.expiresAt);
    QCOMPARE(actual.renewable, expected.renewable);
    QCOMPARE(actual.storage, expected.storage);
    QCOMPARE(actual.organizationId, expected.organizationId);
    QCOMPARE(actual.organizationName, expected.organizationName);
    QCOMPARE(actual.organizationType, expected.organizationType);
}

} // namespace testsupport

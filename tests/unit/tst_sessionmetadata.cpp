// SessionMetadata on its own: the session.json format, read back by toJson/fromJson without a
// SessionStore in between (tst_sessionstore covers the files; this covers the format).
#include "storage/sessionmetadata.h"

#include "samplemetadata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace seqera;
using namespace testsupport;

namespace {
const QDateTime kLogin = QDateTime::fromString(
    QStringLiteral("2026-03-01T09:30:05Z"), Qt::ISODateWithMs); // the sample's

SessionMetadata full()
{
    return sampleMetadata(QStringLiteral("work"));
}

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray without(const QByteArray &json, const QString &key)
{
    QJsonObject o = objectOf(json);
    o.remove(key);
    return QJsonDocument(o).toJson();
}
} // namespace

class TestSessionMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField_data();
    void roundTripKeepsEveryField();
    void noOrganizationWritesNoOrganizationObject();
    void datesAreStoredInUtc();
    void unknownFieldsAreIgnored();
    void missingOptionalFieldsGetDefaults_data();
    void missingOptionalFieldsGetDefaults();
    void unusableInputIsCorruptAndNamesTheFile_data();
    void unusableInputIsCorruptAndNamesTheFile();
    void nullErrorPointerIsAllowed();
};

void TestSessionMetadata::roundTripKeepsEveryField_data()
{
    QTest::addColumn<bool>("withOrganization");
    QTest::addColumn<SecretStore::Kind>("storage");
    QTest::addColumn<bool>("knownExpiry");
    QTest::newRow("file storage, organization, known expiry")
        << true << SecretStore::Kind::File << true;
    QTest::newRow("keychain storage, no organization, unknown expiry")
        << false << SecretStore::Kind::Keychain << false;
}

void TestSessionMetadata::roundTripKeepsEveryField()
{
    QFETCH(bool, withOrganization);
    QFETCH(SecretStore::Kind, storage);
    QFETCH(bool, knownExpiry);
    SessionMetadata m = full();
    m.storage = storage;
    if (!withOrganization) {
        m.organizationId.clear();
        m.organizationName.clear();
        m.organizationType.clear();
    }
    if (!knownExpiry)
        m.expiresAt = QDateTime();

    Error error;
    const SessionMetadata back = SessionMetadata::fromJson(m.toJson(), QStringLiteral("x"), &error);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(back.expiresAt.isValid(), knownExpiry);
    compareMetadata(back, m);
}

void TestSessionMetadata::noOrganizationWritesNoOrganizationObject()
{
    SessionMetadata m = full();
    QVERIFY(objectOf(m.toJson()).value(QStringLiteral("organization")).isObject());
    m.organizationId.clear();
    QVERIFY(!objectOf(m.toJson()).contains(QStringLiteral("organization")));
}

void TestSessionMetadata::datesAreStoredInUtc()
{
    SessionMetadata m = full();
    // The same instant written from a UTC+2 clock.
    m.loginAt = kLogin.toOffsetFromUtc(2 * 3600);
    const QJsonObject o = objectOf(m.toJson());
    QCOMPARE(o.value(QStringLiteral("loginAt")).toString(), QStringLiteral("2026-03-01T09:30:05Z"));
    Error error;
    const SessionMetadata back = SessionMetadata::fromJson(m.toJson(), QStringLiteral("x"), &error);
    QCOMPARE(back.loginAt, kLogin);
    QCOMPARE(back.loginAt.timeSpec(), Qt::UTC);

    // A file edited by hand with an offset is read as the same instant, in UTC.
    QJsonObject edited = o;
    edited.insert(QStringLiteral("obtainedAt"), QStringLiteral("2026-03-01T11:30:05+02:00"));
    const SessionMetadata fromEdited
        = SessionMetadata::fromJson(QJsonDocument(edited).toJson(), QStringLiteral("x"), &error);
    QCOMPARE(fromEdited.obtainedAt, kLogin);
    QCOMPARE(fromEdited.obtainedAt.timeSpec(), Qt::UTC);
}

void TestSessionMetadata::unknownFieldsAreIgnored()
{
    QJsonObject o = objectOf(full().toJson());
    o.insert(QStringLiteral("futureField"), QJsonObject { { QStringLiteral("a"), 1 } });
    Error error;
    const SessionMetadata back
        = SessionMetadata::fromJson(QJsonDocument(o).toJson(), QStringLiteral("x"), &error);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(back.email, full().email);
}

void TestSessionMetadata::missingOptionalFieldsGetDefaults_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("no email") << QStringLiteral("email");
    QTest::newRow("no token endpoint") << QStringLiteral("tokenEndpoint");
    QTest::newRow("no revocation endpoint") << QStringLiteral("revocationEndpoint");
    QTest::newRow("no expiry") << QStringLiteral("expiresAt");
    QTest::newRow("no renewable flag") << QStringLiteral("renewable");
    QTest::newRow("no organization") << QStringLiteral("organization");
}

void TestSessionMetadata::missingOptionalFieldsGetDefaults()
{
    QFETCH(QString, field);
    Error error;
    const SessionMetadata back
        = SessionMetadata::fromJson(without(full().toJson(), field), QStringLiteral("x"), &error);
    QVERIFY2(!error, qPrintable(error.message));
    // The missing field is empty, everything else is still there.
    QCOMPARE(back.email.isEmpty(), field == QLatin1String("email"));
    QCOMPARE(back.tokenEndpoint.isEmpty(), field == QLatin1String("tokenEndpoint"));
    QCOMPARE(back.revocationEndpoint.isEmpty(), field == QLatin1String("revocationEndpoint"));
    QCOMPARE(back.expiresAt.isValid(), field != QLatin1String("expiresAt"));
    QCOMPARE(back.renewable, field != QLatin1String("renewable"));
    QCOMPARE(back.organizationId.isEmpty(), field == QLatin1String("organization"));
    QCOMPARE(back.organizationName.isEmpty(), field == QLatin1String("organization"));
    QCOMPARE(back.profile, full().profile);
}

void TestSessionMetadata::unusableInputIsCorruptAndNamesTheFile_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray good = full().toJson();
    QJsonObject o = objectOf(good);
    const auto with = [&o](const char *key, const QJsonValue &value) {
        QJsonObject copy = o;
        copy.insert(QLatin1String(key), value);
        return QJsonDocument(copy).toJson();
    };
    QTest::newRow("json string") << QByteArray("\"session\"");
    QTest::newRow("trailing garbage after the object") << good + "}";
    QTest::newRow("storage with another case") << with("storage", QStringLiteral("File"));
    QTest::newRow("storage as a number") << with("storage", 1);
    QTest::newRow("version as a fraction") << with("version", 1.5);
    QTest::newRow("version as the string \"1\"") << with("version", QStringLiteral("1"));
}

void TestSessionMetadata::unusableInputIsCorruptAndNamesTheFile()
{
    QFETCH(QByteArray, json);
    const QString path = QStringLiteral("/home/ada/.config/seqera/profiles/work/session.json");
    Error error;
    const SessionMetadata back = SessionMetadata::fromJson(json, path, &error);
    QCOMPARE(error.code, Error::Code::Corrupt);
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    // Nothing from a damaged file is used.
    QVERIFY(back.email.isEmpty());
    QVERIFY(back.tokenEndpoint.isEmpty());
}

void TestSessionMetadata::nullErrorPointerIsAllowed()
{
    const SessionMetadata back = SessionMetadata::fromJson("{", QStringLiteral("x"), nullptr);
    QVERIFY(back.profile.isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionMetadata)
#include "tst_sessionmetadata.moc"

// Core bugs found while writing the unit suites, each with the test that would have caught
// it (they failed before the fixes).
#include "auth/loopbackserver.h"
#include "auth/tokenset.h"
#include "config/settings.h"
#include "storage/securefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace seqera;

class TestRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Found by fuzz_callback: with a parameter given twice, QUrlQuery checked the first
    // state while the flow received the last one (and an empty second code or an error
    // rode along with a code). Such requests are now refused.
    void repeatedCallbackParametersAreRefused_data();
    void repeatedCallbackParametersAreRefused();
    // Found by fuzz_token_response: expires_in of 1e19 or "inf" overflowed qint64 (UB), and
    // 300000000000 s gave a date past year 9999 that did not survive the secret.
    void absurdExpiresInIsClamped_data();
    void absurdExpiresInIsClamped();
    // core/config/settings.cpp isValidProfileName: QRegularExpression's "$" also matches
    // before a final "\n", so "work\n" is accepted (and would become a folder name).
    void profileNameWithTrailingNewlineIsRejected();

    // core/storage/securefile.cpp ensurePrivateDir: securefile.h promises "creates `path` and
    // its missing parents with mode 0700", but the parents are made with QDir::mkpath, i.e.
    // 0777 & ~umask (0755 with the usual umask).
    void ensurePrivateDirCreatesMissingParents0700();

    // core/config/settings.cpp: SEQERA_AUTH_CALLBACK_TIMEOUT_MS larger than INT_MAX fails
    // QString::toInt and silently falls back to the 300000 default instead of the 600000 cap.
    void hugeCallbackTimeoutIsClampedToMaximum();
};

void TestRegressions::profileNameWithTrailingNewlineIsRejected()
{
    QVERIFY(!isValidProfileName(QStringLiteral("work\n")));
}

void TestRegressions::ensurePrivateDirCreatesMissingParents0700()
{
    QTemporaryDir tmp;
    const mode_t oldMask = ::umask(022);
    const Error e = securefile::ensurePrivateDir(tmp.filePath(QStringLiteral("a/b/seqera")));
    ::umask(oldMask);
    QVERIFY(!e);
    for (const char *dir : { "a", "a/b", "a/b/seqera" }) {
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(tmp.filePath(QLatin1String(dir))).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0700);
    }
}

void TestRegressions::hugeCallbackTimeoutIsClampedToMaximum()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/ada"));
    env.insert(QStringLiteral("SEQERA_AUTH_CALLBACK_TIMEOUT_MS"), QStringLiteral("99999999999"));
    QCOMPARE(Settings::fromEnvironment(env).callbackTimeoutMs, 600000);
}

void TestRegressions::repeatedCallbackParametersAreRefused_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::newRow("state twice, last is evil") << QByteArray("code=abc&state=S&state=evil");
    QTest::newRow("state twice, first is evil") << QByteArray("code=abc&state=evil&state=S");
    QTest::newRow("code twice, second empty") << QByteArray("code=abc&state=S&code=");
    QTest::newRow("error twice with a code")
        << QByteArray("error=&code=abc&state=S&error=access_denied");
    QTest::newRow("state without value repeated") << QByteArray("code=l&state=S&state");
}

void TestRegressions::repeatedCallbackParametersAreRefused()
{
    QFETCH(QByteArray, query);
    const QByteArray request = "GET /callback?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const CallbackDecision d = LoopbackServer::evaluate(request, "S", false);
    QCOMPARE(d.kind, CallbackDecision::Kind::Refused);
    QCOMPARE(d.status, 400);
    // The same request without the repetition is accepted: the refusal is about the repeat.
    const CallbackDecision ok
        = LoopbackServer::evaluate("GET /callback?code=abc&state=S HTTP/1.1\r\n\r\n", "S", false);
    QCOMPARE(ok.kind, CallbackDecision::Kind::Code);
}

void TestRegressions::absurdExpiresInIsClamped_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("1e19") << QByteArray(R"({"access_token":"a","expires_in":1e19})");
    QTest::newRow("inf string") << QByteArray(R"({"access_token":"a","expires_in":"inf"})");
    QTest::newRow("beyond year 9999")
        << QByteArray(R"({"access_token":"a","expires_in":300000000000})");
}

void TestRegressions::absurdExpiresInIsClamped()
{
    QFETCH(QByteArray, json);
    const QDateTime now
        = QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate);
    const TokenSet t = TokenSet::fromTokenResponse(QJsonDocument::fromJson(json).object(), now);
    if (t.expiresAt.isValid()) {
        QVERIFY(t.expiresAt > now);
        QVERIFY(t.expiresAt <= now.addYears(11));
    }
    const auto back = TokenSet::fromSecret(t.toSecret());
    QVERIFY(back.has_value());
    QCOMPARE(back->expiresAt, t.expiresAt);
}

QTEST_GUILESS_MAIN(TestRegressions)
#include "tst_regressions.moc"

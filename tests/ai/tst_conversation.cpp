// Conversation (core/ai) against tests/ai/ai-backend-emulator.mjs, a fake of the Seqera AI
// backend (the real one cannot run here): lazy sessions, runs, approvals, 401s, expiry.
#include "ai/conversation.h"
#include "config/settings.h"
#include "ai/tools/sandbox.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using seqera::Error;
using seqera::ai::ApprovalChoice;
using seqera::ai::ApprovalRequest;
using seqera::ai::Conversation;
using seqera::ai::RunOutcome;

namespace {
const QString kToken = QStringLiteral("conv-token-1111");
const QString kRenewed = QStringLiteral("renewed-token-2222");
} // namespace

class TestConversation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void sessionIsCreatedWithTheFirstMessage();
    void expireForgetsTheSession();
    void errorEventEndsTheAnswer();
    void storedSessionIsRenewedOnceOn401();
    void variableTokenIsRetriedOnceThenNamed();
    void rejectionIsPostedBack();
    void alwaysApprovesTheSameCallForTheSession();
    void headlessRefusesWithoutAsking();
    void cancelEndsTheRun();
    void spoofedCommandIsShownVisiblyWithoutARule();
    void refusedStreamRenewsOnce();
    void parallelToolRequestsAreAskedOneAtATime();
    void sequentialToolRequestsEachGetTheirResult();
    void cancelAnswersEveryWaitingRequest();
    void leavingAnswersTheRequestAskedAbout();
    void toolRequestsPerRunAreCapped();
    void commandsRunInTheSandbox();
    void planModeRefusesChangesAndSaysSo();
    void skillMessageIsTheOfficialWording();
    void blockedBySandboxAsksToRunOutside_data();
    void blockedBySandboxAsksToRunOutside();
    void ownFilesAskEvenInFullMode();

private:
    seqera::Settings emulatorSettings() const;
    std::unique_ptr<Conversation> make(
        bool headless = false, seqera::ai::ApprovalMode mode = seqera::ai::ApprovalMode::Default);
    RunOutcome runToEnd(Conversation &c, const QString &text);
    void post(const QString &path, const QJsonObject &body) const { m_emulator.post(path, body); }
    QJsonArray requests() const { return m_emulator.requests(); }
    QStringList paths() const { return m_emulator.paths(); }

    const testsupport::AiEmulator m_emulator { { kToken, kRenewed } };
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    seqera::ai::Sandbox m_sandbox;
};

void TestConversation::initTestCase()
{
    QVERIFY(m_emulator.isRunning());
    m_sandbox = seqera::ai::Sandbox::detect();
    QVERIFY2(m_sandbox.available(), qPrintable(m_sandbox.unavailableReason()));
}

void TestConversation::init()
{
    m_emulator.reset();
}

// The settings seqera ai would pass (the scratch environment's), aimed at the emulator.
seqera::Settings TestConversation::emulatorSettings() const
{
    seqera::Settings settings = seqera::Settings::fromEnvironment();
    settings.aiBackendUrl = QUrl(m_emulator.base());
    return settings;
}

std::unique_ptr<Conversation> TestConversation::make(bool headless, seqera::ai::ApprovalMode mode)
{
    Conversation::Options o;
    o.cwd = m_dir.path();
    o.headless = headless;
    o.mode = mode;
    o.caller = headless ? QStringLiteral("script") : QStringLiteral("interactive");
    auto c = std::make_unique<Conversation>(&m_network, emulatorSettings(), o);
    c->client()->setClientVersion(QStringLiteral("1.2.3"));
    c->client()->setRetryPolicy(3, 10);
    c->setToken(kToken, QStringLiteral("TOWER_ACCESS_TOKEN"));
    c->tools()->setSandbox(m_sandbox); // as seqera ai does
    return c;
}

RunOutcome TestConversation::runToEnd(Conversation &c, const QString &text)
{
    QSignalSpy finished(&c, &Conversation::runFinished);
    c.send(text);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000); }();
    return finished.isEmpty() ? RunOutcome() : finished.first().first().value<RunOutcome>();
}

void TestConversation::sessionIsCreatedWithTheFirstMessage()
{
    auto c = make();
    QSignalSpy started(c.get(), &Conversation::sessionStarted);
    QTest::qWait(100);
    QCOMPARE(paths(), QStringList()); // nothing until there is something to ask
    QString text;
    connect(c.get(), &Conversation::textReceived, this, [&](const QString &t) { text += t; });
    const RunOutcome outcome = runToEnd(*c, QStringLiteral("hello"));
    QCOMPARE(outcome.status, RunOutcome::Status::Success);
    QCOMPARE(text, QStringLiteral("Hello from the Seqera AI emulator. You said: hello"));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(1).toBool(), true);
    QCOMPARE(paths(), QStringList({ "POST sessions", "POST messages", "GET events" }));
    const QJsonObject message = requests().at(1).toObject().value("body").toObject();
    QCOMPARE(message.value("caller").toString(), QStringLiteral("interactive"));
    QCOMPARE(message.value("interaction_mode").toString(), QStringLiteral("interactive"));
    QCOMPARE(message.value("run_id").toString(), c->runId());

    // The second message uses the same session.
    runToEnd(*c, QStringLiteral("again"));
    QCOMPARE(paths().count("POST sessions"), 1);
}

void TestConversation::expireForgetsTheSession()
{
    auto c = make();
    runToEnd(*c, QStringLiteral("hello"));
    const QString first = c->sessionId();
    bool expired = false;
    c->expire([&] { expired = true; });
    QTRY_VERIFY(expired);
    QVERIFY(c->sessionId().isEmpty());
    QVERIFY(paths().last().endsWith("expire"));
    QVERIFY(requests().last().toObject().value("path").toString().contains(first));
    runToEnd(*c, QStringLiteral("hello"));
    QVERIFY(c->sessionId() != first);
    QCOMPARE(paths().count("POST sessions"), 2);

    // Without a session there is nothing to expire and no request.
    auto fresh = make();
    const int before = requests().size();
    expired = false;
    fresh->expire([&] { expired = true; });
    QVERIFY(expired);
    QCOMPARE(requests().size(), before);
}

void TestConversation::errorEventEndsTheAnswer()
{
    auto c = make();
    const RunOutcome outcome = runToEnd(*c, QStringLiteral("error-event"));
    QCOMPARE(outcome.status, RunOutcome::Status::Failed);
    QVERIFY(outcome.errorEvent);
    QVERIFY(outcome.error.message.contains("overloaded"));
    QVERIFY(!c->isRunning());
    // The conversation goes on.
    QCOMPARE(runToEnd(*c, QStringLiteral("hello")).status, RunOutcome::Status::Success);
    const RunOutcome limit = runToEnd(*c, QStringLiteral("usage-limit"));
    QCOMPARE(limit.error.code, Error::Code::UsageLimit);
    QCOMPARE(runToEnd(*c, QStringLiteral("hello")).status, RunOutcome::Status::Success);
}

void TestConversation::storedSessionIsRenewedOnceOn401()
{
    auto c = make();
    int renewals = 0;
    c->setToken(QStringLiteral("stale-token-0000"), QStringLiteral("profile 'default'"),
        [&](std::function<void(const QString &, const Error &)> done) {
            ++renewals;
            done(kRenewed, Error());
        });
    const RunOutcome outcome = runToEnd(*c, QStringLiteral("hello"));
    QCOMPARE(outcome.status, RunOutcome::Status::Success);
    QCOMPARE(renewals, 1);
    const QJsonArray r = requests();
    QCOMPARE(r.at(0).toObject().value("auth").toString(), QStringLiteral("0000"));
    QCOMPARE(r.at(1).toObject().value("auth").toString(), QStringLiteral("2222"));
    QCOMPARE(r.last().toObject().value("auth").toString(), QStringLiteral("2222"));
}

void TestConversation::variableTokenIsRetriedOnceThenNamed()
{
    // A hiccup: one 401, then the same token is accepted.
    auto c = make(true);
    post("/__test/unauthorized", { { "count", 1 } });
    QCOMPARE(runToEnd(*c, QStringLiteral("hello")).status, RunOutcome::Status::Success);
    QCOMPARE(paths().mid(0, 2), QStringList({ "POST sessions", "POST sessions" }));

    // Refused twice: the error names the variable, never the token.
    m_emulator.reset();
    auto refused = make(true);
    refused->setToken(QStringLiteral("refused-token-9999"), QStringLiteral("TOWER_ACCESS_TOKEN"));
    const RunOutcome outcome = runToEnd(*refused, QStringLiteral("hello"));
    QCOMPARE(outcome.error.code, Error::Code::Unauthorized);
    QVERIFY2(
        outcome.error.message.contains("TOWER_ACCESS_TOKEN"), qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.message.contains("refused-token"));
    QCOMPARE(paths(), QStringList({ "POST sessions", "POST sessions" }));
}

void TestConversation::ownFilesAskEvenInFullMode()
{
    // The policy learns where the program keeps its credentials from the settings the
    // conversation was made with: naming them asks in every mode, full included.
    auto c = make(false, seqera::ai::ApprovalMode::Full);
    const QString credentials
        = emulatorSettings().profileDir(QStringLiteral("default")) + "/credentials.json";
    post("/__test/script",
        { { "scenario", "tool-call" },
            { "args", QJsonObject { { "command", "cat " + credentials } } } });
    QString reason;
    connect(c.get(), &Conversation::approvalRequested, this, [&](const ApprovalRequest &r) {
        reason = r.reason;
        c->answerApproval(ApprovalChoice::Reject);
    });
    QCOMPARE(runToEnd(*c, QStringLiteral("tool-call")).status, RunOutcome::Status::Success);
    QVERIFY2(reason.contains("own credential"), qPrintable(reason));
}

void TestConversation::rejectionIsPostedBack()
{
    auto c = make(false, seqera::ai::ApprovalMode::Basic);
    post("/__test/script",
        { { "scenario", "tool-call" },
            { "args", QJsonObject { { "command", "touch rejected.txt" } } } });
    connect(c.get(), &Conversation::approvalRequested, this, [&](const ApprovalRequest &r) {
        QCOMPARE(r.subject, QStringLiteral("touch rejected.txt"));
        c->answerApproval(ApprovalChoice::Reject);
    });
    const RunOutcome outcome = runToEnd(*c, QStringLiteral("tool-call"));
    QCOMPARE(outcome.status, RunOutcome::Status::Success);
    QVERIFY(!QFile::exists(m_dir.filePath("rejected.txt")));
    for (const QJsonValue &v : requests()) {
        const QJsonObject o = v.toObject();
        if (o.value("path").toString().endsWith("/tool-results")) {
            const QJsonObject result = o.value("body").toObject().value("result").toObject();
            QCOMPARE(result.value("stderr").toString(),
                QStringLiteral("Operation blocked: user denied approval"));
            QCOMPARE(result.value("exit_code").toInt(), 1);
            return;
        }
    }
    QFAIL("no tool result was posted");
}

void TestConversation::alwaysApprovesTheSameCallForTheSession()
{
    auto c = make(false, seqera::ai::ApprovalMode::Basic);
    int asked = 0;
    connect(c.get(), &Conversation::approvalRequested, this, [&](const ApprovalRequest &r) {
        ++asked;
        QCOMPARE(r.alwaysRule, QStringLiteral("printf *"));
        c->answerApproval(ApprovalChoice::Always);
    });
    const QJsonObject script { { "scenario", "tool-call" },
        { "args", QJsonObject { { "command", "printf '%s' always" } } } };
    post("/__test/script", script);
    runToEnd(*c, QStringLiteral("tool-call"));
    // The rule is "printf *": another printf runs without asking too.
    post("/__test/script",
        { { "scenario", "tool-call" },
            { "args", QJsonObject { { "command", "printf %s always" } } } });
    runToEnd(*c, QStringLiteral("tool-call"));
    QCOMPARE(asked, 1);
    int ran = 0;
    for (const QJsonValue &v : requests())
        ran += v.toObject()
                   .value("body")
                   .toObject()
                   .value("result")
                   .toObject()
                   .value("stdout")
                   .toString()
            == QLatin1String("always");
    QCOMPARE(ran, 2);

    // A new session asks again.
    bool expired = false;
    c->expire([&] { expired = true; });
    QTRY_VERIFY(expired);
    post("/__test/script", script);
    runToEnd(*c, QStringLiteral("tool-call"));
    QCOMPARE(asked, 2);
}

void TestConversation::headlessRefusesWithoutAsking()
{
    auto c = make(true, seqera::ai::ApprovalMode::Basic);
    QSignalSpy asked(c.get(), &Conversation::approvalRequested);
    post("/__test/script",
        { { "scenario", "tool-call" }, { "args", QJsonObject { { "command", "touch x" } } } });
    runToEnd(*c, QStringLiteral("tool-call"));
    QCOMPARE(asked.count(), 0);
    QVERIFY(!QFile::exists(m_dir.filePath("x")));
}

void TestConversation::cancelEndsTheRun()
{
    auto c = make();
    QSignalSpy finished(c.get(), &Conversation::runFinished);
    int deltas = 0;
    connect(c.get(), &Conversation::textReceived, this, [&] {
        if (++deltas == 3)
            c->cancel();
    });
    c->send(QStringLiteral("slow"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(finished.first().first().value<RunOutcome>().status, RunOutcome::Status::Cancelled);
    QVERIFY(deltas < 50);
    QVERIFY(paths().contains("POST messages"));
}

void TestConversation::spoofedCommandIsShownVisiblyWithoutARule()
{
    auto c = make(false, seqera::ai::ApprovalMode::Basic);
    std::optional<ApprovalRequest> request;
    connect(c.get(), &Conversation::approvalRequested, this, [&](const ApprovalRequest &r) {
        request = r;
        c->answerApproval(ApprovalChoice::Reject);
    });
    post("/__test/script",
        { { "scenario", "tool-call" },
            { "args", QJsonObject { { "command", "rm -rf d\r\x1b[2Kls -la" } } } });
    runToEnd(*c, QStringLiteral("tool-call"));
    QVERIFY(request.has_value());
    QVERIFY2(request->subject.contains(QStringLiteral("rm -rf d^M^[[2Kls -la")),
        qPrintable(request->subject));
    QVERIFY(!request->subject.contains(QLatin1Char('\x1b')));
    QCOMPARE(request->alwaysRule, QString()); // never "always" for a dangerous command
}

void TestConversation::refusedStreamRenewsOnce()
{
    auto c = make();
    int renewals = 0;
    c->setToken(kToken, QStringLiteral("profile 'default'"),
        [&](std::function<void(const QString &, const Error &)> done) {
            ++renewals;
            done(kRenewed, Error());
        });
    post("/__test/fail", { { "match", "/events" }, { "status", 401 }, { "count", 1 } });
    QCOMPARE(runToEnd(*c, QStringLiteral("hello")).status, RunOutcome::Status::Success);
    QCOMPARE(renewals, 1);
    QCOMPARE(requests().last().toObject().value("auth").toString(), QStringLiteral("2222"));

    // Refused again after the renewal: the run fails and says to log in.
    post("/__test/fail", { { "match", "/events" }, { "status", 401 }, { "count", 2 } });
    const RunOutcome outcome = runToEnd(*c, QStringLiteral("hello"));
    QCOMPARE(outcome.error.code, Error::Code::Unauthorized);
    QVERIFY2(outcome.error.message.contains("seqera login"), qPrintable(outcome.error.message));
    QCOMPARE(renewals, 2);
}

namespace {
// Every tool-results POST the emulator saw: request id -> the results posted for it.
QMap<QString, QList<QJsonObject>> postedResults(const QJsonArray &requests)
{
    QMap<QString, QList<QJsonObject>> byId;
    for (const QJsonValue &v : requests) {
        const QJsonObject o = v.toObject();
        if (!o.value("path").toString().endsWith("/tool-results"))
            continue;
        const QJsonObject body = o.value("body").toObject();
        byId[body.value("request_id").toString()] << body.value("result").toObject();
    }
    return byId;
}

QJsonObject bashCall(const QString &command)
{
    return QJsonObject { { "toolName", "execute_bash_local" },
        { "args", QJsonObject { { "command", command } } } };
}
} // namespace

void TestConversation::parallelToolRequestsAreAskedOneAtATime()
{
    // Two requests at once, both needing approval (basic mode): the second is asked about
    // only once the first is answered and its result posted, and each answer goes to its own
    // request (issue 17: the first answer went to the second request, the first never got a
    // result and the next answer was sent as a message).
    auto c = make(false, seqera::ai::ApprovalMode::Basic);
    post("/__test/script",
        { { "scenario", "tool-calls" },
            { "calls",
                QJsonArray { bashCall("touch first.txt"), bashCall("touch second.txt") } } });
    QStringList asked;
    connect(c.get(), &Conversation::approvalRequested, this, [&](const ApprovalRequest &r) {
        asked << r.subject;
        QVERIFY(c->approvalPending());
        // The first is accepted, the second rejected; each from the event loop, as a person
        // answers.
        const bool first = asked.size() == 1;
        QTimer::singleShot(50, this, [&, first] {
            // While the first is open, nothing else was asked.
            QCOMPARE(asked.size(), first ? 1 : 2);
            c->answerApproval(first ? ApprovalChoice::Once : ApprovalChoice::Reject);
        });
    });
    const RunOutcome outcome = runToEnd(*c, QStringLiteral("two tools"));
    QCOMPARE(outcome.status, RunOutcome::Status::Success);
    QCOMPARE(asked, QStringList({ "touch first.txt", "touch second.txt" }));
    QVERIFY(QFile::exists(m_dir.filePath("first.txt")));
    QVERIFY(!QFile::exists(m_dir.filePath("second.txt")));
    const auto results = postedResults(requests());
    QCOMPARE(results.size(), 2);
    for (auto it = results.begin(); it != results.end(); ++it) {
        QCOMPARE(it.value().size(), 1); // exactly one result per request
        const QJsonObject r = it.value().first();
        if (it.key().startsWith("req-1-"))
            QCOMPARE(r.value("exit_code").toInt(), 0);
        else
            QCOMPARE(r.value("stderr").toString(), Conversation::rejectionText());
    }
    // No answer ever went to the backend as a message.
    QCOMPARE(paths().count("POST messages"), 1);
}

void TestConversation::sequentialToolRequestsEachGetTheirResult()
{
    auto c = make(true, seqera::ai::ApprovalMode::Default);
    post("/__test/script",
        { { "scenario", "tool-calls" }, { "parallel", false },
            { "calls",
                QJsonArray {
                    bashCall("echo one"), bashCall("rm -rf nothing"), bashCall("echo three") } } });
    const RunOutcome outcome = runToEnd(*c, QStringLiteral("three tools"));
    QCOMPARE(outcome.status, RunOutcome::Status::Success);
    const auto results = postedResults(requests());
    QCOMPARE(results.size(), 3);
    QStringList outs;
    for (const auto &list : results) {
        QCOMPARE(list.size(), 1);
        outs << list.first().value("stdout").toString();
    }
    QVERIFY(outs.contains("one\n") && outs.contains("three\n"));
}

void TestConversation::cancelAnswersEveryWaitingRequest()
{
    auto c = make(false, seqera::ai::ApprovalMode::Basic);
    post("/__test/script",
        { { "scenario", "tool-calls" },
            { "calls",
                QJsonArray { bashCall("touch a"), bashCall("touch b"), bashCall("touch c") } } });
    connect(c.get(), &Conversation::approvalRequested, this,
        [&](const ApprovalRequest &) { QTimer::singleShot(50, c.get(), [&] { c->cancel(); }); });
    // The backend may finish the run with the results before the cancel reaches it.
    runToEnd(*c, QStringLiteral("three tools"));
    QTRY_COMPARE(postedResults(requests()).size(), 3);
    for (const auto &list : postedResults(requests())) {
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().value("stderr").toString(), Conversation::rejectionText());
    }
    QVERIFY(!QFile::exists(m_dir.filePath("a")));
}

void TestConversation::leavingAnswersTheRequestAskedAbout()
{
    auto c = make(false, seqera::ai::ApprovalMode::Basic);
    post("/__test/script",
        { { "scenario", "tool-calls" },
            { "calls", QJsonArray { bashCall("touch a"), bashCall("touch b") } } });
    QSignalSpy asked(c.get(), &Conversation::approvalRequested);
    c->send(QStringLiteral("two tools"));
    QVERIFY(asked.wait(10000));
    bool expired = false;
    c->expire([&] { expired = true; });
    QTRY_VERIFY_WITH_TIMEOUT(expired, 10000);
    const auto results = postedResults(requests());
    QCOMPARE(results.size(), 2);
    for (const auto &list : results)
        QCOMPARE(list.size(), 1);
    QVERIFY(paths().contains("POST expire"));
}

void TestConversation::toolRequestsPerRunAreCapped()
{
    Conversation::Options o;
    o.cwd = m_dir.path();
    o.headless = true;
    o.maxToolRequests = 3;
    Conversation c(&m_network, emulatorSettings(), o);
    c.client()->setRetryPolicy(3, 10);
    c.setToken(kToken, QStringLiteral("TOWER_ACCESS_TOKEN"));
    c.tools()->setSandbox(m_sandbox);
    QJsonArray calls;
    for (int i = 0; i < 6; ++i)
        calls << bashCall(QStringLiteral("echo %1").arg(i));
    post("/__test/script",
        { { "scenario", "tool-calls" }, { "parallel", false }, { "calls", calls } });
    const RunOutcome outcome = runToEnd(c, QStringLiteral("many tools"));
    QVERIFY(outcome.status != RunOutcome::Status::Success);
    int ran = 0;
    for (const auto &list : postedResults(requests())) {
        QCOMPARE(list.size(), 1);
        if (list.first().value("exit_code").toInt() == 0)
            ++ran;
    }
    QCOMPARE(ran, 3);
}

void TestConversation::commandsRunInTheSandbox()
{
    // The model's command is allowed (default mode, inside the working directory) but what it
    // really does is write outside: the sandbox, not the classifier, stops it.
    QTemporaryDir outside(QStringLiteral("/var/tmp/tst_conversation-XXXXXX"));
    auto c = make(true, seqera::ai::ApprovalMode::Full);
    QFile script(m_dir.filePath("innocent.sh"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("echo pwned > %1/PWNED; echo done\n").arg(outside.path()).toUtf8());
    script.close();
    post("/__test/script",
        { { "scenario", "tool-calls" }, { "calls", QJsonArray { bashCall("bash innocent.sh") } } });
    QCOMPARE(runToEnd(*c, QStringLiteral("run it")).status, RunOutcome::Status::Success);
    QVERIFY(!QFile::exists(outside.filePath("PWNED")));
    const auto results = postedResults(requests());
    QCOMPARE(results.size(), 1);
    QVERIFY(results.first().first().value("stderr").toString().contains("Read-only file system"));
}

void TestConversation::blockedBySandboxAsksToRunOutside_data()
{
    QTest::addColumn<bool>("headless");
    QTest::addColumn<bool>("allowOutside");
    QTest::addColumn<int>("answer"); // ApprovalChoice, or -1: no question expected
    QTest::addColumn<bool>("written");
    QTest::newRow("terminal, yes") << false << false << int(ApprovalChoice::Once) << true;
    QTest::newRow("terminal, no") << false << false << int(ApprovalChoice::Reject) << false;
    QTest::newRow("headless") << true << false << -1 << false;
    QTest::newRow("headless, --allow-outside-sandbox") << true << true << -1 << true;
}

void TestConversation::blockedBySandboxAsksToRunOutside()
{
    // What a classifier cannot see (a script that writes to ~/.nextflow, say) fails in the
    // sandbox on a read-only folder: then, and only then, running it outside is asked about.
    QFETCH(bool, headless);
    QFETCH(bool, allowOutside);
    QFETCH(int, answer);
    QFETCH(bool, written);
    QTemporaryDir outside(QStringLiteral("/var/tmp/tst_conversation-XXXXXX"));
    Conversation::Options o;
    o.cwd = m_dir.path();
    o.headless = headless;
    o.mode = seqera::ai::ApprovalMode::Full;
    o.allowOutsideSandbox = allowOutside;
    Conversation c(&m_network, emulatorSettings(), o);
    c.client()->setRetryPolicy(3, 10);
    c.setToken(kToken, QStringLiteral("TOWER_ACCESS_TOKEN"));
    c.tools()->setSandbox(m_sandbox);
    QFile script(m_dir.filePath("cache.sh"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("echo cached > %1/cache\n").arg(outside.path()).toUtf8());
    script.close();
    QList<ApprovalRequest> asked;
    connect(&c, &Conversation::approvalRequested, this, [&](const ApprovalRequest &r) {
        asked << r;
        QTimer::singleShot(10, &c, [&] { c.answerApproval(ApprovalChoice(answer)); });
    });
    post("/__test/script",
        { { "scenario", "tool-calls" }, { "calls", QJsonArray { bashCall("bash cache.sh") } } });
    QCOMPARE(runToEnd(c, QStringLiteral("cache")).status, RunOutcome::Status::Success);
    QCOMPARE(QFile::exists(outside.filePath("cache")), written);
    QCOMPARE(asked.size(), answer < 0 ? 0 : 1);
    if (!asked.isEmpty()) {
        QCOMPARE(asked.first().confinement, seqera::ai::Confinement::Outside);
        QVERIFY(asked.first().alwaysRule.isEmpty()); // asked each time
        QVERIFY(asked.first().reason.contains("Read-only file system"));
    }
    const auto results = postedResults(requests());
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().size(), 1);
    const QJsonObject r = results.first().first();
    QCOMPARE(r.value("exit_code").toInt() == 0, written);
    if (!written) // the model learns what happened inside, and why
        QVERIFY(r.value("stderr").toString().contains("Read-only file system"));
    if (headless && !written)
        QVERIFY(r.value("stderr").toString().contains("--allow-outside-sandbox"));
}

void TestConversation::planModeRefusesChangesAndSaysSo()
{
    // Full mode would run all three unasked; plan mode refuses the two that change something,
    // without asking, and lets the read run.
    auto c = make(false, seqera::ai::ApprovalMode::Full);
    c->setPlanMode(true);
    QSignalSpy asked(c.get(), &Conversation::approvalRequested);
    QFile readme(m_dir.filePath("README.md"));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("plan me\n");
    readme.close();
    post("/__test/script",
        { { "scenario", "tool-calls" }, { "parallel", false },
            { "calls",
                QJsonArray { bashCall("touch planned.txt"),
                    QJsonObject { { "toolName", "write_file_local" },
                        { "args", QJsonObject { { "path", "new.txt" }, { "content", "x" } } } },
                    QJsonObject { { "toolName", "read_file_local" },
                        { "args", QJsonObject { { "path", "README.md" } } } } } } });
    QCOMPARE(runToEnd(*c, QStringLiteral("plan it")).status, RunOutcome::Status::Success);
    QCOMPARE(asked.count(), 0);
    QVERIFY(!QFile::exists(m_dir.filePath("planned.txt")));
    QVERIFY(!QFile::exists(m_dir.filePath("new.txt")));
    QJsonObject message;
    for (const QJsonValue &v : requests()) {
        if (v.toObject().value("path").toString().endsWith("/messages"))
            message = v.toObject().value("body").toObject();
    }
    QCOMPARE(message.value("mode").toString(), QStringLiteral("plan"));
    int refused = 0, read = 0;
    for (const auto &list : postedResults(requests())) {
        QCOMPARE(list.size(), 1);
        if (list.first().value("stderr").toString().contains("plan mode is on"))
            ++refused;
        if (list.first().value("stdout").toString().contains("plan me"))
            ++read;
    }
    QCOMPARE(refused, 2);
    QCOMPARE(read, 1);
    // Off again: the next message is a normal one.
    c->setPlanMode(false);
    runToEnd(*c, QStringLiteral("hello"));
    const QJsonArray all = requests();
    for (int i = all.size() - 1; i >= 0; --i) {
        const QJsonObject o = all.at(i).toObject();
        if (o.value("path").toString().endsWith("/messages")) {
            QVERIFY(!o.value("body").toObject().contains("mode"));
            break;
        }
    }
}

void TestConversation::skillMessageIsTheOfficialWording()
{
    QCOMPARE(Conversation::skillMessage("nf-test", QString(), ""),
        QStringLiteral("Load the \"nf-test\" skill and use it to assist me."));
    QCOMPARE(Conversation::skillMessage("nf-test", QString(), "  tests for FASTQC "),
        QStringLiteral("Load the \"nf-test\" skill and use it to help with: tests for FASTQC"));
    QCOMPARE(Conversation::skillMessage("lint", "/p/.seqera/skills/lint/SKILL.md", "x"),
        QStringLiteral("Load the \"lint\" project skill from \"/p/.seqera/skills/lint/SKILL.md\" "
                       "and use it to help with: x"));
    // The backend's skills arrive through the client, checked and without blank names.
    auto c = make();
    QJsonArray got;
    bool answered = false;
    c->skills([&](const QJsonArray &list, const Error &) {
        got = list;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(got.size(), 2);
    QCOMPARE(got.at(0).toObject().value("name").toString(), QStringLiteral("nf-test"));
}

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"

// Conversation (core/ai) against tests/ai/ai-backend-emulator.mjs, a fake of the Seqera AI
// backend (the real one cannot run here): lazy sessions, runs, approvals, 401s, expiry.
#include "ai/conversation.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

private:
    std::unique_ptr<Conversation> make(
        bool headless = false, seqera::ai::ApprovalMode mode = seqera::ai::ApprovalMode::Default);
    RunOutcome runToEnd(Conversation &c, const QString &text);
    void post(const QString &path, const QJsonObject &body) const { m_emulator.post(path, body); }
    QJsonArray requests() const { return m_emulator.requests(); }
    QStringList paths() const { return m_emulator.paths(); }

    const testsupport::AiEmulator m_emulator { { kToken, kRenewed } };
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
};

void TestConversation::initTestCase()
{
    QVERIFY(m_emulator.isRunning());
}

void TestConversation::init()
{
    m_emulator.reset();
}

std::unique_ptr<Conversation> TestConversation::make(bool headless, seqera::ai::ApprovalMode mode)
{
    Conversation::Options o;
    o.cwd = m_dir.path();
    o.headless = headless;
    o.mode = mode;
    o.caller = headless ? QStringLiteral("script") : QStringLiteral("interactive");
    auto c = std::make_unique<Conversation>(&m_network, QUrl(m_emulator.base()), o);
    c->client()->setClientVersion(QStringLiteral("1.2.3"));
    c->client()->setRetryPolicy(3, 10);
    c->setToken(kToken, QStringLiteral("TOWER_ACCESS_TOKEN"));
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

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"

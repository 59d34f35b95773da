// Tests of core/auth/loopbackserver: the redirect listener of a browser login, driven by a
// raw QTcpSocket client so every byte of the HTTP exchange is under the test's control.
#include "auth/loopbackserver.h"

#include <QFile>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace seqera;

namespace {
const QByteArray kState = "Zm9vYmFyLXN0YXRlLTEyMw";

QByteArray get(const QByteArray &target)
{
    return "GET " + target
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: tst_loopbackserver\r\n"
          "Accept: text/html\r\n\r\n";
}

QByteArray callbackTarget(const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    query.setQueryItems(items);
    return "/callback?" + query.toString(QUrl::FullyEncoded).toLatin1();
}

struct Answer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

Answer parseAnswer(const QByteArray &raw)
{
    Answer a;
    const int end = raw.indexOf("\r\n\r\n");
    a.head = end < 0 ? raw : raw.left(end);
    a.body = end < 0 ? QByteArray() : raw.mid(end + 4);
    const QList<QByteArray> statusLine = a.head.left(a.head.indexOf("\r\n")).split(' ');
    if (statusLine.size() >= 2 && statusLine.at(0) == "HTTP/1.1")
        a.status = statusLine.at(1).toInt();
    return a;
}

// The listening sockets of /proc/net/tcp{,6} for `port`, as "address:port" hex strings.
QStringList listeningEntries(const QString &procFile, quint16 port)
{
    QStringList result;
    QFile f(procFile);
    if (!f.open(QIODevice::ReadOnly))
        return result;
    const QString portHex = QStringLiteral("%1").arg(port, 4, 16, QLatin1Char('0')).toUpper();
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(3) == "0A" // TCP_LISTEN
            && fields.at(1).endsWith(':' + portHex.toLatin1()))
            result << QString::fromLatin1(fields.at(1));
    }
    return result;
}
} // namespace

class TestLoopbackServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void redirectUriFormat();
    void portIsRememberedAfterClose();
    void otherPathIsNotFound_data();
    void otherPathIsNotFound();
    void strayCallbackIsRefused_data();
    void strayNoticeShowsNoControlCharacters_data();
    void strayNoticeShowsNoControlCharacters();
    void strayCallbackIsRefused();
    void malformedRequestIsRefused_data();
    void malformedRequestIsRefused();
    void postIsNotAllowed();
    void oversizedRequestIsRefused_data();
    void oversizedRequestIsRefused();
    void largeButAcceptableRequestIsAccepted();
    void requestArrivingInPiecesIsAccepted();
    void errorCallbackEndsLoginWithEscapedPage();
    void errorCallbackWithoutDescription();
    void formEncodedPlusIsASpace();
    void codeCallbackIsHeldUntilFinish();
    void failedFinishGivesErrorPage();
    void secondCallbackIsRefused();
    void silentClientDoesNotBlockCallback();
    void destroyingServerAnswersHeldBrowser();

private:
    // Connects a new client and sends `request` (nothing when empty).
    QTcpSocket *send(const QByteArray &request);
    // Waits until the server closed the connection and returns everything it sent.
    Answer answerOf(QTcpSocket *socket, int timeoutMs = 5000);
    // A real callback still works: the server kept waiting for the login.
    void verifyStillAcceptsCallback();

    std::unique_ptr<LoopbackServer> m_server;
    QList<QTcpSocket *> m_clients;
};

void TestLoopbackServer::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen(0));
    QVERIFY(m_server->isListening());
    QVERIFY(m_server->port() != 0);
    m_server->setExpectedState(kState);
}

void TestLoopbackServer::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_server.reset();
}

QTcpSocket *TestLoopbackServer::send(const QByteArray &request)
{
    auto *socket = new QTcpSocket;
    m_clients << socket;
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket->waitForConnected(3000))
        return socket;
    if (!request.isEmpty()) {
        socket->write(request);
        socket->flush();
    }
    return socket;
}

Answer TestLoopbackServer::answerOf(QTcpSocket *socket, int timeoutMs)
{
    QByteArray raw;
    const bool closed = QTest::qWaitFor(
        [&] {
            raw += socket->readAll();
            return socket->state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    if (!closed)
        qWarning("the server did not close the connection within %d ms", timeoutMs);
    raw += socket->readAll();
    return parseAnswer(raw);
}

void TestLoopbackServer::verifyStillAcceptsCallback()
{
    QVERIFY(m_server->isListening());
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    send(
        get(callbackTarget({ { "code", "late-code" }, { "state", QString::fromLatin1(kState) } })));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toMap().value("code").toString(), QStringLiteral("late-code"));
}

void TestLoopbackServer::listensOnLoopbackOnly()
{
    const quint16 port = m_server->port();

    // What the kernel says: one listening socket on 127.0.0.1 (0100007F), none on IPv6.
    if (QFile::exists(QStringLiteral("/proc/net/tcp"))) {
        QCOMPARE(listeningEntries(QStringLiteral("/proc/net/tcp"), port),
            QStringList {
                QStringLiteral("0100007F:%1").arg(port, 4, 16, QLatin1Char('0')).toUpper() });
        QCOMPARE(listeningEntries(QStringLiteral("/proc/net/tcp6"), port), QStringList());
    }

    // And from the outside: the machine's other addresses do not answer.
    int tried = 0;
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        ++tried;
        QTcpSocket socket;
        socket.connectToHost(address, port);
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
    }
    QTcpSocket v6;
    v6.connectToHost(QHostAddress::LocalHostIPv6, port);
    QVERIFY(!v6.waitForConnected(2000));

    // The loopback address does answer, with the connection's local end on 127.0.0.1.
    QTcpSocket *client = send({});
    QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(client->peerAddress(), QHostAddress(QHostAddress::LocalHost));
    qInfo("checked %d non-loopback address(es)", tried);
}

void TestLoopbackServer::redirectUriFormat()
{
    const QString uri = m_server->redirectUri();
    static const QRegularExpression re(
        QStringLiteral("\\Ahttp://127\\.0\\.0\\.1:(\\d+)/callback\\z"));
    const auto match = re.match(uri);
    QVERIFY2(match.hasMatch(), qPrintable(uri));
    QCOMPARE(match.captured(1).toUInt(), uint(m_server->port()));
}

void TestLoopbackServer::portIsRememberedAfterClose()
{
    const quint16 port = m_server->port();
    const QString uri = m_server->redirectUri();
    m_server->finish(false, QStringLiteral("t"), QStringLiteral("m"));
    QVERIFY(!m_server->isListening());
    QCOMPARE(m_server->port(), port);
    QCOMPARE(m_server->redirectUri(), uri);
    // Closed means closed: nobody can connect any more.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!socket.waitForConnected(2000));
}

void TestLoopbackServer::otherPathIsNotFound_data()
{
    QTest::addColumn<QByteArray>("target");
    const QByteArray q = "?code=c&state=" + kState;
    QTest::newRow("root") << QByteArray("/");
    QTest::newRow("favicon") << QByteArray("/favicon.ico");
    QTest::newRow("root with valid query") << ("/" + q);
    QTest::newRow("callback with trailing slash") << ("/callback/" + q);
    QTest::newRow("callback in upper case") << ("/CALLBACK" + q);
    QTest::newRow("path below callback") << ("/callback/x" + q);
    QTest::newRow("prefix of callback") << ("/call" + q);
}

void TestLoopbackServer::otherPathIsNotFound()
{
    QFETCH(QByteArray, target);
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    QSignalSpy failed(m_server.get(), &LoopbackServer::authorizationFailed);
    const Answer a = answerOf(send(get(target)));
    QCOMPARE(a.status, 404);
    QVERIFY(a.head.contains("Content-Type: text/html; charset=utf-8"));
    QCOMPARE(received.count(), 0);
    QCOMPARE(failed.count(), 0);
    verifyStillAcceptsCallback();
}

void TestLoopbackServer::strayCallbackIsRefused_data()
{
    QTest::addColumn<QByteArray>("target");
    const QString state = QString::fromLatin1(kState);

    QTest::newRow("no query") << QByteArray("/callback");
    QTest::newRow("code without state") << callbackTarget({ { "code", "c1" } });
    QTest::newRow("code with empty state") << callbackTarget({ { "code", "c1" }, { "state", "" } });
    QTest::newRow("code with wrong state")
        << callbackTarget({ { "code", "c1" }, { "state", "attacker-state" } });
    QTest::newRow("code with state in other case")
        << callbackTarget({ { "code", "c1" }, { "state", state.toLower() } });
    QTest::newRow("code with state prefix")
        << callbackTarget({ { "code", "c1" }, { "state", state.left(10) } });
    QTest::newRow("code with state plus suffix")
        << callbackTarget({ { "code", "c1" }, { "state", state + "x" } });
    QTest::newRow("error with wrong state")
        << callbackTarget({ { "error", "access_denied" }, { "state", "attacker-state" } });
    QTest::newRow("right state, no code") << callbackTarget({ { "state", state } });
    QTest::newRow("right state, empty code")
        << callbackTarget({ { "code", "" }, { "state", state } });
}

void TestLoopbackServer::strayCallbackIsRefused()
{
    QFETCH(QByteArray, target);
    QSignalSpy stray(m_server.get(), &LoopbackServer::strayRequest);
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    QSignalSpy failed(m_server.get(), &LoopbackServer::authorizationFailed);
    const Answer a = answerOf(send(get(target)));
    QCOMPARE(a.status, 400);
    QTRY_COMPARE(stray.count(), 1);
    QCOMPARE(received.count(), 0);
    QCOMPARE(failed.count(), 0);
    verifyStillAcceptsCallback();
}

void TestLoopbackServer::strayNoticeShowsNoControlCharacters_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("visible");
    // Any local process can knock on the port while a `login --no-browser` waits: its bytes
    // must not clear the screen or print a fake sign-in URL in the "Ignored a request" notice.
    QTest::newRow("escape in the decoded path")
        << QByteArray("GET /%1b[2J%1b[31mhttps://evil.example/login%0d%0aok HTTP/1.1\r\n\r\n")
        << QStringLiteral("path /^[[2J^[[31mhttps://evil.example/login^M^Jok");
    QTest::newRow("escape and CR in the method") << QByteArray(
        "G\x1b[2J\rX /callback HTTP/1.1\r\n\r\n") << QStringLiteral("method G^[[2J^MX");
}

void TestLoopbackServer::strayNoticeShowsNoControlCharacters()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, visible);
    QSignalSpy stray(m_server.get(), &LoopbackServer::strayRequest);
    answerOf(send(request));
    QTRY_COMPARE(stray.count(), 1);
    const QString reason = stray.first().first().toString();
    QCOMPARE(reason, visible);
    for (const QChar c : reason)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(reason));
    verifyStillAcceptsCallback();
}

void TestLoopbackServer::malformedRequestIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("not http") << QByteArray("hello\r\n\r\n");
    QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    QTest::newRow("missing version")
        << QByteArray("GET /callback?code=c&state=" + kState + "\r\n\r\n");
}

void TestLoopbackServer::malformedRequestIsRefused()
{
    QFETCH(QByteArray, request);
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    const Answer a = answerOf(send(request));
    QCOMPARE(a.status, 400);
    QCOMPARE(received.count(), 0);
    verifyStillAcceptsCallback();
}

void TestLoopbackServer::postIsNotAllowed()
{
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    const QByteArray body = "code=c1&state=" + kState;
    const QByteArray request = "POST /callback?code=c1&state=" + kState
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const Answer a = answerOf(send(request));
    QCOMPARE(a.status, 405);
    QCOMPARE(received.count(), 0);
    verifyStillAcceptsCallback();
}

void TestLoopbackServer::oversizedRequestIsRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("chunks");

    QTest::newRow("17 KiB url, one write") << get(callbackTarget(
        { { "code", QString(17 * 1024, 'c') }, { "state", QString::fromLatin1(kState) } }))
                                           << 1;
    QTest::newRow("17 KiB of headers in 17 writes, never terminated")
        << ("GET /callback HTTP/1.1\r\n" + QByteArray(17 * 1024, 'h')) << 17;
    QTest::newRow("1 MiB without a line break") << QByteArray(1024 * 1024, 'x') << 64;
}

void TestLoopbackServer::oversizedRequestIsRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, chunks);
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    QTcpSocket *client = send({});
    QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
    const int size = (request.size() + chunks - 1) / chunks;
    for (int i = 0; i < chunks && client->state() == QAbstractSocket::ConnectedState; ++i) {
        client->write(request.mid(i * size, size));
        client->flush();
        QTest::qWait(5);
    }
    const Answer a = answerOf(client);
    QCOMPARE(a.status, 413);
    QCOMPARE(received.count(), 0);
    verifyStillAcceptsCallback();
}

void TestLoopbackServer::largeButAcceptableRequestIsAccepted()
{
    // Browsers send sizeable headers; 15 KiB in all is within the documented limit.
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    const QByteArray request = "GET /callback?code=big&state=" + kState
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + QByteArray(15 * 1024, 'k') + "\r\n\r\n";
    QVERIFY(request.size() < 16 * 1024);
    send(request);
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toMap().value("code").toString(), QStringLiteral("big"));
}

void TestLoopbackServer::requestArrivingInPiecesIsAccepted()
{
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    const QByteArray request = get("/callback?code=pieces&state=" + kState);
    QTcpSocket *client = send({});
    for (int i = 0; i < request.size(); i += 7) {
        client->write(request.mid(i, 7));
        client->flush();
        QTest::qWait(2);
    }
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toMap().value("code").toString(), QStringLiteral("pieces"));
}

void TestLoopbackServer::errorCallbackEndsLoginWithEscapedPage()
{
    QSignalSpy failed(m_server.get(), &LoopbackServer::authorizationFailed);
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    const QString description = QStringLiteral("User said <script>alert('x')</script> & \"no\"");
    const Answer a = answerOf(send(get(callbackTarget({ { "error", "access_denied" },
        { "error_description", description }, { "state", QString::fromLatin1(kState) } }))));
    QCOMPARE(a.status, 400);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("access_denied"));
    QCOMPARE(failed.at(0).at(1).toString(), description);
    QCOMPARE(received.count(), 0);

    const QString body = QString::fromUtf8(a.body);
    QVERIFY2(body.contains(description.toHtmlEscaped()), a.body.constData());
    QVERIFY2(body.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            || body.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt;")),
        a.body.constData());
    QVERIFY2(!body.contains(QStringLiteral("<script")), a.body.constData());
    QVERIFY(body.contains(QStringLiteral("access_denied")));
    QVERIFY(a.head.contains("Content-Length: " + QByteArray::number(a.body.size())));

    // The login is over: the listener is closed.
    QVERIFY(!m_server->isListening());
}

void TestLoopbackServer::formEncodedPlusIsASpace()
{
    // The redirect's query is form-encoded (RFC 6749 appendix B): oidc-provider writes spaces
    // as '+', a plus sign as %2B. Seen on a Qt 6.8 login: "'code_challenge'+parameter+must...".
    QSignalSpy failed(m_server.get(), &LoopbackServer::authorizationFailed);
    const Answer a = answerOf(send(get("/callback?error=invalid_request&error_description="
                                       "'code_challenge'+must+not+be+provided+twice+(1%2B1)&state="
        + kState)));
    QCOMPARE(a.status, 400);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).toString(),
        QStringLiteral("'code_challenge' must not be provided twice (1+1)"));
}

void TestLoopbackServer::errorCallbackWithoutDescription()
{
    QSignalSpy failed(m_server.get(), &LoopbackServer::authorizationFailed);
    const Answer a = answerOf(send(get(callbackTarget(
        { { "error", "invalid_scope" }, { "state", QString::fromLatin1(kState) } }))));
    QCOMPARE(a.status, 400);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("invalid_scope"));
    QVERIFY(failed.at(0).at(1).toString().isEmpty());
    QVERIFY(a.body.contains("invalid_scope"));
}

void TestLoopbackServer::codeCallbackIsHeldUntilFinish()
{
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    QSignalSpy delivered(m_server.get(), &LoopbackServer::pageDelivered);
    QSignalSpy stray(m_server.get(), &LoopbackServer::strayRequest);
    // A code with characters that need percent-decoding.
    const QString code = QStringLiteral("c0de/+=&x y");
    QTcpSocket *browser = send(get(callbackTarget({ { "code", code },
        { "state", QString::fromLatin1(kState) }, { "iss", "https://issuer" } })));

    QTRY_COMPARE(received.count(), 1);
    const QVariantMap values = received.at(0).at(0).toMap();
    QCOMPARE(values.value("code").toString(), code);
    QCOMPARE(values.value("state").toString(), QString::fromLatin1(kState));
    QCOMPARE(values.value("iss").toString(), QStringLiteral("https://issuer"));
    QCOMPARE(stray.count(), 0);
    QVERIFY(!m_server->isListening());

    // The browser waits: no byte until the caller knows how the login ended.
    QTest::qWait(500);
    QCOMPARE(browser->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(browser->bytesAvailable(), qint64(0));
    QCOMPARE(delivered.count(), 0);

    m_server->finish(true, QStringLiteral("Signed in"),
        QStringLiteral("You are signed in as <ada@example.org>. You can close this window."));
    const Answer a = answerOf(browser);
    QCOMPARE(a.status, 200);
    QVERIFY(a.head.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(a.body.contains("Signed in"));
    QVERIFY2(
        a.body.contains("You are signed in as &lt;ada@example.org&gt;. You can close this window."),
        a.body.constData());
    // Delivered because the connection closed, well before the 3 s fallback.
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 2500);
    QTest::qWait(100);
    QCOMPARE(delivered.count(), 1);
}

void TestLoopbackServer::failedFinishGivesErrorPage()
{
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    QSignalSpy delivered(m_server.get(), &LoopbackServer::pageDelivered);
    QTcpSocket *browser
        = send(get(callbackTarget({ { "code", "c" }, { "state", QString::fromLatin1(kState) } })));
    QTRY_COMPARE(received.count(), 1);
    m_server->finish(
        false, QStringLiteral("Sign-in failed"), QStringLiteral("The tokens could not be stored."));
    const Answer a = answerOf(browser);
    QCOMPARE(a.status, 400);
    QVERIFY(a.body.contains("The tokens could not be stored."));
    QTRY_COMPARE(delivered.count(), 1);
}

void TestLoopbackServer::secondCallbackIsRefused()
{
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    // Connected before the real callback arrives (a second tab, a prefetch).
    QTcpSocket *early = send({});
    QCOMPARE(early->state(), QAbstractSocket::ConnectedState);

    QTcpSocket *browser = send(
        get(callbackTarget({ { "code", "first" }, { "state", QString::fromLatin1(kState) } })));
    QTRY_COMPARE(received.count(), 1);

    // The early connection now replays a valid callback: refused, no second code.
    early->write(
        get(callbackTarget({ { "code", "second" }, { "state", QString::fromLatin1(kState) } })));
    const Answer replay = answerOf(early);
    QCOMPARE(replay.status, 400);

    m_server->finish(true, QStringLiteral("Signed in"), QStringLiteral("Done."));
    QCOMPARE(answerOf(browser).status, 200);

    // After finish: a new connection cannot even be made.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(!late.waitForConnected(2000));

    QTest::qWait(100);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toMap().value("code").toString(), QStringLiteral("first"));
}

void TestLoopbackServer::silentClientDoesNotBlockCallback()
{
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    QTcpSocket *silent = send({});
    QTcpSocket *partial = send("GET /callback?code=partial&st");
    QCOMPARE(silent->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(partial->state(), QAbstractSocket::ConnectedState);
    QTest::qWait(100);

    QTcpSocket *browser = send(
        get(callbackTarget({ { "code", "real" }, { "state", QString::fromLatin1(kState) } })));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(0).toMap().value("code").toString(), QStringLiteral("real"));
    m_server->finish(true, QStringLiteral("Signed in"), QStringLiteral("Done."));
    QCOMPARE(answerOf(browser).status, 200);
}

void TestLoopbackServer::destroyingServerAnswersHeldBrowser()
{
    // Ctrl+C in the terminal while the browser waits: the browser is told, not left hanging.
    QSignalSpy received(m_server.get(), &LoopbackServer::callbackReceived);
    QTcpSocket *browser
        = send(get(callbackTarget({ { "code", "c" }, { "state", QString::fromLatin1(kState) } })));
    QTRY_COMPARE(received.count(), 1);
    m_server.reset();
    const Answer a = answerOf(browser);
    QCOMPARE(a.status, 400);
    QVERIFY(!a.body.isEmpty());
}

QTEST_GUILESS_MAIN(TestLoopbackServer)
#include "tst_loopbackserver.moc"

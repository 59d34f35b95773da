// The one HTTP layer (core/util/http) against a byte-level server on loopback: a QTcpServer
// written here, because the misbehaviour under test (a dribbling server, a lying
// Content-Length, a redirect to another origin) is exactly what a real server does not do.

#include "util/http.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace seqera;

namespace {

struct Received
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Reads one request per connection and hands the socket to the test's handler.
class ScriptedServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *, const Received &)>;

    explicit ScriptedServer(Handler handler)
        : m_handler(std::move(handler))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QString origin() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

    QList<Received> requests;

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            const int end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Received r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            for (int i = 1; i < lines.size(); ++i) {
                const int colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                        lines.at(i).mid(colon + 1).trimmed());
            }
            const int length = r.headers.value("content-length").toInt();
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            socket->disconnect(this);
            requests << r;
            m_handler(socket, r);
        });
    }

    QTcpServer m_server;
    Handler m_handler;
};

void answer(
    QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    socket->write("HTTP/1.1 " + QByteArray::number(status)
        + " X\r\nContent-Type: "
          "application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n"
        + body);
    socket->disconnectFromHost();
}

QByteArray jsonOfSize(qint64 size)
{
    // {"a":"xxx...x"}: 8 bytes of frame around the padding.
    return "{\"a\":\"" + QByteArray(size - 8, 'x') + "\"}";
}

http::Response run(QNetworkAccessManager *nam, const http::Request &request, int waitMs = 10000)
{
    http::Response result;
    bool done = false;
    QObject context;
    http::send(nam, request, &context, [&](const http::Response &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, waitMs))
        qWarning("the request did not finish");
    return result;
}

} // namespace

class TestHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void getJsonWithUserAgentAndBearer();
    void formBodyKeepsEveryCharacter();
    void capAtExactSizeIsAccepted();
    void capPlusOneIsRefused_data();
    void capPlusOneIsRefused();
    void defaultCapIsOneMebibyte();
    void stoppedTransferClosesTheConnection_data();
    void stoppedTransferClosesTheConnection();
    void hugeContentLengthStopsAtOnce();
    void dribblingServerHitsTotalDeadline();
    void managerTimeoutIsTheDefaultDeadline();
    void redirectToAnotherOriginCarriesNothing_data();
    void redirectToAnotherOriginCarriesNothing();
    void sameOriginRedirectIsFollowed();
    void plainHttpToRemoteHostIsRefused_data();
    void plainHttpToRemoteHostIsRefused();
    void errorClassification_data();
    void errorClassification();
    void abortFinishesCancelled();
    void streamDeliversChunksAndUsesIdleTimeout();
    void streamTotalCap();
    void streamDefaultCaps();
    void qtMadeReplyFollowsNoRedirectAndIsCapped();
    void helpers();

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestHttp::init()
{
    // A read on a closed reply prints this on the user's terminal: never again.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
    m_nam.reset(http::createNetworkAccessManager(5000));
}

void TestHttp::getJsonWithUserAgentAndBearer()
{
    ScriptedServer server(
        [](QTcpSocket *s, const Received &) { answer(s, 200, R"({"ok":true})"); });
    http::Request request(server.url(QStringLiteral("/user-info")), QStringLiteral("test request"));
    request.bearer = QStringLiteral("secret-token");
    request.headers << qMakePair(QByteArray("X-Client-Version"), QByteArray("1.2.3"));
    const http::Response r = run(m_nam.get(), request);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.status, 200);
    QVERIFY(r.jsonValid);
    QCOMPARE(r.json.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(server.requests.size(), 1);
    const Received &got = server.requests.first();
    QCOMPARE(got.method, QByteArray("GET"));
    QCOMPARE(got.headers.value("authorization"), QByteArray("Bearer secret-token"));
    QCOMPARE(got.headers.value("x-client-version"), QByteArray("1.2.3"));
    QCOMPARE(got.headers.value("accept"), QByteArray("application/json"));
    QVERIFY2(got.headers.value("user-agent").startsWith("seqera-cli/"),
        got.headers.value("user-agent").constData());
    QVERIFY(got.headers.value("user-agent").endsWith(" Qt/" + QByteArray(qVersion())));
}

void TestHttp::formBodyKeepsEveryCharacter()
{
    ScriptedServer server([](QTcpSocket *s, const Received &) { answer(s, 200, "{}"); });
    http::Request request(server.url(), QStringLiteral("token request"), "POST");
    const QString tricky = QStringLiteral("a+b&c=d%20e f/é");
    request.setForm({ { QStringLiteral("token"), tricky }, { QStringLiteral("x y"), QString() } });
    const http::Response r = run(m_nam.get(), request);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    const Received &got = server.requests.first();
    QCOMPARE(got.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    // Decoded the way a server does (application/x-www-form-urlencoded: '+' is a space).
    QUrlQuery parsed(QString::fromLatin1(QByteArray(got.body).replace('+', "%20")));
    QCOMPARE(parsed.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded), tricky);
    QVERIFY(parsed.hasQueryItem(QStringLiteral("x y")));
    QVERIFY(!got.body.contains('+'));
}

void TestHttp::capAtExactSizeIsAccepted()
{
    const QByteArray body = jsonOfSize(4096);
    ScriptedServer server([body](QTcpSocket *s, const Received &) { answer(s, 200, body); });
    http::Request request(server.url(), QStringLiteral("test request"));
    request.maxBytes = body.size();
    const http::Response r = run(m_nam.get(), request);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.body.size(), body.size());
}

void TestHttp::capPlusOneIsRefused_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked, no length") << true;
}

void TestHttp::capPlusOneIsRefused()
{
    QFETCH(bool, chunked);
    const QByteArray body = jsonOfSize(4097);
    ScriptedServer server([body, chunked](QTcpSocket *s, const Received &) {
        if (!chunked) {
            answer(s, 200, body);
            return;
        }
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                 "chunked\r\n\r\n");
        for (int i = 0; i < body.size(); i += 1000) {
            const QByteArray part = body.mid(i, 1000);
            s->write(QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n");
        }
        s->write("0\r\n\r\n");
        s->disconnectFromHost();
    });
    http::Request request(server.url(), QStringLiteral("test request"));
    request.maxBytes = 4096;
    const http::Response r = run(m_nam.get(), request);
    QCOMPARE(r.error.code, Error::Code::Server);
    QVERIFY2(
        r.error.message.contains(QLatin1String("more than 4 KiB")), qPrintable(r.error.message));
    QVERIFY2(r.error.message.contains(QLatin1String("test request")), qPrintable(r.error.message));
    QVERIFY(!r.error.message.contains(QLatin1Char('\n')));
    QVERIFY(r.body.isEmpty());
}

void TestHttp::defaultCapIsOneMebibyte()
{
    QCOMPARE(http::kMaxJsonBytes, qint64(1024 * 1024));
    const QByteArray atCap = jsonOfSize(http::kMaxJsonBytes);
    const QByteArray overCap = jsonOfSize(http::kMaxJsonBytes + 1);
    ScriptedServer server([&](QTcpSocket *s, const Received &got) {
        answer(s, 200, got.path == "/over" ? overCap : atCap);
    });
    QVERIFY(!run(m_nam.get(), http::Request(server.url(QStringLiteral("/at")), QStringLiteral("x")))
                 .error);
    const http::Response r
        = run(m_nam.get(), http::Request(server.url(QStringLiteral("/over")), QStringLiteral("x")));
    QCOMPARE(r.error.code, Error::Code::Server);
    QVERIFY2(r.error.message.contains(QLatin1String("1 MiB")), qPrintable(r.error.message));
}

void TestHttp::stoppedTransferClosesTheConnection_data()
{
    QTest::addColumn<bool>("qtMade");
    QTest::newRow("job") << false;
    QTest::newRow("reply Qt made on our manager") << true;
}

void TestHttp::stoppedTransferClosesTheConnection()
{
    // A server with an endless chunked answer: once the cap is hit the connection must be
    // closed, or the bytes keep coming (and being buffered) until the process ends.
    QFETCH(bool, qtMade);
    auto written = std::make_shared<qint64>(0);
    auto closed = std::make_shared<bool>(false);
    ScriptedServer server([written, closed](QTcpSocket *s, const Received &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                 "chunked\r\n\r\n");
        const QByteArray chunk
            = QByteArray::number(65536, 16) + "\r\n" + QByteArray(65536, ' ') + "\r\n";
        auto pump = [s, chunk, written] {
            while (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 4 * 65536) {
                s->write(chunk);
                *written += 65536;
            }
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
        QObject::connect(s, &QTcpSocket::disconnected, s, [closed] { *closed = true; });
        pump();
    });
    if (qtMade) {
        QNetworkReply *reply = m_nam->get(QNetworkRequest(server.url()));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const http::Response r = http::readReply(reply, QStringLiteral("x"));
        QVERIFY2(r.error.message.contains(QLatin1String("more than 1 MiB")),
            qPrintable(QStringLiteral("status %1, %2 bytes, Qt error %3: %4")
                           .arg(r.status)
                           .arg(r.body.size())
                           .arg(int(reply->error()))
                           .arg(r.error.message)));
        reply->deleteLater();
    } else {
        http::Request request(server.url(), QStringLiteral("x"));
        QCOMPARE(run(m_nam.get(), request).error.code, Error::Code::Server);
    }
    QTRY_VERIFY_WITH_TIMEOUT(*closed, 3000);
    QVERIFY2(*written < 16 * 1024 * 1024, qPrintable(QString::number(*written)));
}

void TestHttp::hugeContentLengthStopsAtOnce()
{
    // Announces 300 MB and sends a trickle: the layer must not wait for (or buffer) any of it.
    ScriptedServer server([](QTcpSocket *s, const Received &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                 "314572800\r\n\r\n{\"a\":\"");
    });
    QElapsedTimer clock;
    clock.start();
    const http::Response r = run(m_nam.get(), http::Request(server.url(), QStringLiteral("x")));
    QCOMPARE(r.error.code, Error::Code::Server);
    QVERIFY2(
        r.error.message.contains(QLatin1String("more than 1 MiB")), qPrintable(r.error.message));
    QVERIFY(clock.elapsed() < 3000);
}

void TestHttp::dribblingServerHitsTotalDeadline()
{
    // One byte every 100 ms: an idle timeout would never fire; the total deadline does.
    ScriptedServer server([this](QTcpSocket *s, const Received &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                 "100000\r\n\r\n{");
        auto *timer = new QTimer(s);
        connect(timer, &QTimer::timeout, s, [s] { s->write(" "); });
        timer->start(100);
    });
    http::Request request(server.url(), QStringLiteral("sign-in configuration request"));
    request.timeoutMs = 700;
    QElapsedTimer clock;
    clock.start();
    const http::Response r = run(m_nam.get(), request);
    QCOMPARE(r.error.code, Error::Code::Timeout);
    QVERIFY2(r.error.message.contains(QLatin1String("did not answer in time")),
        qPrintable(r.error.message));
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
}

void TestHttp::managerTimeoutIsTheDefaultDeadline()
{
    std::unique_ptr<QNetworkAccessManager> nam(http::createNetworkAccessManager(600));
    ScriptedServer server([this](QTcpSocket *s, const Received &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
        auto *timer = new QTimer(s);
        connect(timer, &QTimer::timeout, s, [s] { s->write("x"); });
        timer->start(100);
    });
    QElapsedTimer clock;
    clock.start();
    const http::Response r = run(nam.get(), http::Request(server.url(), QStringLiteral("x")));
    QCOMPARE(r.error.code, Error::Code::Timeout);
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
}

void TestHttp::redirectToAnotherOriginCarriesNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("redirects");
    QTest::addColumn<int>("status");
    QTest::newRow("token POST, no redirects, 307") << QByteArray("POST") << 0 << 307;
    QTest::newRow("token POST, no redirects, 308") << QByteArray("POST") << 0 << 308;
    QTest::newRow("API GET, same origin only, 307") << QByteArray("GET") << 1 << 307;
    QTest::newRow("API GET, same origin only, 302") << QByteArray("GET") << 1 << 302;
}

void TestHttp::redirectToAnotherOriginCarriesNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(int, redirects);
    QFETCH(int, status);
    ScriptedServer elsewhere([](QTcpSocket *s, const Received &) { answer(s, 200, "{}"); });
    const QUrl target = elsewhere.url(QStringLiteral("/steal"));
    ScriptedServer server([status, target](QTcpSocket *s, const Received &) {
        answer(s, status, "{}", "Location: " + target.toEncoded() + "\r\n");
    });
    http::Request request(
        server.url(QStringLiteral("/token")), QStringLiteral("token request"), method);
    request.redirects = redirects == 0 ? http::Redirects::None : http::Redirects::SameOrigin;
    request.bearer = QStringLiteral("secret-token");
    if (method == "POST")
        request.setForm({ { QStringLiteral("code"), QStringLiteral("the-code") },
            { QStringLiteral("code_verifier"), QStringLiteral("the-verifier") } });
    const http::Response r = run(m_nam.get(), request);
    QCOMPARE(r.error.code, Error::Code::Protocol);
    QVERIFY2(r.error.message.contains(QLatin1String("redirect")), qPrintable(r.error.message));
    QTest::qWait(200);
    QCOMPARE(elsewhere.requests.size(), 0);
}

void TestHttp::sameOriginRedirectIsFollowed()
{
    QPointer<ScriptedServer> self;
    ScriptedServer server([&self](QTcpSocket *s, const Received &got) {
        if (got.path == "/old")
            answer(s, 307, "{}",
                "Location: " + self->url(QStringLiteral("/new")).toEncoded() + "\r\n");
        else
            answer(s, 200, R"({"where":"new"})");
    });
    self = &server;
    http::Request request(server.url(QStringLiteral("/old")), QStringLiteral("x"));
    request.bearer = QStringLiteral("t");
    const http::Response r = run(m_nam.get(), request);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QCOMPARE(r.json.value(QStringLiteral("where")).toString(), QStringLiteral("new"));
    QCOMPARE(server.requests.size(), 2);
}

void TestHttp::plainHttpToRemoteHostIsRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << QUrl(QStringLiteral("https://cloud.seqera.io/api")) << true;
    QTest::newRow("http 127.0.0.1") << QUrl(QStringLiteral("http://127.0.0.1:1/x")) << true;
    QTest::newRow("http [::1]") << QUrl(QStringLiteral("http://[::1]:1/x")) << true;
    QTest::newRow("http localhost") << QUrl(QStringLiteral("http://localhost:1/x")) << true;
    QTest::newRow("http remote") << QUrl(QStringLiteral("http://ai.example.org/v1")) << false;
    QTest::newRow("http 10.0.0.1") << QUrl(QStringLiteral("http://10.0.0.1/")) << false;
    QTest::newRow("http localhost.evil")
        << QUrl(QStringLiteral("http://localhost.evil.org/")) << false;
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << false;
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/")) << false;
    QTest::newRow("empty") << QUrl() << false;
}

void TestHttp::plainHttpToRemoteHostIsRefused()
{
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);
    QCOMPARE(http::isSecureOrLoopback(url), allowed);
    if (allowed)
        return;
    http::Request request(url, QStringLiteral("Platform user-info request"));
    request.bearer = QStringLiteral("personal-access-token");
    const http::Response r = run(m_nam.get(), request);
    QCOMPARE(r.error.code, Error::Code::InvalidInput);
    QVERIFY2(r.error.message.contains(QLatin1String("plain HTTP")), qPrintable(r.error.message));
    QCOMPARE(r.status, 0);
}

void TestHttp::errorClassification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("expectJson");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("500") << 500 << QByteArray("{}") << true << int(Error::Code::Server)
                         << QStringLiteral("failed during the x (HTTP 500)");
    QTest::newRow("401") << 401 << QByteArray("{}") << true << int(Error::Code::Unauthorized)
                         << QStringLiteral("refused the credentials for the x (HTTP 401)");
    QTest::newRow("400 with description")
        << 400 << QByteArray(R"({"error":"bad","error_description":"why"})") << true
        << int(Error::Code::Protocol) << QStringLiteral("refused the x (HTTP 400): why");
    QTest::newRow("200 not JSON") << 200 << QByteArray("<html>") << true << int(Error::Code::Server)
                                  << QStringLiteral("not valid JSON");
    QTest::newRow("200 not JSON, not expected")
        << 200 << QByteArray("") << false << int(Error::Code::None) << QString();
}

void TestHttp::errorClassification()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, expectJson);
    QFETCH(int, code);
    QFETCH(QString, fragment);
    ScriptedServer server(
        [status, body](QTcpSocket *s, const Received &) { answer(s, status, body); });
    http::Request request(server.url(), QStringLiteral("x"));
    request.expectJson = expectJson;
    const http::Response r = run(m_nam.get(), request);
    QCOMPARE(int(r.error.code), code);
    QCOMPARE(r.status, status);
    QVERIFY2(r.error.message.contains(fragment), qPrintable(r.error.message));
    if (code != int(Error::Code::None))
        QVERIFY2(r.error.message.contains(server.origin()), qPrintable(r.error.message));
}

void TestHttp::abortFinishesCancelled()
{
    ScriptedServer server([](QTcpSocket *, const Received &) { /* never answers */ });
    http::Job job(m_nam.get(), http::Request(server.url(), QStringLiteral("x")));
    QSignalSpy finished(&job, &http::Job::finished);
    job.start();
    QTRY_COMPARE(server.requests.size(), 1);
    job.abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<http::Response>().error.code, Error::Code::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestHttp::streamDeliversChunksAndUsesIdleTimeout()
{
    // Events every 150 ms for longer than the idle timeout (400 ms), then silence.
    ScriptedServer server([this](QTcpSocket *s, const Received &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n");
        auto *timer = new QTimer(s);
        auto count = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, s, [s, timer, count] {
            s->write("data: " + QByteArray::number((*count)++) + "\n\n");
            if (*count == 8)
                timer->stop();
        });
        timer->start(150);
    });
    http::Request request(server.url(QStringLiteral("/events")), QStringLiteral("event stream"));
    request.stream = true;
    request.timeoutMs = 400;
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("text/event-stream"));
    http::Job job(m_nam.get(), request);
    QSignalSpy data(&job, &http::Job::dataReceived);
    QSignalSpy finished(&job, &http::Job::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QByteArray all;
    for (const QList<QVariant> &args : std::as_const(data))
        all += args.first().toByteArray();
    QVERIFY2(all.contains("data: 7\n\n"), all.constData()); // 1.2 s: past a total of 400 ms
    QVERIFY(data.size() >= 4); // delivered as it came, not at the end
    QCOMPARE(finished.first().first().value<http::Response>().error.code, Error::Code::Timeout);
    QCOMPARE(server.requests.first().headers.value("accept"), QByteArray("text/event-stream"));
}

void TestHttp::streamTotalCap()
{
    ScriptedServer server([this](QTcpSocket *s, const Received &) {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n");
        auto *timer = new QTimer(s);
        connect(timer, &QTimer::timeout, s,
            [s] { s->write("data: " + QByteArray(994, 'x') + "\n\n"); });
        timer->start(5);
    });
    http::Request request(server.url(), QStringLiteral("event stream"));
    request.stream = true;
    request.maxBytes = 20000;
    http::Job job(m_nam.get(), request);
    QSignalSpy data(&job, &http::Job::dataReceived);
    QSignalSpy finished(&job, &http::Job::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    qint64 delivered = 0;
    for (const QList<QVariant> &args : std::as_const(data))
        delivered += args.first().toByteArray().size();
    QVERIFY(delivered <= 20000);
    const http::Response r = finished.first().first().value<http::Response>();
    QCOMPARE(r.error.code, Error::Code::Server);
    QVERIFY2(r.error.message.contains(QLatin1String("event stream")), qPrintable(r.error.message));
}

void TestHttp::streamDefaultCaps()
{
    // kMaxStreamBytes per connection, tested at cap and cap + 1; an error answer of a stream
    // is JSON and gets kMaxJsonBytes.
    QCOMPARE(http::kMaxStreamBytes, qint64(64) * 1024 * 1024);
    ScriptedServer server([](QTcpSocket *s, const Received &got) {
        if (got.path == "/error") {
            answer(s, 500, QByteArray(http::kMaxJsonBytes + 1, ' '));
            return;
        }
        const qint64 total = http::kMaxStreamBytes + (got.path == "/over" ? 1 : 0);
        s->write("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Type: "
                 "text/event-stream\r\nContent-Length: "
            + QByteArray::number(total) + "\r\n\r\n");
        auto left = std::make_shared<qint64>(total);
        auto pump = [s, left] {
            while (*left > 0 && s->bytesToWrite() < 1024 * 1024) {
                const qint64 n = qMin<qint64>(*left, 256 * 1024);
                s->write(QByteArray(n, 'x'));
                *left -= n;
            }
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, pump);
        pump();
    });
    for (const QString &path :
        { QStringLiteral("/at"), QStringLiteral("/over"), QStringLiteral("/error") }) {
        http::Request request(server.url(path), QStringLiteral("event stream"));
        request.stream = true;
        http::Job job(m_nam.get(), request);
        qint64 delivered = 0;
        connect(&job, &http::Job::dataReceived, this,
            [&delivered](const QByteArray &chunk) { delivered += chunk.size(); });
        QSignalSpy finished(&job, &http::Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const http::Response r = finished.first().first().value<http::Response>();
        if (path == QLatin1String("/at")) {
            QVERIFY2(!r.error, qPrintable(r.error.message));
            QCOMPARE(delivered, http::kMaxStreamBytes);
        } else {
            QVERIFY2(r.error.code == Error::Code::Server, qPrintable(path + r.error.message));
            QVERIFY2(r.error.message.contains(path == QLatin1String("/over")
                             ? QLatin1String("more than 64 MiB")
                             : QLatin1String("more than 1 MiB")),
                qPrintable(r.error.message));
            QVERIFY(delivered <= http::kMaxStreamBytes);
        }
    }
}

void TestHttp::qtMadeReplyFollowsNoRedirectAndIsCapped()
{
    // What QOAuth2AuthorizationCodeFlow does with our manager: a bare post(), read at the end.
    ScriptedServer elsewhere([](QTcpSocket *s, const Received &) { answer(s, 200, "{}"); });
    const QUrl target = elsewhere.url(QStringLiteral("/steal"));
    const QByteArray huge = jsonOfSize(http::kMaxJsonBytes + 1);
    ScriptedServer server([target, huge](QTcpSocket *s, const Received &got) {
        if (got.path == "/redirect")
            answer(s, 307, "{}", "Location: " + target.toEncoded() + "\r\n");
        else
            answer(s, 200, huge);
    });
    for (const QString &path : { QStringLiteral("/redirect"), QStringLiteral("/huge") }) {
        QNetworkRequest request(server.url(path));
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_nam->post(request, QByteArray("code=c&code_verifier=v"));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        const http::Response r = http::readReply(reply, QStringLiteral("token request"));
        reply->deleteLater();
        QVERIFY2(r.error, qPrintable(path));
        QVERIFY2(r.error.message.contains(path == QLatin1String("/redirect")
                         ? QLatin1String("redirect")
                         : QLatin1String("more than 1 MiB")),
            qPrintable(r.error.message));
        QVERIFY2(
            r.error.message.contains(QLatin1String("token request")), qPrintable(r.error.message));
    }
    QTest::qWait(100);
    QCOMPARE(elsewhere.requests.size(), 0);
    QCOMPARE(
        server.requests.first().headers.value("user-agent").left(11), QByteArray("seqera-cli/"));
}

void TestHttp::helpers()
{
    QCOMPARE(http::maskToken(QStringLiteral("abcdefghijkl")), QStringLiteral("…ijkl"));
    QCOMPARE(http::maskToken(QStringLiteral("short")), QStringLiteral("…"));
    QCOMPARE(http::maskToken(QString()), QStringLiteral("…"));
    const QUrl base(QStringLiteral("https://h.example/api//"));
    QCOMPARE(http::withoutTrailingSlash(base), QUrl(QStringLiteral("https://h.example/api")));
    QCOMPARE(http::childUrl(base, QStringLiteral("user-info")),
        QUrl(QStringLiteral("https://h.example/api/user-info")));
    QCOMPARE(http::childUrl(QUrl(QStringLiteral("https://h.example")), QStringLiteral("/v1/x")),
        QUrl(QStringLiteral("https://h.example/v1/x")));
    QCOMPARE(http::displayAddress(QUrl(QStringLiteral("https://u:p@h.example/cb?code=1#f"))),
        QStringLiteral("https://h.example/cb"));
}

QTEST_GUILESS_MAIN(TestHttp)
#include "tst_http.moc"

// TokenReplyHandler (core/auth/tokenreplyhandler) on its own: the mapping of token-endpoint
// answers to seqera::Error (classify, errorFor over an http::Response), and the handler as
// QOAuth2AuthorizationCodeFlow drives it, with real replies from the provider of
// tests/support on a guarded manager, the provider told which answer to give
// (POST /__test/hostile).
#include "auth/tokenreplyhandler.h"
#include "auth/tokenset.h"
#include "testsupport.h"
#include "util/http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace seqera;
using namespace testsupport;

namespace {
const QString kAddress = QStringLiteral("https://auth.example.com/token");

QJsonObject goodAnswer()
{
    return { { QStringLiteral("access_token"), QStringLiteral("at-1") },
        { QStringLiteral("refresh_token"), QStringLiteral("rt-1") },
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("expires_in"), 3600 } };
}
} // namespace

class TestTokenReplyHandler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void classify_data();
    void classify();
    void errorFor_data();
    void errorFor();
    void noCallbackWithoutALoopbackServer();
    void goodAnswerIsHandedOnUntouched_data();
    void goodAnswerIsHandedOnUntouched();
    void failedAnswerIsReported_data();
    void failedAnswerIsReported();

private:
    // Posts a token request on the guarded manager and hands the reply to the handler.
    void exchange(TokenReplyHandler &handler);
    std::unique_ptr<PlatformServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestTokenReplyHandler::initTestCase()
{
    m_server = std::make_unique<PlatformServer>();
    QVERIFY(m_server->isRunning());
    m_nam.reset(http::createGuardedNetworkAccessManager(5000));
}

void TestTokenReplyHandler::init()
{
    m_server->reset();
}

void TestTokenReplyHandler::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("fragment");
    const auto err = [](const char *error, const char *description = nullptr) {
        QJsonObject o { { QStringLiteral("error"), QLatin1String(error) } };
        if (description)
            o.insert(QStringLiteral("error_description"), QLatin1String(description));
        return o;
    };
    QTest::newRow("invalid_grant ends the session, with the server's reason")
        << 400 << err("invalid_grant", "grant request is invalid") << Error::Code::SessionEnded
        << "grant request is invalid";
    QTest::newRow("invalid_grant without a reason names the error")
        << 400 << err("invalid_grant") << Error::Code::SessionEnded << "invalid_grant";
    QTest::newRow("invalid_grant says what to do")
        << 400 << err("invalid_grant") << Error::Code::SessionEnded << "seqera login";
    QTest::newRow("invalid_grant wins over a 5xx status")
        << 503 << err("invalid_grant") << Error::Code::SessionEnded << "invalid_grant";
    QTest::newRow("5xx is a server failure")
        << 502 << QJsonObject() << Error::Code::Server << "HTTP 502";
    QTest::newRow("rate limited is a server failure")
        << 429 << err("slow_down") << Error::Code::Server << "HTTP 429";
    QTest::newRow("access_denied") << 403 << err("access_denied", "End-User aborted")
                                   << Error::Code::AccessDenied << "End-User aborted";
    QTest::newRow("invalid_client, reason shown")
        << 401 << err("invalid_client", "client authentication failed") << Error::Code::Protocol
        << "client authentication failed";
    QTest::newRow("error code when no reason") << 400 << err("unsupported_grant_type")
                                               << Error::Code::Protocol << "unsupported_grant_type";
    QTest::newRow("nothing at all")
        << 400 << QJsonObject() << Error::Code::Protocol << "no reason given";
    QTest::newRow("the address is named")
        << 400 << QJsonObject() << Error::Code::Protocol << kAddress;
}

void TestTokenReplyHandler::classify()
{
    QFETCH(int, status);
    QFETCH(QJsonObject, body);
    QFETCH(Error::Code, code);
    QFETCH(QString, fragment);
    const Error e = TokenReplyHandler::classify(status, body, kAddress);
    QVERIFY2(e.code == code, qPrintable(QStringLiteral("%1: %2").arg(int(e.code)).arg(e.message)));
    QVERIFY2(e.message.contains(fragment), qPrintable(e.message));
}

void TestTokenReplyHandler::errorFor_data()
{
    QTest::addColumn<http::Response>("response");
    QTest::addColumn<Error::Code>("code");
    http::Response good;
    good.status = 200;
    good.json = goodAnswer();
    good.jsonValid = true;
    QTest::newRow("access token: no error") << good << Error::Code::None;

    http::Response noToken = good;
    noToken.json.remove(QStringLiteral("access_token"));
    QTest::newRow("no access token") << noToken << Error::Code::Protocol;

    http::Response emptyToken = good;
    emptyToken.json.insert(QStringLiteral("access_token"), QString());
    QTest::newRow("empty access token") << emptyToken << Error::Code::Protocol;

    http::Response numberToken = good;
    numberToken.json.insert(QStringLiteral("access_token"), 12345);
    QTest::newRow("access token is a number") << numberToken << Error::Code::Protocol;

    // The layer marks a 4xx as an error; the token endpoint's own words decide what it means.
    http::Response refused;
    refused.status = 400;
    refused.json = { { QStringLiteral("error"), QStringLiteral("invalid_grant") } };
    refused.error = { Error::Code::Protocol, QStringLiteral("HTTP 400") };
    QTest::newRow("4xx classified from its body") << refused << Error::Code::SessionEnded;

    http::Response network;
    network.error = { Error::Code::Network, QStringLiteral("refused") };
    QTest::newRow("no answer: the layer's error") << network << Error::Code::Network;

    http::Response capped = good;
    capped.error = { Error::Code::Server, QStringLiteral("too large") };
    QTest::newRow("a 2xx the layer refused (cap, not JSON)") << capped << Error::Code::Server;
}

void TestTokenReplyHandler::errorFor()
{
    QFETCH(http::Response, response);
    QFETCH(Error::Code, code);
    const Error e = TokenReplyHandler::errorFor(response, kAddress);
    QVERIFY2(e.code == code, qPrintable(QStringLiteral("%1: %2").arg(int(e.code)).arg(e.message)));
}

void TestTokenReplyHandler::noCallbackWithoutALoopbackServer()
{
    TokenReplyHandler handler;
    QVERIFY(handler.callback().isEmpty());
    QVERIFY(handler.lastResponse().isEmpty());
}

void TestTokenReplyHandler::exchange(TokenReplyHandler &handler)
{
    QNetworkRequest request(QUrl(m_server->issuer() + QStringLiteral("/token")));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QStringLiteral("rt-0"));
    form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("seqera_ai_cli"));
    QNetworkReply *reply = m_nam->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    handler.networkReplyFinished(reply);
    reply->deleteLater();
}

void TestTokenReplyHandler::goodAnswerIsHandedOnUntouched_data()
{
    QTest::addColumn<QJsonValue>("expiresIn");
    QTest::addColumn<qint64>("lifetimeSecs"); // what TokenSet makes of it; -1: unknown
    QTest::newRow("an hour") << QJsonValue(3600) << qint64(3600);
    QTest::newRow("as a string") << QJsonValue(QStringLiteral("600")) << qint64(600);
    QTest::newRow("zero") << QJsonValue(0) << qint64(-1);
    QTest::newRow("negative") << QJsonValue(-30) << qint64(-1);
    QTest::newRow("absurdly long is clamped to ten years")
        << QJsonValue(1e19) << qint64(10LL * 365 * 24 * 3600);
    QTest::newRow("not said") << QJsonValue(QJsonValue::Undefined) << qint64(-1);
}

void TestTokenReplyHandler::goodAnswerIsHandedOnUntouched()
{
    QFETCH(QJsonValue, expiresIn);
    QFETCH(qint64, lifetimeSecs);
    QJsonObject body = goodAnswer();
    body.insert(QStringLiteral("x_vendor_field"), QStringLiteral("kept"));
    if (expiresIn.isUndefined())
        body.remove(QStringLiteral("expires_in"));
    else
        body.insert(QStringLiteral("expires_in"), expiresIn);
    m_server->hostile(
        { { QStringLiteral("token"), QJsonObject { { QStringLiteral("body"), body } } } });

    TokenReplyHandler handler;
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::tokensReceived);
    QSignalSpy failed(&handler, &TokenReplyHandler::tokenRequestFailed);
    exchange(handler);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(received.count(), 1);
    // The flow gets every field; lastResponse() keeps the answer exactly as sent.
    QCOMPARE(received.first().first().toMap().value(QStringLiteral("access_token")).toString(),
        QStringLiteral("at-1"));
    QCOMPARE(handler.lastResponse(), body);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TokenSet tokens = TokenSet::fromTokenResponse(handler.lastResponse(), now);
    QCOMPARE(tokens.accessToken, QStringLiteral("at-1"));
    if (lifetimeSecs < 0)
        QVERIFY(!tokens.expiresAt.isValid());
    else
        QCOMPARE(tokens.obtainedAt.secsTo(tokens.expiresAt), lifetimeSecs);
}

void TestTokenReplyHandler::failedAnswerIsReported_data()
{
    QTest::addColumn<QJsonValue>("mode"); // hostile "token" mode
    QTest::addColumn<Error::Code>("code");
    const auto answer = [](int status, const QJsonObject &body) {
        return QJsonValue(
            QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("body"), body } });
    };
    QTest::newRow("invalid_grant")
        << answer(400, { { QStringLiteral("error"), QStringLiteral("invalid_grant") } })
        << Error::Code::SessionEnded;
    QTest::newRow("server error") << answer(500, {}) << Error::Code::Server;
    QTest::newRow("200 without an access token")
        << answer(200, { { QStringLiteral("token_type"), QStringLiteral("Bearer") } })
        << Error::Code::Protocol;
    QTest::newRow("redirect is not followed")
        << QJsonValue(QStringLiteral("redirect")) << Error::Code::Protocol;
    QTest::newRow("over the size cap") << QJsonValue(QStringLiteral("huge")) << Error::Code::Server;
}

void TestTokenReplyHandler::failedAnswerIsReported()
{
    QFETCH(QJsonValue, mode);
    QFETCH(Error::Code, code);
    m_server->hostile({ { QStringLiteral("token"), mode } });
    TokenReplyHandler handler;
    QSignalSpy received(&handler, &QAbstractOAuthReplyHandler::tokensReceived);
    QSignalSpy failed(&handler, &TokenReplyHandler::tokenRequestFailed);
    exchange(handler);
    QCOMPARE(received.count(), 0);
    QCOMPARE(failed.count(), 1);
    const Error e = failed.first().first().value<Error>();
    QVERIFY2(e.code == code, qPrintable(QStringLiteral("%1: %2").arg(int(e.code)).arg(e.message)));
    QVERIFY(handler.lastResponse().isEmpty());
    // Nothing reached the other origin, and a flood was stopped by the cap (a 300 MB body
    // that is not JSON would also end as a Server error) and cut short. How short depends on
    // the machine: Qt's HTTP thread reads ahead of a starved main thread (95 MB seen under
    // load, docs/design.md), so the bound only says that the whole body was not taken.
    QTest::qWait(200);
    const QJsonObject stats = m_server->stats();
    QCOMPARE(stats.value(QStringLiteral("stolen")).toArray().size(), 0);
    if (mode == QJsonValue(QStringLiteral("huge"))) {
        QVERIFY2(
            e.message.contains(QLatin1String("the transfer was stopped")), qPrintable(e.message));
        const qint64 sent = qint64(stats.value(QStringLiteral("hostileBytes")).toDouble());
        QVERIFY2(sent < 200 * 1024 * 1024, qPrintable(QString::number(sent)));
    }
}

QTEST_GUILESS_MAIN(TestTokenReplyHandler)
#include "tst_tokenreplyhandler.moc"

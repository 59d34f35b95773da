// TokenClient against the real provider: the refresh grant and revocation as one form POST
// each through the HTTP layer, and what a hostile token endpoint gets from it (nothing).
#include "authtest.h"

#include "auth/tokenclient.h"

#include <QJsonArray>

using namespace seqera;
using namespace testsupport;

class TestTokenClient : public authtest::ProviderTest
{
    Q_OBJECT

private:
    QUrl m_tokenEndpoint;
    QUrl m_revocationEndpoint;

    struct Refreshed
    {
        TokenSet tokens;
        Error error;
    };
    Refreshed refresh(const QUrl &endpoint, const QString &refreshToken)
    {
        TokenClient client(m_nam.get(), m_settings.clientId, Clock::system());
        Refreshed out;
        bool done = false;
        client.refresh(endpoint, refreshToken, [&](const TokenSet &t, const Error &e) {
            out = { t, e };
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            out.error = { Error::Code::Timeout, QStringLiteral("no answer") };
        return out;
    }
    Error revoke(const QString &token, const QString &hint)
    {
        TokenClient client(m_nam.get(), m_settings.clientId, Clock::system());
        Error out { Error::Code::Timeout, QStringLiteral("no answer") };
        bool done = false;
        client.revoke(m_revocationEndpoint, token, hint, [&](const Error &e) {
            out = e;
            done = true;
        });
        (void)QTest::qWaitFor([&] { return done; }, 20000);
        return out;
    }
    QString freshRefreshToken()
    {
        const authtest::Login login = authtest::browserLogin(m_nam.get(), m_settings);
        if (login.error)
            qWarning() << login.error.message;
        return login.result.tokens.refreshToken;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startProvider());
        m_tokenEndpoint = QUrl(m_server->issuer() + QStringLiteral("/token"));
        m_revocationEndpoint = QUrl(m_server->issuer() + QStringLiteral("/token/revocation"));
    }
    void init() { m_server->reset(); }

    void refreshRotatesAndTheOldTokenIsSpent()
    {
        const QString first = freshRefreshToken();
        QVERIFY(!first.isEmpty());
        const Refreshed r = refresh(m_tokenEndpoint, first);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QVERIFY(!r.tokens.accessToken.isEmpty());
        QVERIFY(!r.tokens.refreshToken.isEmpty());
        QVERIFY(r.tokens.refreshToken != first); // rotated
        QVERIFY(r.tokens.expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(m_server->tokenRequests(QStringLiteral("refresh_token")), 1);
        QCOMPARE(m_server->userInfoStatus(r.tokens.accessToken), 200);
        // The spent token is refused as invalid_grant: the session is over, not a hiccup.
        const Refreshed again = refresh(m_tokenEndpoint, first);
        QCOMPARE(again.error.code, Error::Code::SessionEnded);
        QVERIFY2(again.error.message.contains(QLatin1String("seqera login")),
            qPrintable(again.error.message));
    }

    void serverFailureIsTransient()
    {
        const QString token = freshRefreshToken();
        m_server->fault(QStringLiteral("token"), QStringLiteral("500"));
        const Refreshed r = refresh(m_tokenEndpoint, token);
        QCOMPARE(r.error.code, Error::Code::Server);
        QVERIFY(r.error.isTransient());
        // Nothing was spent: the same refresh token still works.
        QVERIFY2(!refresh(m_tokenEndpoint, token).error, "the refresh token was spent");
    }

    void redirectedRefreshSendsNothingElsewhere()
    {
        const QString token = freshRefreshToken();
        m_server->hostile({ { QStringLiteral("token"), QStringLiteral("redirect") } });
        const Refreshed r = refresh(m_tokenEndpoint, token);
        QCOMPARE(r.error.code, Error::Code::Protocol);
        QVERIFY2(r.error.message.contains(QLatin1String("redirect")), qPrintable(r.error.message));
        QVERIFY(m_server->stats().value(QStringLiteral("stolen")).toArray().isEmpty());
    }

    void hugeAnswerIsRefused()
    {
        const QString token = freshRefreshToken();
        m_server->hostile({ { QStringLiteral("token"), QStringLiteral("huge-chunked") } });
        const Refreshed r = refresh(m_tokenEndpoint, token);
        QCOMPARE(r.error.code, Error::Code::Server);
        QVERIFY2(r.error.message.contains(QLatin1String("more than 1 MiB")),
            qPrintable(r.error.message));
    }

    void answerWithoutAccessTokenIsRefused()
    {
        m_server->hostile({ { QStringLiteral("token"),
            QJsonObject { { QStringLiteral("body"),
                QJsonObject { { QStringLiteral("token_type"), QStringLiteral("Bearer") } } } } } });
        const Refreshed r = refresh(m_tokenEndpoint, QStringLiteral("anything"));
        QCOMPARE(r.error.code, Error::Code::Protocol);
        QVERIFY2(r.error.message.contains(QLatin1String("without an access token")),
            qPrintable(r.error.message));
    }

    void plainHttpEndpointIsRefusedBeforeSending()
    {
        const Refreshed r = refresh(
            QUrl(QStringLiteral("http://tokens.example.invalid/token")), QStringLiteral("rt"));
        QCOMPARE(r.error.code, Error::Code::InvalidInput);
        QVERIFY2(
            r.error.message.contains(QLatin1String("plain HTTP")), qPrintable(r.error.message));
    }

    void revokedRefreshTokenIsGone()
    {
        const QString token = freshRefreshToken();
        const Error e = revoke(token, QStringLiteral("refresh_token"));
        QVERIFY2(!e, qPrintable(e.message));
        const QJsonObject stats = m_server->stats();
        QCOMPARE(stats.value(QStringLiteral("revocations")).toInt(), 1);
        QCOMPARE(stats.value(QStringLiteral("revokedTokenTypes")).toArray().first().toString(),
            QStringLiteral("refresh_token"));
        QCOMPARE(refresh(m_tokenEndpoint, token).error.code, Error::Code::SessionEnded);
    }

    void redirectedRevocationSendsNothingElsewhere()
    {
        m_server->hostile({ { QStringLiteral("revocation"), QStringLiteral("redirect") } });
        const Error e
            = revoke(QStringLiteral("some-refresh-token"), QStringLiteral("refresh_token"));
        QCOMPARE(e.code, Error::Code::Protocol);
        QVERIFY(m_server->stats().value(QStringLiteral("stolen")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"

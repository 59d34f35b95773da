// Fuzzes what the token endpoint sends back and what the secret store gives back:
// TokenSet::fromTokenResponse / toSecret / fromSecret and TokenReplyHandler::classify.
//
// Input layout: bytes 0-1 = HTTP status (big endian, any value); byte 2 bit 0 = a previous
// refresh token exists; the rest is the body (JSON for the token endpoint, also used as a
// stored secret).
#include "auth/tokenreplyhandler.h"
#include "auth/tokenset.h"
#include "fuzzcommon.h"

#include <QJsonDocument>
#include <QTimeZone>

using seqera::Error;
using seqera::TokenReplyHandler;
using seqera::TokenSet;

namespace {
// The persisted part of a TokenSet (the id_token is never stored).
bool samePersisted(const TokenSet &a, const TokenSet &b)
{
    return a.accessToken == b.accessToken && a.refreshToken == b.refreshToken
        && a.obtainedAt.isValid() == b.obtainedAt.isValid() && a.obtainedAt == b.obtainedAt
        && a.expiresAt.isValid() == b.expiresAt.isValid() && a.expiresAt == b.expiresAt;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    seqera::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    const int status = (int(data[0]) << 8) | data[1];
    const QString previousRefresh
        = (data[2] & 1) ? QStringLiteral("previous-refresh-token") : QString();
    const QByteArray body(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    static const QDateTime now
        = QDateTime::fromString(QStringLiteral("2026-11-28T11:43:22.123Z"), Qt::ISODateWithMs);

    // Token endpoint answer.
    const TokenSet t = TokenSet::fromTokenResponse(json, now, previousRefresh);
    FUZZ_CHECK(t.obtainedAt == now);
    // Not in the past. (A lifetime under one second, e.g. expires_in 1e-9, truncates to zero:
    // the token is born expired. Reported, tolerated here.)
    FUZZ_CHECK(!t.expiresAt.isValid() || t.expiresAt >= t.obtainedAt);
    FUZZ_CHECK(previousRefresh.isEmpty() || !t.refreshToken.isEmpty()); // never lose the grant
    if (!t.accessToken.isEmpty() || !t.refreshToken.isEmpty()) {
        const std::optional<TokenSet> stored = TokenSet::fromSecret(t.toSecret());
        FUZZ_CHECK(stored.has_value());
        // (regressions/fuzz_token_response/expires-*: an expiry past year 9999 was lost here.)
        FUZZ_CHECK(samePersisted(t, *stored));
    }

    // A stored secret, possibly damaged.
    if (const std::optional<TokenSet> s = TokenSet::fromSecret(body)) {
        FUZZ_CHECK(!s->accessToken.isEmpty() || !s->refreshToken.isEmpty());
        const std::optional<TokenSet> again = TokenSet::fromSecret(s->toSecret());
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(samePersisted(*s, *again));
    }

    // A failed token request.
    const Error e = TokenReplyHandler::classify(status, json, QStringLiteral("auth.example.com"));
    FUZZ_CHECK(e.isError());
    FUZZ_CHECK(!e.message.isEmpty());
    if (json.value(QStringLiteral("error")).toString() == QLatin1String("invalid_grant"))
        FUZZ_CHECK(e.code == Error::Code::SessionEnded);
    else if (status >= 500 || status == 429)
        FUZZ_CHECK(e.code == Error::Code::Server && e.isTransient());
    else
        FUZZ_CHECK(!e.isTransient());
    return 0;
}

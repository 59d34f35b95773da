// Fuzzes the parsers of what a session is known by: the id_token claims
// (IdTokenClaims::parse) and the session file (SessionMetadata::fromJson).
//
// The whole input goes to both. Seeds are JWTs and session.json files.
#include "auth/idtoken.h"
#include "fuzzcommon.h"
#include "storage/sessionmetadata.h"

#include <QJsonDocument>


using seqera::Error;
using seqera::IdTokenClaims;
using seqera::SessionMetadata;

namespace {
bool sameSavedFields(const SessionMetadata &a, const SessionMetadata &b)
{
    return a.profile == b.profile && a.email == b.email && a.clientId == b.clientId
        && a.issuer == b.issuer && a.renewable == b.renewable && a.storage == b.storage;
}

bool sameAll(const SessionMetadata &a, const SessionMetadata &b)
{
    return sameSavedFields(a, b) && a.authDomain == b.authDomain && a.apiUrl == b.apiUrl
        && a.tokenEndpoint == b.tokenEndpoint && a.revocationEndpoint == b.revocationEndpoint
        && a.loginAt == b.loginAt && a.obtainedAt == b.obtainedAt && a.expiresAt == b.expiresAt;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    seqera::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const IdTokenClaims claims = IdTokenClaims::parse(input);
    if (claims.valid) {
        // Reading any claim of any type is safe.
        (void)claims.email();
        (void)claims.subject();
        (void)claims.issuer();
        (void)claims.hasAudience(QStringLiteral("seqera-cli"));
        (void)claims.hasAudience(QString());
        FUZZ_CHECK(input.count('.') == 2);
    } else {
        FUZZ_CHECK(claims.claims.isEmpty());
    }

    const QString path = QStringLiteral("/home/u/.config/seqera/profiles/default/session.json");
    Error error;
    const SessionMetadata m1 = SessionMetadata::fromJson(input, path, &error);
    if (error) {
        FUZZ_CHECK(error.code == Error::Code::Corrupt);
        FUZZ_CHECK(error.message.contains(path));
        return 0;
    }
    // What was read can be written and read back: saving a session never damages it.
    Error error2;
    const SessionMetadata m2 = SessionMetadata::fromJson(m1.toJson(), path, &error2);
    FUZZ_CHECK(!error2);
    FUZZ_CHECK(sameSavedFields(m1, m2));
    Error error3;
    const SessionMetadata m3 = SessionMetadata::fromJson(m2.toJson(), path, &error3);
    FUZZ_CHECK(!error3);
    FUZZ_CHECK(sameAll(m2, m3));
    return 0;
}

#pragma once

#include <QByteArray>

namespace seqera::pkce {

// RFC 7636: 32 random bytes, base64url without padding = 43 characters of [A-Za-z0-9-_].
QByteArray generateVerifier();
// S256: base64url(SHA-256(verifier)) without padding.
QByteArray challengeS256(const QByteArray &verifier);
// 16 random bytes, base64url: the `state` that ties a callback to this login.
QByteArray generateState();

bool isValidVerifier(const QByteArray &verifier);

} // namespace seqera::pkce

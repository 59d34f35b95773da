#pragma once

#include "auth/tokenset.h"
#include "storage/sessionmetadata.h"
#include "util/error.h"

#include <QString>

#include <functional>

namespace seqera {

// A usable access token and where it came from: the one result type of TokenResolver,
// Renewal and SessionManager::validToken. The documented order of sources is
// --token > SEQERA_ACCESS_TOKEN > SEQERA_TOKEN > TOWER_ACCESS_TOKEN > the profile's session.
struct AccessToken
{
    enum class Source { Argument, Environment, Session };
    Source source = Source::Session;
    QString variable; // the environment variable's name when source == Environment
    QString profile; // the profile when source == Session
    // The access token and, for a session, its times and the session's metadata. Never the
    // refresh token or the id_token: they stay inside Renewal, not in a command that may run
    // for hours (seqera ai) or in the tray.
    TokenSet tokens;
    SessionMetadata metadata;
    bool renewed = false; // a session token renewed to answer this request

    const QString &value() const { return tokens.accessToken; }

    // "--token", "TOWER_ACCESS_TOKEN" or "profile 'default'": for error messages.
    QString describeSource() const;
};

// The one spelling of "this profile has no session" (NotLoggedIn), for every command and the
// renewal.
Error notLoggedIn(const QString &profile);

// How a token is handed over: the token, or an error (then the token is empty).
using AccessTokenCallback = std::function<void(const AccessToken &, const Error &)>;

} // namespace seqera

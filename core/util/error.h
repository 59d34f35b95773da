#pragma once

#include <QCoreApplication>
#include <QString>

namespace seqera {

// The one error type of the core: a code a program can branch on and a translated message
// a person can act on ("what happened, what it means, what to do next").
struct Error
{
    Q_DECLARE_TR_FUNCTIONS(seqera::Error)
public:
    enum class Code {
        None,
        NotLoggedIn, // no stored session for the profile
        SessionEnded, // the provider refused the refresh token: log in again
        Unauthorized, // a token was refused (401)
        Network, // the server could not be reached
        Timeout, // a step did not finish in time
        Server, // 5xx, malformed answer: transient, nothing was lost
        Protocol, // the server answered something we cannot use
        AccessDenied, // the user or the provider refused the authorization
        Storage, // a file or keyring operation failed
        KeychainUnavailable,
        Corrupt, // a stored file could not be parsed
        Cancelled,
        InvalidInput,
        UsageLimit, // 429 from the AI backend
    };

    Code code = Code::None;
    QString message;
    QString detail; // the underlying cause alone (e.g. the keyring's own words), may be empty

    Error() = default;
    Error(Code c, QString m)
        : code(c)
        , message(std::move(m))
    { }

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }

    // Transient errors leave every stored credential in place: retrying later can work.
    bool isTransient() const
    {
        return code == Code::Network || code == Code::Timeout || code == Code::Server
            || code == Code::KeychainUnavailable;
    }
};

// Exit codes of the `seqera` program, documented in the README.
namespace ExitCode {
constexpr int Ok = 0;
constexpr int Failure = 1; // includes "not logged in" and refused credentials
constexpr int Usage = 2; // unknown command or option, bad arguments
constexpr int Transient = 3; // network, timeout, server or keyring trouble; nothing was lost
constexpr int Interrupted = 130;
} // namespace ExitCode

inline int exitCodeFor(const Error &error)
{
    if (!error)
        return ExitCode::Ok;
    if (error.code == Error::Code::Cancelled)
        return ExitCode::Interrupted;
    if (error.code == Error::Code::InvalidInput)
        return ExitCode::Usage;
    // A storage failure (full disk, read-only folder) changed nothing: retry once it is fixed.
    return error.isTransient() || error.code == Error::Code::Storage ? ExitCode::Transient
                                                                     : ExitCode::Failure;
}

} // namespace seqera

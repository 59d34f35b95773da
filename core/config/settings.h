#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace seqera {

// Everything the environment decides, read once at start-up. Names follow the official CLI
// (README.md, "Configuration"); nothing else in the core reads environment variables.
struct Settings
{
    QUrl authDomain; // SEQERA_AUTH_DOMAIN, OIDC issuer
    QString configurationPath; // SEQERA_AUTH_CONFIGURATION_ENDPOINT
    QString clientId; // SEQERA_AUTH_CLI_CLIENT_ID
    QString audience; // SEQERA_AUTH_AUDIENCE
    quint16 redirectPort = 53682; // SEQERA_AUTH_REDIRECT_PORT (first of 10 tried)
    int callbackTimeoutMs = 300000; // SEQERA_AUTH_CALLBACK_TIMEOUT_MS, clamped to 600000
    QUrl platformApiUrl; // SEQERA_PLATFORM_API_URL, default: the auth domain
    bool platformApiUrlExplicit = false;
    QUrl aiBackendUrl; // SEQERA_AI_BACKEND_URL
    bool aiBackendUrlExplicit = false;
    // Whether the Seqera AI backend serves the Platform signed in to: Seqera Cloud (the
    // default backend's), or any Platform when SEQERA_AI_BACKEND_URL names a backend. A
    // login to a self-hosted Platform does not ask the cloud backend for organizations.
    bool aiBackendServesPlatform() const
    {
        return aiBackendUrlExplicit || authDomain.host() == QLatin1String("cloud.seqera.io");
    }
    bool noKeychain = false; // SEQERA_NO_KEYCHAIN=true
    QString profile; // SEQERA_PROFILE, else the stored default (configFile()), else "default"
    bool profileFromEnvironment = false; // SEQERA_PROFILE was set
    QString browser; // BROWSER
    bool remoteSession = false; // SSH_CONNECTION / SSH_CLIENT / SSH_TTY
    QString configDir; // $XDG_CONFIG_HOME/seqera
    QString stateDir; // $XDG_STATE_HOME/seqera (locks, AI session history)
    int networkTimeoutMs = 30000; // SEQERA_NETWORK_TIMEOUT_MS: every HTTP request
    int keychainTimeoutMs = 3000; // SEQERA_KEYCHAIN_TIMEOUT_MS
    // SEQERA_AI_SCRUB_ENV: more variables (comma or space separated) removed from the
    // environment of `seqera ai`'s shell commands, besides the token variables.
    QStringList aiScrubEnv;
    // SEQERA_AI_CLIENT_VERSION: the X-Client-Version `seqera ai` sends instead of the protocol
    // level it implements (ai::kClientProtocolVersion), for when the backend moves on. Empty:
    // not set, or not a version (digits, letters, ".", "-", "+"; at most 32).
    QString aiClientVersion;
    // SEQERA_AI_IDLE_TIMEOUT_MS: how long an answer may bring nothing but keep-alives before it
    // is given up. 0: not set (the client's 10 minutes).
    int aiIdleTimeoutMs = 0;
    QString runtimeDir; // $XDG_RUNTIME_DIR: the session bus, keyring and agent sockets
    // SEQERA_AI_SANDBOX: "auto" (bubblewrap where it can start) or "none" (docs/security-model.md).
    QString aiSandbox = QStringLiteral("auto");

    // From config.json (configFile()), besides the default profile:
    QString aiApprovalMode; // "approvalMode", as the official CLI reads it (--approval-mode wins)
    bool aiSandboxNetwork = true; // "sandbox": {"network": false} cuts the commands off the net
    // "sandbox": {"writablePaths": ["~/.nextflow", ...]}: more folders the assistant's
    // commands may write to (absolute, or ~/...), besides the working directory.
    QStringList aiSandboxWritable;

    // Environment tokens in the documented order; the first non-empty wins.
    static const QStringList &tokenVariables();
    QString environmentToken; // value of the first non-empty token variable
    QString environmentTokenVariable; // its name

    static Settings fromEnvironment(
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    QString profileDir(const QString &profile) const;
    QString profilesDir() const;
    // $XDG_CONFIG_HOME/seqera/config.json: {"defaultProfile": NAME}, set by `seqera profile use`.
    QString configFile() const;
    QUrl discoveryUrl() const;
};

bool isValidProfileName(const QString &name);

} // namespace seqera

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>seqera::Error</name>
    <message>
        <source>The Seqera AI backend refused the access token (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Seqera AI backend says you have reached your usage limit (HTTP 429). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Seqera AI backend denied access (HTTP 403): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Seqera AI backend had a problem (HTTP %1 from %2). Nothing was lost; try again in a moment.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Seqera AI backend rejected the request (HTTP %1 from %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Seqera AI backend at %1 did not answer in time. Check the network or SEQERA_AI_BACKEND_URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the Seqera AI backend at %1: %2. Check the network or SEQERA_AI_BACKEND_URL, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Seqera AI backend at %1 answered with HTTP status %2, which this client does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Seqera AI backend did not return a session id. Check SEQERA_AI_BACKEND_URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer within %1 ms. It may be locked or waiting for a password: unlock it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused the request: %1. Unlock it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keyring (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not return what was stored in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::LoginFlow</name>
    <message>
        <source>The sign-in server does not support PKCE with S256, which this client requires for a safe login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 ports %1-%2 for the sign-in callback. Close the program using them or set SEQERA_AUTH_REDIRECT_PORT to a free port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was not completed (%1). Run &quot;seqera login&quot; to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server did not answer the token request in time. Run &quot;seqera login&quot; to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No sign-in arrived from the browser within %n second(s). Run &quot;seqera login&quot; to try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The identity token was not issued by %1 for this client; the login was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in, but the session could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Seqera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in as %1. You can close this window and return to the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::LoopbackServer</name>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives the answer of a Seqera sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already been completed. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request does not belong to the sign-in in progress and was ignored. Finish the sign-in in the window it opened, or run &quot;seqera login&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in ended with the error &quot;%1&quot;. Return to the terminal for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in ended with the error &quot;%1&quot;: %2. Return to the terminal for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request carries no authorization code and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::PlatformClient</name>
    <message>
        <source>Platform user-info request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Platform at %1 answered the user-info request without a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform service-info request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userinfo request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::ProfileLock</name>
    <message numerus="yes">
        <source>Another seqera process has been renewing this session for more than %n second(s). Try again in a moment.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::ProviderMetadata</name>
    <message>
        <source>sign-in configuration request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in configuration at %1 lacks an authorization or token endpoint. Check SEQERA_AUTH_DOMAIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::Renewal</name>
    <message>
        <source>Not logged in (profile &quot;%1&quot;). Run &quot;seqera login&quot; to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; has expired and cannot be renewed. Please run: seqera login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of profile &quot;%1&quot; are missing from the %2. Run &quot;seqera login&quot; to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored credentials of profile &quot;%1&quot; (%2) are damaged. Run &quot;seqera logout&quot; to clean up, then &quot;seqera login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of profile &quot;%1&quot; was removed meanwhile. Run &quot;seqera login&quot; to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed session could not be saved (%1; %2). Run &quot;seqera login&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::SecureFile</name>
    <message>
        <source>Could not create the folder %1. Check that you can write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. The previous version was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::SessionManager</name>
    <message>
        <source>Warning: no usable system keyring (%1). Credentials will be stored in a file readable only by you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server offers no revocation; the server-side session stays valid until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke the session on the server (%1). It may remain valid there until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::SessionMetadata</name>
    <message>
        <source>The session file %1 is damaged and cannot be used. Run &quot;seqera logout&quot; to clean up, then &quot;seqera login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::TokenClient</name>
    <message>
        <source>The token endpoint at %1 did not answer the renewal in time. Your session was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token revocation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::TokenReplyHandler</name>
    <message>
        <source>The sign-in server no longer accepts this session (%1). Please run: seqera login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server at %1 failed to issue a token (HTTP %2). Your session was kept; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server at %1 refused the token request (HTTP %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server at %1 answered without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::TokenResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token from %1 was refused (HTTP 401). Check that it is a valid, unexpired Seqera Platform access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::ai::AiBackendClient</name>
    <message>
        <source>The assistant reported an error without details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer stream ended before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The answer stream broke off and could not be resumed after %n attempt(s) (%1). The answer is incomplete: check the network and ask again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seqera::ai::ApprovalPolicy</name>
    <message>
        <source>Running a linter starts programs, which the basic approval mode does not allow without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basic approval mode does not allow changing files (%1) without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the working directory %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command uses a dangerous program (%1), which always needs approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is not read-only, which the %1 approval mode does not allow without asking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::ai::LocalTools</name>
    <message>
        <source>
[output truncated: %1 of %2 bytes shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
[%n more entries not listed]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No search pattern given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the directory of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n byte(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>old_str is empty: say which text to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to replace was not found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text to replace occurs %n times in %1: give more context so it is unique.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Edited %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
The command was stopped after %n second(s) without finishing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>
The command was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::cli</name>
    <message>
        <source>$BROWSER is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::cli::Command</name>
    <message>
        <source>Use the profile &lt;name&gt; (default: $SEQERA_PROFILE or &quot;default&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::cli::LoginCommand</name>
    <message>
        <source>Sign in to Seqera Platform with your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open a browser; print the URL to open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to this auth domain instead of $SEQERA_AUTH_DOMAIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth-domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credentials in a file readable only by you instead of the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --url needs an http(s) address, such as https://cloud.seqera.io/api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this looks like a remote (SSH) session. The browser must reach 127.0.0.1:%1 on this machine. If it runs elsewhere, forward the port first (ssh -L %1:127.0.0.1:%1 ...), or use --no-browser and open the URL on a machine whose 127.0.0.1 is this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this URL in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser does not open, visit this URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in to finish (Ctrl-C to cancel)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored a request on the sign-in port that does not belong to this sign-in (%1); still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::cli::LogoutCommand</name>
    <message>
        <source>Revoke the session on the server and remove the stored credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of every profile and remove all stored credentials and session data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: could not remove the credentials of profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in (profile &quot;%1&quot;); nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out %1 (profile &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed all stored credentials and session data (%n profile(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1 is set in your environment and still authenticates seqera commands. Unset it to sign out completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::cli::Main</name>
    <message>
        <source>Usage: seqera &lt;command&gt; [options]

Sign in to Seqera Platform and use the Seqera AI assistant.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help       Show this help, or a command&apos;s help after the command.
  -v, --version    Show the version.
  -p, --profile    Use another profile (also $SEQERA_PROFILE).

Run &quot;seqera &lt;command&gt; --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 failure or not logged in, 2 usage error,
3 temporary problem (network, server, keyring; nothing was lost), 130 interrupted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: &quot;%1&quot; is not a valid profile name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::cli::StatusCommand</name>
    <message>
        <source>Show who is signed in and until when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask the server whether the session works (renewing it if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --output must be &quot;text&quot; or &quot;json&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token in %1 was refused by %2. Set a valid Seqera Platform access token, or unset %1 to use your stored session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the access token in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token source: environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in (profile &quot;%1&quot;). Run &quot;seqera login&quot; to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: automatic; the access token has expired and is renewed on next use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: automatic (refresh token stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: not possible; the session has expired. Run &quot;seqera login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal: not possible (no refresh token); run &quot;seqera login&quot; when it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server check: OK, the Platform accepts the session (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in. Run &quot;seqera login&quot; to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::cli::TokenCommand</name>
    <message>
        <source>Print a valid access token for scripts, renewing it first if needed:
  curl -H &quot;Authorization: Bearer $(seqera token)&quot; ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>seqera::http</name>
    <message>
        <source>The %1 at %2 did not answer in time. The server may be down or unreachable from here; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 for the %2: %3. Check the address and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 failed during the %2 (HTTP %3). Nothing was changed here; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the credentials for the %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the %2 (HTTP %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 sent an answer to the %2 that is not valid JSON. Nothing was changed here; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

#include "logincommand.h"

#include "auth/deviceflow.h"
#include "auth/tokenclient.h"
#include "browser.h"
#include "config/settings.h"
#include "organizationchoice.h"
#include "os/terminal.h"
#include "platform/platformclient.h"
#include "services.h"
#include "session/sessionmanager.h"
#include "storage/sessionstore.h"
#include "util/clock.h"
#include "util/http.h"
#include "util/terminaltext.h"

#include <QTextStream>

#include <optional>


namespace seqera::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::LoginCommand)
};

// Where the new session goes: asked before the login starts, so that a keyring warning comes
// first and a Ctrl-C during the probe ends the command like any other.
SecretStore::Kind chooseStorage(Context &context, Services &services, bool insecure)
{
    StorageChoice chosen;
    runUntilDone([&](std::function<void(int)> finish) {
        services.sessions()->chooseStorage(
            context.settings.profile, insecure, [&, finish](const StorageChoice &choice) {
                chosen = choice;
                finish(0);
            });
    });
    if (!chosen.warning.isEmpty())
        context.err << chosen.warning << Qt::endl;
    return chosen.kind;
}

// The common end of every login: the error, or the specification's success line.
int report(Context &context, const Error &failure, const QString &email)
{
    if (failure)
        return context.error(failure.message, exitCodeFor(failure));
    // The specification's line; translated, but in English exactly as documented.
    context.out << Tr::tr("Successfully authenticated as %1").arg(text::printable(email))
                << Qt::endl;
    return ExitCode::Ok;
}

// A profile holds one account: logging in as another one replaces it, which the user must
// mean. Asks on a terminal; elsewhere only --force replaces. No error: go ahead.
Error confirmReplacement(Context &context, Services &services, const QString &email, bool force)
{
    if (force)
        return {};
    const auto current = services.store()->loadMetadata(context.settings.profile, nullptr);
    if (!current || current->email.isEmpty()
        || current->email.compare(email, Qt::CaseInsensitive) == 0)
        return {};
    const QString profile = context.settings.profile;
    const QString held = text::printable(current->email);
    const QString incoming = text::printable(email);
    if (!context.terminal.in || !context.terminal.err) {
        return Error(Error::Code::InvalidInput,
            Tr::tr("profile \"%1\" holds the session of %2; signing in as %3 would replace it. "
                   "Pass --force to replace it, or sign in to another profile with --profile "
                   "NAME.")
                .arg(profile, held, incoming));
    }
    context.err << Tr::tr("Profile \"%1\" is signed in as %2. Replace it with %3? [y/N] ")
                       .arg(profile, held, incoming)
                << Qt::flush;
    const QString answer = context.in.readLine().trimmed().toLower();
    if (answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == Tr::tr("y")
        || answer == Tr::tr("yes"))
        return {};
    return Error(Error::Code::AccessDenied,
        Tr::tr("kept %1 in profile \"%2\"; nothing changed. Use --profile NAME to sign in "
               "to another profile.")
            .arg(held, profile));
}

// A sign-in the user declined to keep: its grant is revoked rather than left valid on the
// server with nobody holding it. (An access token given with --with-token is the user's
// own and is left alone: it has no refresh token.)
void revokeDeclined(Context &context, Services &services, const LoginResult &result)
{
    if (result.tokens.refreshToken.isEmpty() || result.provider.revocationEndpoint.isEmpty())
        return;
    TokenClient client(services.network(), context.settings.clientId, Clock::system());
    runUntilDone([&](std::function<void(int)> finish) {
        client.revoke(result.provider.revocationEndpoint, result.tokens.refreshToken,
            QStringLiteral("refresh_token"), [finish](const Error &) { finish(0); });
    });
}

// Saves a login obtained without a browser page to answer (device code, --with-token).
int saveAndReport(Context &context, Services &services, const LoginResult &result,
    SecretStore::Kind kind, bool force)
{
    Error failure = confirmReplacement(context, services, result.email, force);
    if (failure) {
        revokeDeclined(context, services, result);
        return report(context, failure, {});
    }
    runUntilDone([&](std::function<void(int)> finish) {
        services.sessions()->saveLogin(
            context.settings.profile, result, kind, [&, finish](const Error &e) {
                failure = e;
                finish(0);
            });
    });
    return report(context, failure, result.email);
}

QString readSecretLine(Context &context)
{
    QTextStream &err = context.err;
    const bool terminal = context.terminal.in;
    if (terminal)
        err << Tr::tr("Paste your Seqera Platform access token: ") << Qt::flush;
    QTextStream &in = context.in;
    QString token;
    {
        const os::EchoOff quiet;
        token = terminal ? in.readLine() : in.readAll();
    }
    if (terminal)
        err << Qt::endl;
    return token.trimmed();
}

} // namespace

// The organization step of every login, as the official client's: --org chooses one; a choice
// kept from an earlier login of the same account stays; otherwise one organization is chosen,
// several are a numbered question in a terminal and elsewhere a hint. Only where the Seqera AI
// backend serves this Platform (Settings::aiBackendServesPlatform) or --org asks for it, and
// never at the cost of the login: without --org a failure is a note.
int LoginCommand::chooseOrganization(Context &context, const QString &wanted)
{
    const Settings &settings = context.settings;
    if (wanted.isEmpty() && !settings.aiBackendServesPlatform())
        return ExitCode::Ok;
    Services services(context.settings);
    const QString profile = settings.profile;
    const auto metadata = services.store()->loadMetadata(profile, nullptr);
    if (!metadata) // the login said why it stored nothing
        return ExitCode::Ok;
    if (wanted.isEmpty() && metadata->organization()) { // kept by SessionManager::saveLogin
        context.out << tr("Organization: %1, as before (\"seqera org switch\" changes it)")
                           .arg(describeOrganization(*metadata->organization()))
                    << Qt::endl;
        return ExitCode::Ok;
    }
    AccessToken token;
    Error error;
    runUntilDone([&](std::function<void(int)> finish) {
        services.sessions()->validToken(
            profile, false, [&, finish](const AccessToken &t, const Error &e) {
                token = t;
                error = e;
                finish(0);
            });
    });
    const QList<ai::Organization> organizations
        = error ? QList<ai::Organization>() : fetchOrganizations(context, services, token, &error);
    const QString later = tr("You are signed in; choose an organization later with \"seqera org "
                             "switch\".");
    std::optional<ai::Organization> chosen;
    if (!wanted.isEmpty()) {
        if (!error)
            chosen = ai::findOrganization(organizations, wanted, &error);
        if (!chosen)
            return context.error(error.message + QLatin1Char(' ') + later, exitCodeFor(error));
    } else if (error) {
        context.err
            << tr("Note: could not list your Seqera AI organizations: %1").arg(error.message)
            << Qt::endl
            << later << Qt::endl;
        return ExitCode::Ok;
    } else if (!(chosen = pickOrganization(context, organizations))) {
        return ExitCode::Ok;
    }
    error = storeOrganization(services, profile, chosen);
    if (error)
        return context.error(error.message + QLatin1Char(' ') + later, exitCodeFor(error));
    context.out << tr("Organization: %1").arg(describeOrganization(*chosen)) << Qt::endl;
    return ExitCode::Ok;
}

// Without --org: the only organization; in a terminal, the user's pick of several; elsewhere
// none, with the command that chooses one.
std::optional<ai::Organization> LoginCommand::pickOrganization(
    Context &context, const QList<ai::Organization> &organizations)
{
    const int count = int(organizations.size());
    if (count == 1)
        return organizations.first();
    if (count == 0)
        return std::nullopt;
    if (!canAsk(context)) {
        context.err << tr("You belong to %n organization(s); none was chosen. Choose one with "
                          "\"seqera org switch ID|NAME\" (\"seqera org list\" shows them).",
            nullptr, count)
                    << Qt::endl;
        return std::nullopt;
    }
    context.out << tr(
        "You belong to %n organization(s). Which one should Seqera AI work in?", nullptr, count)
                << Qt::endl;
    Error error;
    const auto chosen = askOrganization(
        context, organizations, std::nullopt, tr("for none: your personal usage"), &error);
    if (error)
        context.err << error.message << Qt::endl;
    if (!chosen)
        context.out << tr("No organization chosen (your personal usage); \"seqera org switch\" "
                          "chooses one.")
                    << Qt::endl;
    return chosen;
}

int LoginCommand::loginWithToken(Context &context, bool insecure, bool force)
{
    const QString token = readSecretLine(context);
    if (token.isEmpty() || token.contains(QLatin1Char('\n')) || token.contains(QLatin1Char(' '))) {
        return context.error(tr("--with-token reads one access token from standard input, e.g. "
                                "seqera login --with-token < token.txt"),
            ExitCode::Usage);
    }
    Services services(context.settings);
    PlatformClient platform(services.network(), context.settings.platformApiUrl);
    PlatformUser user;
    Error error;
    runUntilDone([&](std::function<void(int)> finish) {
        platform.userInfo(token, [&, finish](const PlatformUser &u, const Error &e) {
            user = u;
            error = e;
            finish(0);
        });
    });
    if (error) {
        return context.error(error.code == Error::Code::Unauthorized
                ? tr("the Platform at %1 refused this access token. Create "
                     "a new one in the Platform under Your tokens.")
                      .arg(context.settings.platformApiUrl.toString())
                : error.message,
            error.code == Error::Code::Unauthorized ? ExitCode::Failure : exitCodeFor(error));
    }
    LoginResult result;
    result.tokens.accessToken = token;
    result.tokens.obtainedAt = Clock::system()->now();
    result.email = user.email.isEmpty() ? user.userName : user.email;
    return saveAndReport(
        context, services, result, chooseStorage(context, services, insecure), force);
}

int LoginCommand::loginWithDevice(Context &context, bool insecure, bool force)
{
    Services services(context.settings);
    const SecretStore::Kind kind = chooseStorage(context, services, insecure);
    DeviceFlow flow(services.network(), context.settings, Clock::system());
    LoginResult result;
    Error failure;
    QObject::connect(&flow, &DeviceFlow::userCodeReady, &flow,
        [&context](const QString &code, const QUrl &uri, const QUrl &complete, int expiresIn) {
            context.out << tr("To sign in, open %1 on any device and enter the code: %2")
                               .arg(text::printable(uri.toString()), text::printable(code))
                        << Qt::endl;
            if (!complete.isEmpty())
                context.out << tr("Or open this address, which carries the code: %1")
                                   .arg(text::printable(complete.toString(QUrl::FullyEncoded)))
                            << Qt::endl;
            // English plurals come from seqera_en.ts: "1 minute", "10 minutes".
            context.out << tr("Waiting for the confirmation (the code expires in %n "
                              "minute(s); Ctrl-C to cancel)...",
                nullptr, qMax(1, expiresIn / 60))
                        << Qt::endl;
        });
    runUntilDone(
        [&](std::function<void(int)> finish) {
            QObject::connect(
                &flow, &DeviceFlow::tokensReady, &flow, [&, finish](const LoginResult &r) {
                    result = r;
                    finish(ExitCode::Ok);
                });
            QObject::connect(&flow, &DeviceFlow::failed, &flow, [&, finish](const Error &e) {
                failure = e;
                finish(exitCodeFor(e));
            });
            flow.start();
        },
        [&flow] { flow.cancel(); });
    if (failure)
        return report(context, failure, {});
    return saveAndReport(context, services, result, kind, force);
}

QList<QPair<QString, QString>> LoginCommand::conflictingOptions() const
{
    return { { QStringLiteral("device"), QStringLiteral("no-browser") },
        { QStringLiteral("with-token"), QStringLiteral("device") },
        { QStringLiteral("with-token"), QStringLiteral("no-browser") } };
}

LoginCommand::LoginCommand()
    : Command(QStringLiteral("login"), tr("Sign in to Seqera Platform with your browser."))
{ }

void LoginCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("no-browser"),
        tr("Do not open a browser; print the URL to open elsewhere.") });
    parser.addOption({ QStringLiteral("url"),
        tr("Sign in to this auth domain instead of $SEQERA_AUTH_DOMAIN."), tr("auth-domain") });
    parser.addOption({ QStringLiteral("device"),
        tr("Sign in on another device with a code (OAuth device authorization), "
           "for machines without a local browser.") });
    parser.addOption({ QStringLiteral("with-token"),
        tr("Read a Seqera Platform access token from standard input and store it "
           "in the profile (no renewal).") });
    parser.addOption({ QStringLiteral("force"),
        tr("Replace the account stored in the profile without asking.") });
    parser.addOption({ QStringLiteral("org"),
        tr("Choose the organization Seqera AI works in (its id or name) instead of being "
           "asked."),
        tr("ID|NAME") });
    parser.addOption({ QStringLiteral("insecure-storage"),
        tr("Store credentials in a file readable only by you instead of the "
           "system keyring.") });
}

int LoginCommand::execute(Context &context, const QCommandLineParser &parser)
{
    Settings &settings = context.settings;
    if (parser.isSet(QStringLiteral("url"))) {
        const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            return context.usageError(tr("--url needs an http(s) address, such as "
                                         "https://cloud.seqera.io/api"));
        }
        const QUrl clean = http::withoutTrailingSlash(url);
        settings.authDomain = clean;
        if (!settings.platformApiUrlExplicit)
            settings.platformApiUrl = clean;
    }
    const bool insecure = parser.isSet(QStringLiteral("insecure-storage")) || settings.noKeychain;
    const bool force = parser.isSet(QStringLiteral("force"));
    const QString organization = parser.value(QStringLiteral("org")).trimmed();
    // Refused before signing in: the token of a self-hosted Platform is not sent to the
    // cloud's assistant to find an organization there.
    if (!organization.isEmpty() && !settings.aiBackendServesPlatform()) {
        return context.usageError(
            tr("--org chooses the organization Seqera AI works in, and the Seqera AI backend "
               "serves %1 only when SEQERA_AI_BACKEND_URL names it. Set it, or sign in "
               "without --org.")
                .arg(settings.authDomain.toString()));
    }
    const int code = parser.isSet(QStringLiteral("with-token"))
        ? loginWithToken(context, insecure, force)
        : parser.isSet(QStringLiteral("device"))
        ? loginWithDevice(context, insecure, force)
        : loginWithBrowser(context, insecure, force, parser.isSet(QStringLiteral("no-browser")));
    if (code != ExitCode::Ok)
        return code;
    return chooseOrganization(context, organization);
}

int LoginCommand::loginWithBrowser(Context &context, bool insecure, bool force, bool noBrowser)
{
    Settings &settings = context.settings;

    Services services(settings);
    SessionManager *sessions = services.sessions();
    QTextStream &out = context.out;
    QTextStream &err = context.err;

    LoginFlow flow(services.network(), settings, Clock::system());
    QObject::connect(&flow, &LoginFlow::authorizeWithBrowser, &flow, [&](const QUrl &url) {
        if (settings.remoteSession) {
            err << tr("Note: this looks like a remote (SSH) session. The browser must reach "
                      "127.0.0.1:%1 on this machine. If it runs elsewhere, forward the port "
                      "first (ssh -L %1:127.0.0.1:%1 ...), or use --no-browser and open the URL "
                      "on a machine whose 127.0.0.1 is this one.")
                       .arg(QUrl(flow.redirectUri()).port())
                << Qt::endl;
            if (!flow.provider().deviceAuthorizationEndpoint.isEmpty())
                err << tr("Tip: \"seqera login --device\" signs in with a code from any device "
                          "instead.")
                    << Qt::endl;
        }
        if (noBrowser) {
            out << tr("Open this URL in a browser to sign in:") << Qt::endl
                << "  " << url.toString(QUrl::FullyEncoded) << Qt::endl;
        } else {
            // The specification's line; translated, but in English exactly as documented.
            out << tr("Opening browser for authentication...") << Qt::endl;
            const QString problem = openBrowser(settings.browser, url);
            if (!problem.isEmpty())
                err << tr("Could not open a browser (%1).").arg(problem) << Qt::endl;
            out << tr("If the browser does not open, visit this URL:") << Qt::endl
                << "  " << url.toString(QUrl::FullyEncoded) << Qt::endl;
        }
        out << tr("Waiting for the sign-in to finish (Ctrl-C to cancel)...") << Qt::endl;
    });
    QObject::connect(&flow, &LoginFlow::strayRequest, &flow, [&err](const QString &reason) {
        err << tr("Ignored a request on the sign-in port that does not belong to this sign-in "
                  "(%1); still waiting.")
                   .arg(text::printable(reason))
            << Qt::endl;
    });

    const SecretStore::Kind kind = chooseStorage(context, services, insecure);
    QString email;
    Error failure;
    std::optional<LoginResult> declined;
    runUntilDone(
        [&](std::function<void(int)> finish) {
            QObject::connect(&flow, &LoginFlow::pageDelivered, &flow,
                [&, finish] { finish(exitCodeFor(failure)); });
            QObject::connect(
                &flow, &LoginFlow::failed, &flow, [&](const Error &e) { failure = e; });
            sessions->completeLogin(
                &flow, settings.profile, kind,
                [&](const LoginResult &result, const Error &e) {
                    failure = e;
                    email = result.email;
                },
                [&](const LoginResult &result) {
                    const Error refused
                        = confirmReplacement(context, services, result.email, force);
                    if (refused)
                        declined = result;
                    return refused;
                });
            flow.start();
        },
        [&flow] { flow.cancel(); });
    if (declined)
        revokeDeclined(context, services, *declined);
    return report(context, failure, email);
}

} // namespace seqera::cli

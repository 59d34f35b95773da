#include "logincommand.h"

#include "browser.h"
#include "config/settings.h"
#include "services.h"
#include "session/sessionmanager.h"
#include "util/clock.h"

#include <QTextStream>

namespace seqera::cli {

LoginCommand::LoginCommand()
    : Command(QStringLiteral("login"), tr("Sign in to Seqera Platform with your browser."))
{
}

void LoginCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("no-browser"),
                       tr("Do not open a browser; print the URL to open elsewhere.") });
    parser.addOption({ QStringLiteral("url"),
                       tr("Sign in to this auth domain instead of $SEQERA_AUTH_DOMAIN."),
                       tr("auth-domain") });
    parser.addOption({ QStringLiteral("insecure-storage"),
                       tr("Store credentials in a file readable only by you instead of the "
                          "system keyring.") });
}

int LoginCommand::execute(Context &context, const QCommandLineParser &parser)
{
    Settings &settings = context.settings;
    if (parser.isSet(QStringLiteral("url"))) {
        const QUrl url = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            context.err << tr("error: --url needs an http(s) address, such as "
                              "https://cloud.seqera.io/api")
                        << Qt::endl;
            return ExitCode::Usage;
        }
        QUrl clean = url;
        QString path = clean.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        clean.setPath(path);
        settings.authDomain = clean;
        if (!settings.platformApiUrlExplicit)
            settings.platformApiUrl = clean;
    }
    const bool noBrowser = parser.isSet(QStringLiteral("no-browser"));

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
        }
        if (noBrowser) {
            out << tr("Open this URL in a browser to sign in:") << Qt::endl << "  "
                << url.toString(QUrl::FullyEncoded) << Qt::endl;
        } else {
            out << "Opening browser for authentication..." << Qt::endl;
            const QString problem = openBrowser(settings.browser, url);
            if (!problem.isEmpty())
                err << tr("Could not open a browser (%1).").arg(problem) << Qt::endl;
            out << tr("If the browser does not open, visit this URL:") << Qt::endl << "  "
                << url.toString(QUrl::FullyEncoded) << Qt::endl;
        }
        out << tr("Waiting for the sign-in to finish (Ctrl-C to cancel)...") << Qt::endl;
    });
    QObject::connect(&flow, &LoginFlow::strayRequest, &flow, [&err](const QString &reason) {
        err << tr("Ignored a request on the sign-in port that does not belong to this sign-in "
                  "(%1); still waiting.")
                        .arg(reason)
            << Qt::endl;
    });

    QString email;
    Error failure;
    const int code = runUntilDone(
            [&](std::function<void(int)> finish) {
                QObject::connect(&flow, &LoginFlow::pageDelivered, &flow,
                                 [&, finish] { finish(exitCodeFor(failure)); });
                QObject::connect(&flow, &LoginFlow::failed, &flow,
                                 [&](const Error &e) { failure = e; });
                sessions->chooseStorage(
                        parser.isSet(QStringLiteral("insecure-storage")) || settings.noKeychain,
                        [&, sessions](const StorageChoice &choice) {
                            if (!choice.warning.isEmpty())
                                err << choice.warning << Qt::endl;
                            QObject::connect(&flow, &LoginFlow::tokensReady, &flow,
                                             [&, sessions, choice](const LoginResult &result) {
                                                 sessions->saveLogin(
                                                         settings.profile, result, choice.kind,
                                                         [&, result](const Error &e) {
                                                             failure = e;
                                                             email = result.email;
                                                             flow.complete(e);
                                                         });
                                             });
                            flow.start();
                        });
            },
            [&flow] { flow.cancel(); });

    if (failure) {
        err << tr("error: %1").arg(failure.message) << Qt::endl;
        return code;
    }
    out << "Successfully authenticated as " << email << Qt::endl;
    return ExitCode::Ok;
}

} // namespace seqera::cli

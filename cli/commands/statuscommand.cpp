#include "statuscommand.h"

#include "config/settings.h"
#include "platform/platformclient.h"
#include "services.h"
#include "session/renewal.h"
#include "session/sessionmanager.h"
#include "storage/sessionstore.h"
#include "util/clock.h"
#include "util/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace seqera::cli {

namespace {
QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"), tr("Show who is signed in and until when."))
{ }

void StatusCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("all"), tr("Show every profile.") });
    parser.addOption({ QStringLiteral("check"),
        tr("Also ask the server whether the session works (renewing it if "
           "needed).") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("Output format: text or json."), tr("format"), QStringLiteral("text") });
}

int StatusCommand::execute(Context &context, const QCommandLineParser &parser)
{
    const Settings &settings = context.settings;
    const QString format = parser.value(QStringLiteral("output"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        return context.usageError(tr("--output must be \"text\" or \"json\"."));
    }
    const bool json = format == QLatin1String("json");
    const bool check = parser.isSet(QStringLiteral("check"));
    Services services(context.settings);
    QTextStream &out = context.out;
    QTextStream &err = context.err;

    // An environment token outranks every stored session: show that one.
    if (!settings.environmentToken.isEmpty() && !parser.isSet(QStringLiteral("all"))) {
        PlatformClient platform(services.network(), settings.platformApiUrl);
        PlatformUser user;
        Error error;
        runUntilDone([&](std::function<void(int)> finish) {
            platform.userInfo(
                settings.environmentToken, [&, finish](const PlatformUser &u, const Error &e) {
                    user = u;
                    error = e;
                    finish(0);
                });
        });
        if (error) {
            const QString message = error.code == Error::Code::Unauthorized
                ? tr("The access token in %1 was refused by %2. Set a valid Seqera Platform "
                     "access token, or unset %1 to use your stored session.")
                      .arg(settings.environmentTokenVariable, settings.platformApiUrl.toString())
                : tr("Could not check the access token in %1: %2")
                      .arg(settings.environmentTokenVariable, error.message);
            if (json) {
                out << QJsonDocument(
                    QJsonObject { { QStringLiteral("loggedIn"), false },
                        { QStringLiteral("source"), settings.environmentTokenVariable },
                        { QStringLiteral("error"), message } })
                           .toJson(QJsonDocument::Compact)
                    << Qt::endl;
            }
            return context.error(message,
                error.code == Error::Code::Unauthorized ? ExitCode::Failure : exitCodeFor(error));
        }
        const QString who = user.email.isEmpty() ? user.userName : user.email;
        if (json) {
            out << QJsonDocument(
                QJsonObject { { QStringLiteral("loggedIn"), true },
                    { QStringLiteral("email"), who },
                    { QStringLiteral("source"), settings.environmentTokenVariable },
                    { QStringLiteral("platform"), settings.platformApiUrl.toString() } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            out << "Logged in as: " << text::printable(who) << Qt::endl;
            out << tr("Token source: environment variable %1")
                       .arg(settings.environmentTokenVariable)
                << Qt::endl;
            out << tr("Platform: %1").arg(settings.platformApiUrl.toString()) << Qt::endl;
        }
        return ExitCode::Ok;
    }

    SessionStore *store = services.store();
    const bool all = parser.isSet(QStringLiteral("all"));
    const QStringList profiles = all ? store->profiles() : QStringList { settings.profile };
    const QDateTime now = Clock::system()->now();
    QJsonArray jsonProfiles;
    int loggedIn = 0;
    int worst = ExitCode::Ok;
    bool first = true;
    for (const QString &profile : profiles) {
        Error error;
        const auto m = store->loadMetadata(profile, &error);
        QJsonObject entry { { QStringLiteral("profile"), profile } };
        const bool active = profile == settings.profile;
        if (all)
            entry.insert(QStringLiteral("active"), active);
        if (!first && !json)
            out << Qt::endl;
        first = false;
        if (error || !m) {
            entry.insert(QStringLiteral("loggedIn"), false);
            if (error) {
                entry.insert(QStringLiteral("error"), error.message);
                context.error(error.message, ExitCode::Failure);
            } else if (!json) {
                err << tr("Not logged in (profile \"%1\"). Run \"seqera login\" to sign in.")
                           .arg(profile)
                    << Qt::endl;
                const QString hint = unknownProfileHint(profile, store->profiles());
                if (!hint.isEmpty())
                    err << hint << Qt::endl;
            }
            jsonProfiles.append(entry);
            worst = qMax(worst, int(ExitCode::Failure));
            continue;
        }
        ++loggedIn;
        const bool expired = RenewalPolicy::isExpired(m->expiresAt, now);
        const QString storage = store->secretStore(m->storage)->location(profile);
        entry.insert(QStringLiteral("loggedIn"), true);
        entry.insert(QStringLiteral("email"), m->email);
        entry.insert(QStringLiteral("expiresAt"), m->expiresAt.toString(Qt::ISODate));
        entry.insert(QStringLiteral("expired"), expired);
        entry.insert(QStringLiteral("platform"), m->apiUrl.toString());
        entry.insert(QStringLiteral("authDomain"), m->authDomain.toString());
        entry.insert(QStringLiteral("storage"), SecretStore::kindName(m->storage));
        entry.insert(QStringLiteral("renewable"), m->renewable);
        entry.insert(QStringLiteral("source"), QStringLiteral("session"));
        entry.insert(QStringLiteral("organization"),
            m->organizationId.isEmpty() ? QJsonValue()
                                        : QJsonObject { { QStringLiteral("id"), m->organizationId },
                                            { QStringLiteral("name"), m->organizationName },
                                            { QStringLiteral("type"), m->organizationType } });
        if (!json) {
            out << "Logged in as: " << text::printable(m->email) << Qt::endl;
            out << "Session expires: "
                << (m->expiresAt.isValid() ? localTime(m->expiresAt)
                                           : tr("no known expiry (a stored access token)"))
                << Qt::endl;
            out << (all && active ? tr("Profile: %1 (active)") : tr("Profile: %1")).arg(profile)
                << Qt::endl;
            out << tr("Platform: %1").arg(m->apiUrl.toString()) << Qt::endl;
            if (!m->organizationId.isEmpty())
                out << tr("Organization: %1 (id %2)")
                           .arg(text::printable(m->organizationName),
                               text::printable(m->organizationId))
                    << Qt::endl;
            out << tr("Credentials: %1").arg(storage) << Qt::endl;
            if (m->renewable) {
                out << (expired ? tr("Renewal: automatic; the access token has expired and is "
                                     "renewed on next use")
                                : tr("Renewal: automatic (refresh token stored)"))
                    << Qt::endl;
            } else {
                out << (expired ? tr("Renewal: not possible; the session has expired. Run "
                                     "\"seqera login\".")
                                : tr("Renewal: not possible (no refresh token); run \"seqera "
                                     "login\" when it expires"))
                    << Qt::endl;
            }
        }
        if (!check) {
            if (expired && !m->renewable)
                worst = qMax(worst, int(ExitCode::Failure));
            jsonProfiles.append(entry);
            continue;
        }
        // --check: a real round trip with a valid (possibly renewed) token.
        Error checkError;
        QString serverEmail;
        runUntilDone([&](std::function<void(int)> finish) {
            services.sessions()->validToken(
                profile, false, [&, finish](const AccessToken &t, const Error &e) {
                    if (e) {
                        checkError = e;
                        finish(0);
                        return;
                    }
                    auto *platform = new PlatformClient(services.network(), t.metadata.apiUrl);
                    platform->userInfo(t.tokens.accessToken,
                        [&, platform, finish](const PlatformUser &u, const Error &e2) {
                            platform->deleteLater();
                            checkError = e2;
                            serverEmail = u.email;
                            finish(0);
                        });
                });
        });
        entry.insert(
            QStringLiteral("check"), checkError ? checkError.message : QStringLiteral("ok"));
        if (checkError) {
            worst = qMax(worst,
                context.error(tr("Server check failed: %1").arg(checkError.message),
                    exitCodeFor(checkError)));
        } else if (!json) {
            out << tr("Server check: OK, the Platform accepts the session (%1)")
                       .arg(text::printable(serverEmail))
                << Qt::endl;
        }
        jsonProfiles.append(entry);
    }
    if (profiles.isEmpty() && !json)
        err << tr("Not logged in. Run \"seqera login\" to sign in.") << Qt::endl;
    if (json) {
        const QJsonDocument doc = parser.isSet(QStringLiteral("all"))
            ? QJsonDocument(QJsonObject { { QStringLiteral("profiles"), jsonProfiles } })
            : QJsonDocument(jsonProfiles.first().toObject());
        out << doc.toJson(QJsonDocument::Compact) << Qt::endl;
    }
    // Every listed profile must be usable for 0; no profile at all is "not logged in".
    return loggedIn == 0 ? int(ExitCode::Failure) : worst;
}

} // namespace seqera::cli

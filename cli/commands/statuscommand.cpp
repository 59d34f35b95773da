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

#include <optional>

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

namespace {

// What `seqera status` knows about one profile, gathered before anything is shown.
struct ProfileStatus
{
    QString profile;
    bool active = false;
    Error loadError; // the stored files could not be read
    std::optional<SessionMetadata> metadata; // nullopt: not logged in
    bool expired = false;
    QString storage; // where the credentials are
    bool checked = false; // --check asked the server
    Error checkError;
    QString serverEmail;

    // The exit code this profile alone calls for.
    int exitCode() const
    {
        if (loadError || !metadata)
            return ExitCode::Failure;
        if (checked && checkError)
            return exitCodeFor(checkError);
        if (!checked && expired && !metadata->renewable)
            return ExitCode::Failure;
        return ExitCode::Ok;
    }
};

ProfileStatus gather(Services &services, const QString &profile, bool active, bool check)
{
    ProfileStatus s;
    s.profile = profile;
    s.active = active;
    SessionStore *store = services.store();
    s.metadata = store->loadMetadata(profile, &s.loadError);
    if (s.loadError || !s.metadata) {
        s.metadata.reset();
        return s;
    }
    s.expired = RenewalPolicy::isExpired(s.metadata->expiresAt, Clock::system()->now());
    s.storage = store->secretStore(s.metadata->storage)->location(profile);
    if (!check)
        return s;
    // --check: a real round trip with a valid (possibly renewed) token.
    s.checked = true;
    runUntilDone([&](std::function<void(int)> finish) {
        services.sessions()->validToken(
            profile, false, [&, finish](const AccessToken &t, const Error &e) {
                if (e) {
                    s.checkError = e;
                    return finish(0);
                }
                auto *platform = new PlatformClient(services.network(), t.metadata.apiUrl);
                platform->userInfo(t.tokens.accessToken,
                    [&, platform, finish](const PlatformUser &u, const Error &e2) {
                        platform->deleteLater();
                        s.checkError = e2;
                        s.serverEmail = u.email;
                        finish(0);
                    });
            });
    });
    return s;
}

QJsonObject toJson(const ProfileStatus &s, bool all)
{
    QJsonObject entry { { QStringLiteral("profile"), s.profile } };
    if (all)
        entry.insert(QStringLiteral("active"), s.active);
    entry.insert(QStringLiteral("loggedIn"), bool(s.metadata));
    if (s.loadError)
        entry.insert(QStringLiteral("error"), s.loadError.message);
    if (!s.metadata)
        return entry;
    const SessionMetadata &m = *s.metadata;
    entry.insert(QStringLiteral("email"), m.email);
    entry.insert(QStringLiteral("expiresAt"), m.expiresAt.toString(Qt::ISODate));
    entry.insert(QStringLiteral("expired"), s.expired);
    entry.insert(QStringLiteral("platform"), m.apiUrl.toString());
    entry.insert(QStringLiteral("authDomain"), m.authDomain.toString());
    entry.insert(QStringLiteral("storage"), SecretStore::kindName(m.storage));
    entry.insert(QStringLiteral("renewable"), m.renewable);
    entry.insert(QStringLiteral("source"), QStringLiteral("session"));
    entry.insert(QStringLiteral("organization"),
        m.organizationId.isEmpty() ? QJsonValue()
                                   : QJsonObject { { QStringLiteral("id"), m.organizationId },
                                       { QStringLiteral("name"), m.organizationName },
                                       { QStringLiteral("type"), m.organizationType } });
    if (s.checked)
        entry.insert(
            QStringLiteral("check"), s.checkError ? s.checkError.message : QStringLiteral("ok"));
    return entry;
}

// The documented text: the first two lines exactly as the official CLI prints them.
void printText(Context &context, const ProfileStatus &s, bool all, const QStringList &known)
{
    QTextStream &out = context.out;
    if (s.loadError)
        return void(context.error(s.loadError.message, ExitCode::Failure));
    if (!s.metadata) {
        context.err << notLoggedIn(s.profile).message << Qt::endl;
        const QString hint = unknownProfileHint(s.profile, known);
        if (!hint.isEmpty())
            context.err << hint << Qt::endl;
        return;
    }
    const SessionMetadata &m = *s.metadata;
    out << "Logged in as: " << text::printable(m.email) << Qt::endl;
    out << "Session expires: "
        << (m.expiresAt.isValid() ? localTime(m.expiresAt)
                                  : StatusCommand::tr("no known expiry (a stored access token)"))
        << Qt::endl;
    out << (all && s.active ? StatusCommand::tr("Profile: %1 (active)")
                            : StatusCommand::tr("Profile: %1"))
               .arg(s.profile)
        << Qt::endl;
    out << StatusCommand::tr("Platform: %1").arg(m.apiUrl.toString()) << Qt::endl;
    if (!m.organizationId.isEmpty())
        out << StatusCommand::tr("Organization: %1 (id %2)")
                   .arg(text::printable(m.organizationName), text::printable(m.organizationId))
            << Qt::endl;
    out << StatusCommand::tr("Credentials: %1").arg(s.storage) << Qt::endl;
    if (m.renewable) {
        out << (s.expired ? StatusCommand::tr("Renewal: automatic; the access token has expired "
                                              "and is renewed on next use")
                          : StatusCommand::tr("Renewal: automatic (refresh token stored)"))
            << Qt::endl;
    } else {
        out << (s.expired ? StatusCommand::tr("Renewal: not possible; the session has expired. "
                                              "Run \"seqera login\".")
                          : StatusCommand::tr("Renewal: not possible (no refresh token); run "
                                              "\"seqera login\" when it expires"))
            << Qt::endl;
    }
    if (s.checked && !s.checkError)
        out << StatusCommand::tr("Server check: OK, the Platform accepts the session (%1)")
                   .arg(text::printable(s.serverEmail))
            << Qt::endl;
}

// An environment token outranks every stored session: `status` shows that one.
int environmentTokenStatus(Context &context, Services &services, bool json)
{
    const Settings &settings = context.settings;
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
    QJsonObject record { { QStringLiteral("loggedIn"), !error },
        { QStringLiteral("source"), settings.environmentTokenVariable } };
    if (error) {
        const QString message = error.code == Error::Code::Unauthorized
            ? StatusCommand::tr("The access token in %1 was refused by %2. Set a valid Seqera "
                                "Platform access token, or unset %1 to use your stored session.")
                  .arg(settings.environmentTokenVariable, settings.platformApiUrl.toString())
            : StatusCommand::tr("Could not check the access token in %1: %2")
                  .arg(settings.environmentTokenVariable, error.message);
        record.insert(QStringLiteral("error"), message);
        if (json)
            context.out << QJsonDocument(record).toJson(QJsonDocument::Compact) << Qt::endl;
        return context.error(message,
            error.code == Error::Code::Unauthorized ? ExitCode::Failure : exitCodeFor(error));
    }
    const QString who = user.email.isEmpty() ? user.userName : user.email;
    record.insert(QStringLiteral("email"), who);
    record.insert(QStringLiteral("platform"), settings.platformApiUrl.toString());
    if (json) {
        context.out << QJsonDocument(record).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        context.out << "Logged in as: " << text::printable(who) << Qt::endl;
        context.out << StatusCommand::tr("Token source: environment variable %1")
                           .arg(settings.environmentTokenVariable)
                    << Qt::endl;
        context.out << StatusCommand::tr("Platform: %1").arg(settings.platformApiUrl.toString())
                    << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace

int StatusCommand::execute(Context &context, const QCommandLineParser &parser)
{
    const Settings &settings = context.settings;
    const QString format = parser.value(QStringLiteral("output"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return context.usageError(tr("--output must be \"text\" or \"json\"."));
    const bool json = format == QLatin1String("json");
    const bool all = parser.isSet(QStringLiteral("all"));
    Services services(context.settings);
    if (!settings.environmentToken.isEmpty() && !all)
        return environmentTokenStatus(context, services, json);

    // Gather, then render.
    const QStringList known = services.store()->profiles();
    const QStringList profiles = all ? known : QStringList { settings.profile };
    QList<ProfileStatus> statuses;
    for (const QString &profile : profiles)
        statuses << gather(
            services, profile, profile == settings.profile, parser.isSet(QStringLiteral("check")));

    int worst = ExitCode::Ok;
    int loggedIn = 0;
    QJsonArray records;
    for (const ProfileStatus &s : std::as_const(statuses)) {
        worst = qMax(worst, s.exitCode());
        loggedIn += s.metadata ? 1 : 0;
        if (json) {
            records << toJson(s, all);
            if (s.loadError)
                context.error(s.loadError.message, ExitCode::Failure);
        } else {
            if (&s != &statuses.first())
                context.out << Qt::endl;
            printText(context, s, all, known);
        }
        if (s.checked && s.checkError)
            context.error(
                tr("Server check failed: %1").arg(s.checkError.message), exitCodeFor(s.checkError));
    }
    if (statuses.isEmpty() && !json)
        context.err << tr("Not logged in. Run \"seqera login\" to sign in.") << Qt::endl;
    if (json) {
        const QJsonDocument doc = all
            ? QJsonDocument(QJsonObject { { QStringLiteral("profiles"), records } })
            : QJsonDocument(records.first().toObject());
        context.out << doc.toJson(QJsonDocument::Compact) << Qt::endl;
    }
    // Every listed profile must be usable for 0; no profile at all is "not logged in".
    return loggedIn == 0 ? int(ExitCode::Failure) : worst;
}

} // namespace seqera::cli

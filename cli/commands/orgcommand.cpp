#include "orgcommand.h"

#include "ai/backend/aibackendclient.h"
#include "ai/organizations.h"
#include "config/settings.h"
#include "services.h"
#include "session/tokenresolver.h"
#include "storage/sessionstore.h"
#include "util/terminaltext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <unistd.h>

namespace seqera::cli {

using ai::Organization;

namespace {

QString shown(const QString &serverText)
{
    return text::printable(serverText, text::Lines::Single);
}

QJsonValue toJson(const std::optional<Organization> &o)
{
    if (!o)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), o->id }, { QStringLiteral("name"), o->name },
        { QStringLiteral("type"), o->type } };
}

std::optional<Organization> selectedIn(const SessionMetadata &m)
{
    if (m.organizationId.isEmpty())
        return std::nullopt;
    return Organization { m.organizationId, m.organizationName, m.organizationType };
}

// The list, with the token `seqera ai` would use; a refused stored session is renewed once.
QList<Organization> fetchList(Services &services, const Settings &settings, Error *error)
{
    QList<Organization> result;
    ai::AiBackendClient client(services.network(), settings.aiBackendUrl);
    client.setClientVersion(settings.aiClientVersion);
    client.setTransferTimeoutMs(settings.networkTimeoutMs);
    runUntilDone([&](std::function<void(int)> finish) {
        services.tokens()->resolve(
            QString(), [&, finish](const AccessToken &token, const Error &resolveError) {
                if (resolveError) {
                    *error = resolveError;
                    return finish(0);
                }
                auto fetch = [&, finish](const AccessToken &t, bool renewed, auto &&self) -> void {
                    client.setToken(t.value());
                    client.organizations([&, t, renewed, self, finish](
                                             const QList<Organization> &list, const Error &e) {
                        if (e.code == Error::Code::Unauthorized && !renewed) {
                            services.tokens()->renewAfterUnauthorized(
                                t, [&, self, finish](const AccessToken &r, const Error &re) {
                                    if (re) {
                                        *error = re;
                                        return finish(0);
                                    }
                                    self(r, true, self);
                                });
                            return;
                        }
                        result = list;
                        *error = e;
                        finish(0);
                    });
                };
                fetch(token, false, fetch);
            });
    });
    return result;
}

Error store(Services &services, const Settings &settings, const QString &profile,
    const std::optional<Organization> &organization)
{
    Error error;
    runUntilDone([&](std::function<void(int)> finish) {
        ai::storeOrganization(services.store(), profile, organization,
            settings.networkTimeoutMs + 10000, [&, finish](const Error &e) {
                error = e;
                finish(0);
            });
    });
    return error;
}

} // namespace

OrgCommand::OrgCommand()
    : Command(QStringLiteral("org"),
        tr("Show or choose the organization Seqera AI works in:\n"
           "  seqera org                  the organization of this profile\n"
           "  seqera org list             the organizations you belong to\n"
           "  seqera org switch [ID|NAME] choose one (a numbered choice in a terminal)\n"
           "  seqera org clear            back to no organization"))
{ }

void OrgCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
        tr("show (default), list, switch (or select, change), clear (or reset)."),
        QStringLiteral("[ACTION]"));
    parser.addPositionalArgument(QStringLiteral("organization"),
        tr("For switch: the organization's id or name."), QStringLiteral("[ID|NAME]"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("Output format: text or json."), tr("format"), QStringLiteral("text") });
}

int OrgCommand::execute(Context &context, const QCommandLineParser &parser)
{
    const Settings &settings = context.settings;
    QTextStream &out = context.out;
    QTextStream &err = context.err;
    const QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? QStringLiteral("show") : args.first();
    const QString format = parser.value(QStringLiteral("output"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        printError(err, tr("--output must be \"text\" or \"json\"."), 0);
        return ExitCode::Usage;
    }
    const bool json = format == QLatin1String("json");
    const bool isShow = action == QLatin1String("show");
    const bool isList = action == QLatin1String("list");
    const bool isSwitch = action == QLatin1String("switch") || action == QLatin1String("select")
        || action == QLatin1String("change");
    const bool isClear = action == QLatin1String("clear") || action == QLatin1String("reset");
    if (!isShow && !isList && !isSwitch && !isClear) {
        printError(
            err, tr("unknown action \"%1\": use show, list, switch or clear.").arg(action), 0);
        return ExitCode::Usage;
    }
    if (args.size() > (isSwitch ? 2 : 1)) {
        printError(err, tr("too many arguments for \"seqera org %1\".").arg(action), 0);
        return ExitCode::Usage;
    }

    Services services(context.settings);
    const QString profile = settings.profile;
    Error metadataError;
    const auto metadata = services.store()->loadMetadata(profile, &metadataError);
    if (metadataError) {
        printError(err, metadataError.message, 0);
        return exitCodeFor(metadataError);
    }
    const std::optional<Organization> current
        = metadata ? selectedIn(*metadata) : std::optional<Organization>();
    const QString notLoggedIn
        = tr("Not logged in (profile \"%1\"). Run \"seqera login\" to sign in; the organization "
             "is kept with the profile's session.")
              .arg(profile);

    if (isShow) {
        if (json) {
            out << QJsonDocument(QJsonObject { { QStringLiteral("profile"), profile },
                                     { QStringLiteral("loggedIn"), metadata.has_value() },
                                     { QStringLiteral("organization"), toJson(current) } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else if (!metadata) {
            err << notLoggedIn << Qt::endl;
        } else if (!current) {
            out << tr("No organization selected (profile \"%1\"). Choose one with \"seqera org "
                      "switch\".")
                       .arg(profile)
                << Qt::endl;
        } else {
            out << tr("Organization: %1 (id %2, %3)")
                       .arg(shown(current->name), shown(current->id), shown(current->type))
                << Qt::endl;
        }
        return metadata ? ExitCode::Ok : ExitCode::Failure;
    }

    if (isClear) {
        if (!metadata) {
            printError(err, notLoggedIn, 0);
            return ExitCode::Failure;
        }
        if (!current) {
            out << tr("No organization was selected (profile \"%1\"); nothing to do.").arg(profile)
                << Qt::endl;
            return ExitCode::Ok;
        }
        if (Error e = store(services, settings, profile, std::nullopt)) {
            printError(err, e.message, 0);
            return exitCodeFor(e);
        }
        out << tr("Organization %1 is no longer selected (profile \"%2\").")
                   .arg(shown(current->name), profile)
            << Qt::endl;
        return ExitCode::Ok;
    }

    if (isSwitch && !metadata) {
        printError(err, notLoggedIn, 0);
        return ExitCode::Failure;
    }
    const bool terminal = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
    if (isSwitch && args.size() < 2 && !terminal) {
        printError(err,
            tr("name the organization: seqera org switch ID|NAME (\"seqera org list\" "
               "shows them). A numbered choice is offered only in a terminal."),
            0);
        return ExitCode::Usage;
    }

    Error error;
    const QList<Organization> organizations = fetchList(services, settings, &error);
    if (error) {
        printError(err, error.message, 0);
        return exitCodeFor(error);
    }

    if (isList) {
        if (json) {
            QJsonArray list;
            for (const Organization &o : organizations) {
                QJsonObject entry = toJson(o).toObject();
                entry.insert(QStringLiteral("selected"), current && current->id == o.id);
                list.append(entry);
            }
            out << QJsonDocument(QJsonObject { { QStringLiteral("organizations"), list } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
            return ExitCode::Ok;
        }
        if (organizations.isEmpty()) {
            out << tr("You belong to no organization.") << Qt::endl;
            return ExitCode::Ok;
        }
        int idWidth = 2, nameWidth = 4;
        for (const Organization &o : organizations) {
            idWidth = qMax(idWidth, int(shown(o.id).size()));
            nameWidth = qMax(nameWidth, int(shown(o.name).size()));
        }
        out << "  " << tr("ID").leftJustified(idWidth) << "  "
            << tr("NAME").leftJustified(nameWidth) << "  " << tr("TYPE") << Qt::endl;
        for (const Organization &o : organizations) {
            out << (current && current->id == o.id ? "* " : "  ")
                << shown(o.id).leftJustified(idWidth) << "  "
                << shown(o.name).leftJustified(nameWidth) << "  " << shown(o.type) << Qt::endl;
        }
        return ExitCode::Ok;
    }

    // switch
    if (organizations.isEmpty()) {
        printError(err, tr("you belong to no organization, so there is none to switch to."), 0);
        return ExitCode::Failure;
    }
    std::optional<Organization> chosen;
    if (args.size() >= 2) {
        chosen = ai::findOrganization(organizations, args.at(1), &error);
        if (!chosen) {
            printError(err, error.message, 0);
            return exitCodeFor(error);
        }
    } else {
        for (qsizetype i = 0; i < organizations.size(); ++i) {
            const Organization &o = organizations.at(i);
            out << QStringLiteral("%1%2) ")
                       .arg(current && current->id == o.id ? QStringLiteral("* ")
                                                           : QStringLiteral("  "))
                       .arg(i + 1)
                << tr("%1 (id %2, %3)").arg(shown(o.name), shown(o.id), shown(o.type)) << Qt::endl;
        }
        out << tr("Organization [1-%1, Enter to keep the current one]: ").arg(organizations.size())
            << Qt::flush;
        QFile in;
        QString answer;
        if (in.open(stdin, QIODevice::ReadOnly))
            answer = QString::fromLocal8Bit(in.readLine()).trimmed();
        if (answer.isEmpty()) {
            out << tr("Nothing changed.") << Qt::endl;
            return ExitCode::Ok;
        }
        bool ok = false;
        const int n = answer.toInt(&ok);
        if (!ok || n < 1 || n > organizations.size()) {
            printError(err,
                tr("\"%1\" is not one of the numbers 1 to %2; nothing changed.")
                    .arg(answer)
                    .arg(organizations.size()),
                0);
            return ExitCode::Usage;
        }
        chosen = organizations.at(n - 1);
    }
    if (Error e = store(services, settings, profile, chosen)) {
        printError(err, e.message, 0);
        return exitCodeFor(e);
    }
    out << tr("Switched to organization %1 (id %2) for profile \"%3\": new Seqera AI sessions "
              "run in it.")
               .arg(shown(chosen->name), shown(chosen->id), profile)
        << Qt::endl;
    return ExitCode::Ok;
}

} // namespace seqera::cli

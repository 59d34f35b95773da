#include "orgcommand.h"

#include "config/settings.h"
#include "organizationchoice.h"
#include "services.h"
#include "session/sessionmanager.h"
#include "storage/sessionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace seqera::cli {

using ai::Organization;

namespace {

QJsonValue toJson(const std::optional<Organization> &o)
{
    if (!o)
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("id"), o->id }, { QStringLiteral("name"), o->name },
        { QStringLiteral("type"), o->type } };
}

void printJson(Context &context, const QJsonObject &object)
{
    context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

// What `seqera org` gathers before it renders: the profile's session and its choice.
struct OrgState
{
    QString profile;
    bool loggedIn = false;
    std::optional<Organization> current;
};

int show(Context &context, const OrgState &state, bool json)
{
    if (json) {
        printJson(context,
            QJsonObject { { QStringLiteral("profile"), state.profile },
                { QStringLiteral("loggedIn"), state.loggedIn },
                { QStringLiteral("organization"), toJson(state.current) } });
    } else if (!state.loggedIn) {
        context.err << notLoggedIn(state.profile).message << Qt::endl;
    } else if (!state.current) {
        context.out << OrgCommand::tr("No organization selected (profile \"%1\"). Choose one "
                                      "with \"seqera org switch\".")
                           .arg(state.profile)
                    << Qt::endl;
    } else {
        context.out << OrgCommand::tr("Organization: %1").arg(describeOrganization(*state.current))
                    << Qt::endl;
    }
    return state.loggedIn ? ExitCode::Ok : ExitCode::Failure;
}

int clear(Context &context, Services &services, const OrgState &state)
{
    if (!state.loggedIn)
        return context.error(notLoggedIn(state.profile).message, ExitCode::Failure);
    if (!state.current) {
        context.out << OrgCommand::tr("No organization was selected (profile \"%1\"); nothing "
                                      "to do.")
                           .arg(state.profile)
                    << Qt::endl;
        return ExitCode::Ok;
    }
    if (const Error e = storeOrganization(services, state.profile, std::nullopt))
        return context.error(e.message, exitCodeFor(e));
    context.out << OrgCommand::tr("Organization %1 is no longer selected (profile \"%2\").")
                       .arg(shownText(state.current->name), state.profile)
                << Qt::endl;
    return ExitCode::Ok;
}

int list(
    Context &context, const OrgState &state, const QList<Organization> &organizations, bool json)
{
    const auto selected
        = [&](const Organization &o) { return state.current && state.current->id == o.id; };
    if (json) {
        QJsonArray entries;
        for (const Organization &o : organizations) {
            QJsonObject entry = toJson(o).toObject();
            entry.insert(QStringLiteral("selected"), selected(o));
            entries.append(entry);
        }
        printJson(context, QJsonObject { { QStringLiteral("organizations"), entries } });
        return ExitCode::Ok;
    }
    QTextStream &out = context.out;
    if (organizations.isEmpty()) {
        out << OrgCommand::tr("You belong to no organization.") << Qt::endl;
        return ExitCode::Ok;
    }
    int idWidth = 2, nameWidth = 4;
    for (const Organization &o : organizations) {
        idWidth = qMax(idWidth, int(shownText(o.id).size()));
        nameWidth = qMax(nameWidth, int(shownText(o.name).size()));
    }
    out << "  " << OrgCommand::tr("ID").leftJustified(idWidth) << "  "
        << OrgCommand::tr("NAME").leftJustified(nameWidth) << "  " << OrgCommand::tr("TYPE")
        << Qt::endl;
    for (const Organization &o : organizations) {
        out << (selected(o) ? "* " : "  ") << shownText(o.id).leftJustified(idWidth) << "  "
            << shownText(o.name).leftJustified(nameWidth) << "  " << shownText(o.type) << Qt::endl;
    }
    return ExitCode::Ok;
}

int switchTo(Context &context, Services &services, const OrgState &state,
    const QList<Organization> &organizations, const QString &wanted)
{
    if (organizations.isEmpty())
        return context.error(
            OrgCommand::tr("you belong to no organization, so there is none to switch to."),
            ExitCode::Failure);
    Error error;
    std::optional<Organization> chosen;
    if (!wanted.isEmpty()) {
        chosen = ai::findOrganization(organizations, wanted, &error);
    } else {
        chosen = askOrganization(context, organizations, state.current,
            OrgCommand::tr("to keep the current one"), &error);
        if (!chosen && !error) {
            context.out << OrgCommand::tr("Nothing changed.") << Qt::endl;
            return ExitCode::Ok;
        }
    }
    if (!chosen)
        return context.error(error.message, exitCodeFor(error));
    if (const Error e = storeOrganization(services, state.profile, chosen))
        return context.error(e.message, exitCodeFor(e));
    context.out << OrgCommand::tr("Switched to organization %1 (id %2) for profile \"%3\": new "
                                  "Seqera AI sessions run in it.")
                       .arg(shownText(chosen->name), shownText(chosen->id), state.profile)
                << Qt::endl;
    return ExitCode::Ok;
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
    const QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? QStringLiteral("show") : args.first();
    const QString format = parser.value(QStringLiteral("output"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return context.error(tr("--output must be \"text\" or \"json\"."), ExitCode::Usage);
    const bool json = format == QLatin1String("json");
    const bool isShow = action == QLatin1String("show");
    const bool isList = action == QLatin1String("list");
    const bool isSwitch = action == QLatin1String("switch") || action == QLatin1String("select")
        || action == QLatin1String("change");
    const bool isClear = action == QLatin1String("clear") || action == QLatin1String("reset");
    if (!isShow && !isList && !isSwitch && !isClear) {
        return context.error(
            tr("unknown action \"%1\": use show, list, switch or clear.").arg(action),
            ExitCode::Usage);
    }
    if (args.size() > (isSwitch ? 2 : 1)) {
        return context.error(
            tr("too many arguments for \"seqera org %1\".").arg(action), ExitCode::Usage);
    }

    // Gather: the profile's session and its choice (offline), then the list when needed.
    Services services(context.settings);
    OrgState state;
    state.profile = context.settings.profile;
    Error metadataError;
    const auto metadata = services.store()->loadMetadata(state.profile, &metadataError);
    if (metadataError)
        return context.error(metadataError.message, exitCodeFor(metadataError));
    state.loggedIn = metadata.has_value();
    state.current = metadata ? metadata->organization() : std::nullopt;

    if (isShow)
        return show(context, state, json);
    if (isClear)
        return clear(context, services, state);
    const QString wanted = args.value(1);
    if (isSwitch && !state.loggedIn)
        return context.error(notLoggedIn(state.profile).message, ExitCode::Failure);
    if (isSwitch && wanted.isEmpty() && !canAsk(context)) {
        return context.error(tr("name the organization: seqera org switch ID|NAME (\"seqera "
                                "org list\" shows them). A numbered choice is offered only in a "
                                "terminal."),
            ExitCode::Usage);
    }
    Error error;
    const QList<Organization> organizations = fetchOrganizations(context, services, &error);
    if (error)
        return context.error(error.message, exitCodeFor(error));
    if (isList)
        return list(context, state, organizations, json);
    return switchTo(context, services, state, organizations, wanted);
}

} // namespace seqera::cli

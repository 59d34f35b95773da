#include "profilecommand.h"

#include "config/settings.h"
#include "services.h"
#include "session/renewal.h"
#include "storage/securefile.h"
#include "storage/sessionstore.h"
#include "util/clock.h"
#include "util/error.h"
#include "util/terminaltext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace seqera::cli {

ProfileCommand::ProfileCommand()
    : Command(QStringLiteral("profile"),
        tr("List the profiles or choose the default one.\n"
           "  seqera profile list         the profiles; * marks the one in use\n"
           "  seqera profile use NAME     make NAME the default ($SEQERA_PROFILE and --profile "
           "still win)"))
{ }

void ProfileCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("subcommand"), tr("list or use."), QStringLiteral("list|use"));
    parser.addPositionalArgument(
        QStringLiteral("name"), tr("The profile to use by default."), QStringLiteral("[NAME]"));
    // For the shell completions: one name per line, nothing else.
    QCommandLineOption names(QStringLiteral("names"), tr("Print only the profile names."));
    names.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(names);
}

QStringList ProfileCommand::positionalCompletions() const
{
    return { QStringLiteral("list"), QStringLiteral("use") };
}

int ProfileCommand::execute(Context &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    if (sub == QLatin1String("list") && args.size() == 1)
        return list(context, parser.isSet(QStringLiteral("names")));
    if (sub == QLatin1String("use") && args.size() == 2)
        return use(context, args.at(1));
    if (sub == QLatin1String("use"))
        return context.usageError(tr("\"seqera profile use\" needs one profile name"));
    if (sub.isEmpty())
        return context.usageError(tr("\"seqera profile\" needs a subcommand: list or use"));
    if (sub == QLatin1String("list"))
        return context.usageError(tr("unexpected argument \"%1\"").arg(args.at(1)));
    const QString guess = closestMatch(sub, positionalCompletions());
    return context.usageError(guess.isEmpty()
            ? tr("unknown subcommand \"%1\" (list or use)").arg(sub)
            : tr("unknown subcommand \"%1\". Did you mean \"seqera profile %2\"?").arg(sub, guess));
}

int ProfileCommand::list(Context &context, bool namesOnly)
{
    Services services(context.settings);
    SessionStore *store = services.store();
    const QStringList profiles = store->profiles();
    if (namesOnly) {
        for (const QString &name : profiles)
            context.out << name << Qt::endl;
        return ExitCode::Ok;
    }
    const QString active = context.settings.profile;
    QStringList shown = profiles;
    if (!shown.contains(active))
        shown.prepend(active);
    int width = 0;
    for (const QString &name : shown)
        width = qMax(width, int(name.size()));
    const QDateTime now = Clock::system()->now();
    for (const QString &name : shown) {
        Error error;
        const auto m = store->loadMetadata(name, &error);
        QString state;
        if (error)
            state = tr("unreadable: %1").arg(error.message);
        else if (!m)
            state = tr("not logged in");
        else if (!m->renewable && RenewalPolicy::isExpired(m->expiresAt, now))
            state = tr("%1, expired").arg(text::printable(m->email));
        else
            state = text::printable(m->email);
        context.out << (name == active ? "* " : "  ") << name.leftJustified(width) << "  " << state
                    << Qt::endl;
    }
    if (context.settings.profileFromEnvironment && !context.profileFromOption)
        context.out << tr("(* chosen by SEQERA_PROFILE)") << Qt::endl;
    return ExitCode::Ok;
}

int ProfileCommand::use(Context &context, const QString &name)
{
    if (!isValidProfileName(name)) {
        return context.usageError(tr("\"%1\" is not a valid profile name (letters, digits, '.', "
                                     "'_' and '-', at most 64).")
                                      .arg(name));
    }
    Services services(context.settings);
    const QStringList profiles = services.store()->profiles();
    if (!profiles.contains(name) && name != QLatin1String("default")) {
        QString message = tr("there is no profile \"%1\".").arg(name);
        const QString hint = unknownProfileHint(name, profiles);
        if (!hint.isEmpty())
            message += QLatin1Char(' ') + hint;
        message
            += QLatin1Char(' ') + tr("To create it, run \"seqera login --profile %1\".").arg(name);
        return context.error(message, ExitCode::Failure);
    }

    const QString path = context.settings.configFile();
    Error error;
    const auto existing = securefile::read(path, &error);
    QJsonObject config;
    if (!error && existing)
        config = QJsonDocument::fromJson(*existing).object();
    config.insert(QStringLiteral("defaultProfile"), name);
    if (!error)
        error = securefile::ensurePrivateDir(context.settings.configDir);
    if (!error) {
        error = securefile::writeAtomically(
            path, QJsonDocument(config).toJson(), securefile::Permissions::Private);
    }
    if (error)
        return context.error(error.message, exitCodeFor(error));
    context.out << tr("The default profile is now \"%1\".").arg(name) << Qt::endl;
    if (context.settings.profileFromEnvironment) {
        context.err << tr("Note: SEQERA_PROFILE is set in your environment and still chooses the "
                          "profile of seqera commands. Unset it to use \"%1\".")
                           .arg(name)
                    << Qt::endl;
    }
    return ExitCode::Ok;
}

} // namespace seqera::cli

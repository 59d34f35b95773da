#include "logoutcommand.h"

#include "config/settings.h"
#include "services.h"
#include "session/sessionmanager.h"
#include "storage/securefile.h"
#include "storage/sessionstore.h"

#include <QDir>
#include <QTextStream>

namespace seqera::cli {

LogoutCommand::LogoutCommand()
    : Command(QStringLiteral("logout"),
        tr("Revoke the session on the server and remove the stored credentials."))
{ }

void LogoutCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("all"),
        tr("Log out of every profile and remove all stored credentials and "
           "session data.") });
}

int LogoutCommand::execute(Context &context, const QCommandLineParser &parser)
{
    const Settings &settings = context.settings;
    Services services(context.settings);
    SessionStore *store = services.store();
    const bool all = parser.isSet(QStringLiteral("all"));
    QStringList profiles = all ? store->profiles() : QStringList { settings.profile };
    QTextStream &out = context.out;
    QTextStream &err = context.err;

    int exitCode = ExitCode::Ok;
    int loggedOut = 0;
    for (const QString &profile : profiles) {
        LogoutReport report;
        runUntilDone([&](std::function<void(int)> finish) {
            services.sessions()->logout(profile, [&, finish](const LogoutReport &r) {
                report = r;
                finish(0);
            });
        });
        for (const QString &warning : report.warnings)
            err << tr("warning: %1").arg(warning) << Qt::endl;
        if (report.error) {
            exitCode = qMax(exitCode,
                context.error(tr("could not remove the credentials of profile \"%1\": %2")
                                  .arg(profile, report.error.message),
                    exitCodeFor(report.error)));
            continue;
        }
        if (!report.hadSession) {
            if (!all) {
                out << tr("Not logged in (profile \"%1\"); nothing to do.").arg(profile)
                    << Qt::endl;
                const QString hint = unknownProfileHint(profile, store->profiles());
                if (!hint.isEmpty())
                    err << hint << Qt::endl;
            }
            continue;
        }
        ++loggedOut;
        if (report.email.isEmpty())
            out << tr("Logged out of profile \"%1\".").arg(profile) << Qt::endl;
        else
            out << tr("Logged out %1 (profile \"%2\").").arg(report.email, profile) << Qt::endl;
    }

    if (all) {
        // Everything else we keep about sessions: AI conversation records, lock files. Never
        // through a link: what it points to is not ours to delete.
        const auto removeTree = [&](const QString &dir) {
            const Error e = securefile::removeTree(dir);
            if (e) {
                printError(err, e.message, 0);
                exitCode = qMax(exitCode, exitCodeFor(e));
            }
            return !e;
        };
        removeTree(settings.stateDir);
        if (exitCode == ExitCode::Ok && removeTree(store->profilesDir())) {
            out << tr("Removed all stored credentials and session data (%n profile(s)).", nullptr,
                loggedOut) // English plurals: seqera_en.ts
                << Qt::endl;
        }
    }
    if (!settings.environmentToken.isEmpty()) {
        err << tr("Note: %1 is set in your environment and still authenticates seqera commands. "
                  "Unset it to sign out completely.")
                   .arg(settings.environmentTokenVariable)
            << Qt::endl;
    }
    return exitCode;
}

} // namespace seqera::cli

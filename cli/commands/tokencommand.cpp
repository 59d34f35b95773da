#include "tokencommand.h"

#include "config/settings.h"
#include "services.h"
#include "session/tokenresolver.h"
#include "storage/sessionstore.h"

#include <QTextStream>

namespace seqera::cli {

TokenCommand::TokenCommand()
    : Command(QStringLiteral("token"),
        tr("Print a valid access token for scripts, renewing it first if needed.\n"
           "  curl -H \"Authorization: Bearer $(seqera token)\" ..."))
{ }

void TokenCommand::addOptions(QCommandLineParser &) const { }

int TokenCommand::execute(Context &context, const QCommandLineParser &)
{
    Services services(context.settings);
    AccessToken token;
    Error error;
    const int code = runUntilDone([&](std::function<void(int)> finish) {
        services.tokens()->resolve({}, [&, finish](const AccessToken &t, const Error &e) {
            token = t;
            error = e;
            finish(exitCodeFor(e));
        });
    });
    if (error) {
        context.error(error.message, code);
        if (error.code == Error::Code::NotLoggedIn) {
            const QString hint
                = unknownProfileHint(context.settings.profile, services.store()->profiles());
            if (!hint.isEmpty())
                context.err << hint << Qt::endl;
        }
        return code;
    }
    context.out << token.value() << Qt::endl;
    return code;
}

} // namespace seqera::cli

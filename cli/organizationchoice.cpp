#include "organizationchoice.h"

#include "ai/backend/aibackendclient.h"
#include "command.h"
#include "config/settings.h"
#include "os/terminal.h"
#include "services.h"
#include "session/sessionmanager.h"
#include "session/tokenresolver.h"
#include "util/terminaltext.h"

#include <QCoreApplication>
#include <QTextStream>


namespace seqera::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::OrgCommand)
};
} // namespace

QString shownText(const QString &serverText)
{
    return text::printable(serverText, text::Lines::Single);
}

QString describeOrganization(const ai::Organization &o)
{
    return Tr::tr("%1 (id %2, %3)").arg(shownText(o.name), shownText(o.id), shownText(o.type));
}

QList<ai::Organization> fetchOrganizations(
    Context &context, Services &services, const AccessToken &token, Error *error)
{
    const Settings &settings = context.settings;
    QList<ai::Organization> result;
    ai::AiBackendClient client(services.network(), settings.aiBackendUrl);
    client.setClientVersion(settings.aiClientVersion);
    client.setTransferTimeoutMs(settings.networkTimeoutMs);
    runUntilDone([&](std::function<void(int)> finish) {
        callRenewingOnce(
            token.value(), services.tokens()->renewerFor(token),
            [&](const QString &value, std::function<void(const Error &)> reply) {
                client.setToken(value);
                client.organizations(
                    [&, reply](const QList<ai::Organization> &list, const Error &e) {
                        result = list;
                        reply(e);
                    });
            },
            [&, finish](const QString &, const Error &e) {
                *error = e.code == Error::Code::Unauthorized ? ai::refusedTokenError(
                             token.describeSource(), token.source == AccessToken::Source::Session)
                                                             : e;
                finish(0);
            });
    });
    if (*error)
        result.clear();
    return result;
}

QList<ai::Organization> fetchOrganizations(Context &context, Services &services, Error *error)
{
    AccessToken token;
    runUntilDone([&](std::function<void(int)> finish) {
        services.tokens()->resolve(
            QString(), [&, finish](const AccessToken &resolved, const Error &e) {
                token = resolved;
                *error = e;
                finish(0);
            });
    });
    if (*error)
        return {};
    return fetchOrganizations(context, services, token, error);
}

Error storeOrganization(
    Services &services, const QString &profile, const std::optional<ai::Organization> &organization)
{
    Error error;
    runUntilDone([&](std::function<void(int)> finish) {
        services.sessions()->storeOrganization(profile, organization, [&, finish](const Error &e) {
            error = e;
            finish(0);
        });
    });
    return error;
}

bool canAsk()
{
    return os::isTerminal(os::Stream::Input) && os::isTerminal(os::Stream::Output);
}

std::optional<ai::Organization> askOrganization(Context &context,
    const QList<ai::Organization> &organizations, const std::optional<ai::Organization> &current,
    const QString &enterMeans, Error *error)
{
    QTextStream &out = context.out;
    for (qsizetype i = 0; i < organizations.size(); ++i) {
        const ai::Organization &o = organizations.at(i);
        out << (current && current->id == o.id ? "* " : "  ") << (i + 1) << ") "
            << describeOrganization(o) << Qt::endl;
    }
    out << Tr::tr("Organization [1-%1, Enter %2]: ").arg(organizations.size()).arg(enterMeans)
        << Qt::flush;
    const QString answer = context.in.readLine().trimmed();
    if (answer.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int n = answer.toInt(&ok);
    if (!ok || n < 1 || n > organizations.size()) {
        *error = Error(Error::Code::InvalidInput,
            Tr::tr("\"%1\" is not one of the numbers 1 to %2; nothing changed.")
                .arg(shownText(answer))
                .arg(organizations.size()));
        return std::nullopt;
    }
    return organizations.at(n - 1);
}

} // namespace seqera::cli

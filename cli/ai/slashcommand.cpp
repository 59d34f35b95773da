#include "slashcommand.h"

#include <QHash>
#include <QRegularExpression>

namespace seqera::ai {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ai::SlashCommand)
};
} // namespace

SlashCommand SlashCommand::parse(const QString &line)
{
    static const QHash<QString, Kind> kinds {
        { QStringLiteral("help"), Kind::Help },
        { QStringLiteral("?"), Kind::Help },
        { QStringLiteral("exit"), Kind::Exit },
        { QStringLiteral("quit"), Kind::Exit },
        { QStringLiteral("q"), Kind::Exit },
        { QStringLiteral("clear"), Kind::Clear },
        { QStringLiteral("session"), Kind::Session },
        { QStringLiteral("sessions"), Kind::Sessions },
        { QStringLiteral("org"), Kind::Org },
        { QStringLiteral("credits"), Kind::Credits },
        { QStringLiteral("approval"), Kind::Approval },
        { QStringLiteral("status"), Kind::Status },
        { QStringLiteral("thinking"), Kind::Thinking },
        { QStringLiteral("plan"), Kind::Plan },
        { QStringLiteral("skills"), Kind::Skills },
    };
    SlashCommand command;
    const QString text = line.trimmed();
    // "/" alone, "//x" and "/ x" are text (a path, a comment in a pasted snippet).
    if (text.size() < 2 || !text.startsWith(QLatin1Char('/')) || text.at(1) == QLatin1Char('/')
        || text.at(1).isSpace())
        return command;
    const qsizetype space = text.indexOf(QRegularExpression(QStringLiteral("\\s")));
    command.name = text.mid(1, space < 0 ? -1 : space - 1);
    // A path such as /usr/bin/env or /data/x.nf is a question about a path, not a command.
    if (command.name.contains(QLatin1Char('/')))
        return SlashCommand();
    command.argument = space < 0 ? QString() : text.mid(space + 1).trimmed();
    command.kind = kinds.value(command.name.toLower(), Kind::Unknown);
    return command;
}

QList<SlashCommand::Help> SlashCommand::help()
{
    return {
        { QStringLiteral("/help"), Tr::tr("this list") },
        { QStringLiteral("/exit, /quit, /q"), Tr::tr("end the session and leave (also Ctrl-D)") },
        { QStringLiteral("/clear"), Tr::tr("end this session; the next message starts a new one") },
        { QStringLiteral("/session"), Tr::tr("the current session's id and how to resume it") },
        { QStringLiteral("/sessions"), Tr::tr("recent sessions; pick one to switch to it") },
        { QStringLiteral("/org"), Tr::tr("the organization sessions are created for") },
        { QStringLiteral("/credits"), Tr::tr("your Seqera AI usage and limit") },
        { QStringLiteral("/approval [basic|default|full]"),
            Tr::tr("show or change which local tools run without asking") },
        { QStringLiteral("/status"), Tr::tr("backend, session, approval mode, token source") },
        { QStringLiteral("/thinking"), Tr::tr("show or hide the assistant's reasoning") },
        { QStringLiteral("/skills"),
            Tr::tr(
                "the skills of this project, yours and Seqera AI's; /<skill> [request] uses one") },
        { QStringLiteral("/plan"),
            Tr::tr("plan mode on or off: the assistant plans, nothing on this machine is "
                   "changed or run") },
    };
}

} // namespace seqera::ai

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace seqera::ai {

// A line of the terminal conversation that starts with "/": handled here, never sent to the
// model (ai-protocol §11, the ones this client offers).
struct SlashCommand
{
    enum class Kind {
        NotACommand, // plain text for the model (also "//..." and a lone "/")
        Help,
        Exit,
        Clear,
        Session,
        Sessions,
        Org,
        Credits,
        Approval,
        Status,
        Thinking,
        Plan,
        Skills,
        Unknown, // also a skill's name: /<skill> [args]
    };
    Kind kind = Kind::NotACommand;
    QString name; // as typed, without the slash
    QString argument; // the rest of the line, trimmed

    static SlashCommand parse(const QString &line);

    struct Help
    {
        QString usage;
        QString description;
    };
    // For /help: every command with one line of description.
    static QList<Help> help();
};

} // namespace seqera::ai

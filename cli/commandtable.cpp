#include "commandtable.h"

#include "commands/aicommand.h"
#include "commands/completioncommand.h"
#include "commands/logincommand.h"
#include "commands/logoutcommand.h"
#include "commands/profilecommand.h"
#include "commands/orgcommand.h"
#include "commands/statuscommand.h"
#include "commands/tokencommand.h"

namespace seqera::cli {

const std::vector<std::unique_ptr<Command>> &commands()
{
    static const std::vector<std::unique_ptr<Command>> table = [] {
        std::vector<std::unique_ptr<Command>> t;
        t.push_back(std::make_unique<LoginCommand>());
        t.push_back(std::make_unique<StatusCommand>());
        t.push_back(std::make_unique<TokenCommand>());
        t.push_back(std::make_unique<LogoutCommand>());
        t.push_back(std::make_unique<AiCommand>());
        t.push_back(std::make_unique<ProfileCommand>());
        t.push_back(std::make_unique<CompletionCommand>());
        t.push_back(std::make_unique<OrgCommand>());
        return t;
    }();
    return table;
}

Command *findCommand(const QString &name)
{
    for (const auto &command : commands()) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace seqera::cli

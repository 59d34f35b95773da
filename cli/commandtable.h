#pragma once

#include "command.h"

#include <memory>
#include <vector>

namespace seqera::cli {

// The one table of commands: a command's name is written once, in its constructor.
const std::vector<std::unique_ptr<Command>> &commands();
Command *findCommand(const QString &name);

} // namespace seqera::cli

#pragma once

#include "command.h"

namespace seqera::cli {

// `seqera completion bash|zsh|fish`: a completion script made from the command table (the
// commands, their options and summaries), so it never lags behind the program. Profile
// names are completed at run time with `seqera profile list --names`. The build installs
// the same scripts to the shells' standard folders.
class CompletionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::CompletionCommand)
public:
    CompletionCommand();
    int execute(Context &context, const QCommandLineParser &parser) override;
    bool acceptsPositionalArguments() const override { return true; }
    QStringList positionalCompletions() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
};

} // namespace seqera::cli

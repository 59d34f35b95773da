#pragma once

#include "command.h"

namespace seqera::cli {

class TokenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::TokenCommand)
public:
    TokenCommand();
    int execute(Context &context, const QCommandLineParser &parser) override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
};

} // namespace seqera::cli

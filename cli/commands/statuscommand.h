#pragma once

#include "command.h"

namespace seqera::cli {

class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::StatusCommand)
public:
    StatusCommand();
    int execute(Context &context, const QCommandLineParser &parser) override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
};

} // namespace seqera::cli

#pragma once

#include "command.h"

namespace seqera::cli {

// `seqera org`: the Seqera AI organization new `seqera ai` sessions run in, kept per profile
// with the stored session. show (default), list, switch [ID|NAME] (select, change), clear
// (reset). The list comes from the AI backend (GET /v1/cli/organizations).
class OrgCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::OrgCommand)
public:
    OrgCommand();
    int execute(Context &context, const QCommandLineParser &parser) override;
    bool acceptsPositionalArguments() const override { return true; }

protected:
    void addOptions(QCommandLineParser &parser) const override;
};

} // namespace seqera::cli

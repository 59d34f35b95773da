#pragma once

#include "command.h"

namespace seqera::cli {

// `seqera ai`: the Seqera AI assistant, headless (one answer streamed to stdout) or as a
// line-based conversation in a terminal. The protocol lives in core/ai; this class decides
// what the user sees and asks them before local tools their approval mode does not allow.
class AiCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::AiCommand)
public:
    AiCommand();
    int execute(Context &context, const QCommandLineParser &parser) override;
    bool acceptsPositionalArguments() const override { return true; }
    QString helpEpilog(const Settings &settings) const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
};

} // namespace seqera::cli

#pragma once

#include "command.h"

namespace seqera::cli {

// `seqera profile list` and `seqera profile use NAME`: the profiles with a stored session,
// and the default one (kept in Settings::configFile(); $SEQERA_PROFILE and --profile win).
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::ProfileCommand)
public:
    ProfileCommand();
    int execute(Context &context, const QCommandLineParser &parser) override;
    bool acceptsPositionalArguments() const override { return true; }
    QStringList positionalCompletions() const override;
    QStringList profileArgumentAfter() const override { return { QStringLiteral("use") }; }

protected:
    void addOptions(QCommandLineParser &parser) const override;

private:
    int list(Context &context, bool namesOnly);
    int use(Context &context, const QString &name);
};

} // namespace seqera::cli

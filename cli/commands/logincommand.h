#pragma once

#include "command.h"

namespace seqera::cli {

class LoginCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::LoginCommand)
public:
    LoginCommand();
    int execute(Context &context, const QCommandLineParser &parser) override;
    QList<QPair<QString, QString>> conflictingOptions() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;

private:
    int loginWithToken(Context &context, bool insecure, bool force);
    int loginWithDevice(Context &context, bool insecure, bool force);
};

} // namespace seqera::cli

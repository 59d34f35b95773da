#pragma once

#include "ai/organizations.h"
#include "command.h"

#include <optional>

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
    int loginWithBrowser(Context &context, bool insecure, bool force, bool noBrowser);
    int loginWithToken(Context &context, bool insecure, bool force);
    int loginWithDevice(Context &context, bool insecure, bool force);
    int chooseOrganization(Context &context, const QString &wanted);
    std::optional<ai::Organization> pickOrganization(
        Context &context, const QList<ai::Organization> &organizations);
};

} // namespace seqera::cli

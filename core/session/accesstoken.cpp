#include "accesstoken.h"

#include <QCoreApplication>

namespace seqera {

QString AccessToken::describeSource() const
{
    switch (source) {
    case Source::Argument:
        return QStringLiteral("--token");
    case Source::Environment:
        return variable;
    case Source::Session:
        break;
    }
    return QCoreApplication::translate("seqera::TokenResolver", "profile \"%1\"").arg(profile);
}

Error notLoggedIn(const QString &profile)
{
    return Error(Error::Code::NotLoggedIn,
        QCoreApplication::translate(
            "seqera::Renewal", "Not logged in (profile \"%1\"). Run \"seqera login\" to sign in.")
            .arg(profile));
}

} // namespace seqera

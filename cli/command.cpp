#include "command.h"

namespace seqera::cli {

void Command::setupParser(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(m_description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({ { QStringLiteral("p"), QStringLiteral("profile") },
        tr("Use the profile <name> (default: $SEQERA_PROFILE or \"default\")."), tr("name") });
    parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help.") });
    addOptions(parser);
}

} // namespace seqera::cli

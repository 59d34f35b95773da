#include "command.h"

#include "util/terminaltext.h"

#include <QTextStream>

#include <algorithm>
#include <vector>

namespace seqera::cli {

int printError(QTextStream &err, const QString &message, int exitCode)
{
    // Messages can quote a server ("refused the token request: <its words>"): made visible.
    err << Command::tr("error: %1").arg(text::printable(message, text::Lines::Multi)) << Qt::endl;
    return exitCode;
}

int printUsageError(QTextStream &err, const QString &message, const QString &help)
{
    err << Command::tr("error: %1").arg(message) << Qt::endl;
    if (!help.isEmpty())
        err << Qt::endl << help;
    return 2; // ExitCode::Usage
}

int Context::error(const QString &message, int exitCode)
{
    return printError(err, message, exitCode);
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    const QString typed = word.toLower();
    const auto distance = [](const QString &a, const QString &b) {
        // Optimal string alignment: Levenshtein plus swapped neighbours ("stauts").
        const int n = int(a.size());
        const int m = int(b.size());
        std::vector<std::vector<int>> d(size_t(n + 1), std::vector<int>(size_t(m + 1)));
        for (int i = 0; i <= n; ++i)
            d[size_t(i)][0] = i;
        for (int j = 0; j <= m; ++j)
            d[0][size_t(j)] = j;
        for (int i = 1; i <= n; ++i) {
            for (int j = 1; j <= m; ++j) {
                const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int best = std::min({ d[size_t(i - 1)][size_t(j)] + 1,
                    d[size_t(i)][size_t(j - 1)] + 1, d[size_t(i - 1)][size_t(j - 1)] + cost });
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = std::min(best, d[size_t(i - 2)][size_t(j - 2)] + 1);
                d[size_t(i)][size_t(j)] = best;
            }
        }
        return d[size_t(n)][size_t(m)];
    };
    QString best;
    int bestDistance = std::max(1, int(typed.size()) / 3) + 1;
    for (const QString &candidate : candidates) {
        const QString lower = candidate.toLower();
        // A prefix of a longer name ("stat" for "status") is a likely abbreviation.
        const int d = (lower.startsWith(typed) && typed.size() >= 3) ? 1 : distance(typed, lower);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

QString unknownProfileHint(const QString &profile, const QStringList &existing)
{
    if (existing.isEmpty() || existing.contains(profile))
        return {};
    const QString profiles = existing.join(QStringLiteral(", "));
    const QString guess = closestMatch(profile, existing);
    return guess.isEmpty()
        ? Command::tr("Existing profiles: %1. Choose one with --profile NAME.").arg(profiles)
        : Command::tr("Did you mean --profile %1? Existing profiles: %2. Choose one with "
                      "--profile NAME.")
              .arg(guess, profiles);
}

QString Command::summary() const
{
    QString line = m_description.section(QLatin1Char('\n'), 0, 0).trimmed();
    while (line.endsWith(QLatin1Char(':')) || line.endsWith(QLatin1Char('.')))
        line.chop(1);
    return line;
}

void Command::setupParser(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(m_description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({ { QStringLiteral("p"), QStringLiteral("profile") },
        tr("Use the profile <name> (default: $SEQERA_PROFILE, then the one chosen with "
           "\"seqera profile use\", then \"default\")."),
        tr("name") });
    parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help.") });
    addOptions(parser);
}

} // namespace seqera::cli

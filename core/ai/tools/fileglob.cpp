#include "fileglob.h"

#include <QByteArrayList>

#include <re2/re2.h>

#include <string>

namespace seqera::ai {

namespace {
constexpr int kMaxRules = 1000; // .gitignore lines kept per search; projects have dozens
constexpr int kMaxGlobChars = 1000;

std::string quoted(QChar c)
{
    return RE2::QuoteMeta(QString(c).toStdString());
}

// The glob as an RE2 pattern; empty when it is malformed (an unclosed class or brace).
std::string toRegex(const QString &glob, bool braces)
{
    std::string out;
    int depth = 0;
    const qsizetype n = glob.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            const bool doubled = i + 1 < n && glob.at(i + 1) == QLatin1Char('*');
            const bool startsName = i == 0 || glob.at(i - 1) == QLatin1Char('/');
            const bool endsName = i + 2 >= n || glob.at(i + 2) == QLatin1Char('/');
            if (doubled && startsName && endsName) {
                // "**/" (any folders, none included), a final "**" (everything below).
                if (i + 2 < n) {
                    out += "(?:.*/)?";
                    i += 2;
                } else {
                    out += ".*";
                    i += 1;
                }
                continue;
            }
            while (i + 1 < n && glob.at(i + 1) == QLatin1Char('*'))
                ++i;
            out += "[^/]*";
        } else if (c == QLatin1Char('?')) {
            out += "[^/]";
        } else if (c == QLatin1Char('[')) {
            qsizetype j = i + 1;
            std::string cls = "[";
            if (j < n && (glob.at(j) == QLatin1Char('!') || glob.at(j) == QLatin1Char('^'))) {
                cls += "^/";
                ++j;
            }
            bool first = true;
            for (; j < n && (first || glob.at(j) != QLatin1Char(']')); ++j, first = false) {
                const QChar k = glob.at(j);
                if (k == QLatin1Char('\\') && j + 1 < n)
                    cls += quoted(glob.at(++j));
                else if (k == QLatin1Char('-'))
                    cls += '-';
                else
                    cls += quoted(k);
            }
            if (j >= n)
                return std::string();
            out += cls + ']';
            i = j;
        } else if (braces && c == QLatin1Char('{')) {
            ++depth;
            out += "(?:";
        } else if (braces && c == QLatin1Char('}') && depth > 0) {
            --depth;
            out += ')';
        } else if (braces && c == QLatin1Char(',') && depth > 0) {
            out += '|';
        } else if (c == QLatin1Char('\\') && i + 1 < n) {
            out += quoted(glob.at(++i));
        } else {
            out += quoted(c);
        }
    }
    return depth == 0 ? out : std::string();
}
} // namespace

FileGlob::FileGlob(const QString &glob, Syntax syntax)
{
    if (glob.isEmpty() || glob.size() > kMaxGlobChars)
        return;
    const std::string pattern = toRegex(glob, syntax == Syntax::Ripgrep);
    if (pattern.empty())
        return;
    RE2::Options options;
    options.set_log_errors(false);
    m_re = std::make_unique<RE2>(pattern, options);
    if (!m_re->ok())
        m_re.reset();
}

FileGlob::~FileGlob() = default;
FileGlob::FileGlob(FileGlob &&) noexcept = default;
FileGlob &FileGlob::operator=(FileGlob &&) noexcept = default;

bool FileGlob::isValid() const
{
    return m_re != nullptr;
}

bool FileGlob::matches(const QString &relativePath) const
{
    const std::string path = relativePath.toStdString();
    return matchesUtf8(path.data(), path.size());
}

bool FileGlob::matchesUtf8(const char *path, size_t size) const
{
    return m_re && RE2::FullMatch(re2::StringPiece(path, size), *m_re);
}

void IgnoreRules::addFile(const QString &folder, const QByteArray &content)
{
    const QByteArrayList lines = content.split('\n');
    for (QByteArray line : lines) {
        if (m_rules.size() >= kMaxRules)
            return;
        if (line.endsWith('\r'))
            line.chop(1);
        // Trailing blanks end the pattern unless a backslash keeps one.
        while (line.endsWith(' ') && !line.endsWith("\\ "))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        Rule rule;
        if (!folder.isEmpty())
            rule.folder = folder.toStdString() + '/';
        if (line.startsWith('!')) {
            rule.negated = true;
            line.remove(0, 1);
        }
        if (line.endsWith('/')) {
            rule.foldersOnly = true;
            line.chop(1);
        }
        QString pattern = QString::fromUtf8(line);
        // A slash at the start or in the middle ties the pattern to its folder; without
        // one it matches a name at any depth below it.
        if (pattern.startsWith(QLatin1Char('/')))
            pattern.remove(0, 1);
        else if (!pattern.contains(QLatin1Char('/')))
            pattern.prepend(QStringLiteral("**/"));
        if (pattern.isEmpty())
            continue;
        rule.glob = std::make_shared<FileGlob>(pattern, FileGlob::Syntax::GitIgnore);
        if (rule.glob->isValid())
            m_rules << rule;
    }
}

bool IgnoreRules::ignores(const QString &relativePath, bool isFolder) const
{
    const std::string path = relativePath.toStdString();
    for (auto it = m_rules.crbegin(); it != m_rules.crend(); ++it) {
        if (it->foldersOnly && !isFolder)
            continue;
        if (path.compare(0, it->folder.size(), it->folder) != 0)
            continue; // a rule of another folder
        if (it->glob->matchesUtf8(path.data() + it->folder.size(), path.size() - it->folder.size()))
            return !it->negated;
    }
    return false;
}

} // namespace seqera::ai

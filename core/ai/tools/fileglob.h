#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <string>

namespace re2 {
class RE2;
}

namespace seqera::ai {

// Globs as ripgrep's --glob and .gitignore read them, matched with RE2 (linear time: a
// model's `*a*a*a*a*b` costs the same as `*.nf`). Paths are relative and '/'-separated.
// `*` and `?` stay within one name, `**` crosses folders, `[...]` is a class (`[!...]`
// negated), `{a,b}` alternatives (include_glob only: git has none), `\x` the character x.
class FileGlob
{
public:
    enum class Syntax { Ripgrep, GitIgnore };
    FileGlob() = default;
    // Anchored: the whole path must match. Not valid when the glob is malformed.
    FileGlob(const QString &glob, Syntax syntax);
    ~FileGlob();
    FileGlob(FileGlob &&) noexcept;
    FileGlob &operator=(FileGlob &&) noexcept;

    bool isValid() const;
    bool matches(const QString &relativePath) const;
    bool matchesUtf8(const char *path, size_t size) const;

private:
    std::unique_ptr<re2::RE2> m_re;
};

// The .gitignore rules of one tree (a repository's top, or the searched folder outside a
// repository): files are added from the top inward, and the last rule that matches a path
// decides, as in git. The caller does not enter an ignored folder, so nothing below it can
// be taken back (git's rule too).
class IgnoreRules
{
public:
    // `content`: one .gitignore file, found in `folder` (relative to the top, "" for the top).
    void addFile(const QString &folder, const QByteArray &content);
    // `relativePath`: relative to the top.
    bool ignores(const QString &relativePath, bool isFolder) const;
    int size() const { return int(m_rules.size()); }

private:
    struct Rule
    {
        std::string folder; // UTF-8, with a final '/'; empty for the top
        std::shared_ptr<FileGlob> glob;
        bool negated = false;
        bool foldersOnly = false;
    };
    QList<Rule> m_rules;
};

} // namespace seqera::ai

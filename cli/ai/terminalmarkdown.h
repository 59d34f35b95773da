#pragma once

#include <QString>
#include <QStringList>

namespace seqera::ai {

// Renders the assistant's Markdown for a terminal as it streams in: headings, bold, italic,
// inline and fenced code, lists, quotes, rules and aligned tables. Works a line at a time
// (a table until its last row); a paragraph line streams up to its first inline marker. Input must
// already be sanitized (seqera::text::printable): the only escape sequences in the output are ours,
// and with color == false (NO_COLOR) there are none, only the layout.
class TerminalMarkdown
{
public:
    explicit TerminalMarkdown(bool color);

    // Returns what can be shown now.
    QString feed(const QString &text);
    // The rest (an unfinished line, a table still open) at the end of an answer.
    QString finish();

    // One line's inline markup (`code`, **bold**, *italic*, [text](url)).
    QString inlineMarkup(const QString &line) const;
    // Width on screen, escape sequences not counted.
    static int visibleWidth(const QString &text);

private:
    QString renderLine(const QString &line);
    qsizetype streamableEnd() const;
    QString flushTable();
    QString style(const char *sgr, const QString &text) const;

    bool m_color;
    QString m_pending; // the unfinished line
    qsizetype m_emitted = 0; // characters of m_pending already shown (a paragraph streams)
    bool m_inFence = false;
    QString m_fence; // "```" or "~~~" that opened the block
    QStringList m_table; // rows of a table being collected
};

} // namespace seqera::ai

#include "shelllexer.h"

#include <QRegularExpression>

namespace seqera::ai {

namespace {

constexpr int kMaxDepth = 16; // nested substitutions; deeper is Unknown

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isMeta(QChar c)
{
    return isBlank(c) || c == QLatin1Char('\n') || c == QLatin1Char(';') || c == QLatin1Char('&')
        || c == QLatin1Char('|') || c == QLatin1Char('(') || c == QLatin1Char(')')
        || c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('\r');
}

// The inside of ${...} as far as its first "}": only a name and plain operators. A quote,
// a backslash or another expansion could move where bash ends it (${x#'}'}) or run
// something (${x:-$(cmd)}): then the classifier gives up.
//
// Nor may it reach an evaluation of a variable's value as code: a subscript other than a
// number, @ or * is arithmetic (bash runs the $(...) inside a value used as `a[$(cmd)]`),
// ${!x} names a variable by another's value (the same), and ${x@P} expands the value as a
// prompt, which runs substitutions.
bool plainParameter(const QString &inner)
{
    for (const QChar c : inner) {
        if (c == QLatin1Char('$') || c == QLatin1Char('`') || c == QLatin1Char('\'')
            || c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('\n')
            || c == QLatin1Char('{') || c == QLatin1Char('\r'))
            return false;
    }
    if (inner.startsWith(QLatin1Char('!')))
        return false;
    static const QRegularExpression subscript(
        QStringLiteral("^#?[A-Za-z_][A-Za-z0-9_]*\\[([0-9]+|@|\\*)\\]"));
    QString rest = inner;
    const QRegularExpressionMatch m = subscript.match(inner);
    if (m.hasMatch())
        rest = inner.mid(m.capturedLength());
    return !rest.contains(QLatin1Char('[')) && !rest.contains(QLatin1Char('@'));
}

class Lexer
{
public:
    Lexer(const QString &text, LexedShell &out, const ShellCommandSink &sink, int depth)
        : m_t(text)
        , m_n(text.size())
        , m_out(out)
        , m_sink(sink)
        , m_depth(depth)
    { }

    void run();

private:
    QChar at(qsizetype i) const { return i < m_n ? m_t.at(i) : QChar(); }
    // Index of the character closing a $( / <( that starts its contents at `i`; -1 if none.
    qsizetype matchParen(qsizetype i) const;
    qsizetype matchBacktick(qsizetype i) const;
    void nested(const QString &inner);
    bool readWord(qsizetype &i, RawWord &w);
    void endCommand();
    void readHeredocs(qsizetype &i);

    const QString &m_t;
    const qsizetype m_n;
    LexedShell &m_out;
    const ShellCommandSink &m_sink;
    int m_depth;
    QList<RawWord> m_words;
    struct Heredoc
    {
        QString delimiter;
        bool stripTabs;
        bool literal;
    };
    QList<Heredoc> m_heredocs;
};

qsizetype Lexer::matchParen(qsizetype i) const
{
    int level = 1;
    const qsizetype start = i;
    while (i < m_n) {
        const QChar c = m_t.at(i);
        // Where a word starts, bash reads a comment (whose ")" closes nothing) and `case`
        // (whose patterns end in ")"): this matcher would stop early in both, so it gives up.
        const bool wordStart = i == start || isMeta(m_t.at(i - 1));
        if (wordStart
            && (c == QLatin1Char('#')
                || (m_t.mid(i, 4) == QLatin1String("case")
                    && (i + 4 >= m_n || isMeta(m_t.at(i + 4))))))
            return -1;
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype close = m_t.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return -1;
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('"')) {
            ++i;
            while (i < m_n && m_t.at(i) != QLatin1Char('"')) {
                if (m_t.at(i) == QLatin1Char('\\'))
                    ++i;
                else if (m_t.at(i) == QLatin1Char('$') && at(i + 1) == QLatin1Char('(')) {
                    const qsizetype close = matchParen(i + 2);
                    if (close < 0)
                        return -1;
                    i = close;
                } else if (m_t.at(i) == QLatin1Char('`')) {
                    const qsizetype close = matchBacktick(i + 1);
                    if (close < 0)
                        return -1;
                    i = close;
                }
                ++i;
            }
            if (i >= m_n)
                return -1;
            ++i;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const qsizetype close = matchBacktick(i + 1);
            if (close < 0)
                return -1;
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('('))
            ++level;
        else if (c == QLatin1Char(')') && --level == 0)
            return i;
        ++i;
    }
    return -1;
}

qsizetype Lexer::matchBacktick(qsizetype i) const
{
    while (i < m_n) {
        if (m_t.at(i) == QLatin1Char('\\'))
            i += 2;
        else if (m_t.at(i) == QLatin1Char('`'))
            return i;
        else
            ++i;
    }
    return -1;
}

void Lexer::nested(const QString &inner)
{
    if (m_depth >= kMaxDepth) {
        m_out.malformed = true;
        return;
    }
    Lexer(inner, m_out, m_sink, m_depth + 1).run();
}

// Reads one word starting at i (not at a blank or operator); i ends after it.
// Returns false when the text is malformed (unterminated quote or substitution).
// Long on purpose (issue 16's 80-line rule): the word reader is one state machine over quotes,
// escapes and the five kinds of expansion, written in the order bash reads them; split, every
// part would need the position, the word and the quoting state.
bool Lexer::readWord(qsizetype &i, RawWord &w)
{
    const qsizetype start = i;
    ShellWord &word = w.word;
    while (i < m_n && !isMeta(m_t.at(i))) {
        const QChar c = m_t.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 < m_n && m_t.at(i + 1) != QLatin1Char('\n'))
                word.text += m_t.at(i + 1);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype close = m_t.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return false;
            word.text += m_t.mid(i + 1, close - i - 1);
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < m_n) {
                const QChar d = m_t.at(i);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < m_n) {
                    const QChar e = m_t.at(i + 1);
                    if (e == QLatin1Char('$') || e == QLatin1Char('`') || e == QLatin1Char('"')
                        || e == QLatin1Char('\\'))
                        word.text += e;
                    else if (e != QLatin1Char('\n'))
                        word.text += d, word.text += e;
                    i += 2;
                    continue;
                }
                if (d == QLatin1Char('$') || d == QLatin1Char('`')) {
                    const qsizetype before = i;
                    if (d == QLatin1Char('`')) {
                        const qsizetype close = matchBacktick(i + 1);
                        if (close < 0)
                            return false;
                        nested(m_t.mid(i + 1, close - i - 1));
                        i = close + 1;
                        word.expansion = true;
                    } else if (at(i + 1) == QLatin1Char('(')) {
                        const qsizetype close = matchParen(i + 2);
                        if (close < 0)
                            return false;
                        nested(m_t.mid(i + 2, close - i - 2));
                        i = close + 1;
                        word.expansion = true;
                    } else if (at(i + 1) == QLatin1Char('{')) {
                        const qsizetype close = m_t.indexOf(QLatin1Char('}'), i + 2);
                        if (close < 0)
                            return false;
                        const QString inner = m_t.mid(i + 2, close - i - 2);
                        if (!plainParameter(inner))
                            m_out.malformed = true; // nested expansions in ${...}: give up
                        i = close + 1;
                        word.expansion = true;
                    } else if (at(i + 1) == QLatin1Char('[')) {
                        m_out.malformed = true; // $[...]: arithmetic, see below
                        ++i;
                    } else if (at(i + 1).isLetterOrNumber() || at(i + 1) == QLatin1Char('_')
                        || QStringLiteral("@*#?$!-").contains(at(i + 1))) {
                        i += 2;
                        while (i < m_n
                            && (m_t.at(i).isLetterOrNumber() || m_t.at(i) == QLatin1Char('_')))
                            ++i;
                        word.expansion = true;
                    } else {
                        ++i;
                    }
                    word.text += m_t.mid(before, i - before);
                    continue;
                }
                word.text += d;
                ++i;
            }
            if (!closed)
                return false;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const qsizetype close = matchBacktick(i + 1);
            if (close < 0)
                return false;
            nested(m_t.mid(i + 1, close - i - 1));
            word.text += m_t.mid(i, close - i + 1);
            word.expansion = true;
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const QChar next = at(i + 1);
            const qsizetype before = i;
            if (next == QLatin1Char('(')) {
                const qsizetype close = matchParen(i + 2);
                if (close < 0)
                    return false;
                nested(m_t.mid(i + 2, close - i - 2));
                i = close + 1;
            } else if (next == QLatin1Char('{')) {
                const qsizetype close = m_t.indexOf(QLatin1Char('}'), i + 2);
                if (close < 0)
                    return false;
                const QString inner = m_t.mid(i + 2, close - i - 2);
                if (!plainParameter(inner))
                    m_out.malformed = true;
                i = close + 1;
            } else if (next == QLatin1Char('[')) {
                // $[...] is arithmetic (the old spelling of $((...))): a variable's value in
                // it is evaluated, substitutions included.
                m_out.malformed = true;
                ++i;
                continue;
            } else if (next == QLatin1Char('"')) {
                // $"..." (translated) is a double-quoted string: substitutions inside run.
                word.expansion = true;
                ++i;
                continue;
            } else if (next == QLatin1Char('\'')) {
                // $'...' (ANSI-C: "\x72m" is "rm"): never literal.
                qsizetype j = i + 2;
                while (j < m_n && m_t.at(j) != next) {
                    if (m_t.at(j) == QLatin1Char('\\'))
                        ++j;
                    ++j;
                }
                if (j >= m_n)
                    return false;
                i = j + 1;
            } else if (next.isLetterOrNumber() || next == QLatin1Char('_')
                || QStringLiteral("@*#?$!-").contains(next)) {
                i += 2;
                while (i < m_n && (m_t.at(i).isLetterOrNumber() || m_t.at(i) == QLatin1Char('_')))
                    ++i;
            } else {
                word.text += c; // a lone "$" is literal
                ++i;
                continue;
            }
            word.text += m_t.mid(before, i - before);
            word.expansion = true;
            continue;
        }
        if (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[')) {
            word.glob = true;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
            // Brace expansion ("r{m,}") builds words the shell splits again.
            if (i > start || (i + 1 < m_n && !isMeta(m_t.at(i + 1))))
                word.expansion = true;
        } else if (c == QLatin1Char('~') && i == start) {
            // Tilde forms other than ~ and ~/ (~user, ~+, ~-) name other folders.
            const QChar next = at(i + 1);
            if (!(next.isNull() || isMeta(next) || next == QLatin1Char('/')))
                word.expansion = true;
        }
        word.text += c;
        ++i;
    }
    w.raw = m_t.mid(start, i - start);
    return true;
}

void Lexer::endCommand()
{
    if (!m_words.isEmpty())
        m_sink(m_words);
    m_words.clear();
}

void Lexer::readHeredocs(qsizetype &i)
{
    // i is just after a newline: the bodies follow, one per pending delimiter.
    for (const Heredoc &h : std::as_const(m_heredocs)) {
        bool found = false;
        while (i < m_n) {
            qsizetype end = m_t.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                end = m_n;
            QString line = m_t.mid(i, end - i);
            i = end + 1;
            if (h.stripTabs) {
                while (line.startsWith(QLatin1Char('\t')))
                    line.remove(0, 1);
            }
            if (line == h.delimiter) {
                found = true;
                break;
            }
            // An unquoted delimiter expands the body: $(...) and `...` in it run.
            if (!h.literal
                && (line.contains(QLatin1Char('`')) || line.contains(QLatin1String("$("))))
                m_out.malformed = true;
        }
        if (!found) {
            m_out.malformed = true;
            i = m_n;
        }
    }
    m_heredocs.clear();
}

// Long on purpose: the loop over operators, here-documents and words is the lexer's top
// state machine, kept in one place so that its order is bash's order.
void Lexer::run()
{
    qsizetype i = 0;
    while (i < m_n) {
        const QChar c = m_t.at(i);
        if (isBlank(c) || c == QLatin1Char('\r')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('\\') && at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\n')) {
            endCommand();
            ++i;
            if (!m_heredocs.isEmpty())
                readHeredocs(i);
            continue;
        }
        if (c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char('(')
            || c == QLatin1Char(')')) {
            endCommand();
            ++i;
            continue;
        }
        if (c == QLatin1Char('&') && at(i + 1) != QLatin1Char('>')) {
            endCommand();
            ++i;
            continue;
        }
        if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('&')) {
            // A redirection: [n]> >> >| &> &>> <> >& <& < << <<- <<< and <(...) >(...).
            if ((c == QLatin1Char('<') || c == QLatin1Char('>')) && at(i + 1) == QLatin1Char('(')) {
                const qsizetype close = matchParen(i + 2);
                if (close < 0) {
                    m_out.malformed = true;
                    return;
                }
                nested(m_t.mid(i + 2, close - i - 2));
                RawWord w;
                w.word.text = m_t.mid(i, close - i + 1);
                w.word.expansion = true;
                w.raw = w.word.text;
                m_words << w;
                i = close + 1;
                continue;
            }
            QString op;
            while (i < m_n && QStringLiteral("<>&|-").contains(m_t.at(i)) && op.size() < 3) {
                // "|" only right after ">" (>|), "-" only in "<<-", "&" in &> >& <&.
                const QChar d = m_t.at(i);
                if (d == QLatin1Char('|') && op != QLatin1String(">"))
                    break;
                if (d == QLatin1Char('-') && op != QLatin1String("<<") && op != QLatin1String(">&")
                    && op != QLatin1String("<&"))
                    break;
                op += d;
                ++i;
            }
            while (i < m_n && isBlank(m_t.at(i)))
                ++i;
            if (op.endsWith(QLatin1Char('-'))
                && (op == QLatin1String(">&-") || op == QLatin1String("<&-")))
                continue; // closes a descriptor
            RawWord target;
            if (i >= m_n || isMeta(m_t.at(i)) || !readWord(i, target)) {
                m_out.malformed = true;
                return;
            }
            if (op == QLatin1String("<<") || op == QLatin1String("<<-")) {
                const bool literal = target.raw.contains(QLatin1Char('\''))
                    || target.raw.contains(QLatin1Char('"'))
                    || target.raw.contains(QLatin1Char('\\'));
                m_heredocs << Heredoc { target.word.text, op == QLatin1String("<<-"), literal };
                continue;
            }
            if (op == QLatin1String("<<<"))
                continue; // a here-string: its word was lexed (substitutions found) above
            static const QRegularExpression fd(QStringLiteral("^[0-9]+-?$"));
            const bool dup = (op == QLatin1String(">&") || op == QLatin1String("<&"))
                && fd.match(target.raw).hasMatch();
            if (dup)
                continue;
            if (op == QLatin1String("<") || op == QLatin1String("<&")) {
                m_out.redirectReads << target.word;
                continue;
            }
            static const QStringList harmless { QStringLiteral("/dev/null"),
                QStringLiteral("/dev/stdout"), QStringLiteral("/dev/stderr") };
            if (target.word.expansion || target.word.glob || !harmless.contains(target.word.text))
                m_out.redirectWrites << target.word;
            continue;
        }
        if (c == QLatin1Char('#')) {
            // A comment, as bash reads it: a quote inside it opens nothing, and the next line
            // is code ("echo # '\nrm -rf d\n'" runs rm).
            while (i < m_n && m_t.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        RawWord w;
        if (!readWord(i, w)) {
            m_out.malformed = true;
            return;
        }
        // "2>file": a number right before a redirection is its descriptor, not a word.
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (i < m_n && (m_t.at(i) == QLatin1Char('<') || m_t.at(i) == QLatin1Char('>'))
            && digits.match(w.raw).hasMatch())
            continue;
        m_words << w;
    }
    endCommand();
    if (!m_heredocs.isEmpty())
        m_out.malformed = true;
}

} // namespace

void lexShell(const QString &text, LexedShell &out, const ShellCommandSink &sink)
{
    Lexer(text, out, sink, 0).run();
}

} // namespace seqera::ai

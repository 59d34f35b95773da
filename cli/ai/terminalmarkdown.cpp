#include "terminalmarkdown.h"

#include <QRegularExpression>

namespace seqera::ai {

namespace {
const QRegularExpression &ansi()
{
    static const QRegularExpression re(QStringLiteral("\\x1b\\[[0-9;]*m"));
    return re;
}

bool isTableRow(const QString &line)
{
    const QString t = line.trimmed();
    return t.size() > 1 && t.startsWith(QLatin1Char('|'));
}

bool isSeparatorRow(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*:?-{0,}:?\\s*$"));
    return re.match(line).hasMatch();
}

QStringList cells(const QString &row)
{
    QString t = row.trimmed();
    if (t.startsWith(QLatin1Char('|')))
        t.remove(0, 1);
    if (t.endsWith(QLatin1Char('|')) && !t.endsWith(QLatin1String("\\|")))
        t.chop(1);
    QStringList out;
    QString cell;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i) == QLatin1Char('\\') && i + 1 < t.size() && t.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (t.at(i) == QLatin1Char('|')) {
            out << cell.trimmed();
            cell.clear();
        } else {
            cell += t.at(i);
        }
    }
    out << cell.trimmed();
    return out;
}
} // namespace

TerminalMarkdown::TerminalMarkdown(bool color)
    : m_color(color)
{ }

int TerminalMarkdown::visibleWidth(const QString &text)
{
    QString plain = text;
    plain.remove(ansi());
    return int(plain.size());
}

QString TerminalMarkdown::style(const char *sgr, const QString &text) const
{
    if (!m_color)
        return text;
    return QStringLiteral("\x1b[%1m").arg(QLatin1String(sgr)) + text + QStringLiteral("\x1b[0m");
}

QString TerminalMarkdown::inlineMarkup(const QString &line) const
{
    QString out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    auto closes = [&](const QString &marker, qsizetype from) {
        const qsizetype end = line.indexOf(marker, from);
        return end > from ? end : -1;
    };
    while (i < n) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('`')) {
            const qsizetype end = line.indexOf(QLatin1Char('`'), i + 1);
            if (end > i + 1) {
                out += style("36", line.mid(i + 1, end - i - 1));
                i = end + 1;
                continue;
            }
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < n && line.at(i + 1) == c) {
            const QString marker(2, c);
            const qsizetype end = closes(marker, i + 2);
            if (end > 0) {
                out += style("1", inlineMarkup(line.mid(i + 2, end - i - 2)));
                i = end + 2;
                continue;
            }
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < n
            && !line.at(i + 1).isSpace() && (i == 0 || !line.at(i - 1).isLetterOrNumber())) {
            const qsizetype end = closes(QString(c), i + 1);
            if (end > 0 && !line.at(end - 1).isSpace()
                && (end + 1 >= n || !line.at(end + 1).isLetterOrNumber())) {
                out += style("3", inlineMarkup(line.mid(i + 1, end - i - 1)));
                i = end + 1;
                continue;
            }
        }
        if (c == QLatin1Char('[')) {
            static const QRegularExpression link(
                QStringLiteral("^\\[([^\\]]+)\\]\\(([^)\\s]+)\\)"));
            const auto m = link.match(line.mid(i));
            if (m.hasMatch()) {
                out += inlineMarkup(m.captured(1)) + QStringLiteral(" (")
                    + style("4", m.captured(2)) + QLatin1Char(')');
                i += m.capturedLength();
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

QString TerminalMarkdown::flushTable()
{
    if (m_table.isEmpty())
        return {};
    QList<QStringList> rows;
    QList<bool> header;
    for (const QString &row : std::as_const(m_table)) {
        if (isSeparatorRow(row)) {
            if (!header.isEmpty())
                header.last() = true;
            continue;
        }
        QStringList rendered;
        for (const QString &cell : cells(row))
            rendered << inlineMarkup(cell);
        rows << rendered;
        header << false;
    }
    m_table.clear();
    qsizetype columns = 0;
    for (const QStringList &r : std::as_const(rows))
        columns = qMax(columns, r.size());
    QList<int> widths(columns, 0);
    for (const QStringList &r : std::as_const(rows))
        for (qsizetype c = 0; c < r.size(); ++c)
            widths[c] = qMax(widths[c], visibleWidth(r.at(c)));
    QString out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList padded;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = c < rows[i].size() ? rows[i].at(c) : QString();
            const QString text = header[i] ? style("1", cell) : cell;
            padded << text + QString(widths[c] - visibleWidth(cell), QLatin1Char(' '));
        }
        QString line = padded.join(QStringLiteral("  "));
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
        if (header[i]) {
            QStringList rules;
            for (int w : std::as_const(widths))
                rules << QString(w, QChar(0x2500));
            out += style("2", rules.join(QStringLiteral("  "))) + QLatin1Char('\n');
        }
    }
    return out;
}

QString TerminalMarkdown::renderLine(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (m_inFence) {
        if (trimmed.startsWith(m_fence)) {
            m_inFence = false;
            return style("2", trimmed) + QLatin1Char('\n');
        }
        return style("36", line) + QLatin1Char('\n');
    }
    QString out;
    if (isTableRow(line)) {
        m_table << line;
        return out;
    }
    out += flushTable();
    if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
        m_inFence = true;
        m_fence = trimmed.left(3);
        return out + style("2", trimmed) + QLatin1Char('\n');
    }
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[-*+]\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^(\\s*)(\\d+[.)])\\s+(.*)$"));
    static const QRegularExpression rule(QStringLiteral("^\\s*([-*_])(\\s*\\1){2,}\\s*$"));
    if (const auto m = heading.match(line); m.hasMatch()) {
        const QString text = inlineMarkup(m.captured(2));
        return out + style(m.captured(1).size() == 1 ? "1;4" : "1", text) + QLatin1Char('\n');
    }
    if (rule.match(line).hasMatch())
        return out + style("2", QString(40, QChar(0x2500))) + QLatin1Char('\n');
    if (const auto m = bullet.match(line); m.hasMatch())
        return out + m.captured(1) + QChar(0x2022) + QLatin1Char(' ') + inlineMarkup(m.captured(2))
            + QLatin1Char('\n');
    if (const auto m = numbered.match(line); m.hasMatch())
        return out + m.captured(1) + m.captured(2) + QLatin1Char(' ') + inlineMarkup(m.captured(3))
            + QLatin1Char('\n');
    if (trimmed.startsWith(QLatin1Char('>')))
        return out + style("2", QStringLiteral("\u2502 ")) + inlineMarkup(trimmed.mid(1).trimmed())
            + QLatin1Char('\n');
    return out + inlineMarkup(line) + QLatin1Char('\n');
}

qsizetype TerminalMarkdown::streamableEnd() const
{
    // Only a paragraph line streams before its end: a block marker at its start (heading,
    // list, quote, table, fence, indentation) decides how the whole line looks.
    if (m_inFence || !m_table.isEmpty() || m_pending.isEmpty())
        return m_emitted;
    const QChar first = m_pending.at(0);
    if (first.isSpace() || QStringLiteral("#-*+>|`~_=").contains(first))
        return m_emitted;
    if (first.isDigit()) {
        qsizetype i = 0;
        while (i < m_pending.size() && m_pending.at(i).isDigit())
            ++i;
        if (i == m_pending.size() || m_pending.at(i) == QLatin1Char('.')
            || m_pending.at(i) == QLatin1Char(')'))
            return m_emitted; // may still be "1. item"
    }
    // Up to the first inline marker: what follows it waits for the end of the line.
    qsizetype end = m_emitted;
    while (end < m_pending.size() && !QStringLiteral("*_`[\\").contains(m_pending.at(end)))
        ++end;
    return end;
}

QString TerminalMarkdown::feed(const QString &text)
{
    m_pending += text;
    QString out;
    qsizetype newline;
    while ((newline = m_pending.indexOf(QLatin1Char('\n'))) >= 0) {
        const QString line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        if (m_emitted > 0)
            out += inlineMarkup(line.mid(m_emitted)) + QLatin1Char('\n');
        else
            out += renderLine(line);
        m_emitted = 0;
    }
    const qsizetype end = streamableEnd();
    if (end > m_emitted) {
        out += m_pending.mid(m_emitted, end - m_emitted);
        m_emitted = end;
    }
    return out;
}

QString TerminalMarkdown::finish()
{
    QString out;
    if (m_emitted > 0) {
        out += inlineMarkup(m_pending.mid(m_emitted));
        m_pending.clear();
        m_emitted = 0;
    } else if (!m_pending.isEmpty()) {
        out += renderLine(std::exchange(m_pending, QString()));
        out.chop(1); // the answer's last line had no newline; the caller ends it
    }
    const QString table = flushTable();
    if (!table.isEmpty()) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += table;
        out.chop(1);
    }
    m_inFence = false;
    return out;
}

} // namespace seqera::ai

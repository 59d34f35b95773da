// Our streaming Markdown renderer (cli/ai/terminalmarkdown) against md4c, the CommonMark
// parser Qt's own Markdown support is built on (Debian's libmd4c-dev), for issue 16's
// question: should `seqera ai` parse with md4c? Input: the project's own docs/*.md (real
// Markdown with headings, lists, code blocks and tables), cut into deltas of 16 characters as
// the backend streams them. Prints a Markdown table per way of rendering:
//   - CPU time for the whole input (median of RUNS);
//   - lag: for every word, how much more of the answer arrived between the word's arrival and
//     its appearance on screen, in characters (mean and worst over the words).
// md4c is not incremental: it streams either a finished block at a time (a blank line ends
// it; a paragraph appears whole) or by parsing everything again on every delta (what was
// already printed cannot be taken back on a terminal, so this only bounds the cost).
//   bench_markdown DOCS_DIR [RUNS]
#include "ai/terminalmarkdown.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <md4c.h>

#include <algorithm>
#include <utility>
#include <functional>

using seqera::ai::TerminalMarkdown;

namespace {

constexpr int kDelta = 16;

// A terminal renderer on md4c's callbacks, as small as ours in what it shows: bold headings,
// styled emphasis and code, bullets, indented code blocks, table cells separated by " | ".
struct Md4cTerminal
{
    QString out;
    int listDepth = 0;

    static int enterBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        auto *r = static_cast<Md4cTerminal *>(self);
        switch (type) {
        case MD_BLOCK_H:
            r->out += QStringLiteral("\x1b[1m");
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            ++r->listDepth;
            break;
        case MD_BLOCK_LI:
            r->out += QString(r->listDepth * 2 - 2, QLatin1Char(' ')) + QStringLiteral("• ");
            break;
        case MD_BLOCK_CODE:
            r->out += QStringLiteral("\x1b[36m");
            break;
        case MD_BLOCK_TD:
        case MD_BLOCK_TH:
            r->out += QStringLiteral(" | ");
            break;
        default:
            break;
        }
        return 0;
    }
    static int leaveBlock(MD_BLOCKTYPE type, void *, void *self)
    {
        auto *r = static_cast<Md4cTerminal *>(self);
        switch (type) {
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
            r->out += QStringLiteral("\x1b[0m\n");
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            --r->listDepth;
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_LI:
        case MD_BLOCK_TR:
            r->out += QLatin1Char('\n');
            break;
        default:
            break;
        }
        return 0;
    }
    static int enterSpan(MD_SPANTYPE type, void *, void *self)
    {
        auto *r = static_cast<Md4cTerminal *>(self);
        r->out += type == MD_SPAN_STRONG ? QStringLiteral("\x1b[1m")
            : type == MD_SPAN_EM         ? QStringLiteral("\x1b[3m")
            : type == MD_SPAN_CODE       ? QStringLiteral("\x1b[36m")
                                         : QString();
        return 0;
    }
    static int leaveSpan(MD_SPANTYPE type, void *, void *self)
    {
        auto *r = static_cast<Md4cTerminal *>(self);
        if (type == MD_SPAN_STRONG || type == MD_SPAN_EM || type == MD_SPAN_CODE)
            r->out += QStringLiteral("\x1b[0m");
        return 0;
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self)
    {
        auto *r = static_cast<Md4cTerminal *>(self);
        if (type == MD_TEXT_BR || type == MD_TEXT_SOFTBR)
            r->out += QLatin1Char(type == MD_TEXT_BR ? '\n' : ' ');
        else
            r->out += QString::fromUtf8(text, qsizetype(size));
        return 0;
    }

    static QString render(const QByteArray &markdown)
    {
        Md4cTerminal r;
        MD_PARSER parser {};
        parser.flags = MD_DIALECT_GITHUB;
        parser.enter_block = enterBlock;
        parser.leave_block = leaveBlock;
        parser.enter_span = enterSpan;
        parser.leave_span = leaveSpan;
        parser.text = text;
        md_parse(markdown.constData(), MD_SIZE(markdown.size()), &parser, &r);
        return r.out;
    }
};

// One way of streaming: gets the deltas one by one, returns what to print after each.
using Stream = std::function<QStringList(const QStringList &deltas)>;

QStringList ours(const QStringList &deltas)
{
    TerminalMarkdown markdown(true);
    QStringList shown;
    for (const QString &d : deltas)
        shown << markdown.feed(d);
    shown.last() += markdown.finish();
    return shown;
}

// md4c a finished block at a time: everything up to the last blank line outside a fence.
QStringList md4cBlocks(const QStringList &deltas)
{
    QStringList shown;
    QString pending;
    for (const QString &d : deltas) {
        pending += d;
        qsizetype cut = -1;
        bool inFence = false;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            if (pending.at(i) != QLatin1Char('\n'))
                continue;
            const QStringView line = QStringView(pending).mid(lineStart, i - lineStart);
            if (line.trimmed().startsWith(QLatin1String("```")))
                inFence = !inFence;
            else if (!inFence && line.trimmed().isEmpty())
                cut = i + 1;
            lineStart = i + 1;
        }
        if (cut < 0) {
            shown << QString();
            continue;
        }
        shown << Md4cTerminal::render(pending.left(cut).toUtf8());
        pending.remove(0, cut);
    }
    shown.last() += Md4cTerminal::render(pending.toUtf8());
    return shown;
}

// md4c on everything so far, on every delta; prints the new tail (an upper bound on the
// work: on a real terminal, changed earlier output would need a redraw).
QStringList md4cReparse(const QStringList &deltas)
{
    QStringList shown;
    QString all;
    qsizetype printed = 0;
    for (const QString &d : deltas) {
        all += d;
        const QString rendered = Md4cTerminal::render(all.toUtf8());
        shown << rendered.mid(printed);
        printed = qMax(printed, rendered.size());
    }
    return shown;
}

QString plain(const QString &s)
{
    static const QRegularExpression escape(QStringLiteral("\x1b\\[[0-9;]*m"));
    QString text = s;
    text.remove(escape);
    return text;
}

struct Measure
{
    double cpuMs = 0;
    double meanLag = 0;
    int worstLag = 0;
};

// Lag, renderer-agnostic: every word of the input (letters, 4 or more) that the renderer
// shows is found in its final output, in order; the word is on screen from the first delta
// after which the output reaches it. Its lag is the input that arrived in between, in
// characters.
Measure measure(const Stream &stream, const QStringList &deltas, int runs)
{
    QList<double> times;
    QStringList shown;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        shown = stream(deltas);
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    Measure m;
    m.cpuMs = times.at(times.size() / 2);

    QList<qsizetype> outputAfter; // length of the plain output after each delta
    QString output;
    for (const QString &s : shown) {
        output += plain(s);
        outputAfter << output.size();
    }
    const QString input = deltas.join(QString());
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
    qsizetype cursor = 0;
    double lagSum = 0;
    int words = 0;
    for (auto it = word.globalMatch(input); it.hasNext();) {
        const QRegularExpressionMatch w = it.next();
        const qsizetype at = output.indexOf(w.captured(), cursor);
        if (at < 0 || at - cursor > 2000)
            continue; // not shown (a link's target) or too far to be the same word
        cursor = at + w.capturedLength();
        const qsizetype arrived = (w.capturedEnd() - 1) / kDelta;
        const qsizetype onScreen
            = std::lower_bound(outputAfter.begin(), outputAfter.end(), cursor) - outputAfter.begin();
        const int lag = int(qMax<qsizetype>(0, onScreen - arrived) * kDelta);
        lagSum += lag;
        m.worstLag = qMax(m.worstLag, lag);
        ++words;
    }
    m.meanLag = words ? lagSum / words : 0;
    return m;
}

// Joins the lines of each paragraph (outside code fences; not list items, headings, quotes,
// table rows or indented code).
QString unwrap(const QString &text)
{
    static const QRegularExpression block(QStringLiteral("^(\\s{4}|[|#>*+-]|\\d+\\.|```)"));
    QStringList out;
    bool inFence = false;
    bool joinable = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const bool fence = line.trimmed().startsWith(QLatin1String("```"));
        if (fence)
            inFence = !inFence;
        const bool paragraph = !fence && !inFence && !line.trimmed().isEmpty()
            && !block.match(line).hasMatch();
        if (paragraph && joinable && !out.isEmpty())
            out.last() += QLatin1Char(' ') + line.trimmed();
        else
            out << line;
        joinable = !inFence && !line.trimmed().isEmpty() && !fence
            && !line.startsWith(QLatin1Char('|')) && !line.startsWith(QLatin1Char('#'));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_markdown DOCS_DIR [RUNS]\n";
        return 2;
    }
    const QDir docs(QString::fromLocal8Bit(argv[1]));
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    QString input;
    for (const QString &name : docs.entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name)) {
        if (name == QLatin1String("benchmarks.md"))
            continue; // changes with every run
        QFile f(docs.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            input += QString::fromUtf8(f.readAll()) + QLatin1Char('\n');
    }
    // The docs are wrapped at 92 columns; a model writes a paragraph as one long line. Both.
    const QString unwrapped = unwrap(input);
    QTextStream out(stdout);
    for (const auto &[label, text] :
        { std::pair { "docs/*.md as written (lines of at most 92 characters)", input },
            std::pair { "the same with each paragraph on one line, as a model writes", unwrapped } }) {
        QStringList deltas;
        for (qsizetype i = 0; i < text.size(); i += kDelta)
            deltas << text.mid(i, kDelta);
        out << "Input: " << label << ", " << text.size() << " characters in " << deltas.size()
            << " deltas of " << kDelta << ".\n\n";
        out << "| renderer | CPU for the whole input | mean lag of a word | worst lag of a word |\n";
        out << "|---|---|---|---|\n";
        const struct
        {
            const char *name;
            Stream stream;
            int runs;
            bool lag;
        } cases[] = { { "TerminalMarkdown (ours), streaming by line", ours, runs, true },
            { "md4c, a finished block at a time", md4cBlocks, runs, true },
            { "md4c, everything again on every delta", md4cReparse, 1, false } };
        for (const auto &c : cases) {
            const Measure m = measure(c.stream, deltas, c.runs);
            out << "| " << c.name << " | " << QString::number(m.cpuMs, 'f', 1) << " ms | ";
            if (c.lag)
                out << qRound(m.meanLag) << " characters | " << m.worstLag << " characters |\n";
            else
                out << "- (needs a redraw of what changed) | - |\n";
        }
        out << "\n";
    }
    return 0;
}

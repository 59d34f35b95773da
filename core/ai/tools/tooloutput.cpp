#include "tooloutput.h"

#include <QSet>
#include <QStringList>

#include <re2/re2.h>

namespace seqera::ai::tooloutput {

namespace {

bool isFinalByte(char16_t c)
{
    return c >= 0x40 && c <= 0x7e;
}

// The end of a string sequence (OSC, DCS, SOS, PM, APC) starting at `from`: after BEL or ST
// (ESC \ or U+009C); an unterminated one runs to the end of its line.
qsizetype stringEnd(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x07 || c == 0x9c)
            return i + 1;
        if (c == 0x1b && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\\'))
            return i + 2;
        if (c == u'\n')
            return i;
    }
    return text.size();
}

// The end of a control sequence's parameters and intermediates, then its final byte.
qsizetype csiEnd(const QString &text, qsizetype from)
{
    qsizetype i = from;
    while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x3f)
        ++i;
    if (i < text.size() && isFinalByte(text.at(i).unicode()))
        return i + 1;
    return i;
}

// Where the escape sequence starting at `i` ends (text.at(i) is ESC or an 8-bit introducer).
qsizetype sequenceEnd(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c == 0x9b)
        return csiEnd(text, i + 1);
    if (c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e || c == 0x9f)
        return stringEnd(text, i + 1);
    if (i + 1 >= text.size())
        return i + 1;
    const char16_t next = text.at(i + 1).unicode();
    if (next == u'[')
        return csiEnd(text, i + 2);
    if (next == u']' || next == u'P' || next == u'X' || next == u'^' || next == u'_')
        return stringEnd(text, i + 2);
    // ESC, intermediates (0x20-0x2f), then one final character: "ESC ( B", "ESC 7", "ESC =".
    qsizetype j = i + 1;
    while (j < text.size() && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x2f)
        ++j;
    if (j < text.size() && text.at(j).unicode() >= 0x30 && text.at(j).unicode() <= 0x7e)
        return j + 1;
    return j;
}

QString trimmedEnd(const QString &s)
{
    qsizetype n = s.size();
    while (n > 0 && s.at(n - 1).isSpace())
        --n;
    return s.left(n);
}

// Nextflow's lines (the official client's reading of them). RE2: linear on any line.
struct NextflowPatterns
{
    RE2 banner { R"(^\s*N\s+E\s+X\s+T\s+F\s+L\s+O\s+W)" };
    RE2 version { R"(^\s*version\s+\d+\.\d+)" };
    RE2 launching {
        R"(Launching\s+`([^`]+)`\s+\[([^\]]+)\](?:\s+DSL\d)?(?:\s+-\s+revision:\s+(\S+))?)"
    };
    RE2 executor { R"(^\s*executor\s*>)" };
    RE2 process { R"(^\[([a-f0-9]{2}/[a-f0-9]+)\]\s+process\s*>\s*(.+?)(?:\s+\[\s*\d+%\].*)?$)" };
    RE2 counter { R"((?i)^\s*(Succeeded|Failed|Cached|Ignored|Retries)\s*:\s*(\d+))" };
    RE2 workDir { R"((?i)^\s*Work\s+dir\s*:\s*(.+))" };
    RE2 footer { R"((?i)^\s*(Completed at|Duration|CPU hours|Launch dir|Command)\s*:)" };
    RE2 warning { R"((?:^|\]\s*)WARN:\s*(.+))" };
    RE2 error { R"((?:^|\]\s*)ERROR\s*[~:]?\s*(.+))" };
    RE2 separator { R"(^\s*[-=_~]*\s*$)" };
};

const NextflowPatterns &patterns()
{
    static const NextflowPatterns p;
    return p;
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

struct RunState
{
    bool started = false;
    bool completed = false;
    long long succeeded = 0, failed = 0, cached = 0;
    QSet<QString> warnings;
    bool inError = false;
};

// One line's condensed form; a null QString drops it.
QString condenseLine(const QString &raw, RunState &state)
{
    const NextflowPatterns &p = patterns();
    const QString trimmed = trimmedEnd(raw);
    if (trimmed.isEmpty())
        return QString();
    const std::string line = trimmed.toStdString();
    std::string a, b, c;
    if (RE2::PartialMatch(line, p.banner) || RE2::PartialMatch(line, p.version))
        return QString();
    if (RE2::PartialMatch(line, p.launching, &a, &b, &c)) {
        state.started = true;
        QString out = QStringLiteral("[PIPELINE] %1 [%2]").arg(fromStd(a), fromStd(b));
        if (!c.empty())
            out += QStringLiteral(" | revision=") + fromStd(c);
        return out;
    }
    if (RE2::PartialMatch(line, p.workDir, &a))
        return QStringLiteral("[WORKDIR] ") + fromStd(a).trimmed();
    if (RE2::PartialMatch(line, p.executor))
        return QString();
    if (RE2::PartialMatch(line, p.process, &a, &b))
        return QStringLiteral("[PROCESS %1] %2").arg(fromStd(a), fromStd(b).trimmed());
    if (RE2::PartialMatch(line, p.counter, &a, &b)) {
        const QString name = fromStd(a).toLower();
        const long long n = fromStd(b).toLongLong();
        if (name == QLatin1String("succeeded"))
            state.succeeded = n;
        else if (name == QLatin1String("failed"))
            state.failed = n;
        else if (name == QLatin1String("cached"))
            state.cached = n;
        return QString();
    }
    if (RE2::PartialMatch(line, p.footer, &a)) {
        if (fromStd(a).compare(QLatin1String("Completed at"), Qt::CaseInsensitive) == 0)
            state.completed = true;
        return QString();
    }
    if (RE2::PartialMatch(line, p.warning, &a)) {
        const QString text = fromStd(a).simplified();
        if (state.warnings.contains(text))
            return QString();
        state.warnings.insert(text);
        return QStringLiteral("[WARN] ") + text;
    }
    if (RE2::PartialMatch(line, p.error, &a)) {
        state.inError = true;
        return QStringLiteral("[ERROR] ") + fromStd(a).trimmed();
    }
    if (state.inError) {
        if (trimmed.startsWith(QLatin1Char(' ')) || trimmed.startsWith(QLatin1Char('\t')))
            return trimmed;
        state.inError = false;
    }
    if (RE2::FullMatch(line, p.separator))
        return QString();
    return trimmed;
}

} // namespace

QString withoutTerminalControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x1b || c == 0x9b || c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e
            || c == 0x9f) {
            i = sequenceEnd(text, i);
            continue;
        }
        if (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')))
            out += QLatin1Char('\n');
        else
            out += text.at(i);
        ++i;
    }
    return out;
}

bool looksLikeNextflowRun(const QString &text)
{
    const NextflowPatterns &p = patterns();
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const std::string s = line.toStdString();
        if (RE2::PartialMatch(s, p.banner) || RE2::PartialMatch(s, p.launching))
            return true;
    }
    return false;
}

QString condensedNextflow(const QString &text)
{
    RunState state;
    QStringList out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString kept = condenseLine(line, state);
        if (!kept.isNull())
            out << kept;
    }
    QString result = out.join(QLatin1Char('\n'));
    if (!result.isEmpty())
        result += QLatin1Char('\n');
    if (state.started && state.completed)
        result += QStringLiteral("\n[%1] completed=%2 failed=%3 cached=%4\n")
                      .arg(state.failed > 0 ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"))
                      .arg(state.succeeded + state.failed)
                      .arg(state.failed)
                      .arg(state.cached);
    return result;
}

} // namespace seqera::ai::tooloutput

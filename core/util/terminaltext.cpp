#include "terminaltext.h"

namespace seqera::text {

namespace {

enum class Kind { Keep, Caret, CodePoint };

Kind classify(char32_t c, Lines lines)
{
    if (c == U'\n' || c == U'\t')
        return lines == Lines::Multi ? Kind::Keep : Kind::Caret;
    if (c < 0x20 || c == 0x7f)
        return Kind::Caret;
    if (c >= 0x80 && c <= 0x9f) // C1: includes CSI (U+009B), which terminals obey like ESC [
        return Kind::CodePoint;
    // Bidirectional embeddings, overrides and isolates, the marks, and the Arabic letter mark:
    // the "Trojan Source" characters (CVE-2021-42574).
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
        || c == 0x061c)
        return Kind::CodePoint;
    // Line and paragraph separators break lines on some terminals; zero-width characters,
    // the soft hyphen and the BOM hide text.
    if (c == 0x2028 || c == 0x2029 || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff
        || c == 0x00ad)
        return Kind::CodePoint;
    return Kind::Keep;
}

// Tag characters (U+E0000..U+E007F) are invisible on every terminal and can carry a hidden
// copy of ASCII text ("ASCII smuggling"): they are outside the BMP, so they come as a
// surrogate pair.
bool isTagPair(const QString &text, qsizetype i)
{
    if (i + 1 >= text.size() || !text.at(i).isHighSurrogate() || !text.at(i + 1).isLowSurrogate())
        return false;
    const char32_t c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    return c >= 0xe0000 && c <= 0xe007f;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("<U+%1>").arg(QString::number(c, 16).toUpper(), 4, QLatin1Char('0'));
}

} // namespace

QString printable(const QString &text, Lines lines)
{
    if (!needsEscaping(text, lines))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const char16_t c = ch.unicode();
        if (isTagPair(text, i)) {
            out.append(codePoint(QChar::surrogateToUcs4(c, text.at(i + 1).unicode())));
            ++i;
            continue;
        }
        switch (classify(c, lines)) {
        case Kind::Keep:
            out.append(ch);
            break;
        case Kind::Caret:
            out.append(QLatin1Char('^'));
            out.append(QLatin1Char(c == 0x7f ? '?' : char(c + 0x40)));
            break;
        case Kind::CodePoint:
            out.append(codePoint(c));
            break;
        }
    }
    return out;
}

bool needsEscaping(const QString &text, Lines lines)
{
    // Fast path: plain printable ASCII (the common case) needs no decoding.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x20 && u < 0x7f)
            continue;
        if (classify(u, lines) != Kind::Keep || isTagPair(text, i))
            return true;
    }
    return false;
}

} // namespace seqera::text

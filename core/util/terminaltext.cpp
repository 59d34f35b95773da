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
    // Line and paragraph separators break lines on some terminals; zero-width characters
    // and the BOM hide text.
    if (c == 0x2028 || c == 0x2029 || (c >= 0x200b && c <= 0x200d) || c == 0x2060 || c == 0xfeff)
        return Kind::CodePoint;
    return Kind::Keep;
}

} // namespace

QString printable(const QString &text, Lines lines)
{
    if (!needsEscaping(text, lines))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    // Every character this replaces lies in the Basic Multilingual Plane, so a surrogate
    // half is never one of them and passes through with its partner.
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (classify(c, lines)) {
        case Kind::Keep:
            out.append(ch);
            break;
        case Kind::Caret:
            out.append(QLatin1Char('^'));
            out.append(QLatin1Char(c == 0x7f ? '?' : char(c + 0x40)));
            break;
        case Kind::CodePoint:
            out.append(QStringLiteral("<U+%1>").arg(
                QString::number(c, 16).toUpper(), 4, QLatin1Char('0')));
            break;
        }
    }
    return out;
}

bool needsEscaping(const QString &text, Lines lines)
{
    // Fast path: plain printable ASCII (the common case) needs no decoding.
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u >= 0x20 && u < 0x7f)
            continue;
        if (classify(u, lines) != Kind::Keep)
            return true;
    }
    return false;
}

} // namespace seqera::text

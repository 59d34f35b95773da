#include "conversationtext.h"

#include "util/terminaltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <functional>

namespace seqera::cli {

using text::Lines;

namespace {
// The strings keep the context they had in aicommand.cpp, so their translations stay.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::AiCommand)
};
} // namespace

// A short, single-line, sanitized summary of a tool call: its command or path.
QString toolSummary(const QString &tool, const QJsonObject &args)
{
    QString what;
    if (args.contains(QStringLiteral("command")))
        what = args.value(QStringLiteral("command")).toString();
    else if (args.contains(QStringLiteral("path")))
        what = args.value(QStringLiteral("path")).toString();
    else if (args.contains(QStringLiteral("pattern")))
        what = args.value(QStringLiteral("pattern")).toString();
    what = text::printable(what, Lines::Single);
    if (what.size() > 100)
        what = what.left(99) + QChar(0x2026);
    return what.isEmpty() ? text::printable(tool)
                          : QStringLiteral("%1: %2").arg(text::printable(tool), what);
}

// A session id as shown: ids are checked where they enter (ai::isValidSessionId), and still
// pass the one sanitizer on their way to a terminal.
QString shownId(const QString &id)
{
    return text::printable(id, Lines::Single);
}

// "seqera ai -s ID", ready to paste into a POSIX shell: the id single-quoted unless it is made
// only of characters no shell treats specially.
QString resumeCommand(const QString &id)
{
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._][A-Za-z0-9._-]*")));
    QString shown = shownId(id);
    if (!plain.match(shown).hasMatch())
        shown = QLatin1Char('\'') + shown.replace(QLatin1Char('\''), QStringLiteral("'\\''"))
            + QLatin1Char('\'');
    return QStringLiteral("seqera ai -s %1").arg(shown);
}

QString resultText(const QJsonValue &result)
{
    if (result.isString())
        return result.toString();
    return QString::fromUtf8(result.isObject()
            ? QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(result.toArray()).toJson(QJsonDocument::Compact));
}

namespace {
// "credits_used" -> "Credits used": the backend's field names, readable.
QString fieldLabel(const QString &key)
{
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return text::printable(label, Lines::Single);
}

QString fieldValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == qint64(d) ? QLocale().toString(qint64(d)) : QLocale().toString(d, 'f', 2);
    }
    if (v.isBool())
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isString()) {
        // A time stamp in the user's time, like `seqera status`.
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (t.isValid() && v.toString().size() >= 19)
            return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return text::printable(v.toString(), Lines::Single);
    }
    return text::printable(resultText(v), Lines::Single);
}

} // namespace

// /credits: whatever fields the backend sends, as aligned "Label  value" lines (nested
// objects indented), with what is left when it sends a used amount and a limit.
QString creditsTable(const QJsonObject &credits)
{
    QList<QPair<QString, QString>> rows;
    std::function<void(const QJsonObject &, int)> add = [&](const QJsonObject &o, int depth) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString() && it.value().toString().isEmpty())
                continue;
            const QString label = QString(depth * 2, QLatin1Char(' ')) + fieldLabel(it.key());
            if (it.value().isObject()) {
                rows.append({ label, QString() });
                add(it.value().toObject(), depth + 1);
            } else {
                rows.append({ label, fieldValue(it.value()) });
            }
        }
    };
    add(credits, 0);
    auto number = [&credits](const char *a, const char *b) {
        const QJsonValue v = credits.value(QLatin1String(a));
        return v.isDouble() ? v : credits.value(QLatin1String(b));
    };
    const QJsonValue used = number("used", "credits_used");
    const QJsonValue limit = number("limit", "credits_limit");
    if (used.isDouble() && limit.isDouble() && limit.toDouble() > 0) {
        const double left = qMax(0.0, limit.toDouble() - used.toDouble());
        rows.append({ Tr::tr("Left"),
            Tr::tr("%1 (%2% used)")
                .arg(fieldValue(left))
                .arg(qRound(100.0 * used.toDouble() / limit.toDouble())) });
    }
    if (rows.isEmpty())
        return Tr::tr("Seqera AI sent no credit information.") + QLatin1Char('\n');
    int width = 0;
    for (const auto &row : std::as_const(rows))
        width = qMax(width, int(row.first.size()));
    QString out = Tr::tr("Seqera AI credits") + QLatin1Char('\n');
    for (const auto &[label, value] : std::as_const(rows)) {
        out += QStringLiteral("  ")
            + (value.isEmpty() ? label : label.leftJustified(width) + QStringLiteral("  ") + value)
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace seqera::cli

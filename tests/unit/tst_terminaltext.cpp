#include "util/terminaltext.h"

#include <QTest>

using seqera::text::Lines;
using seqera::text::needsEscaping;
using seqera::text::printable;

class TestTerminalText : public QObject
{
    Q_OBJECT
private slots:
    void printable_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain ascii unchanged")
            << QStringLiteral("user@example.org") << false << QStringLiteral("user@example.org");
        QTest::newRow("accents and CJK unchanged")
            << QStringLiteral("José 田中 ümlaut") << false << QStringLiteral("José 田中 ümlaut");
        QTest::newRow("emoji (surrogate pair) unchanged") << QString::fromUtf8(
            "ok \xF0\x9F\x91\x8D") << false << QString::fromUtf8("ok \xF0\x9F\x91\x8D");
        QTest::newRow("screen clear and colour in an e-mail") << QStringLiteral(
            "\x1b[2J\x1b[31mroot@evil") << false << QStringLiteral("^[[2J^[[31mroot@evil");
        QTest::newRow("carriage return rewrites the line")
            << QStringLiteral("rm -rf /\rls") << false << QStringLiteral("rm -rf /^Mls");
        QTest::newRow("newline in a single line")
            << QStringLiteral("a\nb") << false << QStringLiteral("a^Jb");
        QTest::newRow("newline and tab kept in running text")
            << QStringLiteral("a\n\tb") << true << QStringLiteral("a\n\tb");
        QTest::newRow("escape still replaced in running text")
            << QStringLiteral("a\x1b]0;title\x07") << true << QStringLiteral("a^[]0;title^G");
        QTest::newRow("DEL and NUL")
            << QString(QStringLiteral("a\x7f") + QChar(0) + QLatin1Char('b')) << false
            << QStringLiteral("a^?^@b");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("2J") << false
                                << QStringLiteral("<U+009B>2J");
        QTest::newRow("bidi override (Trojan Source)")
            << QString(QStringLiteral("ls ") + QChar(0x202e) + QStringLiteral("txt.sh")) << true
            << QStringLiteral("ls <U+202E>txt.sh");
        QTest::newRow("isolate and zero width") << QString(QChar(0x2066)) + QChar(0x200b) << false
                                                << QStringLiteral("<U+2066><U+200B>");
        QTest::newRow("tag characters (ASCII smuggling)")
            << QString(QStringLiteral("ok") + QString::fromUcs4(U"\U000E0072\U000E006D", 2))
            << false << QStringLiteral("ok<U+E0072><U+E006D>");
        QTest::newRow("soft hyphen")
            << QString(QStringLiteral("r") + QChar(0xad) + QStringLiteral("m")) << false
            << QStringLiteral("r<U+00AD>m");
        QTest::newRow("empty") << QString() << false << QString();
    }

    void printable()
    {
        QFETCH(QString, input);
        QFETCH(bool, multiLine);
        QFETCH(QString, expected);
        const Lines lines = multiLine ? Lines::Multi : Lines::Single;
        QCOMPARE(seqera::text::printable(input, lines), expected);
        QCOMPARE(needsEscaping(input, lines), input != expected);
        // What comes out is safe to print: no control characters left, except newline and
        // tab in running text.
        for (const QChar ch : seqera::text::printable(input, lines)) {
            if (multiLine && (ch == QLatin1Char('\n') || ch == QLatin1Char('\t')))
                continue;
            QVERIFY2(ch.unicode() >= 0x20 && ch.unicode() != 0x7f
                    && !(ch.unicode() >= 0x80 && ch.unicode() <= 0x9f),
                qPrintable(QString::number(ch.unicode(), 16)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"

// TerminalMarkdown: the assistant's Markdown as a terminal shows it, streamed.
#include "ai/terminalmarkdown.h"

#include <QTest>

using seqera::ai::TerminalMarkdown;

namespace {
QString render(const QString &text, bool color, int chunk = 0)
{
    TerminalMarkdown md(color);
    QString out;
    if (chunk <= 0) {
        out = md.feed(text);
    } else {
        for (qsizetype i = 0; i < text.size(); i += chunk)
            out += md.feed(text.mid(i, chunk));
    }
    return out + md.finish();
}
const QString B = QStringLiteral("\x1b[1m");
const QString I = QStringLiteral("\x1b[3m");
const QString C = QStringLiteral("\x1b[36m");
const QString R = QStringLiteral("\x1b[0m");
} // namespace

class TestTerminalMarkdown : public QObject
{
    Q_OBJECT
private slots:
    void lines_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("colored");
        QTest::addColumn<QString>("plain");
        QTest::newRow("heading") << "## Results\n"
                                 << B + "Results" + R + "\n"
                                 << "Results\n";
        QTest::newRow("bold and italic")
            << "a **b** and *c* and _d_\n"
            << "a " + B + "b" + R + " and " + I + "c" + R + " and " + I + "d" + R + "\n"
            << "a b and c and d\n";
        QTest::newRow("inline code keeps stars") << "run `ls **/*.nf`\n"
                                                 << "run " + C + "ls **/*.nf" + R + "\n"
                                                 << "run ls **/*.nf\n";
        QTest::newRow("snake_case is not italic") << "use max_cpus_per_task\n"
                                                  << "use max_cpus_per_task\n"
                                                  << "use max_cpus_per_task\n";
        QTest::newRow("bullets") << "- one\n  * two\n"
                                 << QStringLiteral("\u2022 one\n  \u2022 two\n")
                                 << QStringLiteral("\u2022 one\n  \u2022 two\n");
        QTest::newRow("numbered") << "1. first\n"
                                  << "1. first\n"
                                  << "1. first\n";
        QTest::newRow("link") << "see [docs](https://nextflow.io)\n"
                              << "see docs (\x1b[4mhttps://nextflow.io" + R + ")\n"
                              << "see docs (https://nextflow.io)\n";
        QTest::newRow("fenced code is not interpreted")
            << "```bash\nls *a* **b**\n```\n"
            << "\x1b[2m```bash" + R + "\n" + C + "ls *a* **b**" + R + "\n\x1b[2m```" + R + "\n"
            << "```bash\nls *a* **b**\n```\n";
        QTest::newRow("last line without newline") << "done"
                                                   << "done"
                                                   << "done";
    }
    void lines()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, colored);
        QFETCH(QString, plain);
        QCOMPARE(render(markdown, true), colored);
        QCOMPARE(render(markdown, false), plain);
        // Streamed a character at a time: the same.
        QCOMPARE(render(markdown, true, 1), colored);
    }

    void tablesAreAligned()
    {
        const QString table = QStringLiteral("| Process | CPUs |\n|---|---:|\n| FASTQC | 2 |\n"
                                             "| SALMON_QUANT | 12 |\nAfter.\n");
        const QString out = render(table, false, 3);
        const QStringList lines = out.split('\n');
        QCOMPARE(lines.at(0), QStringLiteral("Process       CPUs"));
        QCOMPARE(lines.at(1), QString(12, QChar(0x2500)) + "  " + QString(4, QChar(0x2500)));
        QCOMPARE(lines.at(2), QStringLiteral("FASTQC        2"));
        QCOMPARE(lines.at(3), QStringLiteral("SALMON_QUANT  12"));
        QCOMPARE(lines.at(4), QStringLiteral("After."));
        // Colour does not change the alignment.
        QCOMPARE(TerminalMarkdown::visibleWidth(render(table, true).split('\n').at(3)),
            lines.at(3).size());
    }

    void tableAtTheEndIsFlushed()
    {
        QCOMPARE(render(QStringLiteral("| a | bb |\n| ccc | d |"), false),
            QStringLiteral("a    bb\nccc  d"));
    }

    void partialLineWaitsForItsEnd()
    {
        TerminalMarkdown md(true);
        QCOMPARE(md.feed(QStringLiteral("**bo")), QString());
        QCOMPARE(md.feed(QStringLiteral("ld**\n")), B + "bold" + R + "\n");
    }

    void paragraphStreamsUpToItsFirstMarker()
    {
        TerminalMarkdown md(true);
        QCOMPARE(md.feed(QStringLiteral("0 1 2 ")), QStringLiteral("0 1 2 "));
        QCOMPARE(md.feed(QStringLiteral("then **x")), QStringLiteral("then "));
        QCOMPARE(md.feed(QStringLiteral("** end\n")), B + "x" + R + " end\n");
        // A line that may be a list waits.
        QCOMPARE(md.feed(QStringLiteral("12")), QString());
        QCOMPARE(md.feed(QStringLiteral(". item\n")), QStringLiteral("12. item\n"));
        QCOMPARE(md.feed(QStringLiteral("- a")), QString());
        QCOMPARE(md.finish(), QStringLiteral("\u2022 a"));
    }
};

QTEST_GUILESS_MAIN(TestTerminalMarkdown)
#include "tst_terminalmarkdown.moc"

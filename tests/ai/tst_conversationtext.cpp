// How the conversation view writes what the backend sends (cli/ai/conversationtext): tool
// summaries, session ids, the resume command and the /credits table.
#include "ai/conversationtext.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

using namespace seqera::cli;

class TestConversationText : public QObject
{
    Q_OBJECT
private slots:
    // Numbers in the user's locale: American English here, for its digit grouping.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void toolSummary_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("summary");
        QTest::newRow("a command") << "execute_bash_local"
                                   << QJsonObject { { "command", "ls -la" } }
                                   << "execute_bash_local: ls -la";
        QTest::newRow("a path") << "read_file_local" << QJsonObject { { "path", "main.nf" } }
                                << "read_file_local: main.nf";
        QTest::newRow("a pattern") << "search_local" << QJsonObject { { "pattern", "TODO" } }
                                   << "search_local: TODO";
        QTest::newRow("the command wins over the path")
            << "t" << QJsonObject { { "path", "p" }, { "command", "c" } } << "t: c";
        QTest::newRow("nothing to show: the tool's name")
            << "list_pipelines" << QJsonObject { { "limit", 3 } } << "list_pipelines";
        QTest::newRow("one line, escapes shown, never run")
            << "execute_bash_local"
            << QJsonObject { { "command", "echo a\nrm -rf x\x1b]0;owned\x07" } }
            << "execute_bash_local: echo a^Jrm -rf x^[]0;owned^G";
        QTest::newRow("a hostile tool name is shown, not obeyed")
            << "t\x1b[2J" << QJsonObject() << "t^[[2J";
    }
    void toolSummary()
    {
        QFETCH(QString, tool);
        QFETCH(QJsonObject, args);
        QFETCH(QString, summary);
        QCOMPARE(seqera::cli::toolSummary(tool, args), summary);
    }

    void longSummariesAreCut()
    {
        const QString s = seqera::cli::toolSummary(
            QStringLiteral("t"), { { QStringLiteral("command"), QString(300, QLatin1Char('x')) } });
        QCOMPARE(s, QStringLiteral("t: ") + QString(99, QLatin1Char('x')) + QChar(0x2026));
    }

    void resumeCommand_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("command");
        QTest::newRow("plain") << "s-1.a_b" << "seqera ai -s s-1.a_b";
        QTest::newRow("a leading dash is quoted, not an option")
            << "-rf" << "seqera ai -s '-rf'";
        QTest::newRow("shell syntax is quoted") << "a;b $(c)" << "seqera ai -s 'a;b $(c)'";
        QTest::newRow("a quote inside") << "it's" << "seqera ai -s 'it'\\''s'";
        QTest::newRow("control characters are shown, not sent")
            << "s\x1b]52;c;eA==\x07" << "seqera ai -s 's^[]52;c;eA==^G'";
    }
    void resumeCommand()
    {
        QFETCH(QString, id);
        QFETCH(QString, command);
        QCOMPARE(seqera::cli::resumeCommand(id), command);
    }

    void resultText()
    {
        QCOMPARE(seqera::cli::resultText(QStringLiteral("as it is")), QStringLiteral("as it is"));
        QCOMPARE(seqera::cli::resultText(QJsonObject { { "a", 1 } }), QStringLiteral("{\"a\":1}"));
        QCOMPARE(seqera::cli::resultText(QJsonArray { 1, "x" }), QStringLiteral("[1,\"x\"]"));
    }

    void creditsTable()
    {
        const QString table = seqera::cli::creditsTable({ { "credits_used", 250 },
            { "credits_limit", 1000 }, { "plan", "team" }, { "unlimited", false },
            { "reset", QJsonObject { { "period", "monthly" } } }, { "empty", "" } });
        const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("Seqera AI credits"));
        // Aligned labels, in the backend's (JSON object's, sorted) order; empty strings left out.
        QVERIFY2(lines.contains(QStringLiteral("  Credits limit  1,000")), qPrintable(table));
        QVERIFY2(lines.contains(QStringLiteral("  Credits used   250")), qPrintable(table));
        QVERIFY2(lines.contains(QStringLiteral("  Plan           team")), qPrintable(table));
        QVERIFY2(lines.contains(QStringLiteral("  Unlimited      no")), qPrintable(table));
        QVERIFY2(lines.contains(QStringLiteral("  Reset")), qPrintable(table));
        QVERIFY2(lines.contains(QStringLiteral("    Period       monthly")), qPrintable(table));
        QVERIFY(!table.contains(QStringLiteral("Empty")));
        // What is left, from the used amount and the limit.
        QCOMPARE(lines.last(), QStringLiteral("  Left           750 (25% used)"));
    }

    void creditsTableWithNothing()
    {
        QCOMPARE(seqera::cli::creditsTable({}),
            QStringLiteral("Seqera AI sent no credit information.\n"));
    }
};

QTEST_GUILESS_MAIN(TestConversationText)
#include "tst_conversationtext.moc"

// SlashCommand::parse: which lines of the conversation stay local.
#include "ai/slashcommand.h"

#include <QTest>

using seqera::ai::SlashCommand;
using Kind = SlashCommand::Kind;
Q_DECLARE_METATYPE(SlashCommand::Kind)

class TestSlashCommand : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("argument");
        QTest::newRow("/help") << "/help" << Kind::Help << "";
        QTest::newRow("/? ") << "/?" << Kind::Help << "";
        QTest::newRow("/exit") << "/exit" << Kind::Exit << "";
        QTest::newRow("/quit") << "  /quit  " << Kind::Exit << "";
        QTest::newRow("/q") << "/q" << Kind::Exit << "";
        QTest::newRow("/clear") << "/clear" << Kind::Clear << "";
        QTest::newRow("/session") << "/session" << Kind::Session << "";
        QTest::newRow("/sessions") << "/sessions" << Kind::Sessions << "";
        QTest::newRow("/org") << "/org" << Kind::Org << "";
        QTest::newRow("/credits") << "/credits" << Kind::Credits << "";
        QTest::newRow("/approval full") << "/approval   full " << Kind::Approval << "full";
        QTest::newRow("/approval") << "/approval" << Kind::Approval << "";
        QTest::newRow("/status") << "/status" << Kind::Status << "";
        QTest::newRow("/thinking") << "/thinking" << Kind::Thinking << "";
    QTest::newRow("/plan") << "/plan" << Kind::Plan << "";
        QTest::newRow("case") << "/HELP" << Kind::Help << "";
        QTest::newRow("unknown") << "/frobnicate now" << Kind::Unknown << "now";
        QTest::newRow("a question") << "what is /help?" << Kind::NotACommand << "";
        QTest::newRow("a path") << "/data/reads/x.fastq is empty, why?" << Kind::NotACommand << "";
        QTest::newRow("double slash") << "//help" << Kind::NotACommand << "";
        QTest::newRow("lone slash") << "/" << Kind::NotACommand << "";
        QTest::newRow("slash space") << "/ help" << Kind::NotACommand << "";
    }
    void parse()
    {
        QFETCH(QString, line);
        QFETCH(Kind, kind);
        QFETCH(QString, argument);
        const SlashCommand c = SlashCommand::parse(line);
        QCOMPARE(c.kind, kind);
        QCOMPARE(c.argument, argument);
    }
    void helpListsEveryCommand()
    {
        QString all;
        for (const SlashCommand::Help &h : SlashCommand::help())
            all += h.usage + QLatin1Char(' ');
        for (const char *name : { "/help", "/exit", "/quit", "/q", "/clear", "/session",
                 "/sessions", "/org", "/credits", "/approval", "/status", "/thinking" })
            QVERIFY2(all.contains(QLatin1String(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestSlashCommand)
#include "tst_slashcommand.moc"

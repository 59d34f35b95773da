// detectCaller: the `caller` field of ai-protocol §4, read from the environment.
#include "ai/caller.h"

#include <QTest>

class TestCaller : public QObject
{
    Q_OBJECT
private slots:
    void detect_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<bool>("headless");
        QTest::addColumn<QString>("caller");
        QTest::newRow("nothing, headless") << QStringList() << true << "script";
        QTest::newRow("nothing, terminal") << QStringList() << false << "interactive";
        QTest::newRow("CLAUDE_CODE=1") << QStringList { "CLAUDE_CODE=1" } << false << "claude_code";
        QTest::newRow("CLAUDE_CODE=TRUE")
            << QStringList { "CLAUDE_CODE=TRUE" } << true << "claude_code";
        QTest::newRow("CLAUDE_CODE=0 is not a flag")
            << QStringList { "CLAUDE_CODE=0" } << false << "interactive";
        QTest::newRow("CLAUDE_CODE_SESSION_ID")
            << QStringList { "CLAUDE_CODE_SESSION_ID=x" } << true << "claude_code";
        QTest::newRow("OPENAI_CODEX") << QStringList { "OPENAI_CODEX=yes" } << true << "codex";
        QTest::newRow("COPILOT_AGENT_MODE")
            << QStringList { "COPILOT_AGENT_MODE=agent" } << true << "github_copilot";
        QTest::newRow("GITHUB_COPILOT_ENABLED")
            << QStringList { "GITHUB_COPILOT_ENABLED=1" } << true << "github_copilot";
        QTest::newRow("TERM_PROGRAM=Cursor")
            << QStringList { "TERM_PROGRAM=Cursor" } << false << "cursor";
        QTest::newRow("CODEIUM_EDITOR")
            << QStringList { "CODEIUM_EDITOR=1" } << false << "windsurf";
        QTest::newRow("AIDER_MODEL") << QStringList { "AIDER_MODEL=gpt" } << false << "aider";
        QTest::newRow("CLINE_SESSION") << QStringList { "CLINE_SESSION=s" } << false << "cline";
        QTest::newRow("first match wins")
            << QStringList { "AIDER=1", "CODEX=1" } << false << "codex";
        QTest::newRow("CI=true in a terminal") << QStringList { "CI=true" } << false << "script";
        QTest::newRow("CI=1 is not CI=true") << QStringList { "CI=1" } << false << "interactive";
        QTest::newRow("GITLAB_CI") << QStringList { "GITLAB_CI=true" } << false << "script";
        QTest::newRow("JENKINS_URL")
            << QStringList { "JENKINS_URL=http://ci" } << false << "script";
        QTest::newRow("an agent beats CI")
            << QStringList { "CI=true", "CURSOR=1" } << true << "cursor";
        QTest::newRow("empty bare name")
            << QStringList { "CLINE_SESSION=" } << false << "interactive";
    }
    void detect()
    {
        QFETCH(QStringList, env);
        QFETCH(bool, headless);
        QFETCH(QString, caller);
        QProcessEnvironment e;
        for (const QString &kv : env)
            e.insert(kv.section('=', 0, 0), kv.section('=', 1));
        QCOMPARE(seqera::ai::detectCaller(e, headless), caller);
    }
};

QTEST_GUILESS_MAIN(TestCaller)
#include "tst_caller.moc"

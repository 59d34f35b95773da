#include "util/browsercommand.h"

#include <QTest>

using namespace seqera;

// How $BROWSER becomes a command, shared by `seqera login` and the tray.
class TestBrowserCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void command_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QStringList>("expected");
        const QString url = QStringLiteral("http://127.0.0.1:1/auth?a=b&c=d");
        QTest::newRow("unset") << QString() << QStringList {};
        QTest::newRow("blank") << QStringLiteral("   ") << QStringList {};
        QTest::newRow("program: URL appended")
            << QStringLiteral("firefox") << QStringList { QStringLiteral("firefox"), url };
        QTest::newRow("with arguments")
            << QStringLiteral("chromium --new-window")
            << QStringList { QStringLiteral("chromium"), QStringLiteral("--new-window"), url };
        QTest::newRow("%s placeholder")
            << QStringLiteral("open-it --url=%s --quiet")
            << QStringList { QStringLiteral("open-it"), QStringLiteral("--url=") + url,
                   QStringLiteral("--quiet") };
        QTest::newRow("alternatives: the first")
            << QStringLiteral("w3m:lynx") << QStringList { QStringLiteral("w3m"), url };
        QTest::newRow("quoted path with a space")
            << QStringLiteral("\"/opt/my browser/run\"")
            << QStringList { QStringLiteral("/opt/my browser/run"), url };
    }
    void command()
    {
        QFETCH(QString, variable);
        QFETCH(QStringList, expected);
        QCOMPARE(browserCommand(variable, QUrl(QStringLiteral("http://127.0.0.1:1/auth?a=b&c=d"))),
            expected);
    }

    void missingProgramIsNamed()
    {
        const QString problem
            = startDetached({ QStringLiteral("no-such-browser-here"), QStringLiteral("x") });
        QVERIFY(problem.contains(QLatin1String("no-such-browser-here")));
        QVERIFY(!startDetached({}).isEmpty());
        QVERIFY(startDetached({ QStringLiteral("true") }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBrowserCommand)
#include "tst_browsercommand.moc"

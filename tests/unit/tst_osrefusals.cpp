// The core built on core/os's plain-Qt fallbacks (SEQERA_OS=generic, registered only there):
// what the fallbacks refuse reaches the user as a clear refusal, never as a weaker promise
// kept quietly. Private files: a Storage error. Commands: not run. Sandbox: none.
#include "ai/tools/localtools.h"
#include "ai/tools/sandbox.h"
#include "config/settings.h"
#include "storage/securefile.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera;

class TestOsRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateWriteIsAStorageError();
    void privateFolderIsAStorageError();
    void eventsFileIsAStorageError();
    void userFileIsStillWritten();
    void commandToolRunsNothing();
    void sandboxIsNone();

private:
    QTemporaryDir m_dir;
};

void TestOsRefusals::privateWriteIsAStorageError()
{
    const QString path = m_dir.filePath(QStringLiteral("credentials.json"));
    const Error e = securefile::writeAtomically(path, "secret", securefile::Permissions::Private);
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(QLatin1String("private files")), qPrintable(e.message));
    QVERIFY(!QFile::exists(path));
}

void TestOsRefusals::privateFolderIsAStorageError()
{
    const QString dir = m_dir.filePath(QStringLiteral("config/seqera"));
    const Error e = securefile::ensurePrivateDir(dir);
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY(!QFileInfo::exists(dir));
}

void TestOsRefusals::eventsFileIsAStorageError()
{
    const QString path = m_dir.filePath(QStringLiteral("events.jsonl"));
    securefile::AppendFile file;
    const Error e = file.open(path);
    QCOMPARE(e.code, Error::Code::Storage);
    QVERIFY2(e.message.contains(QLatin1String("private")), qPrintable(e.message));
    QVERIFY(!file.isOpen());
}

void TestOsRefusals::userFileIsStillWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("main.nf"));
    QVERIFY(
        !securefile::writeAtomically(path, "workflow {}\n", securefile::Permissions::KeepExisting));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("workflow {}\n"));
}

void TestOsRefusals::commandToolRunsNothing()
{
    const QString marker = m_dir.filePath(QStringLiteral("ran"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), m_dir.path());
    const Settings settings = Settings::fromEnvironment(env);
    ai::LocalTools tools(m_dir.path(), settings);
    std::optional<ai::ToolResult> result;
    tools.run(QStringLiteral("execute_bash_local"),
        { { QStringLiteral("command"), QStringLiteral("touch %1").arg(marker) } },
        [&result](const ai::ToolResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->exitCode != 0);
    QVERIFY2(result->stderrText.contains(QLatin1String("runs no commands")),
        qPrintable(result->stderrText));
    QTest::qWait(200);
    QVERIFY(!QFile::exists(marker));
}

void TestOsRefusals::sandboxIsNone()
{
    const ai::Sandbox sandbox = ai::Sandbox::detect();
    QVERIFY(!sandbox.available());
}

QTEST_GUILESS_MAIN(TestOsRefusals)
#include "tst_osrefusals.moc"

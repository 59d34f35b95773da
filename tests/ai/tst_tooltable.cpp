// The one table of local tools (core/ai/tools/tooltable) on its own: names, risk classes,
// arguments, lookups of unknown names, and the lint command lines it builds.
// tst_approvalpolicy covers what the policy decides from the table; this covers the table.
#include "ai/tools/tooltable.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace seqera::ai;

class TestToolTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyToolIsFoundByItsName_data();
    void everyToolIsFoundByItsName();
    void namesAndIdsAreUnique();
    void unknownNamesAreNotFound_data();
    void unknownNamesAreNotFound();
    void argumentsAreDescribed();
    void defaultsAreValuesOfTheirType();
    void parseArguments_data();
    void parseArguments();
    void lintScope_data();
    void lintScope();
    void lintCommandLine_data();
    void lintCommandLine();
    void lintFolderStaysOneWordForBash_data();
    void lintFolderStaysOneWordForBash();
};

void TestToolTable::everyToolIsFoundByItsName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ToolId>("id");
    QTest::addColumn<ToolRisk>("risk");
    QTest::addColumn<QString>("approvalName");
    // docs/ai-protocol §7: the names the backend sends, and what each may do.
    QTest::newRow("read_file_local reads")
        << "read_file_local" << ToolId::ReadFile << ToolRisk::Reads << "read_file";
    QTest::newRow("list_directory_local reads")
        << "list_directory_local" << ToolId::ListDirectory << ToolRisk::Reads << "list_directory";
    QTest::newRow("search_files_local reads")
        << "search_files_local" << ToolId::SearchFiles << ToolRisk::Reads << "search_files";
    QTest::newRow("write_file_local writes a file")
        << "write_file_local" << ToolId::WriteFile << ToolRisk::WritesFile << "write_file";
    QTest::newRow("edit_file_local writes a file")
        << "edit_file_local" << ToolId::EditFile << ToolRisk::WritesFile << "edit_file";
    QTest::newRow("execute_bash_local runs a command")
        << "execute_bash_local" << ToolId::ExecuteBash << ToolRisk::RunsCommand << "bash";
    QTest::newRow("run_nextflow_lint_local runs a linter")
        << "run_nextflow_lint_local" << ToolId::NextflowLint << ToolRisk::RunsLinter
        << "nextflow_lint";
    QTest::newRow("run_nf_core_lint_local runs a linter")
        << "run_nf_core_lint_local" << ToolId::NfCoreLint << ToolRisk::RunsLinter << "nf_core_lint";
}

void TestToolTable::everyToolIsFoundByItsName()
{
    QFETCH(QString, name);
    QFETCH(ToolId, id);
    QFETCH(ToolRisk, risk);
    QFETCH(QString, approvalName);
    const ToolSpec *spec = tooltable::find(name);
    QVERIFY(spec);
    QCOMPARE(spec->id, id);
    QCOMPARE(spec->risk, risk);
    QCOMPARE(QLatin1String(spec->approvalName), approvalName);
    QCOMPARE(tooltable::name(id), name);
    QCOMPARE(&tooltable::spec(id), spec);
}

void TestToolTable::namesAndIdsAreUnique()
{
    QSet<QString> names;
    QSet<int> ids;
    for (const ToolSpec &s : tooltable::all()) {
        QVERIFY2(!names.contains(QLatin1String(s.name)), s.name);
        names << QLatin1String(s.name);
        QVERIFY2(!ids.contains(int(s.id)), s.name);
        ids << int(s.id);
    }
    QCOMPARE(tooltable::all().size(), 8);
}

void TestToolTable::unknownNamesAreNotFound_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("approval name, not the wire name") << "write_file";
    QTest::newRow("other case") << "READ_FILE_LOCAL";
    QTest::newRow("trailing space") << "read_file_local ";
    QTest::newRow("prefix of a name") << "read_file";
    QTest::newRow("name with a NUL appended") << QStringLiteral("read_file_local") + QChar(0);
    QTest::newRow("a remote tool") << "web_search";
}

void TestToolTable::unknownNamesAreNotFound()
{
    QFETCH(QString, name);
    QCOMPARE(tooltable::find(name), nullptr);
}

void TestToolTable::argumentsAreDescribed()
{
    // Every tool says what it takes; required arguments have no default.
    for (const ToolSpec &s : tooltable::all()) {
        QVERIFY2(!s.arguments.isEmpty(), s.name);
        for (const ToolArgument &a : s.arguments) {
            QVERIFY2(a.name && *a.name, s.name);
            const QString type = QLatin1String(a.type);
            QVERIFY2(type == QLatin1String("string") || type == QLatin1String("integer")
                    || type == QLatin1String("boolean"),
                qPrintable(QStringLiteral("%1.%2: %3")
                               .arg(QLatin1String(s.name), QLatin1String(a.name), type)));
            if (a.required)
                QVERIFY2(!a.defaultValue, a.name);
        }
    }
    // The arguments the tools read by name (the write tools' `path` is what the policy checks).
    const auto required = [](ToolId id, const char *name) {
        for (const ToolArgument &a : tooltable::spec(id).arguments) {
            if (qstrcmp(a.name, name) == 0)
                return a.required;
        }
        return false;
    };
    QVERIFY(required(ToolId::WriteFile, "path"));
    QVERIFY(required(ToolId::WriteFile, "content"));
    QVERIFY(required(ToolId::EditFile, "old_str"));
    QVERIFY(required(ToolId::ExecuteBash, "command"));
    QVERIFY(!required(ToolId::NfCoreLint, "lint_scope"));
}

void TestToolTable::defaultsAreValuesOfTheirType()
{
    // The tools read their defaults from the table, so each must parse as its type.
    for (const ToolSpec &s : tooltable::all()) {
        QJsonObject required;
        for (const ToolArgument &a : s.arguments) {
            if (a.required)
                required.insert(QLatin1String(a.name), QStringLiteral("x"));
        }
        const ToolArguments parsed = ToolArguments::parse(s, required);
        QVERIFY2(parsed.error().isEmpty(), qPrintable(parsed.error()));
        for (const ToolArgument &a : s.arguments) {
            if (!a.defaultValue)
                continue;
            QVERIFY(!parsed.given(a.name));
            const QString type = QLatin1String(a.type);
            const QString shown = type == QLatin1String("integer")
                ? QString::number(parsed.integer(a.name))
                : type == QLatin1String("boolean")
                ? QLatin1String(parsed.boolean(a.name) ? "true" : "false")
                : parsed.string(a.name);
            QCOMPARE(shown, QLatin1String(a.defaultValue));
        }
    }
}

void TestToolTable::parseArguments_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("error"); // a part of it; empty when none
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value"); // as text
    QTest::addColumn<bool>("given");
    QTest::newRow("a required argument left out")
        << "read_file_local" << QJsonObject() << "read_file_local needs the argument path (string)"
        << ""
        << "" << false;
    QTest::newRow("a required argument sent as null")
        << "edit_file_local"
        << QJsonObject { { "path", "a" }, { "old_str", "x" }, { "new_str", QJsonValue() } }
        << "edit_file_local needs the argument new_str"
        << ""
        << "" << false;
    QTest::newRow("a number where text is expected")
        << "read_file_local" << QJsonObject { { "path", 3 } }
        << "The argument path of read_file_local must be of type string"
        << ""
        << "" << false;
    QTest::newRow("a fraction is not a line number")
        << "read_file_local" << QJsonObject { { "path", "a" }, { "start_line", 1.5 } }
        << "must be of type integer"
        << ""
        << "" << false;
    QTest::newRow("an integer sent as text")
        << "read_file_local" << QJsonObject { { "path", "a" }, { "start_line", "12" } } << ""
        << "start_line"
        << "12" << true;
    QTest::newRow("a word is not an integer")
        << "search_files_local" << QJsonObject { { "pattern", "a" }, { "max_results", "many" } }
        << "must be of type integer"
        << ""
        << "" << false;
    QTest::newRow("a boolean sent as text")
        << "list_directory_local" << QJsonObject { { "show_hidden", "true" } } << ""
        << "show_hidden"
        << "true" << true;
    QTest::newRow("a boolean is not a number")
        << "list_directory_local" << QJsonObject { { "recursive", 0 } } << "must be of type boolean"
        << ""
        << "" << false;
    QTest::newRow("the default when left out")
        << "search_files_local" << QJsonObject { { "pattern", "a" } } << ""
        << "max_results"
        << "100" << false;
    QTest::newRow("the default when null")
        << "list_directory_local" << QJsonObject { { "path", QJsonValue() } } << ""
        << "path"
        << "." << false;
    QTest::newRow("no default: empty")
        << "search_files_local" << QJsonObject { { "pattern", "a" } } << ""
        << "include_glob"
        << "" << false;
    QTest::newRow("names not in the table are ignored")
        << "execute_bash_local" << QJsonObject { { "command", "ls" }, { "sudo", true } } << ""
        << "command"
        << "ls" << true;
}

void TestToolTable::parseArguments()
{
    QFETCH(QString, tool);
    QFETCH(QJsonObject, args);
    QFETCH(QString, error);
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(bool, given);
    const ToolSpec *spec = tooltable::find(tool);
    QVERIFY(spec);
    const ToolArguments parsed = ToolArguments::parse(*spec, args);
    if (!error.isEmpty()) {
        QVERIFY2(parsed.error().contains(error), qPrintable(parsed.error()));
        return;
    }
    QVERIFY2(parsed.error().isEmpty(), qPrintable(parsed.error()));
    QString type;
    for (const ToolArgument &a : spec->arguments) {
        if (name == QLatin1String(a.name))
            type = QLatin1String(a.type);
    }
    const QByteArray key = name.toLatin1();
    const QString actual = type == QLatin1String("integer")
        ? QString::number(parsed.integer(key.constData()))
        : type == QLatin1String("boolean")
        ? QLatin1String(parsed.boolean(key.constData()) ? "true" : "false")
        : parsed.string(key.constData());
    QCOMPARE(actual, value);
    QCOMPARE(parsed.given(key.constData()), given);
}

void TestToolTable::lintScope_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("scope");
    QTest::newRow("empty means pipelines") << ""
                                           << "pipelines";
    QTest::newRow("blank means pipelines") << "  "
                                           << "pipelines";
    QTest::newRow("pipelines") << "pipelines"
                               << "pipelines";
    QTest::newRow("modules, padded") << " modules\n"
                                     << "modules";
    // Anything else lints the pipeline, as the official does; the text is never used.
    QTest::newRow("subworkflows is not offered") << "subworkflows"
                                                 << "pipelines";
    QTest::newRow("an injected command") << "modules; rm -rf ~"
                                         << "pipelines";
    QTest::newRow("other case") << "Modules"
                                << "pipelines";
}

void TestToolTable::lintScope()
{
    QFETCH(QString, requested);
    QFETCH(QString, scope);
    QCOMPARE(tooltable::lintScope(requested), scope);
}

void TestToolTable::lintCommandLine_data()
{
    QTest::addColumn<ToolId>("id");
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("line");
    QTest::newRow("nextflow lint")
        << ToolId::NextflowLint << "/home/ada/rnaseq"
        << ""
        << "cd '/home/ada/rnaseq' && NXF_SYNTAX_PARSER=v2 nextflow lint .";
    QTest::newRow("nf-core modules lint") << ToolId::NfCoreLint << "/home/ada/my pipe"
                                          << "modules"
                                          << "cd '/home/ada/my pipe' && nf-core modules lint .";
    QTest::newRow("a quote in the folder is closed and escaped")
        << ToolId::NextflowLint << "/tmp/it's"
        << ""
        << "cd '/tmp/it'\\''s' && NXF_SYNTAX_PARSER=v2 nextflow lint .";
}

void TestToolTable::lintCommandLine()
{
    QFETCH(ToolId, id);
    QFETCH(QString, dir);
    QFETCH(QString, scope);
    QFETCH(QString, line);
    QCOMPARE(tooltable::lintCommandLine(id, dir, scope), line);
}

void TestToolTable::lintFolderStaysOneWordForBash_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("spaces") << "my pipeline";
    QTest::newRow("single quotes") << "it's 'quoted'";
    QTest::newRow("substitution") << "$(touch pwned)";
    QTest::newRow("backticks and semicolon") << "`touch pwned`;x";
    QTest::newRow("double quote and backslash") << "a\"b\\c";
}

void TestToolTable::lintFolderStaysOneWordForBash()
{
    // bash itself reads the line: the `cd` must land in exactly that folder, running nothing.
    QFETCH(QString, name);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.path() + QLatin1Char('/') + name;
    QVERIFY(QDir().mkpath(dir));
    QString line = tooltable::lintCommandLine(ToolId::NextflowLint, dir);
    // Replace the linter with pwd to see where the cd went.
    line.replace(QStringLiteral("NXF_SYNTAX_PARSER=v2 nextflow lint ."), QStringLiteral("pwd"));
    QProcess bash;
    bash.setWorkingDirectory(tmp.path());
    bash.start(QStringLiteral("bash"), { QStringLiteral("-c"), line });
    QVERIFY(bash.waitForFinished(10000));
    QCOMPARE(bash.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(bash.readAllStandardOutput()).chopped(1), dir);
    QVERIFY(!QFileInfo::exists(tmp.path() + QStringLiteral("/pwned")));
}

QTEST_GUILESS_MAIN(TestToolTable)
#include "tst_tooltable.moc"

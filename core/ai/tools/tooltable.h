#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace seqera::ai {

// What a tool can do to the machine: the approval policy decides from this alone, so a new
// tool cannot be added without saying what it risks.
enum class ToolRisk {
    Reads, // reads files and folders (read, list, search): never asks
    WritesFile, // changes one file named by its `path` argument (write, edit)
    RunsLinter, // starts a fixed linter program in a folder
    RunsCommand, // runs a shell command chosen by the model
};

enum class ToolId {
    ReadFile,
    ListDirectory,
    SearchFiles,
    WriteFile,
    EditFile,
    ExecuteBash,
    NextflowLint,
    NfCoreLint,
};

struct ToolArgument
{
    const char *name;
    const char *type; // JSON type: "string", "integer", "boolean"
    bool required;
    // The value when the request leaves the argument out, in the argument's type ("100",
    // "true", "."); nullptr when there is none (a tool decides then, e.g. read's end_line).
    const char *defaultValue;
};

struct ToolSpec
{
    ToolId id;
    const char *name; // as the backend sends it in `execute-local`
    ToolRisk risk;
    const char *approvalName; // how the approval prompt names it ("write_file")
    QList<ToolArgument> arguments;
};

// One request's arguments, read by its tool's row of the table: an argument left out takes
// the row's default, a required one left out or a value of another JSON type is an error
// (integers and booleans may also come as the text "12", "true", as models send them), and
// names the row does not list are ignored. The tools read only what the table names.
class ToolArguments
{
    Q_DECLARE_TR_FUNCTIONS(ToolArguments)
public:
    static ToolArguments parse(const ToolSpec &spec, const QJsonObject &args);
    // Empty when the request fits the row; else what is wrong, for the model.
    QString error() const { return m_error; }

    QString string(const char *name) const;
    int integer(const char *name) const;
    bool boolean(const char *name) const;
    // Whether the request carried the argument (as opposed to the default or nothing).
    bool given(const char *name) const;

private:
    QHash<QString, QJsonValue> m_values; // every argument of the row that has a value
    QList<QString> m_given;
    QString m_error;
};

// The one table of local tools (docs/ai-protocol §7). LocalTools dispatches from it, the
// approval policy reads each tool's risk from it; a name that is not here is unknown: it
// runs nothing and is never approved by default.
namespace tooltable {
const QList<ToolSpec> &all();
// nullptr for an unknown tool.
const ToolSpec *find(const QString &name);
const ToolSpec &spec(ToolId id);
QString name(ToolId id);
// The exact line the lint tools run with bash (§7), also what the approval prompt shows:
// `cd '<abs>' && NXF_SYNTAX_PARSER=v2 nextflow lint .`, `cd '<abs>' && nf-core <scope> lint .`
QString lintCommandLine(ToolId id, const QString &absoluteDir, const QString &scope = QString());
// "modules" when that is asked for, else "pipelines" (the official's fallback for anything
// else, an injected command included).
QString lintScope(const QString &requested);
} // namespace tooltable

} // namespace seqera::ai

#pragma once

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
    const char *defaultValue; // as the backend documents it; nullptr when none
};

struct ToolSpec
{
    ToolId id;
    const char *name; // as the backend sends it in `execute-local`
    ToolRisk risk;
    const char *approvalName; // how the approval prompt names it ("write_file")
    QList<ToolArgument> arguments;
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

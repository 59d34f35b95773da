#include "tooltable.h"

namespace seqera::ai::tooltable {

const QList<ToolSpec> &all()
{
    static const QList<ToolSpec> table {
        { ToolId::ReadFile, "read_file_local", ToolRisk::Reads, "read_file",
            { { "path", "string", true, nullptr }, { "start_line", "integer", false, "1" },
                { "end_line", "integer", false, "start_line + 249" } } },
        { ToolId::ListDirectory, "list_directory_local", ToolRisk::Reads, "list_directory",
            { { "path", "string", false, "." }, { "show_hidden", "boolean", false, "false" },
                { "recursive", "boolean", false, "true" } } },
        { ToolId::SearchFiles, "search_files_local", ToolRisk::Reads, "search_files",
            { { "pattern", "string", true, nullptr }, { "path", "string", false, "." },
                { "recursive", "boolean", false, "true" },
                { "include_glob", "string", false, nullptr },
                { "max_results", "integer", false, "100" } } },
        { ToolId::WriteFile, "write_file_local", ToolRisk::WritesFile, "write_file",
            { { "path", "string", true, nullptr }, { "content", "string", true, nullptr } } },
        { ToolId::EditFile, "edit_file_local", ToolRisk::WritesFile, "edit_file",
            { { "path", "string", true, nullptr }, { "old_str", "string", true, nullptr },
                { "new_str", "string", true, nullptr } } },
        { ToolId::ExecuteBash, "execute_bash_local", ToolRisk::RunsCommand, "bash",
            { { "command", "string", true, nullptr } } },
        { ToolId::NextflowLint, "run_nextflow_lint_local", ToolRisk::RunsLinter, "nextflow_lint",
            { { "path", "string", false, "." } } },
        { ToolId::NfCoreLint, "run_nf_core_lint_local", ToolRisk::RunsLinter, "nf_core_lint",
            { { "path", "string", false, "." }, { "lint_scope", "string", false, "pipelines" } } },
    };
    return table;
}

const ToolSpec *find(const QString &name)
{
    for (const ToolSpec &s : all()) {
        if (name == QLatin1String(s.name))
            return &s;
    }
    return nullptr;
}

const ToolSpec &spec(ToolId id)
{
    for (const ToolSpec &s : all()) {
        if (s.id == id)
            return s;
    }
    Q_UNREACHABLE();
    return all().first();
}

QString name(ToolId id)
{
    return QLatin1String(spec(id).name);
}

QString lintScope(const QString &requested)
{
    // Never the requested text itself: it becomes part of a shell command.
    return requested.trimmed() == QLatin1String("modules") ? QStringLiteral("modules")
                                                           : QStringLiteral("pipelines");
}

QString lintCommandLine(ToolId id, const QString &absoluteDir, const QString &scope)
{
    // Single quotes keep every byte of the folder literal; a quote inside becomes '\''.
    QString quoted = absoluteDir;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    quoted = QLatin1Char('\'') + quoted + QLatin1Char('\'');
    if (id == ToolId::NextflowLint)
        return QStringLiteral("cd %1 && NXF_SYNTAX_PARSER=v2 nextflow lint .").arg(quoted);
    return QStringLiteral("cd %1 && nf-core %2 lint .").arg(quoted, scope);
}

} // namespace seqera::ai::tooltable

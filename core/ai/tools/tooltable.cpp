#include "tooltable.h"

#include <cmath>
#include <limits>

namespace seqera::ai {

namespace {
// The value as the argument's type, or an undefined value when it cannot be one.
QJsonValue converted(const QJsonValue &value, const QString &type)
{
    if (type == QLatin1String("string"))
        return value.isString() ? value : QJsonValue(QJsonValue::Undefined);
    if (type == QLatin1String("boolean")) {
        if (value.isBool())
            return value;
        if (value.isString()
            && (value.toString() == QLatin1String("true")
                || value.toString() == QLatin1String("false")))
            return QJsonValue(value.toString() == QLatin1String("true"));
        return QJsonValue(QJsonValue::Undefined);
    }
    // integer
    double number = 0;
    bool ok = value.isDouble();
    if (ok)
        number = value.toDouble();
    else if (value.isString())
        number = value.toString().trimmed().toLongLong(&ok);
    if (!ok || !std::isfinite(number) || number != std::floor(number)
        || std::fabs(number) > std::numeric_limits<int>::max())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue(int(number));
}
} // namespace

ToolArguments ToolArguments::parse(const ToolSpec &spec, const QJsonObject &args)
{
    ToolArguments parsed;
    for (const ToolArgument &a : spec.arguments) {
        const QString name = QLatin1String(a.name);
        const QString type = QLatin1String(a.type);
        const QJsonValue value = args.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (a.required) {
                parsed.m_error = tr("%1 needs the argument %2 (%3).")
                                     .arg(QLatin1String(spec.name), name, type);
                return parsed;
            }
            if (a.defaultValue)
                parsed.m_values.insert(
                    name, converted(QJsonValue(QLatin1String(a.defaultValue)), type));
            continue;
        }
        const QJsonValue typed = converted(value, type);
        if (typed.isUndefined()) {
            parsed.m_error = tr("The argument %1 of %2 must be of type %3.")
                                 .arg(name, QLatin1String(spec.name), type);
            return parsed;
        }
        parsed.m_values.insert(name, typed);
        parsed.m_given << name;
    }
    return parsed;
}

QString ToolArguments::string(const char *name) const
{
    return m_values.value(QLatin1String(name)).toString();
}

int ToolArguments::integer(const char *name) const
{
    return m_values.value(QLatin1String(name)).toInt();
}

bool ToolArguments::boolean(const char *name) const
{
    return m_values.value(QLatin1String(name)).toBool();
}

bool ToolArguments::given(const char *name) const
{
    return m_given.contains(QLatin1String(name));
}

} // namespace seqera::ai

namespace seqera::ai::tooltable {

const QList<ToolSpec> &all()
{
    static const QList<ToolSpec> table {
        { ToolId::ReadFile, "read_file_local", ToolRisk::Reads, "read_file",
            { { "path", "string", true, nullptr }, { "start_line", "integer", false, "1" },
                { "end_line", "integer", false, nullptr } } },
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

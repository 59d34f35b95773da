#include "caller.h"

namespace seqera::ai {

namespace {

struct Rule
{
    const char *caller;
    // A variable that counts when it is "1" or "true" (case-insensitive).
    std::initializer_list<const char *> flags;
    // A variable that counts when it is set to anything non-empty.
    std::initializer_list<const char *> present;
};

bool isTrue(const QString &value)
{
    return value == QLatin1String("1")
        || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString detectCaller(const QProcessEnvironment &env, bool headless)
{
    // First match wins, in this order (ai-protocol §4).
    static const Rule rules[] = {
        { "claude_code", { "CLAUDE_CODE" }, { "CLAUDE_CODE_SESSION_ID" } },
        { "codex", { "CODEX" }, { "OPENAI_CODEX" } },
        { "github_copilot", { "GITHUB_COPILOT", "GITHUB_COPILOT_ENABLED" },
            { "COPILOT_AGENT_MODE" } },
        { "cursor", { "CURSOR" }, { "CURSOR_EDITOR" } },
        { "windsurf", { "WINDSURF" }, { "CODEIUM_EDITOR" } },
        { "aider", { "AIDER" }, { "AIDER_MODEL" } },
        { "cline", { "CLINE" }, { "CLINE_SESSION" } },
    };
    for (const Rule &rule : rules) {
        for (const char *name : rule.flags)
            if (isTrue(env.value(QLatin1String(name))))
                return QLatin1String(rule.caller);
        for (const char *name : rule.present)
            if (!env.value(QLatin1String(name)).isEmpty())
                return QLatin1String(rule.caller);
        if (QLatin1String(rule.caller) == QLatin1String("cursor")
            && env.value(QStringLiteral("TERM_PROGRAM")) == QLatin1String("Cursor"))
            return QStringLiteral("cursor");
    }
    for (const char *name :
        { "CI", "GITHUB_ACTIONS", "GITLAB_CI", "CIRCLECI", "TRAVIS", "BUILDKITE" })
        if (env.value(QLatin1String(name)).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("script");
    if (!env.value(QStringLiteral("JENKINS_URL")).isEmpty())
        return QStringLiteral("script");
    return headless ? QStringLiteral("script") : QStringLiteral("interactive");
}

} // namespace seqera::ai

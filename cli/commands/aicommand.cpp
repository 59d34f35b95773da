#include "aicommand.h"

#include "ai/backend/aibackendclient.h"
#include "ai/conversationview.h"
#include "ai/tools/approvalpolicy.h"
#include "ai/tools/sandbox.h"
#include "config/settings.h"
#include "services.h"
#include "session/tokenresolver.h"
#include "storage/sessionstore.h"
#include "util/terminaltext.h"

#include <QTextStream>

#include <memory>

namespace seqera::cli {


AiCommand::AiCommand()
    : Command(QStringLiteral("ai"),
        tr("Ask Seqera AI, the assistant for Nextflow and Seqera Platform:\n"
           "  seqera ai                        a conversation in the terminal\n"
           "  seqera ai \"why did my run fail?\"  one question, then the conversation\n"
           "  seqera ai --headless \"...\" > answer.txt   for scripts"))
{ }

void AiCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("query"), tr("The question to ask (optional)."), QStringLiteral("[QUERY]"));
    parser.addOption({ QStringLiteral("token"),
        tr("Use this access token (\"-\" reads it from stdin) instead of "
           "$SEQERA_ACCESS_TOKEN, $SEQERA_TOKEN, $TOWER_ACCESS_TOKEN or the profile."),
        tr("token") });
    parser.addOption({ QStringLiteral("headless"),
        tr("Answer one question on stdout and exit (also when stdout is not a terminal).") });
    parser.addOption({ { QStringLiteral("c"), QStringLiteral("continue") },
        tr("Continue a recent conversation of this directory (a choice on a terminal when "
           "there are several; headless takes the most recent).") });
    parser.addOption({ { QStringLiteral("s"), QStringLiteral("session") },
        tr("Resume the conversation with this id."), tr("id") });
    parser.addOption({ QStringLiteral("approval-mode"),
        tr("Which local tools run without asking: basic (read-only commands), "
           "default (also file edits in this directory) or full (all but "
           "dangerous commands)."),
        tr("mode") });
    parser.addOption({ QStringLiteral("allow-outside-sandbox"),
        tr("Headless: run the commands the approval mode allows even when they need to write "
           "outside the sandbox (or there is no sandbox), instead of refusing them.") });
    parser.addOption(
        { QStringLiteral("show-thinking"), tr("Show the assistant's reasoning on stderr.") });
    parser.addOption({ QStringLiteral("show-tools"), tr("Show tool activity on stderr.") });
    parser.addOption({ QStringLiteral("show-tool-results"),
        tr("Headless: show each tool's result (up to 500 characters) on stderr.") });
    parser.addOption({ QStringLiteral("sub-agent"),
        tr("Headless, for programs driving seqera ai: JSON records on stdout, one a line "
           "(run_started, text, thinking, tool_call, tool_result, complete, error).") });
    parser.addOption({ QStringLiteral("events-path"),
        tr("Append a diagnostic record of the run (JSON lines, mode 0600) to this file."),
        tr("file") });
    parser.addOption({ { QStringLiteral("v"), QStringLiteral("verbose") },
        tr("Ask Seqera AI for more detailed answers.") });
}

QString AiCommand::helpEpilog(const Settings &settings) const
{
    return tr("Sandbox for the assistant's commands: %1.")
        .arg(ai::Sandbox::detect(settings.aiSandbox).description());
}

// Long on purpose: the options in the order --help lists them, each checked where it is
// read, then the run; every block is one option.
int AiCommand::execute(Context &context, const QCommandLineParser &parser)
{
    ViewOptions options;
    options.query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    options.continueLast = parser.isSet(QStringLiteral("continue"));
    options.sessionId = parser.value(QStringLiteral("session")).trimmed();
    options.showThinking = parser.isSet(QStringLiteral("show-thinking"));
    options.showTools = parser.isSet(QStringLiteral("show-tools"));
    options.showToolResults = parser.isSet(QStringLiteral("show-tool-results"));
    options.subAgent = parser.isSet(QStringLiteral("sub-agent"));
    options.verbose = parser.isSet(QStringLiteral("verbose"));
    options.eventsPath = parser.value(QStringLiteral("events-path"));
    options.allowOutsideSandbox = parser.isSet(QStringLiteral("allow-outside-sandbox"));
    // --approval-mode, else config.json's approvalMode (as the official CLI), else default.
    if (parser.isSet(QStringLiteral("approval-mode"))) {
        if (!ai::parseApprovalMode(parser.value(QStringLiteral("approval-mode")), &options.mode)) {
            printError(context.err,
                tr("unknown approval mode \"%1\": use basic, default or full.")
                    .arg(parser.value(QStringLiteral("approval-mode"))),
                0);
            return ExitCode::Usage;
        }
    } else if (!context.settings.aiApprovalMode.isEmpty()
        && !ai::parseApprovalMode(context.settings.aiApprovalMode, &options.mode)) {
        printError(context.err,
            tr("unknown approval mode \"%1\" in %2 (approvalMode): use basic, default or full.")
                .arg(context.settings.aiApprovalMode, context.settings.configFile()),
            0);
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("session")) && !ai::isValidSessionId(options.sessionId)) {
        printError(context.err,
            tr("\"%1\" is not a session id (1 to 128 letters, digits, \".\", \"_\" or \"-\"). "
               "The ids are listed by /sessions in a conversation.")
                .arg(text::printable(options.sessionId.left(200))),
            0);
        return ExitCode::Usage;
    }
    if (options.continueLast && !options.sessionId.isEmpty()) {
        printError(context.err, tr("use either --continue or --session, not both."), 0);
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("events-path")) && options.eventsPath.isEmpty()) {
        printError(context.err, tr("--events-path needs a file name."), 0);
        return ExitCode::Usage;
    }

    QString explicitToken = parser.value(QStringLiteral("token"));
    bool stdinUsed = false;
    if (explicitToken == QLatin1String("-")) {
        explicitToken = context.in.readLine().trimmed();
        stdinUsed = true;
        if (explicitToken.isEmpty()) {
            printError(context.err, tr("--token - read an empty token from stdin."), 0);
            return ExitCode::Usage;
        }
    } else if (parser.isSet(QStringLiteral("token")) && explicitToken.trimmed().isEmpty()) {
        printError(context.err, tr("--token needs a token, or \"-\" to read it from stdin."), 0);
        return ExitCode::Usage;
    }

    const bool terminalIn = !stdinUsed && context.terminal.in;
    options.terminalOut = context.terminal.out;
    options.color = options.terminalOut
        && context.environment.value(QStringLiteral("NO_COLOR")).isEmpty()
        && context.environment.value(QStringLiteral("TERM")) != QLatin1String("dumb");
    options.headless = parser.isSet(QStringLiteral("headless")) || options.subAgent
        || !options.terminalOut || !terminalIn;
    if (options.headless && options.query.isEmpty() && !stdinUsed && !terminalIn) {
        // `echo "question" | seqera ai`
        options.query = context.in.readAll().trimmed();
    }
    if (options.headless && options.query.isEmpty()) {
        printError(context.err,
            tr("without a terminal, seqera ai needs a question: seqera ai "
               "--headless \"QUESTION\", or the question on stdin."),
            0);
        return ExitCode::Usage;
    }

    options.sandbox = ai::Sandbox::detect(context.settings.aiSandbox);
    Services services(context.settings);
    // The organization chosen with `seqera org switch` for this profile, if any.
    if (const auto metadata = services.store()->loadMetadata(context.settings.profile, nullptr)) {
        options.organizationId = metadata->organizationId;
        options.organizationName = metadata->organizationName;
    }
    std::unique_ptr<ConversationView> view;
    std::function<void(int)> finishRun;
    return runUntilDone(
        [&](std::function<void(int)> finish) {
            finishRun = finish;
            services.tokens()->resolve(
                explicitToken, [&, finish](const AccessToken &token, const Error &error) {
                    if (error) {
                        printError(context.err, error.message, 0);
                        return finish(exitCodeFor(error));
                    }
                    view = std::make_unique<ConversationView>(
                        context, services, options, token, finish);
                    if (const Error e = view->openEventsFile()) {
                        printError(context.err, e.message, 0);
                        return finish(exitCodeFor(e));
                    }
                    view->start();
                });
        },
        [&] {
            if (view)
                view->interrupt();
            else if (finishRun)
                finishRun(ExitCode::Interrupted); // still resolving the token
        });
}

} // namespace seqera::cli

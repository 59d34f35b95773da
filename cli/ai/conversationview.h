#pragma once

#include "ai/tools/approvalpolicy.h"
#include "ai/tools/sandbox.h"
#include "command.h"
#include "session/accesstoken.h"
#include "util/error.h"

#include <QString>

#include <functional>
#include <memory>

namespace seqera::cli {

class Services;
class ConversationViewPrivate;

// What `seqera ai`'s options and the environment decided (AiCommand::execute reads them).
struct ViewOptions
{
    QString query;
    bool headless = false;
    bool continueLast = false;
    QString sessionId;
    ai::ApprovalMode mode = ai::ApprovalMode::Default;
    bool showThinking = false;
    bool showTools = false;
    bool showToolResults = false;
    bool subAgent = false;
    bool verbose = false;
    bool allowOutsideSandbox = false;
    ai::Sandbox sandbox; // where the assistant's commands run (Sandbox::detect)
    QString eventsPath;
    // The organization of the profile (SessionMetadata, `seqera org switch`); empty: none.
    QString organizationId;
    QString organizationName;
    bool terminalOut = false; // stdout is a terminal: markdown, sanitized
    bool color = false; // and NO_COLOR is not set
};

// The terminal side of `seqera ai`: shows what the Conversation (core/ai) reports, on a
// terminal (markdown, colour, line editing) or headless (the answer on stdout, activity on
// stderr, --sub-agent records); reads the user's lines, answers approvals, handles slash
// commands, Ctrl-C and the exit. It writes only to the Context's streams, so it runs in a
// test's process as well (tests/unit/tst_cli.cpp, headless); the interactive side needs a
// terminal and is tested under a pty (tests/ai/tst_aicommand.cpp).
class ConversationView
{
public:
    // `finish` is called once with the exit code when the conversation is over.
    ConversationView(Context &context, Services &services, const ViewOptions &options,
        AccessToken token, std::function<void(int)> finish);
    ~ConversationView();
    ConversationView(const ConversationView &) = delete;
    ConversationView &operator=(const ConversationView &) = delete;

    // --events-path: opens the record file (before start()).
    Error openEventsFile();
    // The first question, the resumed session or the prompt.
    void start();
    // Ctrl-C or a termination signal: cancels an answer, answers an open question with its
    // default, or leaves (headless: cancel, expire, say how to resume, exit 130).
    void interrupt();

private:
    std::unique_ptr<ConversationViewPrivate> d;
};

} // namespace seqera::cli

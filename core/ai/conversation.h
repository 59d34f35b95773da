#pragma once

#include "ai/backend/aibackendclient.h"
#include "ai/tools/approvalpolicy.h"
#include "ai/tools/localtools.h"
#include "session/tokenresolver.h"
#include "util/error.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace seqera::ai {

// What a person is asked before a local tool runs that the approval mode does not allow.
struct ApprovalRequest
{
    QString requestId;
    QString toolName;
    QJsonObject args;
    // What would run: the command, "write_file P", ... with control characters made
    // visible (ApprovalPolicy::displayText), so what the user approves is what runs.
    QString subject;
    // The session rule "always" would add ("nextflow run *"); empty when none may be offered.
    QString alwaysRule;
    QString reason; // translated: why it is not simply allowed
    // Where it runs if approved; Outside: the question is whether to run it without the
    // sandbox (ApprovalPolicy::Decision).
    Confinement confinement = Confinement::Workspace;
};

// Tool requests one answer may make; past it each is refused and the answer is stopped
// (a model in a loop, or a hostile backend, cannot keep the machine busy forever).
constexpr int kMaxToolRequestsPerRun = 200;

enum class ApprovalChoice {
    Once, // run it this time
    Always, // run it, and what its rule covers for the rest of this session (SessionApprovals)
    Reject, // do not run it; the model is told the user denied it
};

// How one answer (a run) ended.
struct RunOutcome
{
    enum class Status { Success, Cancelled, Failed };
    Status status = Status::Failed;
    QString finishReason; // of the `finish` event, when there was one
    QJsonObject usage; // {promptTokens, completionTokens}
    Error error; // set unless Success
    bool errorEvent = false; // the backend's `error` event ended the answer
};

// One `seqera ai` conversation with the backend, without any terminal: sessions created
// lazily with the first message, one run per message over the event stream, local tools
// run (or asked about, or refused) by the approval mode, 401s answered once, the session
// expired at the end. The front end (the CLI) shows the signals and answers approvals.
class Conversation : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString cwd;
        bool headless = false;
        ApprovalMode mode = ApprovalMode::Default;
        QString caller; // detectCaller()
        bool verbose = false;
        // Headless: run the commands that need more than the sandbox gives (or all of them
        // where there is no sandbox) instead of refusing them (--allow-outside-sandbox).
        bool allowOutsideSandbox = false;
        int maxToolRequests = kMaxToolRequestsPerRun;
        // The body of POST /sessions (ai-protocol §3), built when the first message needs a
        // session, so collecting the project context costs nothing for /help or an exit.
        std::function<QJsonObject()> sessionBody;
    };
    // Renews the access token after a 401 and hands back the new one (or an error).
    using Renewer = TokenRenewer; // session/tokenresolver.h

    // settings: the backend's address, the program's own folders, the sandbox's configuration
    // (what LocalTools needs); read here, not kept.
    Conversation(QNetworkAccessManager *network, const Settings &settings, Options options,
        QObject *parent = nullptr);
    ~Conversation() override;

    AiBackendClient *client() { return &m_client; }
    LocalTools *tools() { return &m_tools; }

    // `source` names where the token came from ("--token", "TOWER_ACCESS_TOKEN", "profile
    // 'default'") for the error after a refusal. Without a renewer a refused token is tried
    // once more as it is (the backend may have hiccuped), then the error names the source.
    void setToken(const QString &token, const QString &source, Renewer renewer = {});

    ApprovalMode approvalMode() const { return m_options.mode; }
    void setApprovalMode(ApprovalMode mode) { m_options.mode = mode; }
    // Plan mode (/plan, ai-protocol §4): messages carry mode "plan", and every tool that would
    // change something or run a program (commands, linters, writes, edits, unknown tools) is
    // refused here without asking; reading tools still run.
    bool planMode() const { return m_planMode; }
    void setPlanMode(bool on) { m_planMode = on; }

    // Continue an existing session (-s, -c, /sessions) instead of creating one.
    void resume(const QString &sessionId);
    QString sessionId() const { return m_sessionId; }
    bool resumed() const { return m_resumed; }
    bool isRunning() const { return m_runActive; }
    QString runId() const { return m_runId; }

    // Sends a message; creates the session first when there is none. Ends with runFinished.
    void send(const QString &text);
    // Stops the running answer: local tools killed, `cancel` posted. Ends with runFinished.
    // `posted`: called once the backend has the cancel (or could not be told).
    void cancel(std::function<void()> posted = {});
    // Answers the pending approvalRequested.
    void answerApproval(ApprovalChoice choice);
    bool approvalPending() const { return !m_pendingApproval.requestId.isEmpty(); }

    // POST .../expire (at most 2 s), then `done`; the conversation forgets the session, so the
    // next message creates a new one. Immediately when there is no session.
    void expire(std::function<void()> done);

    // With 401 handling, for -c, /sessions and /credits.
    void listSessions(const QString &cwd, int limit,
        std::function<void(const QList<AiSessionInfo> &, const Error &)> done);
    void history(std::function<void(const QList<AiMessage> &, const Error &)> done);
    void credits(const QString &organizationId,
        std::function<void(const QJsonObject &, const Error &)> done);
    // GET /skills with 401 handling: the backend's skills.
    void skills(std::function<void(const QJsonArray &, const Error &)> done);

    // The message that asks the model to use a skill, as the official client words it (the
    // backend's skills are loaded by name, a project's or the user's by its SKILL.md path).
    static QString skillMessage(
        const QString &name, const QString &skillPath, const QString &request);

    // The text posted back when the user rejects a tool (ai-protocol §8).
    static QString rejectionText();

signals:
    void sessionStarted(const QString &sessionId, bool created);
    void runStarted(const QString &runId, const QString &sessionId);
    void textReceived(const QString &text);
    void reasoningReceived(const QString &text);
    // Tools the backend runs itself (tool-call / tool-result events).
    void serverToolCalled(
        const QString &toolCallId, const QString &toolName, const QJsonObject &args);
    void serverToolFinished(const QString &toolCallId, const QJsonValue &result);
    // Local tools (execute-local): started, and finished, refused or rejected.
    void localToolStarted(
        const QString &requestId, const QString &toolName, const QJsonObject &args);
    void localToolFinished(const QString &requestId, const QString &toolName,
        const seqera::ai::ToolResult &result, bool ran);
    void approvalRequested(const seqera::ai::ApprovalRequest &request);
    void compacting();
    void reconnecting(int attempt, int delayMs);
    void runFinished(const seqera::ai::RunOutcome &outcome);
    // Something went wrong outside a run (a tool result that could not be posted).
    void warning(const QString &message);

private:
    // Runs `call`; on a 401 renews (or retries as is) once, then runs it again.
    void withAuth(std::function<void(std::function<void(const Error &)>)> call,
        std::function<void(const Error &)> done);
    Error refusedTokenError() const;
    void ensureSession(std::function<void(const Error &)> done);
    void postMessage(const QString &text);
    void onEvent(const AiEvent &event);
    void onStreamFailed(const Error &error);
    void executeLocal(const AiEvent &event);
    // Tool requests are handled one at a time, in the order they arrive: the next starts
    // once the previous one's result is posted (ai-protocol §8).
    void nextTool();
    void toolDone(int generation);
    void runTool(const QString &requestId, const QString &toolName, const QJsonObject &args,
        Confinement confinement);
    // A sandboxed command that failed on a read-only folder: asked whether to run it again
    // outside (a terminal), run again outside (--allow-outside-sandbox) or told so (headless).
    static bool blockedBySandbox(const ToolResult &result);
    void offerOutside(const QString &requestId, const QString &toolName, const QJsonObject &args,
        const ToolResult &sandboxed);
    void postResult(
        const QString &requestId, const QString &toolName, const ToolResult &result, bool ran);
    // Every request that is waiting (asked about or queued) gets `result`; then `done`.
    void answerWaitingTools(const ToolResult &result, std::function<void()> done);
    void endRun(RunOutcome outcome);

    Options m_options;
    AiBackendClient m_client;
    LocalTools m_tools;
    QString m_token;
    QString m_tokenSource;
    Renewer m_renewer;
    QString m_sessionId;
    bool m_resumed = false;
    bool m_runActive = false;
    bool m_cancelled = false;
    bool m_streamRenewed = false; // a 401 on this run's stream was answered once
    QString m_runId;
    ApprovalRequest m_pendingApproval;
    std::optional<ToolResult> m_sandboxedResult; // when the pending question is offerOutside's
    QList<AiEvent> m_toolQueue; // execute-local requests not started yet
    bool m_toolBusy = false; // one request is being decided, asked about, run or posted
    int m_toolGeneration = 0; // a new run starts a new generation: late callbacks are dropped
    int m_toolRequests = 0; // in this run
    bool m_toolLimitHit = false;
    bool m_planMode = false;
    SessionApprovals m_sessionApprovals; // the "always" answers of this session
};

} // namespace seqera::ai

Q_DECLARE_METATYPE(seqera::ai::ApprovalRequest)
Q_DECLARE_METATYPE(seqera::ai::RunOutcome)
Q_DECLARE_METATYPE(seqera::ai::ToolResult)

#include "conversation.h"

#include "config/settings.h"

#include "ai/tools/tooltable.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcConversation, "seqera.ai.conversation", QtWarningMsg)

namespace seqera::ai {

Conversation::Conversation(QNetworkAccessManager *network, const Settings &settings,
    Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(network, settings.aiBackendUrl)
    , m_tools(m_options.cwd, settings)
{
    qRegisterMetaType<ApprovalRequest>();
    qRegisterMetaType<RunOutcome>();
    qRegisterMetaType<ToolResult>();
    connect(&m_client, &AiBackendClient::eventReceived, this, &Conversation::onEvent);
    connect(&m_client, &AiBackendClient::streamFailed, this, &Conversation::onStreamFailed);
    connect(&m_client, &AiBackendClient::reconnecting, this, &Conversation::reconnecting);
}

Conversation::~Conversation()
{
    m_tools.cancelAll();
    m_client.closeStream();
}

void Conversation::setToken(const QString &token, const QString &source, Renewer renewer)
{
    m_token = token;
    m_tokenSource = source;
    m_renewer = std::move(renewer);
    m_client.setToken(token);
}

void Conversation::resume(const QString &sessionId)
{
    m_sessionId = sessionId;
    m_resumed = true;
    m_sessionApprovals.clear(); // "always" was said about another session
    emit sessionStarted(sessionId, false);
}

QString Conversation::rejectionText()
{
    return QStringLiteral("Operation blocked: user denied approval");
}

Error Conversation::refusedTokenError() const
{
    return ai::refusedTokenError(m_tokenSource, bool(m_renewer));
}

void Conversation::withAuth(std::function<void(std::function<void(const Error &)>)> call,
    std::function<void(const Error &)> done)
{
    callRenewingOnce(
        m_token, m_renewer,
        [this, call](const QString &token, std::function<void(const Error &)> reply) {
            if (token != m_token) { // renewed: later requests use it too
                m_token = token;
                m_client.setToken(token);
            }
            call(std::move(reply));
        },
        [this, done](const QString &, const Error &error) {
            done(error.code == Error::Code::Unauthorized ? refusedTokenError() : error);
        });
}

void Conversation::ensureSession(std::function<void(const Error &)> done)
{
    if (!m_sessionId.isEmpty())
        return done(Error());
    const QJsonObject body = m_options.sessionBody
        ? m_options.sessionBody()
        : QJsonObject {
              { QStringLiteral("cwd"), m_options.cwd },
              { QStringLiteral("approval_mode"), QStringLiteral("auto") },
              { QStringLiteral("local_execution"), true },
              { QStringLiteral("headless"), m_options.headless },
          };
    auto id = std::make_shared<QString>();
    withAuth(
        [this, body, id](std::function<void(const Error &)> next) {
            m_client.createSession(body, [id, next](const QString &sessionId, const Error &e) {
                *id = sessionId;
                next(e);
            });
        },
        [this, id, done](const Error &e) {
            if (e)
                return done(
                    Error(e.code, tr("Could not start a Seqera AI session: %1").arg(e.message)));
            m_sessionId = *id;
            m_resumed = false;
            emit sessionStarted(m_sessionId, true);
            done(Error());
        });
}

void Conversation::send(const QString &text)
{
    if (m_runActive)
        return;
    m_runActive = true;
    m_cancelled = false;
    m_runId.clear();
    ++m_toolGeneration;
    m_toolQueue.clear();
    m_toolBusy = false;
    m_toolRequests = 0;
    m_toolLimitHit = false;
    ensureSession([this, text](const Error &e) {
        if (e)
            return endRun(RunOutcome { RunOutcome::Status::Failed, {}, {}, e, false });
        if (m_cancelled)
            return endRun(RunOutcome { RunOutcome::Status::Cancelled, {}, {},
                Error(Error::Code::Cancelled, tr("The answer was cancelled.")), false });
        postMessage(text);
    });
}

void Conversation::postMessage(const QString &text)
{
    AiBackendClient::Message message;
    message.content = text;
    message.headless = m_options.headless;
    message.verbose = m_options.verbose;
    message.caller = m_options.caller;
    message.plan = m_planMode;
    // One run id for every try of this message, so the backend can tell a retry from a repeat.
    message.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_runId = message.runId;
    emit runStarted(m_runId, m_sessionId);
    withAuth(
        [this, message](std::function<void(const Error &)> next) {
            m_client.sendMessage(m_sessionId, message, next);
        },
        [this](const Error &e) {
            if (e)
                return endRun(RunOutcome { RunOutcome::Status::Failed, {}, {}, e, false });
            if (m_cancelled) {
                m_client.sendCancel(m_sessionId, [](const Error &) {});
                return endRun(RunOutcome { RunOutcome::Status::Cancelled, {}, {},
                    Error(Error::Code::Cancelled, tr("The answer was cancelled.")), false });
            }
            // History is only replayed to a client that resumed the session and knows no
            // cursor; it is dropped below either way.
            m_client.openStream(m_sessionId, m_resumed && m_client.lastEventId() < 0);
        });
}

void Conversation::cancel(std::function<void()> posted)
{
    if (!posted)
        posted = [] {};
    if (!m_runActive || m_cancelled)
        return posted();
    m_cancelled = true;
    m_tools.cancelAll(); // the running tool's result says it was cancelled
    answerWaitingTools(ToolResult::failure(rejectionText()), [] {});
    if (!m_client.isStreaming())
        return posted(); // still creating the session or posting the message: they end the run
    m_client.sendCancel(m_sessionId, [this, posted](const Error &e) {
        posted();
        // The backend ends the stream with finish(cancelled); if the cancel did not get
        // through, stop waiting for it.
        if (e && m_runActive)
            endRun(RunOutcome { RunOutcome::Status::Cancelled, {}, {},
                Error(Error::Code::Cancelled, tr("The answer was cancelled.")), false });
    });
}

void Conversation::onEvent(const AiEvent &e)
{
    if (!m_runActive || e.history)
        return; // earlier runs of a resumed conversation: already answered
    switch (e.type) {
    case AiEvent::Type::TextDelta:
        if (!e.text.isEmpty())
            emit textReceived(e.text);
        break;
    case AiEvent::Type::Reasoning:
        if (!e.text.isEmpty())
            emit reasoningReceived(e.text);
        break;
    case AiEvent::Type::ToolCall:
        emit serverToolCalled(e.toolCallId, e.toolName, e.args);
        break;
    case AiEvent::Type::ToolResult:
        emit serverToolFinished(e.toolCallId, e.result);
        break;
    case AiEvent::Type::ExecuteLocal:
        if (!m_cancelled)
            executeLocal(e);
        break;
    case AiEvent::Type::Finish: {
        RunOutcome outcome;
        outcome.finishReason = e.finishReason;
        outcome.usage = e.usage;
        if (e.finishReason == QLatin1String("stop") || e.finishReason == QLatin1String("success")) {
            outcome.status = RunOutcome::Status::Success;
        } else if (m_cancelled) {
            outcome.status = RunOutcome::Status::Cancelled;
            outcome.error = Error(Error::Code::Cancelled, tr("The answer was cancelled."));
        } else {
            outcome.error = Error(Error::Code::Server,
                tr("The answer ended early (reason: %1).").arg(e.finishReason));
        }
        endRun(outcome);
        break;
    }
    case AiEvent::Type::Error:
        endRun(RunOutcome { RunOutcome::Status::Failed, {}, {},
            Error(Error::Code::Server, tr("Seqera AI reported an error: %1").arg(e.text)), true });
        break;
    case AiEvent::Type::Compacting:
        emit compacting();
        break;
    case AiEvent::Type::Start:
    case AiEvent::Type::HistoryEnd:
        break;
    }
}

void Conversation::onStreamFailed(const Error &error)
{
    if (!m_runActive)
        return;
    if (error.code == Error::Code::Unauthorized && !m_streamRenewed) {
        m_streamRenewed = true;
        auto reopen = [this] {
            if (m_runActive)
                m_client.openStream(m_sessionId, m_resumed && m_client.lastEventId() < 0);
        };
        if (!m_renewer)
            return reopen();
        return m_renewer([this, reopen](const QString &token, const Error &e) {
            if (e)
                return endRun(RunOutcome { RunOutcome::Status::Failed, {}, {}, e, false });
            m_token = token;
            m_client.setToken(token);
            reopen();
        });
    }
    endRun(RunOutcome { RunOutcome::Status::Failed, {}, {},
        error.code == Error::Code::Unauthorized ? refusedTokenError() : error, false });
}

void Conversation::executeLocal(const AiEvent &e)
{
    if (++m_toolRequests > m_options.maxToolRequests) {
        postResult(e.requestId, e.toolName,
            ToolResult::failure(tr("Refused: this answer already asked for %n tool run(s), the "
                                   "most one answer may.",
                nullptr, m_options.maxToolRequests)),
            false);
        if (!m_toolLimitHit) {
            m_toolLimitHit = true;
            cancel();
        }
        return;
    }
    m_toolQueue.append(e);
    nextTool();
}

void Conversation::nextTool()
{
    if (m_toolBusy || m_toolQueue.isEmpty())
        return;
    const AiEvent e = m_toolQueue.takeFirst();
    m_toolBusy = true;
    if (m_cancelled)
        return postResult(e.requestId, e.toolName, ToolResult::failure(rejectionText()), false);
    if (m_planMode) {
        const ToolSpec *spec = tooltable::find(e.toolName);
        if (!spec || spec->risk != ToolRisk::Reads)
            return postResult(e.requestId, e.toolName,
                ToolResult::failure(tr("Refused: plan mode is on, so nothing on this machine is "
                                       "changed or run; only reading tools work. Describe the "
                                       "plan; the user leaves plan mode with /plan.")),
                false);
    }

    ApprovalPolicy::Sandboxing sandboxing;
    sandboxing.available = m_tools.sandbox().available();
    sandboxing.allowOutside = m_options.allowOutsideSandbox;
    sandboxing.writable = m_tools.writablePaths();
    sandboxing.ownFiles = m_tools.ownFiles();
    const auto decision = ApprovalPolicy::decide(m_options.mode, e.toolName, e.args, m_options.cwd,
        !m_options.headless, &m_sessionApprovals, sandboxing);
    switch (decision.verdict) {
    case ApprovalPolicy::Verdict::Allow:
        return runTool(e.requestId, e.toolName, e.args, decision.confinement);
    case ApprovalPolicy::Verdict::Deny:
        return postResult(e.requestId, e.toolName,
            ToolResult::failure(decision.confinement == Confinement::Outside
                    ? tr("Refused without asking, because seqera ai runs headless: %1 Run it in "
                         "a terminal to approve it, or allow such commands with "
                         "--allow-outside-sandbox.")
                          .arg(decision.reason)
                    : tr("Refused without asking, because seqera ai runs headless: %1 Run it "
                         "in a terminal to approve the tool, or choose a wider "
                         "--approval-mode.")
                          .arg(decision.reason)),
            false);
    case ApprovalPolicy::Verdict::Ask: {
        // "Always" is not offered for leaving the sandbox: that is asked each time.
        const bool leavesSandbox
            = decision.confinement == Confinement::Outside && sandboxing.available;
        m_pendingApproval = ApprovalRequest { e.requestId, e.toolName, e.args,
            ApprovalPolicy::displayText(e.toolName, e.args, m_options.cwd),
            leavesSandbox ? QString() : SessionApprovals::ruleFor(e.toolName, e.args),
            decision.reason, decision.confinement };
        emit approvalRequested(m_pendingApproval);
        return;
    }
    }
}

void Conversation::toolDone(int generation)
{
    if (generation != m_toolGeneration)
        return; // a tool of an earlier run
    m_toolBusy = false;
    // From the event loop: a long queue of refusals does not grow the stack.
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_toolGeneration)
            nextTool();
    });
}

void Conversation::answerApproval(ApprovalChoice choice)
{
    if (m_pendingApproval.requestId.isEmpty())
        return;
    const ApprovalRequest request = std::exchange(m_pendingApproval, {});
    if (choice != ApprovalChoice::Reject)
        m_sandboxedResult.reset();
    switch (choice) {
    case ApprovalChoice::Always:
        if (!request.alwaysRule.isEmpty()) // only what the prompt offered
            m_sessionApprovals.allowAlways(request.toolName, request.args);
        Q_FALLTHROUGH();
    case ApprovalChoice::Once:
        return runTool(request.requestId, request.toolName, request.args, request.confinement);
    case ApprovalChoice::Reject:
        // Declining to leave the sandbox: the model gets what the command did inside it.
        if (const auto sandboxed = std::exchange(m_sandboxedResult, std::nullopt))
            return postResult(request.requestId, request.toolName, *sandboxed, true);
        return postResult(
            request.requestId, request.toolName, ToolResult::failure(rejectionText()), false);
    }
}

void Conversation::runTool(const QString &requestId, const QString &toolName,
    const QJsonObject &args, Confinement confinement)
{
    emit localToolStarted(requestId, toolName, args);
    const bool sandboxed = confinement != Confinement::Outside && m_tools.sandbox().available();
    const int generation = m_toolGeneration;
    m_tools.run(
        toolName, args,
        [this, requestId, toolName, args, sandboxed, generation](const ToolResult &r) {
            if (sandboxed && generation == m_toolGeneration && !m_cancelled && blockedBySandbox(r))
                return offerOutside(requestId, toolName, args, r);
            postResult(requestId, toolName, r, true);
        },
        confinement);
}

bool Conversation::blockedBySandbox(const ToolResult &result)
{
    // EROFS, as the C library, coreutils and the JVM (Nextflow's ~/.nextflow) spell it.
    return result.exitCode != 0
        && (result.stderrText.contains(QLatin1String("Read-only file system"))
            || result.stdoutText.contains(QLatin1String("Read-only file system")));
}

void Conversation::offerOutside(const QString &requestId, const QString &toolName,
    const QJsonObject &args, const ToolResult &sandboxed)
{
    const QString reason = tr("The sandbox kept the command from writing outside the working "
                              "directory (\"Read-only file system\"). Run it again outside the "
                              "sandbox, with your own rights?");
    if (m_options.headless) {
        if (m_options.allowOutsideSandbox)
            return runTool(requestId, toolName, args, Confinement::Outside);
        ToolResult result = sandboxed;
        if (!result.stderrText.isEmpty() && !result.stderrText.endsWith(QLatin1Char('\n')))
            result.stderrText += QLatin1Char('\n');
        result.stderrText += tr("[seqera: this command ran in a sandbox where only the working "
                                "directory and /tmp are writable. The user can allow more with "
                                "sandbox.writablePaths in config.json or with "
                                "--allow-outside-sandbox.]");
        return postResult(requestId, toolName, result, true);
    }
    m_pendingApproval = ApprovalRequest { requestId, toolName, args,
        ApprovalPolicy::displayText(toolName, args, m_options.cwd), QString(), reason,
        Confinement::Outside };
    m_sandboxedResult = sandboxed;
    emit approvalRequested(m_pendingApproval);
}

void Conversation::postResult(
    const QString &requestId, const QString &toolName, const ToolResult &result, bool ran)
{
    emit localToolFinished(requestId, toolName, result, ran);
    const int generation = m_toolGeneration;
    if (m_sessionId.isEmpty())
        return toolDone(generation);
    withAuth(
        [this, requestId, result](std::function<void(const Error &)> next) {
            m_client.postToolResult(m_sessionId, requestId, result, next);
        },
        [this, generation](const Error &e) {
            if (e)
                emit warning(tr("Could not send the tool's result: %1").arg(e.message));
            toolDone(generation);
        });
}

void Conversation::answerWaitingTools(const ToolResult &result, std::function<void()> done)
{
    QList<QPair<QString, QString>> waiting; // request id, tool
    if (!m_pendingApproval.requestId.isEmpty()) {
        const ApprovalRequest pending = std::exchange(m_pendingApproval, {});
        waiting.append({ pending.requestId, pending.toolName });
    }
    m_sandboxedResult.reset();
    for (const AiEvent &e : std::as_const(m_toolQueue))
        waiting.append({ e.requestId, e.toolName });
    m_toolQueue.clear();
    if (waiting.isEmpty() || m_sessionId.isEmpty())
        return done();
    auto left = std::make_shared<int>(int(waiting.size()));
    for (const auto &[requestId, toolName] : std::as_const(waiting)) {
        emit localToolFinished(requestId, toolName, result, false);
        m_client.postToolResult(m_sessionId, requestId, result, [left, done](const Error &) {
            if (--*left == 0)
                done();
        });
    }
}

void Conversation::endRun(RunOutcome outcome)
{
    if (!m_runActive)
        return;
    m_runActive = false;
    m_pendingApproval = {};
    m_sandboxedResult.reset();
    m_toolQueue.clear();
    m_toolBusy = false;
    ++m_toolGeneration;
    m_streamRenewed = false;
    m_client.closeStream();
    emit runFinished(outcome);
}

void Conversation::expire(std::function<void()> done)
{
    m_tools.cancelAll();
    if (m_sessionId.isEmpty()) {
        m_client.closeStream();
        return done();
    }
    // Leaving while a tool is asked about or waits: the backend still gets its one result.
    if (!m_pendingApproval.requestId.isEmpty() || !m_toolQueue.isEmpty())
        return answerWaitingTools(
            ToolResult::failure(rejectionText()), [this, done] { expire(done); });
    m_client.closeStream();
    const QString id = std::exchange(m_sessionId, QString());
    m_resumed = false;
    m_sessionApprovals.clear();
    if (m_runActive && !m_cancelled) // leaving in the middle of an answer: stop it there too
        m_client.sendCancel(id, [](const Error &) {});
    m_runActive = false;
    m_client.expireSession(id, [done](const Error &e) {
        if (e)
            qCInfo(lcConversation) << "could not expire the session:" << e.message;
        done();
    });
}

void Conversation::listSessions(const QString &cwd, int limit,
    std::function<void(const QList<AiSessionInfo> &, const Error &)> done)
{
    auto list = std::make_shared<QList<AiSessionInfo>>();
    withAuth(
        [this, cwd, limit, list](std::function<void(const Error &)> next) {
            m_client.listSessions(
                cwd, limit, [list, next](const QList<AiSessionInfo> &l, const Error &e) {
                    *list = l;
                    next(e);
                });
        },
        [list, done](const Error &e) { done(*list, e); });
}

void Conversation::history(std::function<void(const QList<AiMessage> &, const Error &)> done)
{
    if (m_sessionId.isEmpty())
        return done({}, Error());
    auto list = std::make_shared<QList<AiMessage>>();
    withAuth(
        [this, list](std::function<void(const Error &)> next) {
            m_client.messages(m_sessionId, [list, next](const QList<AiMessage> &l, const Error &e) {
                *list = l;
                next(e);
            });
        },
        [list, done](const Error &e) { done(*list, e); });
}

void Conversation::credits(
    const QString &organizationId, std::function<void(const QJsonObject &, const Error &)> done)
{
    auto answer = std::make_shared<QJsonObject>();
    withAuth(
        [this, organizationId, answer](std::function<void(const Error &)> next) {
            m_client.credits(organizationId, [answer, next](const QJsonObject &o, const Error &e) {
                *answer = o;
                next(e);
            });
        },
        [answer, done](const Error &e) { done(*answer, e); });
}

} // namespace seqera::ai

namespace seqera::ai {

void Conversation::skills(std::function<void(const QJsonArray &, const Error &)> done)
{
    auto answer = std::make_shared<QJsonArray>();
    withAuth(
        [this, answer](std::function<void(const Error &)> next) {
            m_client.skills([answer, next](const QJsonArray &list, const Error &e) {
                *answer = list;
                next(e);
            });
        },
        [answer, done](const Error &e) { done(*answer, e); });
}

QString Conversation::skillMessage(
    const QString &name, const QString &skillPath, const QString &request)
{
    // Protocol text, not translated: the model reads it.
    QString load = skillPath.isEmpty()
        ? QStringLiteral("Load the \"%1\" skill").arg(name)
        : QStringLiteral("Load the \"%1\" project skill from %2")
              .arg(name,
                  QString::fromUtf8(
                      QJsonDocument(QJsonArray { skillPath }).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1));
    const QString wanted = request.trimmed();
    return wanted.isEmpty() ? load + QStringLiteral(" and use it to assist me.")
                            : load + QStringLiteral(" and use it to help with: ") + wanted;
}

} // namespace seqera::ai

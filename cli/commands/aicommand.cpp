#include "aicommand.h"

#include "ai/aibackendclient.h"
#include "ai/approvalpolicy.h"
#include "ai/localtools.h"
#include "config/settings.h"
#include "services.h"
#include "session/tokenresolver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <deque>
#include <optional>
#include <unistd.h>

namespace seqera::cli {

using ai::AiBackendClient;
using ai::AiEvent;
using ai::ApprovalMode;
using ai::ApprovalPolicy;

namespace {

const QString kExitWord = QStringLiteral("exit");

QString sessionRecordPath(const Settings &settings)
{
    return settings.stateDir + QStringLiteral("/ai-sessions.json");
}

// The last session used in each directory, for `-c`: {"<cwd>": {"session_id", "last_used"}}.
QString recordedSession(const Settings &settings, const QString &cwd)
{
    QFile file(sessionRecordPath(settings));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(cwd)
        .toObject()
        .value(QStringLiteral("session_id"))
        .toString();
}

void recordSession(const Settings &settings, const QString &cwd, const QString &sessionId)
{
    QJsonObject all;
    {
        QFile file(sessionRecordPath(settings));
        if (file.open(QIODevice::ReadOnly))
            all = QJsonDocument::fromJson(file.readAll()).object();
    }
    all.insert(cwd,
        QJsonObject { { QStringLiteral("session_id"), sessionId },
            { QStringLiteral("last_used"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
    // A history of where one worked is private: the state dir is the user's own.
    QDir().mkpath(settings.stateDir);
    QSaveFile out(sessionRecordPath(settings));
    if (out.open(QIODevice::WriteOnly)) {
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
        out.commit();
    }
}

QString describeTool(const QString &tool, const QJsonObject &args)
{
    if (args.contains(QStringLiteral("command")))
        return QStringLiteral("%1: %2").arg(tool, args.value(QStringLiteral("command")).toString());
    if (args.contains(QStringLiteral("path")))
        return QStringLiteral("%1: %2").arg(tool, args.value(QStringLiteral("path")).toString());
    return tool;
}

// Lines from stdin without blocking the event loop (a terminal gives whole lines).
class LineReader
{
public:
    std::function<void(const QString &)> onLine;
    std::function<void()> onEnd;

    explicit LineReader(QObject *context)
        : m_notifier(STDIN_FILENO, QSocketNotifier::Read, context)
    {
        QObject::connect(&m_notifier, &QSocketNotifier::activated, context, [this] { readSome(); });
    }

private:
    void readSome()
    {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            return;
        if (n <= 0) {
            m_notifier.setEnabled(false);
            if (!m_pending.isEmpty() && onLine)
                onLine(QString::fromUtf8(std::exchange(m_pending, {})));
            if (onEnd)
                onEnd();
            return;
        }
        m_pending.append(buffer, n);
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(newline);
            m_pending.remove(0, newline + 1);
            if (onLine)
                onLine(QString::fromUtf8(line));
        }
    }

    QSocketNotifier m_notifier;
    QByteArray m_pending;
};

struct Options
{
    QString query;
    bool headless = false;
    bool interactive = false;
    bool continueLast = false;
    QString sessionId;
    ApprovalMode mode = ApprovalMode::Default;
    bool showThinking = false;
    bool showTools = false;
};

// One `seqera ai` process: a session, then one run per message.
class Conversation
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::AiCommand)
public:
    Conversation(Context &context, Services &services, const Options &options, ResolvedToken token,
        std::function<void(int)> finish)
        : m_context(context)
        , m_services(services)
        , m_options(options)
        , m_token(std::move(token))
        , m_finish(std::move(finish))
        , m_cwd(QDir::currentPath())
        , m_client(services.network(), context.settings.aiBackendUrl)
        , m_tools(m_cwd)
    {
        m_client.setToken(m_token.token);
        m_client.setClientVersion(QCoreApplication::applicationVersion());
        m_client.setTransferTimeoutMs(context.settings.networkTimeoutMs);
        QObject::connect(&m_client, &AiBackendClient::eventReceived, &m_guard,
            [this](const AiEvent &e) { onEvent(e); });
        QObject::connect(&m_client, &AiBackendClient::streamFailed, &m_guard,
            [this](const Error &e) { onStreamFailed(e); });
    }

    void start()
    {
        if (!m_options.sessionId.isEmpty()) {
            m_resumed = true;
            return useSession(m_options.sessionId);
        }
        if (m_options.continueLast)
            return continueLast();
        createSession();
    }

    void interrupt()
    {
        if (m_runActive && !m_cancelled) {
            m_context.err << Qt::endl << tr("Cancelling the answer...") << Qt::endl;
            m_tools.cancelAll();
            m_cancelled = true;
            m_client.sendCancel(m_sessionId, [this](const Error &e) {
                if (!m_options.interactive) {
                    // Headless: the backend knows, the answer on stdout stays as far as it got.
                    m_client.closeStream();
                    return done(ExitCode::Interrupted);
                }
                if (e) // the stream may never say "finished": stop waiting for it
                    endRun(false, e);
            });
            return;
        }
        if (m_options.interactive && !m_runActive) {
            m_context.out << Qt::endl
                          << tr("(Type \"exit\" or press Ctrl-D to leave.)") << Qt::endl;
            prompt();
            return;
        }
        if (!m_options.interactive)
            done(ExitCode::Interrupted);
    }

private:
    // ---- session -------------------------------------------------------------------------
    void continueLast()
    {
        const QString recorded = recordedSession(m_context.settings, m_cwd);
        if (!recorded.isEmpty()) {
            m_resumed = true;
            return useSession(recorded);
        }
        m_client.listSessions(
            m_cwd, 1, [this](const QList<ai::AiSessionInfo> &list, const Error &e) {
                if (e && e.code == Error::Code::Unauthorized)
                    return renewThen(e, [this] { continueLast(); });
                if (e || list.isEmpty()) {
                    m_context.err << tr(
                        "No earlier conversation in this directory: starting a new one.")
                                  << Qt::endl;
                    return createSession();
                }
                m_resumed = true;
                useSession(list.first().sessionId);
            });
    }

    void createSession()
    {
        AiBackendClient::SessionOptions options;
        options.cwd = m_cwd;
        options.headless = !m_options.interactive;
        m_client.createSession(options, [this](const QString &id, const Error &e) {
            if (e && e.code == Error::Code::Unauthorized)
                return renewThen(e, [this] { createSession(); });
            if (e)
                return fail(e);
            useSession(id);
        });
    }

    void useSession(const QString &id)
    {
        m_sessionId = id;
        recordSession(m_context.settings, m_cwd, id);
        if (m_options.interactive) {
            m_context.err << (m_resumed
                    ? tr("Resumed conversation %1.").arg(id)
                    : tr("Seqera AI (approval mode: %1). Type \"exit\" or press "
                         "Ctrl-D to leave, Ctrl-C to stop an answer.")
                          .arg(ai::approvalModeName(m_options.mode)))
                          << Qt::endl;
            m_reader.emplace(&m_guard);
            m_reader->onLine = [this](const QString &line) { onLine(line); };
            m_reader->onEnd = [this] {
                m_context.out << Qt::endl; // Ctrl-D left the cursor after the prompt
                leave();
            };
        }
        if (!m_options.query.isEmpty())
            return send(m_options.query);
        if (m_options.interactive)
            prompt();
    }

    // A 401: renew the token once (only a profile's session can be renewed), then retry.
    void renewThen(const Error &, std::function<void()> retry)
    {
        if (m_renewed)
            return fail(Error(Error::Code::Unauthorized,
                tr("The Seqera AI backend refused the renewed access token from %1 "
                   "too. Run \"seqera login\" and try again.")
                    .arg(m_token.describeSource())));
        m_renewed = true;
        m_services.tokens()->renewAfterUnauthorized(
            m_token, [this, retry](const ResolvedToken &t, const Error &e) {
                if (e)
                    return fail(e);
                m_token = t;
                m_client.setToken(t.token);
                retry();
            });
    }

    // ---- runs ----------------------------------------------------------------------------
    void prompt() { m_context.out << QStringLiteral("> ") << Qt::flush; }

    void onLine(const QString &line)
    {
        if (m_approvalAnswer) {
            auto answer = std::move(m_approvalAnswer);
            m_approvalAnswer = nullptr;
            return answer(line.trimmed());
        }
        if (m_runActive) {
            m_typeAhead.push_back(line); // asked while an answer was still streaming
            return;
        }
        const QString text = line.trimmed();
        if (text == kExitWord || text == QLatin1String("quit"))
            return leave();
        if (text.isEmpty())
            return prompt();
        send(text);
    }

    void send(const QString &text)
    {
        m_runActive = true;
        m_cancelled = false;
        m_printedText = false;
        m_lastChar = QChar();
        m_client.sendMessage(
            m_sessionId, text, !m_options.interactive, [this, text](const Error &e) {
                if (e && e.code == Error::Code::Unauthorized)
                    return renewThen(e, [this, text] { send(text); });
                if (e)
                    return endRun(false, e);
                // History is only replayed to a client that resumed the session and knows no
                // cursor.
                m_client.openStream(m_sessionId, m_resumed && m_client.lastEventId() < 0);
            });
    }

    void onEvent(const AiEvent &e)
    {
        if (e.history)
            return; // earlier runs of a resumed conversation: already answered
        QTextStream &out = m_context.out;
        QTextStream &err = m_context.err;
        switch (e.type) {
        case AiEvent::Type::TextDelta:
            if (e.text.isEmpty())
                break;
            if (m_inThinking) {
                err << Qt::endl;
                m_inThinking = false;
            }
            out << e.text << Qt::flush;
            m_printedText = true;
            m_lastChar = e.text.back();
            break;
        case AiEvent::Type::Reasoning:
            if (m_options.showThinking) {
                err << e.text << Qt::flush;
                m_inThinking = !e.text.endsWith(QLatin1Char('\n'));
            }
            break;
        case AiEvent::Type::ToolCall:
            if (m_options.showTools)
                err << Qt::endl
                    << tr("[tool] %1").arg(describeTool(e.toolName, e.args)) << Qt::endl;
            break;
        case AiEvent::Type::ToolResult:
            if (m_options.showTools)
                err << tr("[tool done] %1").arg(e.toolCallId) << Qt::endl;
            break;
        case AiEvent::Type::ExecuteLocal:
            executeLocal(e);
            break;
        case AiEvent::Type::Finish:
            if (e.finishReason == QLatin1String("stop"))
                endRun(true, Error());
            else if (m_cancelled)
                endRun(false, Error(Error::Code::Cancelled, tr("The answer was cancelled.")));
            else
                endRun(false,
                    Error(Error::Code::Server,
                        tr("The answer ended early (reason: %1).").arg(e.finishReason)),
                    ExitCode::Failure);
            break;
        case AiEvent::Type::Error:
            endRun(false,
                Error(Error::Code::Server, tr("Seqera AI reported an error: %1").arg(e.text)),
                ExitCode::Failure);
            break;
        case AiEvent::Type::Compacting:
            if (m_options.showThinking || m_options.interactive)
                err << Qt::endl << tr("(Compacting the conversation...)") << Qt::endl;
            break;
        case AiEvent::Type::Start:
        case AiEvent::Type::HistoryEnd:
            break;
        }
    }

    void executeLocal(const AiEvent &e)
    {
        const auto decision = ApprovalPolicy::decide(
            m_options.mode, e.toolName, e.args, m_cwd, m_options.interactive);
        const QString what = describeTool(e.toolName, e.args);
        switch (decision.verdict) {
        case ApprovalPolicy::Verdict::Allow:
            if (m_options.showTools)
                m_context.err << Qt::endl << tr("[running] %1").arg(what) << Qt::endl;
            return runTool(e);
        case ApprovalPolicy::Verdict::Deny:
            if (m_options.showTools)
                m_context.err << Qt::endl
                              << tr("[refused] %1: %2").arg(what, decision.reason) << Qt::endl;
            return postResult(e.requestId,
                ai::ToolResult::failure(
                    tr("Refused without asking, because seqera ai runs headless: "
                       "%1 Run it in a terminal to approve the tool, or choose "
                       "a wider --approval-mode.")
                        .arg(decision.reason)));
        case ApprovalPolicy::Verdict::Ask:
            m_context.err << Qt::endl
                          << tr("Seqera AI wants to run %1\n%2\nApprove or Reject? [a/r] ")
                                 .arg(what, decision.reason)
                          << Qt::flush;
            m_approvalAnswer = [this, e](const QString &answer) {
                const QString a = answer.toLower();
                if (a == QLatin1String("a") || a == QLatin1String("approve")
                    || a == QLatin1String("y") || a == QLatin1String("yes"))
                    return runTool(e);
                m_context.err << tr("Rejected.") << Qt::endl;
                postResult(
                    e.requestId, ai::ToolResult::failure(tr("The user rejected this tool call.")));
            };
            return;
        }
    }

    void runTool(const AiEvent &e)
    {
        m_tools.run(e.toolName, e.args, [this, requestId = e.requestId](const ai::ToolResult &r) {
            if (m_options.showTools)
                m_context.err << tr("[exit code %1]").arg(r.exitCode) << Qt::endl;
            postResult(requestId, r);
        });
    }

    void postResult(const QString &requestId, const ai::ToolResult &result)
    {
        m_client.postToolResult(m_sessionId, requestId, result, [this](const Error &e) {
            if (e)
                m_context.err << tr("warning: could not send the tool's result: %1").arg(e.message)
                              << Qt::endl;
        });
    }

    void onStreamFailed(const Error &e)
    {
        if (e.code == Error::Code::Unauthorized)
            return renewThen(e, [this] {
                m_client.openStream(m_sessionId, m_resumed && m_client.lastEventId() < 0);
            });
        endRun(false, e);
    }

    // exitCode: for headless runs, when the error's own exit code is not the right one (an
    // `error` event is a failure of this answer, not a transient server problem).
    void endRun(bool success, const Error &error, int exitCode = -1)
    {
        if (!m_runActive)
            return;
        m_runActive = false;
        m_approvalAnswer = nullptr;
        m_client.closeStream();
        if (m_inThinking)
            m_context.err << Qt::endl;
        m_inThinking = false;
        if (m_printedText && m_lastChar != QLatin1Char('\n'))
            m_context.out << Qt::endl;
        m_context.out.flush();
        if (error && error.code != Error::Code::Cancelled)
            m_context.err << tr("error: %1").arg(error.message) << Qt::endl;
        else if (error)
            m_context.err << error.message << Qt::endl;

        if (!m_options.interactive) {
            if (success)
                return done(ExitCode::Ok);
            return done(exitCode >= 0 ? exitCode : exitCodeFor(error));
        }
        if (error.code == Error::Code::UsageLimit)
            return done(ExitCode::Failure);
        while (!m_typeAhead.empty()) {
            const QString line = m_typeAhead.front();
            m_typeAhead.pop_front();
            onLine(line);
            if (m_runActive)
                return;
        }
        prompt();
    }

    void leave()
    {
        if (m_leaving)
            return;
        m_leaving = true;
        m_tools.cancelAll();
        m_client.closeStream();
        if (m_sessionId.isEmpty())
            return done(ExitCode::Ok);
        if (m_runActive) // leaving in the middle of an answer: stop it on the server too
            m_client.sendCancel(m_sessionId, [](const Error &) {});
        m_client.expireSession(m_sessionId, [this](const Error &e) {
            if (e)
                m_context.err
                    << tr("warning: could not end the session on the server: %1").arg(e.message)
                    << Qt::endl;
            done(ExitCode::Ok);
        });
    }

    void fail(const Error &error)
    {
        m_context.err << tr("error: %1").arg(error.message) << Qt::endl;
        done(exitCodeFor(error));
    }

    void done(int code)
    {
        m_reader.reset();
        m_finish(code);
    }

    Context &m_context;
    Services &m_services;
    const Options m_options;
    ResolvedToken m_token;
    std::function<void(int)> m_finish;
    const QString m_cwd;
    QObject m_guard;
    AiBackendClient m_client;
    ai::LocalTools m_tools;
    std::optional<LineReader> m_reader;
    std::deque<QString> m_typeAhead;
    std::function<void(const QString &)> m_approvalAnswer;
    QString m_sessionId;
    bool m_resumed = false;
    bool m_renewed = false;
    bool m_runActive = false;
    bool m_cancelled = false;
    bool m_leaving = false;
    bool m_printedText = false;
    bool m_inThinking = false; // reasoning on stderr that still needs its line ended
    QChar m_lastChar;
};

} // namespace

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
        tr("Continue the last conversation of this directory.") });
    parser.addOption({ { QStringLiteral("s"), QStringLiteral("session") },
        tr("Resume the conversation with this id."), tr("id") });
    parser.addOption({ QStringLiteral("approval-mode"),
        tr("Which local tools run without asking: basic (read-only commands), "
           "default (also file edits in this directory) or full (all but "
           "dangerous commands)."),
        tr("mode"), QStringLiteral("default") });
    parser.addOption(
        { QStringLiteral("show-thinking"), tr("Show the assistant's reasoning on stderr.") });
    parser.addOption({ QStringLiteral("show-tools"), tr("Show tool activity on stderr.") });
}

int AiCommand::execute(Context &context, const QCommandLineParser &parser)
{
    Options options;
    options.query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    options.continueLast = parser.isSet(QStringLiteral("continue"));
    options.sessionId = parser.value(QStringLiteral("session")).trimmed();
    options.showThinking = parser.isSet(QStringLiteral("show-thinking"));
    options.showTools = parser.isSet(QStringLiteral("show-tools"));
    if (!ai::parseApprovalMode(parser.value(QStringLiteral("approval-mode")), &options.mode)) {
        context.err << tr("error: unknown approval mode \"%1\": use basic, default or full.")
                           .arg(parser.value(QStringLiteral("approval-mode")))
                    << Qt::endl;
        return ExitCode::Usage;
    }
    if (options.continueLast && !options.sessionId.isEmpty()) {
        context.err << tr("error: use either --continue or --session, not both.") << Qt::endl;
        return ExitCode::Usage;
    }

    QString explicitToken = parser.value(QStringLiteral("token"));
    bool stdinUsed = false;
    if (explicitToken == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.err << tr("error: cannot read the token from stdin.") << Qt::endl;
            return ExitCode::Usage;
        }
        explicitToken = QString::fromUtf8(in.readLine()).trimmed();
        stdinUsed = true;
        if (explicitToken.isEmpty()) {
            context.err << tr("error: --token - read an empty token from stdin.") << Qt::endl;
            return ExitCode::Usage;
        }
    } else if (parser.isSet(QStringLiteral("token")) && explicitToken.trimmed().isEmpty()) {
        context.err << tr("error: --token needs a token, or \"-\" to read it from stdin.")
                    << Qt::endl;
        return ExitCode::Usage;
    }

    const bool terminalIn = !stdinUsed && ::isatty(STDIN_FILENO);
    const bool terminalOut = ::isatty(STDOUT_FILENO);
    options.headless = parser.isSet(QStringLiteral("headless")) || !terminalOut || !terminalIn;
    options.interactive = !options.headless;
    if (options.headless && options.query.isEmpty() && !stdinUsed && !terminalIn) {
        // `echo "question" | seqera ai`
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly))
            options.query = QString::fromUtf8(in.readAll()).trimmed();
    }
    if (options.headless && options.query.isEmpty()) {
        context.err << tr("error: without a terminal, seqera ai needs a question: seqera ai "
                          "--headless \"QUESTION\", or the question on stdin.")
                    << Qt::endl;
        return ExitCode::Usage;
    }

    Services services(context.settings);
    std::optional<Conversation> conversation;
    std::function<void(int)> finishRun;
    return runUntilDone(
        [&](std::function<void(int)> finish) {
            finishRun = finish;
            services.tokens()->resolve(
                explicitToken, [&, finish](const ResolvedToken &token, const Error &error) {
                    if (error) {
                        context.err << tr("error: %1").arg(error.message) << Qt::endl;
                        return finish(exitCodeFor(error));
                    }
                    conversation.emplace(context, services, options, token, finish);
                    conversation->start();
                });
        },
        [&] {
            if (conversation)
                conversation->interrupt();
            else if (finishRun)
                finishRun(ExitCode::Interrupted); // still resolving the token
        });
}

} // namespace seqera::cli

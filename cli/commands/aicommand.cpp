#include "aicommand.h"

#include "ai/backend/aibackendclient.h"
#include "ai/context/projectcontext.h"
#include "ai/conversation.h"
#include "ai/tools/approvalpolicy.h"
#include "ai/tools/localtools.h"
#include "config/settings.h"
#include "session/tokenresolver.h"
#include "storage/sessionstore.h"
#include "util/terminaltext.h"

// The terminal side (cli/ai) and what the commands share.
#include "ai/caller.h"
#include "ai/lineeditor.h"
#include "ai/runrecorder.h"
#include "ai/sessionrecord.h"
#include "ai/slashcommand.h"
#include "ai/terminalmarkdown.h"
#include "services.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <optional>

namespace seqera::cli {

using ai::ApprovalChoice;
using ai::ApprovalMode;
using ai::Conversation;
using ai::RunOutcome;
using ai::SlashCommand;
using text::Lines;

namespace {

// At most this long between Ctrl-C and the exit (cancel, then expire), whatever the network.
constexpr int kInterruptExitCapMs = 4000;

struct Options
{
    QString query;
    bool headless = false;
    bool continueLast = false;
    QString sessionId;
    ApprovalMode mode = ApprovalMode::Default;
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

// A short, single-line, sanitized summary of a tool call: its command or path.
QString toolSummary(const QString &tool, const QJsonObject &args)
{
    QString what;
    if (args.contains(QStringLiteral("command")))
        what = args.value(QStringLiteral("command")).toString();
    else if (args.contains(QStringLiteral("path")))
        what = args.value(QStringLiteral("path")).toString();
    else if (args.contains(QStringLiteral("pattern")))
        what = args.value(QStringLiteral("pattern")).toString();
    what = text::printable(what, Lines::Single);
    if (what.size() > 100)
        what = what.left(99) + QChar(0x2026);
    return what.isEmpty() ? text::printable(tool)
                          : QStringLiteral("%1: %2").arg(text::printable(tool), what);
}

// A session id as shown: ids are checked where they enter (ai::isValidSessionId), and still
// pass the one sanitizer on their way to a terminal.
QString shownId(const QString &id)
{
    return text::printable(id, Lines::Single);
}

// "seqera ai -s ID", ready to paste into a POSIX shell: the id single-quoted unless it is made
// only of characters no shell treats specially.
QString resumeCommand(const QString &id)
{
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9._][A-Za-z0-9._-]*")));
    QString shown = shownId(id);
    if (!plain.match(shown).hasMatch())
        shown = QLatin1Char('\'') + shown.replace(QLatin1Char('\''), QStringLiteral("'\\''"))
            + QLatin1Char('\'');
    return QStringLiteral("seqera ai -s %1").arg(shown);
}

QString resultText(const QJsonValue &result)
{
    if (result.isString())
        return result.toString();
    return QString::fromUtf8(result.isObject()
            ? QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact)
            : QJsonDocument(result.toArray()).toJson(QJsonDocument::Compact));
}

// "credits_used" -> "Credits used": the backend's field names, readable.
QString fieldLabel(const QString &key)
{
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return text::printable(label, Lines::Single);
}

QString fieldValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == qint64(d) ? QLocale().toString(qint64(d)) : QLocale().toString(d, 'f', 2);
    }
    if (v.isBool())
        return v.toBool() ? AiCommand::tr("yes") : AiCommand::tr("no");
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    if (v.isString()) {
        // A time stamp in the user's time, like `seqera status`.
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (t.isValid() && v.toString().size() >= 19)
            return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        return text::printable(v.toString(), Lines::Single);
    }
    return text::printable(resultText(v), Lines::Single);
}

// /credits: whatever fields the backend sends, as aligned "Label  value" lines (nested
// objects indented), with what is left when it sends a used amount and a limit.
QString creditsTable(const QJsonObject &credits)
{
    QList<QPair<QString, QString>> rows;
    std::function<void(const QJsonObject &, int)> add = [&](const QJsonObject &o, int depth) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isString() && it.value().toString().isEmpty())
                continue;
            const QString label = QString(depth * 2, QLatin1Char(' ')) + fieldLabel(it.key());
            if (it.value().isObject()) {
                rows.append({ label, QString() });
                add(it.value().toObject(), depth + 1);
            } else {
                rows.append({ label, fieldValue(it.value()) });
            }
        }
    };
    add(credits, 0);
    auto number = [&credits](const char *a, const char *b) {
        const QJsonValue v = credits.value(QLatin1String(a));
        return v.isDouble() ? v : credits.value(QLatin1String(b));
    };
    const QJsonValue used = number("used", "credits_used");
    const QJsonValue limit = number("limit", "credits_limit");
    if (used.isDouble() && limit.isDouble() && limit.toDouble() > 0) {
        const double left = qMax(0.0, limit.toDouble() - used.toDouble());
        rows.append({ AiCommand::tr("Left"),
            AiCommand::tr("%1 (%2% used)")
                .arg(fieldValue(left))
                .arg(qRound(100.0 * used.toDouble() / limit.toDouble())) });
    }
    if (rows.isEmpty())
        return AiCommand::tr("Seqera AI sent no credit information.") + QLatin1Char('\n');
    int width = 0;
    for (const auto &row : std::as_const(rows))
        width = qMax(width, int(row.first.size()));
    QString out = AiCommand::tr("Seqera AI credits") + QLatin1Char('\n');
    for (const auto &[label, value] : std::as_const(rows)) {
        out += QStringLiteral("  ")
            + (value.isEmpty() ? label : label.leftJustified(width) + QStringLiteral("  ") + value)
            + QLatin1Char('\n');
    }
    return out;
}

// The terminal side of `seqera ai`: shows what the Conversation (core/ai) reports, reads the
// user's lines, answers approvals, handles slash commands, Ctrl-C and the exit.
class Terminal : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(seqera::cli::AiCommand)
public:
    Terminal(Context &context, Services &services, const Options &options, AccessToken token,
        std::function<void(int)> finish)
        : m_context(context)
        , m_services(services)
        , m_options(options)
        , m_token(std::move(token))
        , m_finish(std::move(finish))
        , m_cwd(ai::aiWorkingDirectory())
        , m_record(context.settings.stateDir)
        , m_markdown(options.color)
    {
        Conversation::Options o;
        o.cwd = m_cwd;
        o.headless = options.headless;
        o.mode = options.mode;
        o.verbose = options.verbose;
        o.allowOutsideSandbox = options.allowOutsideSandbox;
        o.caller = ai::detectCaller(QProcessEnvironment::systemEnvironment(), options.headless);
        o.sessionBody = [this] { return sessionBody(); };
        m_conversation = new Conversation(services.network(), context.settings, o, this);
        m_conversation->tools()->setSandbox(options.sandbox);
        m_conversation->client()->setClientVersion(context.settings.aiClientVersion);
        m_conversation->client()->setEventIdleTimeoutMs(context.settings.aiIdleTimeoutMs);
        m_conversation->client()->setTransferTimeoutMs(context.settings.networkTimeoutMs);
        m_conversation->setToken(
            m_token.value(), m_token.describeSource(), m_services.tokens()->renewerFor(m_token));
        wire();
    }

    bool interactive() const { return !m_options.headless; }

    Error openEventsFile()
    {
        if (m_options.eventsPath.isEmpty())
            return {};
        Error error;
        ai::RunRecorder::Sink sink = ai::openRecordFile(m_options.eventsPath, &error);
        if (!sink)
            return error;
        m_events.emplace(ai::RunRecorder::Format::Events, std::move(sink));
        return {};
    }

    void start()
    {
        if (m_options.subAgent)
            m_subAgent.emplace(ai::RunRecorder::Format::SubAgent, [this](const QByteArray &line) {
                m_context.out << QString::fromUtf8(line) << Qt::flush;
            });
        if (interactive()) {
            m_reader.emplace(this);
            m_reader->onLine = [this](const QString &line) { onLine(line); };
            m_reader->onEnd = [this] {
                m_context.out << Qt::endl; // Ctrl-D left the cursor after the prompt
                leave(ExitCode::Ok);
            };
            m_reader->onBackTab = [this] {
                m_conversation->setPlanMode(!m_conversation->planMode());
                return promptText();
            };
        }
        if (!m_options.sessionId.isEmpty()) {
            m_conversation->resume(m_options.sessionId);
            return begin();
        }
        if (m_options.continueLast)
            return continueLast();
        begin();
    }

    void interrupt()
    {
        if (m_leaving) // a second Ctrl-C: do not wait for the network any more
            return done(ExitCode::Interrupted);
        if (!interactive()) {
            // Headless: tell the backend (the answer stops there too), end the session, say
            // how to come back, exit 130.
            m_leaving = true;
            QTimer::singleShot(kInterruptExitCapMs, this, [this] { done(ExitCode::Interrupted); });
            const QString id = m_conversation->sessionId();
            m_conversation->cancel([this, id] {
                // The backend's finish(cancelled) may not come before the exit: the records
                // end here then (once: expire ends the run without runFinished).
                if (m_conversation->isRunning())
                    record([](ai::RunRecorder &r) {
                        r.complete(ai::RunRecorder::Outcome::Interrupted, {},
                            tr("The answer was cancelled."), {});
                    });
                m_conversation->expire([this, id] {
                    endOutputLine();
                    if (!id.isEmpty()) {
                        m_context.err << tr("Session: %1").arg(shownId(id)) << Qt::endl;
                        m_context.err << tr("Resume it with: %1").arg(resumeCommand(id))
                                      << Qt::endl;
                    }
                    done(ExitCode::Interrupted);
                });
            });
            return;
        }
        if (m_conversation->isRunning()) {
            m_context.err << Qt::endl << tr("Cancelling the answer...") << Qt::endl;
            m_conversation->cancel();
            return;
        }
        if (m_lineHandler) { // a question (approval, picker) has no answer: the default
            if (m_reader)
                m_reader->close();
            auto handler = std::exchange(m_lineHandler, nullptr);
            m_context.out << Qt::endl;
            return handler(QString());
        }
        if (m_interruptedAtPrompt)
            return leave(ExitCode::Ok);
        m_interruptedAtPrompt = true;
        m_context.out << Qt::endl
                      << tr("(Press Ctrl-C again, type /exit or press Ctrl-D to leave.)")
                      << Qt::endl;
        prompt();
    }

private:
    // The body of POST /sessions (ai-protocol §3) with the project's context, collected when
    // the first message needs it (a resumed session never pays for it).
    QJsonObject sessionBody() const
    {
        ai::ContextOptions context;
        context.sandbox = &m_conversation->tools()->sandbox();
        context.sandboxHidden = m_conversation->tools()->hiddenFolders();
        return ai::sessionBody(m_cwd, m_options.headless, ai::collectProjectContext(m_cwd, context),
            m_options.organizationId);
    }

    void wire()
    {
        Conversation *c = m_conversation;
        connect(c, &Conversation::sessionStarted, this, [this](const QString &id, bool created) {
            if (const Error e = m_record.remember(m_cwd, id))
                qInfo("could not record the session: %s", qPrintable(e.message));
            if (created && interactive() && m_options.verbose)
                m_context.err << dim(tr("(session %1)").arg(shownId(id))) << Qt::endl;
        });
        connect(c, &Conversation::runStarted, this,
            [this](const QString &runId, const QString &sessionId) {
                record([&](ai::RunRecorder &r) { r.runStarted(runId, sessionId); });
            });
        connect(c, &Conversation::textReceived, this, [this](const QString &t) { showText(t); });
        connect(c, &Conversation::reasoningReceived, this,
            [this](const QString &t) { showReasoning(t); });
        connect(c, &Conversation::serverToolCalled, this,
            [this](const QString &id, const QString &name, const QJsonObject &args) {
                record([&](ai::RunRecorder &r) { r.serverToolCall(id, name, args); });
                // A local tool gets its own line when it runs (or is refused).
                const bool local = name.endsWith(QLatin1String("_local"));
                if ((interactive() && !local) || m_options.showTools)
                    activity(tr("[tool] %1").arg(toolSummary(name, args)));
            });
        connect(c, &Conversation::serverToolFinished, this,
            [this](const QString &id, const QJsonValue &result) {
                const bool isError = result.isObject()
                    && result.toObject().value(QStringLiteral("error")).toBool();
                record([&](ai::RunRecorder &r) { r.serverToolResult(id, result); });
                if (m_options.showToolResults)
                    showToolResult(resultText(result), isError);
            });
        connect(c, &Conversation::localToolStarted, this,
            [this](const QString &id, const QString &name, const QJsonObject &args) {
                record([&](ai::RunRecorder &r) { r.localToolCall(id, name, args); });
                if (!interactive() && m_options.showTools)
                    activity(tr("[running] %1").arg(toolSummary(name, args)));
                m_toolArgs.insert(id, args);
            });
        connect(c, &Conversation::localToolFinished, this,
            [this](const QString &id, const QString &name, const ai::ToolResult &result, bool ran) {
                const QJsonObject args = m_toolArgs.take(id);
                record([&](ai::RunRecorder &r) { r.localToolResult(id, name, result); });
                if (interactive()) {
                    activity(ran ? tr("%1 (exit code %2)")
                                       .arg(toolSummary(name, args))
                                       .arg(result.exitCode)
                                 : tr("%1 (not run: %2)")
                                       .arg(toolSummary(name, args),
                                           text::printable(result.stderrText.section(
                                               QLatin1Char('\n'), 0, 0))));
                } else if (m_options.showTools) {
                    activity(ran ? tr("[exit code %1]").arg(result.exitCode)
                                 : tr("[refused] %1")
                                       .arg(text::printable(result.stderrText, Lines::Multi)));
                }
                if (m_options.showToolResults)
                    showToolResult(result.exitCode == 0 ? result.stdoutText : result.stderrText,
                        result.exitCode != 0);
            });
        connect(c, &Conversation::approvalRequested, this, &Terminal::askApproval);
        connect(c, &Conversation::compacting, this, [this] {
            record([](ai::RunRecorder &r) { r.compacting(); });
            if (interactive() || m_options.showThinking)
                activity(tr("(Compacting the conversation...)"));
        });
        connect(c, &Conversation::warning, this, [this](const QString &message) {
            m_context.err << tr("warning: %1").arg(message) << Qt::endl;
        });
        connect(c, &Conversation::runFinished, this, &Terminal::onRunFinished);
    }

    template <typename F> void record(F &&f)
    {
        if (m_subAgent)
            f(*m_subAgent);
        if (m_events)
            f(*m_events);
    }

    QString dim(const QString &text) const
    {
        return m_options.color ? QStringLiteral("\x1b[2m") + text + QStringLiteral("\x1b[0m")
                               : text;
    }

    // ---- output ---------------------------------------------------------------------------
    void showText(const QString &raw)
    {
        record([&](ai::RunRecorder &r) { r.text(raw); });
        if (m_options.subAgent)
            return;
        endReasoning();
        if (!m_options.terminalOut) {
            m_context.out << raw << Qt::flush; // a pipe or a file gets the text as it came
            m_atLineStart = raw.endsWith(QLatin1Char('\n'));
            return;
        }
        const QString shown = m_markdown.feed(text::printable(raw, Lines::Multi));
        if (!shown.isEmpty()) {
            m_context.out << shown << Qt::flush;
            m_atLineStart = true;
        }
        m_pendingMarkdown = true;
    }

    void endOutputLine()
    {
        if (m_pendingMarkdown) {
            const QString rest = m_markdown.finish();
            m_pendingMarkdown = false;
            if (!rest.isEmpty()) {
                m_context.out << rest;
                m_atLineStart = false;
            }
        }
        if (!m_atLineStart)
            m_context.out << Qt::endl;
        m_atLineStart = true;
        m_context.out.flush();
    }

    void showReasoning(const QString &raw)
    {
        record([&](ai::RunRecorder &r) { r.thinking(raw); });
        if (!(m_options.showThinking || m_thinkingOn) || m_options.subAgent)
            return;
        const QString shown = text::printable(raw, Lines::Multi);
        if (!m_inReasoning) {
            endOutputLine();
            m_context.err << dim(tr("[thinking] "));
            m_inReasoning = true;
        }
        m_context.err << dim(shown) << Qt::flush;
        m_reasoningAtLineStart = shown.endsWith(QLatin1Char('\n'));
    }

    void endReasoning()
    {
        if (!m_inReasoning)
            return;
        if (!m_reasoningAtLineStart)
            m_context.err << Qt::endl;
        m_inReasoning = false;
    }

    void activity(const QString &line)
    {
        endReasoning();
        // On a terminal both streams share the screen: start on a fresh line. Piped, stdout
        // keeps the answer exactly as it came.
        if (m_options.terminalOut)
            endOutputLine();
        m_context.err << dim(line) << Qt::endl;
    }

    void showToolResult(const QString &raw, bool isError)
    {
        QString t = raw.trimmed();
        if (t.size() > 500)
            t = t.left(500) + QChar(0x2026);
        activity((isError ? tr("[tool error] %1") : tr("[tool result] %1"))
                     .arg(text::printable(t, Lines::Multi)));
    }

    // ---- approvals --------------------------------------------------------------------------
    void askApproval(const ai::ApprovalRequest &request)
    {
        endReasoning();
        endOutputLine();
        // request.subject comes from the backend with its control characters already made
        // visible (ApprovalPolicy::displayText): what the user approves is what runs.
        const bool outside = request.confinement == ai::Confinement::Outside;
        m_context.err << (outside && m_options.sandbox.available()
                ? tr("Seqera AI wants to run, outside the sandbox:")
                : tr("Seqera AI wants to run:"))
                      << Qt::endl
                      << QStringLiteral("  ")
                      << (m_options.color ? QStringLiteral("\x1b[1m") + request.subject
                                     + QStringLiteral("\x1b[0m")
                                          : request.subject)
                      << Qt::endl;
        if (!request.reason.isEmpty())
            m_context.err << dim(text::printable(request.reason, Lines::Multi)) << Qt::endl;
        m_context.err << tr("  1) Yes, once") << Qt::endl;
        if (!request.alwaysRule.isEmpty())
            m_context.err
                << tr("  2) Yes, and allow %1 for the rest of this session").arg(request.alwaysRule)
                << Qt::endl;
        m_context.err << tr("  3) No, tell Seqera AI what to do instead") << Qt::endl;
        askChoice(!request.alwaysRule.isEmpty());
    }

    void askChoice(bool offerAlways)
    {
        ask(offerAlways ? tr("Choice [1/2/3]: ") : tr("Choice [1/3]: "),
            [this, offerAlways](const QString &answer) {
                const QString a = answer.trimmed().toLower();
                if (a == QLatin1String("1") || a == QLatin1String("y") || a == QLatin1String("yes"))
                    return m_conversation->answerApproval(ApprovalChoice::Once);
                if (offerAlways
                    && (a == QLatin1String("2") || a == QLatin1String("a")
                        || a == QLatin1String("always")))
                    return m_conversation->answerApproval(ApprovalChoice::Always);
                if (a.isEmpty() || a == QLatin1String("3") || a == QLatin1String("n")
                    || a == QLatin1String("no") || a == QLatin1String("r")) {
                    m_context.err << tr("Rejected.") << Qt::endl;
                    return m_conversation->answerApproval(ApprovalChoice::Reject);
                }
                askChoice(offerAlways);
            });
    }

    // ---- sessions --------------------------------------------------------------------------
    void continueLast()
    {
        m_conversation->listSessions(
            m_cwd, 10, [this](const QList<ai::AiSessionInfo> &list, const Error &e) {
                if (e) {
                    // The backend cannot list: the last session used here, if any.
                    const QString recorded = m_record.lastSession(m_cwd);
                    if (!recorded.isEmpty()) {
                        m_conversation->resume(recorded);
                        return begin();
                    }
                    return fail(e);
                }
                if (list.isEmpty()) {
                    m_context.err << tr(
                        "No earlier conversation in this directory: starting a new one.")
                                  << Qt::endl;
                    return begin();
                }
                if (list.size() == 1 || !interactive()) {
                    if (list.size() > 1)
                        m_context.err
                            << tr("Continuing the most recent of %n conversations in this "
                                  "directory (%1). Use -s ID to choose another.",
                                   nullptr, int(list.size()))
                                   .arg(shownId(list.first().sessionId))
                            << Qt::endl;
                    m_conversation->resume(list.first().sessionId);
                    return begin();
                }
                pickSession(list, tr("Conversations in this directory, most recent first:"),
                    [this](const QString &id) {
                        if (!id.isEmpty())
                            m_conversation->resume(id);
                        begin();
                    });
            });
    }

    void pickSession(const QList<ai::AiSessionInfo> &list, const QString &heading,
        std::function<void(const QString &)> chosen)
    {
        m_context.err << heading << Qt::endl;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const ai::AiSessionInfo &s = list.at(i);
            m_context.err << QStringLiteral("  %1) ").arg(i + 1)
                          << text::printable(s.title.isEmpty() ? tr("(untitled)") : s.title)
                          << dim(QStringLiteral("  %1  %2")
                                     .arg(
                                         text::printable(s.lastUsed), text::printable(s.sessionId)))
                          << Qt::endl;
        }
        ask(tr("Which one [1-%1, Enter for 1]: ").arg(list.size()),
            [this, list, chosen](const QString &answer) {
                const QString a = answer.trimmed();
                bool ok = false;
                const int n = a.isEmpty() ? 1 : a.toInt(&ok);
                if (!a.isEmpty() && (!ok || n < 1 || n > list.size())) {
                    m_context.err << tr("Nothing chosen.") << Qt::endl;
                    return chosen(QString());
                }
                chosen(list.at(n - 1).sessionId);
            });
    }

    void begin()
    {
        if (!m_options.sandbox.available())
            m_context.err << tr("warning: the assistant's commands run without a sandbox: %1. "
                                "Commands ask before they run (docs/security-model.md).")
                                 .arg(m_options.sandbox.unavailableReason())
                          << Qt::endl;
        if (interactive()) {
            m_context.err << (m_conversation->resumed()
                    ? tr("Resumed conversation %1.").arg(shownId(m_conversation->sessionId()))
                    : tr("Seqera AI (approval mode: %1). Type /help for commands, /exit or Ctrl-D "
                         "to leave, Ctrl-C to stop an answer.")
                          .arg(ai::approvalModeName(m_options.mode)))
                          << Qt::endl;
            if (m_conversation->resumed())
                return showRecentExchanges([this] { afterBegin(); });
        }
        afterBegin();
    }

    void afterBegin()
    {
        // The backend's skills, for /skills and /<skill>: asked once, in the background; a
        // failure only means there are none to offer.
        if (interactive())
            m_conversation->skills(
                [this](const QJsonArray &list, const Error &) { m_backendSkills = list; });
        if (!m_options.query.isEmpty())
            return send(m_options.query);
        if (interactive())
            prompt();
    }

    // On resume: the last few exchanges, so the user knows where the conversation stands.
    void showRecentExchanges(std::function<void()> then)
    {
        m_conversation->history([this, then](const QList<ai::AiMessage> &messages, const Error &e) {
            if (e) {
                m_context.err << dim(tr("(The earlier messages could not be loaded: %1)")
                                         .arg(text::printable(e.message, Lines::Multi)))
                              << Qt::endl;
                return then();
            }
            constexpr int kShown = 6; // three questions and their answers
            const qsizetype from = qMax<qsizetype>(0, messages.size() - kShown);
            if (from > 0)
                m_context.out << dim(tr("(%n earlier message(s) not shown)", nullptr, int(from)))
                              << Qt::endl;
            for (qsizetype i = from; i < messages.size(); ++i) {
                const ai::AiMessage &m = messages.at(i);
                QString content = m.content.trimmed();
                QStringList lines = content.split(QLatin1Char('\n'));
                if (lines.size() > 12) {
                    lines = lines.mid(0, 12);
                    lines << QString(QChar(0x2026));
                }
                content = lines.join(QLatin1Char('\n'));
                if (m.role == QLatin1String("user")) {
                    m_context.out << dim(
                        QStringLiteral("> ") + text::printable(content, Lines::Multi))
                                  << Qt::endl;
                } else if (m_options.terminalOut) {
                    ai::TerminalMarkdown markdown(m_options.color);
                    QString shown = markdown.feed(text::printable(content, Lines::Multi));
                    shown += markdown.finish();
                    m_context.out << shown << Qt::endl;
                } else {
                    m_context.out << content << Qt::endl;
                }
            }
            if (!messages.isEmpty())
                m_context.out << dim(QString(40, QChar(0x2500))) << Qt::endl;
            then();
        });
    }

    // ---- the conversation ---------------------------------------------------------------------
    void prompt()
    {
        m_context.out.flush();
        m_context.err.flush();
        if (m_reader)
            m_reader->ask(promptText(), true);
    }
    QString promptText() const
    {
        return m_conversation->planMode() ? QStringLiteral("plan> ") : QStringLiteral("> ");
    }

    // A question whose answer is the next line (approval, choice of session).
    void ask(const QString &question, std::function<void(const QString &)> handler)
    {
        m_context.out.flush();
        m_context.err.flush();
        m_lineHandler = std::move(handler);
        if (m_reader)
            m_reader->ask(question, false);
    }

    void onLine(const QString &line)
    {
        if (m_lineHandler)
            return std::exchange(m_lineHandler, nullptr)(line);
        if (m_conversation->isRunning()) {
            m_typeAhead.push_back(line); // typed while an answer was still streaming
            return;
        }
        m_interruptedAtPrompt = false;
        const QString text = line.trimmed();
        if (text.isEmpty())
            return prompt();
        const SlashCommand command = SlashCommand::parse(text);
        if (command.kind != SlashCommand::Kind::NotACommand)
            return runSlashCommand(command);
        if (text == QLatin1String("exit") || text == QLatin1String("quit"))
            return leave(ExitCode::Ok);
        send(text);
    }

    // The project's and the user's skills, then the backend's under names not taken.
    QJsonArray allSkills() const
    {
        ai::ContextOptions options;
        options.ownFiles = ai::OwnFiles(m_context.settings);
        QJsonArray all = ai::localSkills(m_cwd, options);
        QSet<QString> names;
        for (const QJsonValue &v : std::as_const(all))
            names.insert(v.toObject().value(QStringLiteral("name")).toString());
        for (const QJsonValue &v : m_backendSkills) {
            if (!names.contains(v.toObject().value(QStringLiteral("name")).toString()))
                all << v;
        }
        return all;
    }

    void send(const QString &text)
    {
        m_atLineStart = true;
        m_conversation->send(text);
    }

    void onRunFinished(const RunOutcome &outcome)
    {
        m_lineHandler = nullptr;
        endReasoning();
        endOutputLine();
        const Error &error = outcome.error;
        const auto recorded = outcome.status == RunOutcome::Status::Success
            ? ai::RunRecorder::Outcome::Success
            : outcome.status == RunOutcome::Status::Cancelled
            ? ai::RunRecorder::Outcome::Interrupted
            : ai::RunRecorder::Outcome::Error;
        if (error && outcome.status == RunOutcome::Status::Failed)
            record([&](ai::RunRecorder &r) {
                r.error(error.message,
                    outcome.errorEvent                          ? QStringLiteral("error_event")
                        : error.code == Error::Code::UsageLimit ? QStringLiteral("usage_limit")
                                                                : QStringLiteral("request_failed"));
            });
        record([&](ai::RunRecorder &r) {
            r.complete(recorded, outcome.finishReason, error.message, outcome.usage);
        });
        if (error && error.code != Error::Code::Cancelled)
            printError(m_context.err, error.message, 0); // printError makes it printable
        else if (error)
            m_context.err << error.message << Qt::endl;

        if (!interactive()) {
            const int code = outcome.status == RunOutcome::Status::Success ? ExitCode::Ok
                : outcome.status == RunOutcome::Status::Cancelled          ? ExitCode::Interrupted
                : outcome.errorEvent || outcome.finishReason.size()        ? ExitCode::Failure
                                                                           : exitCodeFor(error);
            return leave(code);
        }
        // A usage limit or an `error` event ends this answer, not the conversation.
        while (!m_typeAhead.empty()) {
            const QString line = m_typeAhead.front();
            m_typeAhead.pop_front();
            onLine(line);
            if (m_conversation->isRunning() || m_lineHandler)
                return;
        }
        prompt();
    }

    // ---- slash commands ----------------------------------------------------------------------
    void runSlashCommand(const SlashCommand &command)
    {
        QTextStream &out = m_context.out;
        switch (command.kind) {
        case SlashCommand::Kind::NotACommand:
            break;
        case SlashCommand::Kind::Help:
            out << tr("Commands (handled here, never sent to Seqera AI):") << Qt::endl;
            for (const SlashCommand::Help &h : SlashCommand::help())
                out << QStringLiteral("  %1").arg(h.usage, -34) << h.description << Qt::endl;
            break;
        case SlashCommand::Kind::Exit:
            return leave(ExitCode::Ok);
        case SlashCommand::Kind::Clear:
            m_conversation->expire([this] {
                m_context.out << tr("Cleared: your next message starts a new session.") << Qt::endl;
                prompt();
            });
            return;
        case SlashCommand::Kind::Session:
            if (m_conversation->sessionId().isEmpty())
                out << tr("No session yet: one is created with your first message.") << Qt::endl;
            else
                out << tr("Session: %1\nResume it later with: %2")
                           .arg(shownId(m_conversation->sessionId()),
                               resumeCommand(m_conversation->sessionId()))
                    << Qt::endl;
            break;
        case SlashCommand::Kind::Sessions:
            return pickFromSessions();
        case SlashCommand::Kind::Org: {
            const QString org = m_options.organizationName.isEmpty() ? m_options.organizationId
                                                                     : m_options.organizationName;
            out << (org.isEmpty()
                    ? tr("Organization: none selected (your personal usage). Choose one "
                         "with: seqera org switch")
                    : tr("Organization: %1").arg(text::printable(org)))
                << Qt::endl;
            break;
        }
        case SlashCommand::Kind::Credits:
            return showCredits();
        case SlashCommand::Kind::Approval:
            setApprovalMode(command.argument);
            break;
        case SlashCommand::Kind::Status:
            showStatus();
            break;
        case SlashCommand::Kind::Plan:
            m_conversation->setPlanMode(!m_conversation->planMode());
            out << (m_conversation->planMode()
                    ? tr("Plan mode is on: the assistant plans, and nothing on this machine is "
                         "changed or run. /plan again to leave it.")
                    : tr("Plan mode is off."))
                << Qt::endl;
            break;
        case SlashCommand::Kind::Thinking:
            m_thinkingOn = !m_thinkingOn;
            out << (m_thinkingOn ? tr("The assistant's reasoning is now shown.")
                                 : tr("The assistant's reasoning is now hidden."))
                << Qt::endl;
            break;
        case SlashCommand::Kind::Skills:
            listSkills();
            break;
        case SlashCommand::Kind::Unknown:
            if (sendSkill(command))
                return;
            printError(m_context.err,
                tr("unknown command /%1. Type /help for the list; start the line "
                   "with // to send it as text.")
                    .arg(text::printable(command.name)),
                0);
            break;
        }
        prompt();
    }

    // /sessions: the recent sessions to switch to.
    void pickFromSessions()
    {
        m_conversation->listSessions(
            {}, 20, [this](const QList<ai::AiSessionInfo> &list, const Error &e) {
                if (e) {
                    printError(m_context.err, e.message, 0);
                    return prompt();
                }
                if (list.isEmpty()) {
                    m_context.out << tr("No earlier sessions.") << Qt::endl;
                    return prompt();
                }
                pickSession(list, tr("Recent sessions:"), [this](const QString &id) {
                    if (id.isEmpty() || id == m_conversation->sessionId())
                        return prompt();
                    m_conversation->expire([this, id] {
                        m_conversation->resume(id);
                        m_context.out << tr("Switched to session %1.").arg(shownId(id)) << Qt::endl;
                        showRecentExchanges([this] { prompt(); });
                    });
                });
            });
    }

    // /credits: the table, then the prompt.
    void showCredits()
    {
        m_conversation->credits(
            m_options.organizationId, [this](const QJsonObject &credits, const Error &e) {
                if (e)
                    printError(m_context.err, e.message, 0);
                if (!e)
                    m_context.out << creditsTable(credits);
                prompt();
            });
    }

    // /approval [MODE]: sets the mode when one is named, then says which is in force.
    void setApprovalMode(const QString &argument)
    {
        if (!argument.isEmpty()) {
            ApprovalMode mode;
            if (!ai::parseApprovalMode(argument, &mode)) {
                printError(m_context.err,
                    tr("unknown approval mode \"%1\": use basic, default or full.")
                        .arg(text::printable(argument)),
                    0);
                return;
            }
            m_conversation->setApprovalMode(mode);
        }
        m_context.out
            << tr("Approval mode: %1").arg(ai::approvalModeName(m_conversation->approvalMode()))
            << Qt::endl;
    }

    // /status: what this conversation runs with.
    void showStatus()
    {
        m_context.out
            << tr("Backend: %1").arg(m_context.settings.aiBackendUrl.toString()) << Qt::endl
            << tr("Session: %1")
                   .arg(m_conversation->sessionId().isEmpty()
                           ? tr("(created with your first message)")
                           : shownId(m_conversation->sessionId()))
            << Qt::endl
            << tr("Approval mode: %1").arg(ai::approvalModeName(m_conversation->approvalMode()))
            << Qt::endl
            << tr("Plan mode: %1").arg(m_conversation->planMode() ? tr("on") : tr("off"))
            << Qt::endl
            << tr("Token from: %1").arg(m_token.describeSource()) << Qt::endl
            << tr("Working directory: %1").arg(text::printable(m_cwd)) << Qt::endl
            << tr("Sandbox: %1").arg(m_options.sandbox.description()) << Qt::endl
            << tr("Reasoning shown: %1").arg(m_thinkingOn ? tr("yes") : tr("no")) << Qt::endl;
    }

    // /skills: the project's, the user's and the backend's skills.
    void listSkills()
    {
        const QJsonArray skills = allSkills();
        if (skills.isEmpty())
            m_context.out << tr("No skills: none in this project or your skill folders, and none "
                                "from Seqera AI.")
                          << Qt::endl;
        for (const QJsonValue &v : skills) {
            const QJsonObject skill = v.toObject();
            m_context.out
                << QStringLiteral("  /%1  %2")
                       .arg(text::printable(skill.value(QStringLiteral("name")).toString()),
                           text::printable(skill.value(QStringLiteral("description")).toString(),
                               Lines::Single))
                << Qt::endl;
        }
    }

    // /<skill> [request]: sends the official client's skill message; false when no skill has
    // that name.
    bool sendSkill(const SlashCommand &command)
    {
        for (const QJsonValue &v : allSkills()) {
            const QJsonObject skill = v.toObject();
            if (skill.value(QStringLiteral("name")).toString() != command.name)
                continue;
            // A project's or the user's skill is loaded from its file; the backend's by its
            // name.
            const QString path = skill.value(QStringLiteral("source")).toString().isEmpty()
                ? QString()
                : skill.value(QStringLiteral("path")).toString();
            send(Conversation::skillMessage(command.name, path, command.argument));
            return true;
        }
        return false;
    }

    // ---- the end ----------------------------------------------------------------------------
    void leave(int code)
    {
        if (m_leaving)
            return;
        m_leaving = true;
        m_reader.reset();
        // At most 2 s for the backend to hear it, then out whatever happened.
        m_conversation->expire([this, code] { done(code); });
    }

    void fail(const Error &error)
    {
        printError(m_context.err, error.message, 0); // printError makes it printable
        leave(exitCodeFor(error));
    }

    void done(int code)
    {
        if (m_done)
            return;
        m_done = true;
        m_reader.reset();
        m_context.out.flush();
        m_finish(code);
    }

    Context &m_context;
    Services &m_services;
    const Options m_options;
    AccessToken m_token;
    std::function<void(int)> m_finish;
    const QString m_cwd;
    ai::SessionRecord m_record;
    ai::TerminalMarkdown m_markdown;
    Conversation *m_conversation = nullptr;
    std::optional<LineEditor> m_reader;
    std::optional<ai::RunRecorder> m_subAgent;
    std::optional<ai::RunRecorder> m_events;
    std::deque<QString> m_typeAhead;
    std::function<void(const QString &)> m_lineHandler; // the next line answers a question
    QHash<QString, QJsonObject> m_toolArgs;
    QJsonArray m_backendSkills;
    bool m_leaving = false;
    bool m_done = false;
    bool m_atLineStart = true;
    bool m_pendingMarkdown = false;
    bool m_inReasoning = false;
    bool m_reasoningAtLineStart = true;
    bool m_thinkingOn = false;
    bool m_interruptedAtPrompt = false;
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
    Options options;
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

    const bool terminalIn = !stdinUsed && os::isTerminal(os::Stream::Input);
    options.terminalOut = os::isTerminal(os::Stream::Output);
    options.color = options.terminalOut && qEnvironmentVariableIsEmpty("NO_COLOR")
        && qEnvironmentVariable("TERM") != QLatin1String("dumb");
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
    std::unique_ptr<Terminal> terminal;
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
                    terminal
                        = std::make_unique<Terminal>(context, services, options, token, finish);
                    if (const Error e = terminal->openEventsFile()) {
                        printError(context.err, e.message, 0);
                        return finish(exitCodeFor(e));
                    }
                    terminal->start();
                });
        },
        [&] {
            if (terminal)
                terminal->interrupt();
            else if (finishRun)
                finishRun(ExitCode::Interrupted); // still resolving the token
        });
}

} // namespace seqera::cli

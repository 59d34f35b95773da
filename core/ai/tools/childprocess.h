#pragma once

#include "ai/tools/sandbox.h"

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QProcess;
class QTimer;

namespace seqera::ai {

// How a child process ended, with what it wrote (each stream up to the capture limit).
struct ChildResult
{
    QByteArray out, err;
    qint64 outTotal = 0, errTotal = 0; // bytes written, also past the limit
    int exitCode = -1;
    bool crashed = false; // killed by a signal (also by us)
    bool timedOut = false;
    bool overflow = false; // a stream passed the capture limit: stopped
    bool cancelled = false;
    QString startError; // the program could not be started
    bool started() const { return startError.isEmpty(); }
};

// The one way this program starts a child for the assistant: the shell tool, the linters and
// the project context's git calls. The child gets its own process group (a timeout, an
// overflow or a cancel ends it and everything it started), standard input from /dev/null,
// bounded capture, an optional deadline, and, when a sandbox is given, runs inside it.
// Asynchronous (start(), then finished() from the event loop) or, where no event loop runs,
// waitForFinished().
class ChildProcess : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program;
        QStringList arguments;
        QString workingDir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        int timeoutMs = 0; // 0: none (an asynchronous child only)
        qint64 captureLimit = 10 * 1024 * 1024; // per stream
        bool discardStderr = false;
        const Sandbox *sandbox = nullptr; // run inside it when it is available
        SandboxProfile profile;
    };

    explicit ChildProcess(Options options, QObject *parent = nullptr);
    ~ChildProcess() override; // a child still running is killed with its group

    void start();
    // Blocks until the child ends (true) or `ms` pass (false: it still runs).
    bool waitForFinished(int ms);
    // Kills the child and its process group; it ends as cancelled.
    void cancel();
    bool isRunning() const;
    const ChildResult &result() const { return m_result; }
    const Options &options() const { return m_options; }

signals:
    // Exactly once per start(), from the event loop (or inside waitForFinished()).
    void finished(const seqera::ai::ChildResult &result);

private:
    void killGroup();
    void read();
    void end(int exitCode, bool crashed);

    Options m_options;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    ChildResult m_result;
    bool m_done = false;
};

} // namespace seqera::ai

Q_DECLARE_METATYPE(seqera::ai::ChildResult)

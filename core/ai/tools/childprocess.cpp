#include "childprocess.h"

#include "os/process.h"

#include <QProcess>
#include <QTimer>

namespace seqera::ai {

namespace {
// Appends up to `limit` bytes; false once more than `limit` were written in all.
bool capture(QByteArray *into, qint64 *total, const QByteArray &chunk, qint64 limit)
{
    *total += chunk.size();
    if (into->size() < limit)
        into->append(chunk.left(limit - into->size()));
    return *total <= limit;
}
} // namespace

ChildProcess::ChildProcess(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<ChildResult>();
}

ChildProcess::~ChildProcess()
{
    if (isRunning()) {
        killGroup();
        m_process->waitForFinished(1000);
    }
}

bool ChildProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ChildProcess::start()
{
    Q_ASSERT(!m_process);
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(m_options.environment);
    m_process->setWorkingDirectory(m_options.workingDir);
    m_process->setStandardInputFile(QProcess::nullDevice());
    if (m_options.discardStderr)
        m_process->setStandardErrorFile(QProcess::nullDevice());

    const Sandbox *sandbox
        = m_options.sandbox && m_options.sandbox->available() ? m_options.sandbox : nullptr;
    if (sandbox) {
        m_process->setProgram(sandbox->program());
        m_process->setArguments(sandbox->wrap(
            m_options.profile, m_options.workingDir, m_options.program, m_options.arguments));
    } else {
        m_process->setProgram(m_options.program);
        m_process->setArguments(m_options.arguments);
    }
    // In the child, before exec: its own process group, so a timeout or a cancel also stops
    // what it started; then the sandbox's scope. A child that cannot be confined does not run.
    // Without process groups (os::hasProcessGroups) only the child itself is stopped; the
    // command tool is refused then (LocalTools), and no sandbox is available to set up (the
    // builds without groups have none: os::sandbox::bubblewrapPossible).
    std::function<bool()> setup;
    if (sandbox)
        setup = [sandbox] { return sandbox->childSetup(); };
    os::startInOwnGroup(m_process, std::move(setup));

    connect(m_process, &QProcess::readyReadStandardOutput, this, &ChildProcess::read);
    connect(m_process, &QProcess::readyReadStandardError, this, &ChildProcess::read);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        end(code, status == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_result.startError
            = tr("Cannot start %1: %2").arg(m_process->program(), m_process->errorString());
        end(127, false);
    });
    if (m_options.timeoutMs > 0) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(m_options.timeoutMs);
        connect(m_timer, &QTimer::timeout, this, [this] {
            m_result.timedOut = true;
            killGroup();
        });
        connect(m_process, &QProcess::started, m_timer, qOverload<>(&QTimer::start));
    }
    m_process->start(QIODevice::ReadOnly);
}

bool ChildProcess::waitForFinished(int ms)
{
    if (!m_process || m_done)
        return true;
    if (m_process->state() == QProcess::Starting && !m_process->waitForStarted(ms))
        return m_done; // FailedToStart ends it through errorOccurred
    return m_process->waitForFinished(ms) || m_done;
}

void ChildProcess::cancel()
{
    if (!isRunning())
        return;
    m_result.cancelled = true;
    killGroup();
}

void ChildProcess::killGroup()
{
    if (!m_process)
        return;
    os::killGroup(m_process->processId());
    m_process->kill();
}

void ChildProcess::read()
{
    const qint64 limit = m_options.captureLimit;
    const bool outOk
        = capture(&m_result.out, &m_result.outTotal, m_process->readAllStandardOutput(), limit);
    const bool errOk = m_options.discardStderr
        || capture(&m_result.err, &m_result.errTotal, m_process->readAllStandardError(), limit);
    if ((!outOk || !errOk) && !m_result.overflow) {
        m_result.overflow = true;
        killGroup();
    }
}

void ChildProcess::end(int exitCode, bool crashed)
{
    if (m_done)
        return;
    m_done = true;
    if (m_timer)
        m_timer->stop();
    if (m_result.started())
        read();
    m_result.exitCode = exitCode;
    m_result.crashed = crashed;
    emit finished(m_result);
}

} // namespace seqera::ai

// terminal.h's LineReader without line editing: the line as the terminal's own cooked mode
// delivers it, no history, no Shift+Tab. Used where libedit is not available.
#include "os/terminal.h"

#include <QFile>
#include <QObject>
#include <QSocketNotifier>

#include <cstdio>

namespace seqera::os {

namespace {
constexpr int kStandardInput = 0;
} // namespace

struct LineReader::Impl
{
    explicit Impl(QObject *context)
        : notifier(kStandardInput, QSocketNotifier::Read, context)
    { }

    QSocketNotifier notifier;
    QFile input;
    bool open = false;
};

LineReader::LineReader(QObject *context)
    : m_impl(std::make_unique<Impl>(context))
{
    m_impl->input.open(kStandardInput, QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_impl->notifier.setEnabled(false);
    QObject::connect(&m_impl->notifier, &QSocketNotifier::activated, context, [this] {
        if (!m_impl->open)
            return;
        // Readable: a whole line (the terminal's cooked mode hands them over whole) or the end.
        const QByteArray line = m_impl->input.readLine();
        close();
        if (line.isEmpty()) {
            if (onEnd)
                onEnd();
            return;
        }
        if (onLine)
            onLine(QString::fromLocal8Bit(line).chopped(line.endsWith('\n') ? 1 : 0));
    });
}

LineReader::~LineReader()
{
    close();
}

void LineReader::ask(const QString &prompt, bool)
{
    close();
    std::fputs(prompt.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
    m_impl->open = true;
    m_impl->notifier.setEnabled(true);
}

void LineReader::close()
{
    if (!m_impl->open)
        return;
    m_impl->open = false;
    m_impl->notifier.setEnabled(false);
}

} // namespace seqera::os

// terminal.h's LineReader with libedit (BSD licence), named in this file only.
#include "os/terminal.h"

#include <QObject>
#include <QSocketNotifier>

#include <cstdlib>
#include <unistd.h>

#include <editline/readline.h>

namespace seqera::os {

struct LineReader::Impl
{
    explicit Impl(QObject *context)
        : notifier(STDIN_FILENO, QSocketNotifier::Read, context)
    { }

    static void lineDone(char *line);
    static void bindBackTab();
    static int backTab(int, int);

    LineReader *owner = nullptr;
    QSocketNotifier notifier;
    QByteArray prompt;
    bool open = false;
    bool remember = true;
};

namespace {
// libedit's callback interface calls back without a user pointer.
LineReader::Impl *s_current = nullptr;
} // namespace

LineReader::LineReader(QObject *context)
    : m_impl(std::make_unique<Impl>(context))
{
    m_impl->owner = this;
    s_current = m_impl.get();
    rl_catch_signals = 0; // Ctrl-C stays ours (the command's interrupt handler)
    ::using_history();
    ::stifle_history(500);
    m_impl->notifier.setEnabled(false);
    QObject::connect(&m_impl->notifier, &QSocketNotifier::activated, context, [] {
        if (s_current && s_current->open)
            ::rl_callback_read_char();
    });
}

LineReader::~LineReader()
{
    close();
    s_current = nullptr;
}

void LineReader::ask(const QString &prompt, bool remember)
{
    close();
    m_impl->remember = remember;
    m_impl->prompt = prompt.toLocal8Bit();
    ::rl_callback_handler_install(m_impl->prompt.constData(), &Impl::lineDone);
    Impl::bindBackTab();
    m_impl->open = true;
    m_impl->notifier.setEnabled(true);
}

void LineReader::close()
{
    if (!m_impl->open)
        return;
    m_impl->open = false;
    m_impl->notifier.setEnabled(false);
    ::rl_callback_handler_remove();
}

// libedit's readline layer binds a function to one key: rl_add_defun binds it to Ctrl-<key>,
// and calls it with the last byte of whatever sequence it is bound to. So: the function under
// 'Z', the sequence ESC [ Z bound to it (a raw ESC: the tokenizer of rl_parse_and_bind would
// eat a backslash), and Ctrl-Z given back (a terminal suspends on it before libedit sees it).
void LineReader::Impl::bindBackTab()
{
    static bool bound = false;
    if (bound)
        return;
    bound = true;
    ::rl_add_defun("seqera-back-tab", &Impl::backTab, 'Z');
    ::rl_parse_and_bind("bind \033[Z seqera-back-tab");
    ::rl_parse_and_bind("bind ^Z ed-unassigned");
}

int LineReader::Impl::backTab(int, int)
{
    Impl *self = s_current;
    if (!self || !self->open || !self->remember || !self->owner->onBackTab)
        return 0; // an approval or a choice: not the conversation's prompt
    self->prompt = self->owner->onBackTab().toLocal8Bit();
    ::rl_set_prompt(self->prompt.constData());
    ::rl_forced_update_display();
    return 0;
}

void LineReader::Impl::lineDone(char *line)
{
    Impl *self = s_current;
    if (!self)
        return ::free(line);
    LineReader *owner = self->owner;
    owner->close();
    if (!line) { // Ctrl-D on an empty line
        if (owner->onEnd)
            owner->onEnd();
        return;
    }
    const QString text = QString::fromLocal8Bit(line);
    if (self->remember && !text.trimmed().isEmpty())
        ::add_history(line);
    ::free(line);
    if (owner->onLine)
        owner->onLine(text);
}

} // namespace seqera::os

#include "lineeditor.h"

#include <QObject>

#include <cstdlib>
#include <unistd.h>

#include <editline/readline.h>

namespace seqera::cli {

namespace {
// libedit's callback interface calls back without a user pointer.
LineEditor *s_current = nullptr;
} // namespace

LineEditor::LineEditor(QObject *context)
    : m_notifier(STDIN_FILENO, QSocketNotifier::Read, context)
{
    s_current = this;
    rl_catch_signals = 0; // Ctrl-C stays ours (the command's interrupt handler)
    ::using_history();
    ::stifle_history(500);
    m_notifier.setEnabled(false);
    QObject::connect(&m_notifier, &QSocketNotifier::activated, context, [] {
        if (s_current && s_current->m_open)
            ::rl_callback_read_char();
    });
}

LineEditor::~LineEditor()
{
    close();
    s_current = nullptr;
}

void LineEditor::ask(const QString &prompt, bool remember)
{
    close();
    m_remember = remember;
    m_prompt = prompt.toLocal8Bit();
    ::rl_callback_handler_install(m_prompt.constData(), &LineEditor::lineDone);
    bindBackTab();
    m_open = true;
    m_notifier.setEnabled(true);
}

void LineEditor::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_notifier.setEnabled(false);
    ::rl_callback_handler_remove();
}

// libedit's readline layer binds a function to one key: rl_add_defun binds it to Ctrl-<key>,
// and calls it with the last byte of whatever sequence it is bound to. So: the function under
// 'Z', the sequence ESC [ Z bound to it (a raw ESC: the tokenizer of rl_parse_and_bind would
// eat a backslash), and Ctrl-Z given back (a terminal suspends on it before libedit sees it).
void LineEditor::bindBackTab()
{
    static bool bound = false;
    if (bound)
        return;
    bound = true;
    ::rl_add_defun("seqera-back-tab", &LineEditor::backTab, 'Z');
    ::rl_parse_and_bind("bind \033[Z seqera-back-tab");
    ::rl_parse_and_bind("bind ^Z ed-unassigned");
}

int LineEditor::backTab(int, int)
{
    LineEditor *self = s_current;
    if (!self || !self->m_open || !self->m_remember || !self->onBackTab)
        return 0; // an approval or a choice: not the conversation's prompt
    self->m_prompt = self->onBackTab().toLocal8Bit();
    ::rl_set_prompt(self->m_prompt.constData());
    ::rl_forced_update_display();
    return 0;
}

void LineEditor::lineDone(char *line)
{
    LineEditor *self = s_current;
    if (!self)
        return ::free(line);
    self->close();
    if (!line) { // Ctrl-D on an empty line
        if (self->onEnd)
            self->onEnd();
        return;
    }
    const QString text = QString::fromLocal8Bit(line);
    if (self->m_remember && !text.trimmed().isEmpty())
        ::add_history(line);
    ::free(line);
    if (self->onLine)
        self->onLine(text);
}

} // namespace seqera::cli

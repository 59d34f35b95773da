#pragma once

#include <QByteArray>
#include <QSocketNotifier>
#include <QString>

#include <functional>

class QObject;

namespace seqera::cli {

// The terminal's input line with editing and history (libedit, through its readline-
// compatible callback interface), read without blocking the event loop. Editing is on only
// while a question is open (the prompt, an approval, a choice): during an answer the
// terminal stays as it is and keystrokes wait in its buffer. libedit is named in
// lineeditor.cpp only. Its state is global, so one LineEditor exists at a time.
class LineEditor
{
public:
    std::function<void(const QString &)> onLine;
    std::function<void()> onEnd; // Ctrl-D on an empty line
    // Shift+Tab (the terminal sends ESC [ Z) at the conversation's prompt (an ask() with
    // `remember`): returns the prompt to show from now on (plan mode on or off).
    std::function<QString()> onBackTab;

    // Reads standard input while `context` lives.
    explicit LineEditor(QObject *context);
    ~LineEditor();
    LineEditor(const LineEditor &) = delete;
    LineEditor &operator=(const LineEditor &) = delete;

    // Shows `prompt` and reads one line; `remember`: it goes into the history (arrow keys,
    // Ctrl-R), which questions like "Choice [1/2/3]" do not.
    void ask(const QString &prompt, bool remember);

    // Ends the open question (restores the terminal) without an answer.
    void close();

private:
    static void lineDone(char *line);
    static void bindBackTab();
    static int backTab(int, int);

    QSocketNotifier m_notifier;
    QByteArray m_prompt;
    bool m_open = false;
    bool m_remember = true;
};

} // namespace seqera::cli

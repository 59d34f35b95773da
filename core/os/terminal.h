#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QObject;

// The terminal: whether a standard stream is one, typing without echo, and the input line
// with editing and history. The CLI's commands decide what to ask; this knows the terminal.
namespace seqera::os {

enum class Stream { Input, Output, Error };

// True when the stream is a terminal a person types at or reads. A build that cannot tell
// answers false: the program then behaves as in a pipe (no questions, no colours).
bool isTerminal(Stream stream);

// Standard input's echo turned off while it lives (a token pasted into a terminal is not
// shown), and back on when it ends. active() is false when input is no terminal or this build
// cannot turn echo off; a caller that needs it must not read a secret typed at a terminal then.
class EchoOff
{
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;
    bool active() const { return m_state != nullptr; }
    // Whether this build can turn echo off at all.
    static bool supported();

    struct State;

private:
    std::unique_ptr<State> m_state;
};

// Standard input's line with editing and history (libedit, through its readline-compatible
// callback interface, where the build has it; a plain line read otherwise), read without
// blocking the event loop. Editing is on only while a question is open (the prompt, an
// approval, a choice): during an answer the terminal stays as it is and keystrokes wait in
// its buffer. libedit's state is global, so one LineReader exists at a time.
class LineReader
{
public:
    std::function<void(const QString &)> onLine;
    std::function<void()> onEnd; // Ctrl-D on an empty line, or the end of the input
    // Shift+Tab (the terminal sends ESC [ Z) at the conversation's prompt (an ask() with
    // `remember`): returns the prompt to show from now on (plan mode on or off). Only where
    // the line is edited (libedit).
    std::function<QString()> onBackTab;

    // Reads standard input while `context` lives.
    explicit LineReader(QObject *context);
    ~LineReader();
    LineReader(const LineReader &) = delete;
    LineReader &operator=(const LineReader &) = delete;

    // Shows `prompt` and reads one line; `remember`: it goes into the history (arrow keys,
    // Ctrl-R), which questions like "Choice [1/2/3]" do not.
    void ask(const QString &prompt, bool remember);

    // Ends the open question (restores the terminal) without an answer.
    void close();

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

} // namespace seqera::os

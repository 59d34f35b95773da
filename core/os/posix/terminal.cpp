// terminal.h's isTerminal and EchoOff on POSIX (the line reader is in lineeditor_*.cpp).
#include "os/terminal.h"

#include <termios.h>
#include <unistd.h>

namespace seqera::os {

namespace {
int descriptorOf(Stream stream)
{
    switch (stream) {
    case Stream::Input:
        return STDIN_FILENO;
    case Stream::Output:
        return STDOUT_FILENO;
    case Stream::Error:
        break;
    }
    return STDERR_FILENO;
}
} // namespace

bool isTerminal(Stream stream)
{
    return ::isatty(descriptorOf(stream));
}

struct EchoOff::State
{
    termios saved {};
};

EchoOff::EchoOff()
{
    if (!::isatty(STDIN_FILENO))
        return;
    auto state = std::make_unique<State>();
    ::tcgetattr(STDIN_FILENO, &state->saved);
    termios quiet = state->saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    m_state = std::move(state);
}

EchoOff::~EchoOff()
{
    if (m_state)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &m_state->saved);
}

bool EchoOff::supported()
{
    return true;
}

} // namespace seqera::os

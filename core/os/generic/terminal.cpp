// terminal.h's isTerminal and EchoOff in plain Qt, which cannot tell a terminal from a pipe
// nor turn echo off: no stream is taken for a terminal, so nothing is asked and a token is
// read as from a pipe or a file (seqera login --with-token < token.txt).
#include "os/terminal.h"

namespace seqera::os {

struct EchoOff::State
{
};

bool isTerminal(Stream)
{
    return false;
}

EchoOff::EchoOff() = default;
EchoOff::~EchoOff() = default;

bool EchoOff::supported()
{
    return false;
}

} // namespace seqera::os

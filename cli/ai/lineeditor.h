#pragma once

#include "os/terminal.h"

namespace seqera::cli {

// The terminal's input line with editing and history: core/os's LineReader (libedit where
// the build has it, a plain line read otherwise).
using LineEditor = os::LineReader;

} // namespace seqera::cli

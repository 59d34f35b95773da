#pragma once

namespace seqera::os {

// Keeps tokens out of core files and away from other processes of the user (no ptrace, no
// /proc/<pid>/mem): on Linux prctl(PR_SET_DUMPABLE, 0), as ssh-agent does; elsewhere a core
// size limit of 0. Called once, early in main() of every program that holds tokens. Returns
// false when the system refused.
bool makeProcessNonDumpable();

} // namespace seqera::os

#include "os/hardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace seqera::os {

bool makeProcessNonDumpable()
{
    // Also makes /proc/self/{mem,environ,exe,fd} unreadable to the user's other processes.
    // QLockFile then cannot read our name from /proc/<pid>/exe and may call our lock stale,
    // but its flock() on the lock file still stops anyone from removing a lock we hold.
    bool ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    rlimit none {};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
    return ok;
}

} // namespace seqera::os

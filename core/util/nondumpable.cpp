#include "nondumpable.h"

#include <sys/resource.h>

#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace seqera {

bool makeProcessNonDumpable()
{
    bool ok = true;
#ifdef __linux__
    // Also makes /proc/self/{mem,environ,exe,fd} unreadable to the user's other processes.
    // QLockFile then cannot read our name from /proc/<pid>/exe and may call our lock stale,
    // but its flock() on the lock file still stops anyone from removing a lock we hold.
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    rlimit none {};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
    return ok;
}

} // namespace seqera

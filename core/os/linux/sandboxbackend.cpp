// sandboxbackend.h on Linux: bubblewrap (user namespaces) and Landlock.
#include "os/sandboxbackend.h"

#include <cstdint>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace seqera::os::sandbox {

namespace {

// Landlock's ruleset attributes as of ABI 6 (Debian 12's kernel headers stop at ABI 1).
struct LandlockRulesetAttr
{
    std::uint64_t handledAccessFs;
    std::uint64_t handledAccessNet;
    std::uint64_t scoped;
};
constexpr std::uint64_t kScopeAbstractUnixSocket = 1;
constexpr std::uint64_t kScopeSignal = 2;
constexpr unsigned kCreateRulesetVersion = 1;

long landlockAbi()
{
#ifdef SYS_landlock_create_ruleset
    return ::syscall(SYS_landlock_create_ruleset, nullptr, 0, kCreateRulesetVersion);
#else
    return -1;
#endif
}

} // namespace

bool bubblewrapPossible()
{
    return true;
}

bool landlockScopesAvailable()
{
    return landlockAbi() >= 6;
}

bool enterLandlockScopes()
{
#ifdef SYS_landlock_create_ruleset
    LandlockRulesetAttr attr {};
    attr.scoped = kScopeAbstractUnixSocket | kScopeSignal;
    const long fd = ::syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0);
    if (fd < 0)
        return false;
    const bool ok = ::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0
        && ::syscall(SYS_landlock_restrict_self, int(fd), 0) == 0;
    ::close(int(fd));
    return ok;
#else
    return false;
#endif
}

} // namespace seqera::os::sandbox

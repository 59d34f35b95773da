// sandboxbackend.h without a sandbox this build knows: Sandbox::detect answers "none", and
// every command the approval mode would run unasked is asked about.
#include "os/sandboxbackend.h"

namespace seqera::os::sandbox {

bool bubblewrapPossible()
{
    return false;
}

bool landlockScopesAvailable()
{
    return false;
}

bool enterLandlockScopes()
{
    return false;
}

} // namespace seqera::os::sandbox

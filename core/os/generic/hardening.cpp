// hardening.h in plain Qt: nothing keeps other processes of the user out, so it says so.
#include "os/hardening.h"

namespace seqera::os {

bool makeProcessNonDumpable()
{
    return false;
}

} // namespace seqera::os

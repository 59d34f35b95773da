// keyringlock.h without D-Bus: there is no Secret Service to ask.
#include "os/keyringlock.h"

namespace seqera::os {

void askKeyringLock(QObject *, int, std::function<void(KeyringLock)> done)
{
    done(KeyringLock::Unknown);
}

} // namespace seqera::os

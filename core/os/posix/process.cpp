#include "os/process.h"

#include <QProcess>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace seqera::os {

bool hasProcessGroups()
{
    return true;
}

bool startInOwnGroup(QProcess *process, std::function<bool()> childSetup)
{
    process->setChildProcessModifier([childSetup = std::move(childSetup)] {
        ::setpgid(0, 0);
        if (childSetup && !childSetup())
            ::_exit(126);
    });
    return true;
}

void killGroup(qint64 pid)
{
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
}

} // namespace seqera::os

// process.h in plain Qt: no process groups (QProcess's child modifier is Unix-only), so a
// command's children could outlive its deadline. The assistant's command tool is refused.
#include "os/process.h"

#include <QProcess>

namespace seqera::os {

bool hasProcessGroups()
{
    return false;
}

bool startInOwnGroup(QProcess *, std::function<bool()>)
{
    return false;
}

void killGroup(qint64)
{
    // No group: ChildProcess stops the child itself (QProcess::kill), nothing more.
}

} // namespace seqera::os

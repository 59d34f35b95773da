#pragma once

#include <QtGlobal>

#include <functional>

class QProcess;

// Process groups: a child started in a group of its own, so that stopping the group stops
// what the child started too (a timeout, a cancel, an output cap). core/ai/tools/childprocess
// is the one caller; it decides when to stop a group, this knows how.
namespace seqera::os {

// Whether this build can start a child in a group of its own and stop the whole group.
// Without it a command's children could outlive its deadline: the assistant's command tool
// is not offered then.
bool hasProcessGroups();

// Makes `process` start its child in a process group of its own, then run `childSetup` in the
// child before it executes the program (between fork and exec: async-signal-safe code only);
// a child whose childSetup returns false exits with 126 before running anything. Returns
// false, and changes nothing, when this build has no process groups (hasProcessGroups()).
bool startInOwnGroup(QProcess *process, std::function<bool()> childSetup);

// Stops (SIGKILL) every process of the group led by `pid`, as started by startInOwnGroup.
void killGroup(qint64 pid);

} // namespace seqera::os

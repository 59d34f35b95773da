#pragma once

// What the C++ suites need to look at files and to give core a private profile tree: one
// copy of each, so that a fix in one reaches every suite.
#include "config/settings.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace testsupport {

// The permission bits as the kernel has them (QFile::permissions mixes in "User" bits), of
// the target of a link; -1 when there is nothing.
int modeOf(const QString &path);
// The same for the path itself: a link's own bits, not its target's.
int ownModeOf(const QString &path);
QByteArray contentOf(const QString &path); // "<unreadable>" when it cannot be read
// A plain write, not through core's writer, for what a test plants; the folder must exist.
bool writePlain(const QString &path, const QByteArray &data);

// Settings with HOME (`home` below `dir`, or `dir` itself), XDG_CONFIG_HOME (dir/config) and
// XDG_STATE_HOME (dir/state) in `dir`, nothing else from the environment.
seqera::Settings scratchSettings(const QTemporaryDir &dir, const QString &home = {});

} // namespace testsupport

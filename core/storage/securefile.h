#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace seqera::securefile {

// Creates `path` and its missing parents with mode 0700, and tightens `path` itself to 0700.
Error ensurePrivateDir(const QString &path);

enum class Permissions {
    Private, // 0600, whatever the file had: our own files (sessions, records)
    KeepExisting, // the existing file's mode; a new file gets 0666 less the umask (a user's file)
};

// Writes all of `data` to a temporary file in the same directory, syncs it and renames it
// over `path`: a reader sees the old file or the new one, never half of one. The one writer
// of every file the programs write, ours or the user's. On failure (read-only directory,
// full disk) the old file is untouched.
Error writeAtomically(
    const QString &path, const QByteArray &data, Permissions permissions = Permissions::Private);

// nullopt with no error when the file does not exist.
std::optional<QByteArray> read(const QString &path, Error *error);

Error remove(const QString &path);

} // namespace seqera::securefile

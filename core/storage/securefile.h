#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace seqera::os {
class File;
}

namespace seqera::securefile {

// Creates `path` and its missing parents with mode 0700 whatever the umask. Refuses (Storage
// error naming the folder and what to do) when `path` is not owned by the user or is writable
// by others, or when a folder above it is owned by someone other than the user or root, or is
// writable by others without the sticky bit (as ssh checks ~/.ssh). Folders the user owns
// that others may only read or enter are tightened to 0700.
Error ensurePrivateDir(const QString &path);

enum class Permissions {
    Private, // 0600, whatever the file had; its folder must pass ensurePrivateDir's checks:
             // our own files (sessions, records, the autostart entry)
    KeepExisting, // the existing file's mode; a new file gets 0666 less the umask (a user's file)
};

// Writes all of `data` to a new temporary file in the same directory (mkstemp), sets its
// mode, syncs it and renames it over `path`: a reader sees the old file or the new one, never
// half of one. The one writer of every file the programs write, ours or the user's. Never
// writes through or replaces a symbolic link at `path`: that is refused. On failure
// (read-only directory, full disk) the old file is untouched and no temporary file remains.
Error writeAtomically(
    const QString &path, const QByteArray &data, Permissions permissions = Permissions::Private);

// Reads one of our own files. nullopt with no error when the file does not exist; an error
// when it is a symbolic link, not a regular file, not owned by the user, or in a folder that
// fails ensurePrivateDir's checks.
std::optional<QByteArray> read(const QString &path, Error *error);

// Removes a file; a symbolic link is removed itself, never what it points to. No error when
// the file does not exist.
Error remove(const QString &path);

// Removes a folder and everything in it without following any symbolic link inside; refuses
// when `path` itself is a symbolic link (what it points to is not ours to delete). No error
// when the folder does not exist.
Error removeTree(const QString &path);

// A file that grows by appends as things happen, for a record a person or a program reads while
// it is written (`seqera ai --events-path`), where replacing the whole file for every line
// would be slow. The same rules as writeAtomically where they apply: never through a symbolic
// link (O_NOFOLLOW), mode 0600 (created so, or tightened), and writes straight to the
// descriptor, no buffer. It never blocks: opened with O_NONBLOCK, so a FIFO without a reader
// or a device cannot stall the program, and anything but a regular file of the user's is
// refused before a byte is written. open() empties the file. The path is the user's choice,
// so its folder is not required to be private.
class AppendFile
{
public:
    AppendFile();
    ~AppendFile();
    AppendFile(const AppendFile &) = delete;
    AppendFile &operator=(const AppendFile &) = delete;

    Error open(const QString &path);
    // All of `data`, or an error (a full disk); the bytes before it stay.
    Error append(const QByteArray &data);
    void close();
    bool isOpen() const;

private:
    std::unique_ptr<os::File> m_file;
    QString m_path;
};

} // namespace seqera::securefile

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

// The file-system calls Qt does not wrap: names looked at without following a link, files
// opened without following one, modes, owners, a replace that is synced before and after.
// core/storage/securefile (our files, the one writer) and the assistant's tools decide what
// to do; this says what the system answered. Every call gives the system's reason when it
// fails; an implementation that cannot do what a call promises fails with Kind::Unsupported
// and a message that says so, never with a weaker version of the promise.
namespace seqera::os {

struct OsError
{
    enum class Kind {
        None,
        NotFound, // ENOENT
        Exists, // EEXIST
        Link, // a link where none is followed (ELOOP)
        NotFolder, // ENOTDIR
        Folder, // EISDIR
        NoReader, // a FIFO that no one reads (ENXIO)
        Unsupported, // this build cannot do it: the message says what and what to do
        Other,
    };
    Kind kind = Kind::None;
    QString message; // the system's words (strerror) or the refusal

    explicit operator bool() const { return kind != Kind::None; }
};

enum class FileType { Regular, Folder, Link, Fifo, Socket, Device, Other };

enum class Owner {
    User, // the effective user
    Root,
    Other,
    Unknown, // this build cannot tell: trust nothing that depends on it
};

struct FileStatus
{
    FileType type = FileType::Other;
    Owner owner = Owner::Unknown;
    uint mode = 0; // permission bits, 07777
    bool sticky = false; // others cannot rename or delete what is not theirs (/tmp)
    qint64 group = -1; // the system's id of the file's group, -1 when it has none
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0; // the status change time (a rename, a chmod)
};

// Others can change it: written by all, or by a group that is not the user's own private
// group (Debian's user private groups: its write bit lets no one else in, the exception
// Debian makes in ssh's StrictModes). Reads the user database only for a group-writable file.
bool writableByOthers(const FileStatus &status);

// lstat: the name itself; a link is reported as FileType::Link.
std::optional<FileStatus> statNoFollow(const QString &path, OsError *error = nullptr);
// stat: what a link points to.
std::optional<FileStatus> statFollow(const QString &path, OsError *error = nullptr);

// readlink: the target as written in the link.
std::optional<QString> readLink(const QString &path, OsError *error = nullptr);

// A new folder, 0700 whatever the umask (Kind::Exists when something is there).
OsError makePrivateFolder(const QString &path);
OsError setMode(const QString &path, uint mode);
// The mode a new file of the user's gets: 0666 without the umask's bits.
uint newFileMode();

// Replaces `path` with a file holding `data`: a new file in the same folder, created
// exclusively with `mode` before any byte is written, in `group` when that is not the user's
// (a user's file in a shared project; -1: the user's), written unbuffered, synced, renamed over
// `path` (the name itself, never through a link), then the folder synced. *started is false when
// nothing was created (the old file is untouched either way).
OsError writeReplacing(
    const QString &path, const QByteArray &data, uint mode, qint64 group, bool *started);

// unlink: the name itself, a link and never its target.
OsError removeName(const QString &path);
// Everything in the folder and the folder, through descriptors, never following a link inside.
OsError removeTreeAt(const QString &path);

struct DirectoryEntry
{
    QString name;
    bool folder = false; // a real folder, or a link to one
    bool link = false;
};
// The names in a folder but "." and "..", in the order the system gives, without a stat per
// entry where the system gives the type; stops after `max` entries accepted by `keep`.
// Returns false when the folder cannot be opened.
bool listFolder(const QString &path, qsizetype max,
    const std::function<bool(const QString &)> &keep, QList<DirectoryEntry> *entries, qint64 *seen);

// An open file. Opening never follows a link in the last component (Kind::Link), never
// blocks on a FIFO or a device, and never makes a terminal ours.
class File
{
public:
    File();
    ~File();
    File(File &&) noexcept;
    File &operator=(File &&) noexcept;

    static File openRead(const QString &path, OsError *error);
    // Write-only, appending, created 0600 when missing, not truncated (see truncate()).
    static File openAppend(const QString &path, OsError *error);

    bool isOpen() const;
    std::optional<FileStatus> status(OsError *error = nullptr) const;
    OsError setMode(uint mode);
    OsError truncate();
    // At most maxBytes (all of it when negative).
    std::optional<QByteArray> read(qint64 maxBytes, OsError *error = nullptr);
    // All of `data`, or an error (a full disk): the bytes before it stay.
    OsError write(const QByteArray &data);
    void close();

    struct Handle;

private:
    explicit File(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};

} // namespace seqera::os

#include "securefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "os/files.h"

namespace seqera::securefile {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::SecureFile)
};

using os::FileType;
using os::OsError;
using os::Owner;

QString octal(uint mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

Error notOurs(const QString &dir)
{
    return { Error::Code::Storage,
        Tr::tr("The folder %1 belongs to another user, so what is stored there cannot be "
               "trusted. Remove it (or ask its owner to), or set XDG_CONFIG_HOME and "
               "XDG_STATE_HOME to folders of your own, then try again.")
            .arg(dir) };
}

Error writableByOthers(const QString &dir, uint mode)
{
    return { Error::Code::Storage,
        Tr::tr("The folder %1 can be changed by other users (mode %2), so what is stored "
               "there cannot be trusted. Make it private (chmod 700 %1), check what is in it, "
               "and try again.")
            .arg(dir, octal(mode)) };
}

// Where the system cannot say who owns a file (a build without POSIX support): nothing
// there is trusted, rather than everything.
Error ownerUnknown(const QString &path)
{
    return { Error::Code::Storage,
        Tr::tr("This build of seqera cannot tell who owns %1, so it neither keeps nor trusts "
               "private files there (it was built without the POSIX support of core/os). Use a "
               "build for this system with private file support.")
            .arg(path) };
}

Error couldNotCheck(const QString &dir, const OsError &e)
{
    return { Error::Code::Storage, Tr::tr("Could not check the folder %1: %2.").arg(dir, e.message) };
}

// A folder above ours: it must belong to the user or root, and others may write to it only
// when the sticky bit stops them from renaming or deleting our entries (/tmp).
Error checkAncestors(const QString &start)
{
    for (QString dir = start;; dir = QFileInfo(dir).path()) {
        OsError e;
        const std::optional<os::FileStatus> st = os::statFollow(dir, &e);
        if (!st)
            return couldNotCheck(dir, e);
        if (st->owner == Owner::Unknown)
            return ownerUnknown(dir);
        if (st->owner == Owner::Other)
            return notOurs(dir);
        if (!st->sticky && os::writableByOthers(*st))
            return writableByOthers(dir, st->mode);
        if (QFileInfo(dir).path() == dir)
            return {};
    }
}

enum class Tighten { No, Yes };

// One of our own folders: the user's, writable by no one else. With Tighten::Yes, read and
// search bits for others are removed.
Error checkOwnFolder(const QString &dir, Tighten tighten)
{
    OsError e;
    std::optional<os::FileStatus> st = os::statNoFollow(dir, &e);
    if (!st)
        return couldNotCheck(dir, e);
    if (st->owner == Owner::Unknown)
        return ownerUnknown(dir);
    // A link to a folder (dotfiles) is fine when the user made the link.
    if (st->type == FileType::Link) {
        if (st->owner != Owner::User)
            return notOurs(dir);
        st = os::statFollow(dir, &e);
        if (!st)
            return couldNotCheck(dir, e);
    }
    if (st->type != FileType::Folder)
        return { Error::Code::Storage, Tr::tr("%1 is not a folder.").arg(dir) };
    if (st->owner != Owner::User)
        return notOurs(dir);
    if (os::writableByOthers(*st))
        return writableByOthers(dir, st->mode);
    if (tighten == Tighten::Yes && (st->mode & 07077) != 0) {
        if (const OsError set = os::setMode(dir, 0700))
            return { Error::Code::Storage,
                Tr::tr("Could not make the folder %1 private: %2.").arg(dir, set.message) };
    }
    return {};
}

// The folder holding one of our files, and every folder above it.
Error checkFolderOf(const QString &file)
{
    const QString dir = QFileInfo(file).absolutePath();
    if (Error e = checkOwnFolder(dir, Tighten::No))
        return e;
    return checkAncestors(QFileInfo(dir).path());
}

Error refuseLink(const QString &path)
{
    return { Error::Code::Storage,
        Tr::tr("%1 is a symbolic link. Seqera never reads, writes or deletes through a link "
               "in its own folders: remove the link, then try again.")
            .arg(path) };
}
} // namespace

Error ensurePrivateDir(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString existing = clean;
    for (;;) {
        OsError e;
        if (os::statNoFollow(existing, &e) || e.kind != OsError::Kind::NotFound)
            break;
        missing.prepend(existing);
        const QString parent = QFileInfo(existing).path();
        if (parent == existing)
            break;
        existing = parent;
    }
    // What is already there is checked before anything is created inside it.
    if (missing.isEmpty()) {
        if (Error e = checkOwnFolder(clean, Tighten::Yes))
            return e;
        return checkAncestors(QFileInfo(clean).path());
    }
    if (Error e = checkAncestors(existing))
        return e;
    for (const QString &dir : std::as_const(missing)) {
        if (const OsError made = os::makePrivateFolder(dir)) {
            if (made.kind == OsError::Kind::Exists) { // made meanwhile: by whom?
                if (Error e = checkOwnFolder(dir, Tighten::Yes))
                    return e;
                continue;
            }
            if (made.kind == OsError::Kind::NotFolder)
                return { Error::Code::Storage,
                    Tr::tr("Could not create the folder %1: a file is in the way.").arg(dir) };
            if (made.kind == OsError::Kind::Unsupported)
                return { Error::Code::Storage, made.message };
            return { Error::Code::Storage,
                Tr::tr("Could not create the folder %1: %2. Check that you can write there.")
                    .arg(dir, made.message) };
        }
    }
    return {};
}

Error writeAtomically(const QString &path, const QByteArray &data, Permissions permissions)
{
    if (permissions == Permissions::Private) {
        if (Error e = checkFolderOf(path))
            return e;
    }
    const std::optional<os::FileStatus> old = os::statNoFollow(path);
    if (old && old->type == FileType::Link)
        return refuseLink(path);
    if (old && old->type != FileType::Regular)
        return {
            Error::Code::Storage,
            Tr::tr("Could not write %1: it is not a regular file. Nothing was changed.").arg(path)
        };

    uint mode = 0600;
    qint64 group = -1;
    if (permissions == Permissions::KeepExisting) {
        mode = old ? old->mode : os::newFileMode();
        if (old)
            group = old->group;
    }
    bool started = false;
    const OsError e = os::writeReplacing(path, data, mode, group, &started);
    if (e.kind == OsError::Kind::Unsupported)
        return { Error::Code::Storage, e.message };
    if (e && !started)
        return { Error::Code::Storage,
            Tr::tr("Could not write %1: %2. Nothing was changed.").arg(path, e.message) };
    if (e)
        return { Error::Code::Storage,
            Tr::tr("Could not write %1: %2. The previous version was kept.").arg(path, e.message) };
    return {};
}

std::optional<QByteArray> read(const QString &path, Error *error)
{
    const auto failed = [error](const Error &e) -> std::optional<QByteArray> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    const auto couldNotRead = [&path](const OsError &e) {
        return Error { Error::Code::Storage, Tr::tr("Could not read %1: %2.").arg(path, e.message) };
    };
    OsError e;
    os::File file = os::File::openRead(path, &e);
    if (!file.isOpen()) {
        if (e.kind == OsError::Kind::NotFound)
            return std::nullopt;
        if (e.kind == OsError::Kind::Link)
            return failed(refuseLink(path));
        return failed(couldNotRead(e));
    }
    const std::optional<os::FileStatus> st = file.status(&e);
    if (!st)
        return failed(couldNotRead(e));
    if (st->type != FileType::Regular)
        return failed({ Error::Code::Storage,
            Tr::tr("Could not read %1: it is not a regular file.").arg(path) });
    if (st->owner == Owner::Unknown)
        return failed(ownerUnknown(path));
    if (st->owner != Owner::User)
        return failed({ Error::Code::Storage,
            Tr::tr("%1 belongs to another user, so it cannot be trusted. Remove it, then try "
                   "again.")
                .arg(path) });
    if (Error checked = checkFolderOf(path))
        return failed(checked);
    const std::optional<QByteArray> data = file.read(-1, &e);
    if (!data)
        return failed(couldNotRead(e));
    return data;
}

Error remove(const QString &path)
{
    OsError e;
    const std::optional<os::FileStatus> st = os::statNoFollow(path, &e);
    if (!st)
        return e.kind == OsError::Kind::NotFound
            ? Error()
            : Error { Error::Code::Storage, Tr::tr("Could not delete %1: %2.").arg(path, e.message) };
    if (st->type == FileType::Folder)
        return { Error::Code::Storage, Tr::tr("Could not delete %1: it is a folder.").arg(path) };
    // Not in a folder someone else controls: what is there is theirs to explain.
    if (Error checked = checkFolderOf(path))
        return checked;
    // The name itself: a link and never what it points to.
    e = os::removeName(path);
    if (e && e.kind != OsError::Kind::NotFound)
        return { Error::Code::Storage, Tr::tr("Could not delete %1: %2.").arg(path, e.message) };
    return {};
}

Error removeTree(const QString &path)
{
    OsError e;
    const std::optional<os::FileStatus> st = os::statNoFollow(path, &e);
    if (!st)
        return e.kind == OsError::Kind::NotFound
            ? Error()
            : Error { Error::Code::Storage, Tr::tr("Could not delete %1: %2.").arg(path, e.message) };
    if (st->type == FileType::Link)
        return refuseLink(path);
    if (st->type != FileType::Folder)
        return { Error::Code::Storage, Tr::tr("%1 is not a folder.").arg(path) };
    if (st->owner == Owner::Unknown)
        return ownerUnknown(path);
    if (st->owner != Owner::User)
        return notOurs(path);
    e = os::removeTreeAt(path);
    if (e)
        return { Error::Code::Storage,
            Tr::tr("Could not delete everything in %1: %2.").arg(path, e.message) };
    return {};
}

AppendFile::AppendFile() = default;

AppendFile::~AppendFile()
{
    close();
}

bool AppendFile::isOpen() const
{
    return m_file && m_file->isOpen();
}

void AppendFile::close()
{
    m_file.reset();
}

Error AppendFile::open(const QString &path)
{
    close();
    const auto notRegular = [&path](FileType type) {
        const QString what = type == FileType::Fifo ? Tr::tr("a named pipe (FIFO)")
            : type == FileType::Folder              ? Tr::tr("a folder")
            : type == FileType::Socket              ? Tr::tr("a socket")
            : type == FileType::Device              ? Tr::tr("a device")
                                                    : Tr::tr("not a regular file");
        return Error { Error::Code::Storage,
            Tr::tr("Could not write %1: it is %2, and only a regular file is written to. Choose "
                   "a file name.")
                .arg(path, what) };
    };
    const auto couldNotWrite = [&path](const OsError &e) {
        return Error { Error::Code::Storage, Tr::tr("Could not write %1: %2.").arg(path, e.message) };
    };
    // Not truncated on opening: what is there is checked before anything of it changes.
    OsError e;
    os::File file = os::File::openAppend(path, &e);
    if (!file.isOpen()) {
        if (e.kind == OsError::Kind::Link)
            return { Error::Code::Storage,
                Tr::tr("Could not write %1: it is a symbolic link, which is never followed. "
                       "Choose the file itself or another name.")
                    .arg(path) };
        if (e.kind == OsError::Kind::NoReader) // a FIFO nobody reads: refused, not waited on
            return notRegular(FileType::Fifo);
        if (e.kind == OsError::Kind::Folder)
            return notRegular(FileType::Folder);
        if (e.kind == OsError::Kind::Unsupported)
            return { Error::Code::Storage, e.message };
        return couldNotWrite(e);
    }
    const std::optional<os::FileStatus> st = file.status(&e);
    if (!st)
        return couldNotWrite(e);
    if (st->type != FileType::Regular)
        return notRegular(st->type);
    if (st->owner == Owner::Unknown)
        return ownerUnknown(path);
    if (st->owner != Owner::User)
        return { Error::Code::Storage,
            Tr::tr("Could not write %1: it belongs to another user. Choose a file of your own.")
                .arg(path) };
    // What it records (files, commands) is private, whatever mode the file had before.
    if (st->mode != 0600) {
        if (const OsError set = file.setMode(0600))
            return { Error::Code::Storage,
                Tr::tr("Could not make %1 private: %2.").arg(path, set.message) };
    }
    if (const OsError t = file.truncate())
        return couldNotWrite(t);
    m_file = std::make_unique<os::File>(std::move(file));
    m_path = path;
    return {};
}

Error AppendFile::append(const QByteArray &data)
{
    if (!isOpen())
        return { Error::Code::Storage, Tr::tr("Could not write %1: it is not open.").arg(m_path) };
    if (const OsError e = m_file->write(data))
        return { Error::Code::Storage, Tr::tr("Could not write %1: %2.").arg(m_path, e.message) };
    return {};
}

} // namespace seqera::securefile

// files.h in plain Qt. Qt cannot open a name without following a link, cannot say who owns a
// file in a way that holds on every system, and cannot create a file with a mode, so:
//  - the owner is always Owner::Unknown: securefile trusts none of its own files here;
//  - a private file or folder (no bit for the group or others) is refused (Unsupported), and
//    so are the descriptor-based folder removal and the private append file;
//  - other files are read and replaced after QFileInfo says the name is no link. That check
//    is not race-free: a link put there between the check and the open is followed.
#include "os/files.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace seqera::os {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::os::Files)
};

OsError cannotKeepPrivate(const QString &path)
{
    return { OsError::Kind::Unsupported,
        Tr::tr("This build of seqera cannot keep %1 private: it was built without the POSIX "
               "support of core/os, and plain Qt cannot create a file only you can read. Use a "
               "build for this system with private file support.")
            .arg(path) };
}

OsError notFound(const QString &path)
{
    return { OsError::Kind::NotFound, Tr::tr("%1 does not exist").arg(path) };
}

uint modeOf(QFileDevice::Permissions p)
{
    uint mode = 0;
    mode |= p.testFlag(QFileDevice::ReadOwner) ? 0400 : 0;
    mode |= p.testFlag(QFileDevice::WriteOwner) ? 0200 : 0;
    mode |= p.testFlag(QFileDevice::ExeOwner) ? 0100 : 0;
    mode |= p.testFlag(QFileDevice::ReadGroup) ? 0040 : 0;
    mode |= p.testFlag(QFileDevice::WriteGroup) ? 0020 : 0;
    mode |= p.testFlag(QFileDevice::ExeGroup) ? 0010 : 0;
    mode |= p.testFlag(QFileDevice::ReadOther) ? 0004 : 0;
    mode |= p.testFlag(QFileDevice::WriteOther) ? 0002 : 0;
    mode |= p.testFlag(QFileDevice::ExeOther) ? 0001 : 0;
    return mode;
}

qint64 nanoseconds(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() * 1000000 : 0;
}

FileStatus statusOf(const QFileInfo &info, bool followLink)
{
    FileStatus s;
    s.type = !followLink && info.isSymLink() ? FileType::Link
        : info.isDir()                       ? FileType::Folder
        : info.isFile()                      ? FileType::Regular
                                             : FileType::Other;
    s.owner = Owner::Unknown;
    s.mode = modeOf(info.permissions());
    s.size = info.size();
    s.modifiedNs = nanoseconds(info.lastModified());
    s.changedNs = nanoseconds(info.metadataChangeTime());
    return s;
}

bool isPrivateMode(uint mode)
{
    return (mode & 077) == 0;
}
} // namespace

bool writableByOthers(const FileStatus &status)
{
    return status.mode & 0022;
}

std::optional<FileStatus> statNoFollow(const QString &path, OsError *error)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        if (error)
            *error = notFound(path);
        return std::nullopt;
    }
    return statusOf(info, false);
}

std::optional<FileStatus> statFollow(const QString &path, OsError *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = notFound(path);
        return std::nullopt;
    }
    return statusOf(info, true);
}

std::optional<QString> readLink(const QString &path, OsError *error)
{
    // Qt 6.4 gives the target made absolute, not as written: the same place to resolve.
    const QFileInfo info(path);
    if (!info.isSymLink()) {
        if (error)
            *error = { OsError::Kind::Other, Tr::tr("%1 is not a symbolic link").arg(path) };
        return std::nullopt;
    }
    return info.symLinkTarget();
}

OsError makePrivateFolder(const QString &path)
{
    return cannotKeepPrivate(path);
}

OsError setMode(const QString &path, uint)
{
    return { OsError::Kind::Unsupported,
        Tr::tr("This build of seqera cannot change the mode of %1 (no POSIX support).").arg(path) };
}

uint newFileMode()
{
    return 0666; // the system decides; QSaveFile creates files with its default
}

OsError writeReplacing(
    const QString &path, const QByteArray &data, uint mode, qint64, bool *started)
{
    *started = false;
    if (isPrivateMode(mode))
        return cannotKeepPrivate(path);
    if (QFileInfo(path).isSymLink())
        return { OsError::Kind::Link, Tr::tr("%1 is a symbolic link").arg(path) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return { OsError::Kind::Other, file.errorString() };
    *started = true;
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return { OsError::Kind::Other, reason };
    }
    if (!file.commit())
        return { OsError::Kind::Other, file.errorString() };
    return {};
}

OsError removeName(const QString &path)
{
    QFile file(path);
    if (!file.exists() && !QFileInfo(path).isSymLink())
        return notFound(path);
    if (!file.remove()) // a link itself, never its target
        return { OsError::Kind::Other, file.errorString() };
    return {};
}

OsError removeTreeAt(const QString &path)
{
    return { OsError::Kind::Unsupported,
        Tr::tr("This build of seqera cannot delete %1 without following links inside it (no "
               "POSIX support), so it deletes nothing. Delete the folder yourself.")
            .arg(path) };
}

bool listFolder(const QString &path, qsizetype max,
    const std::function<bool(const QString &)> &keep, QList<DirectoryEntry> *entries, qint64 *seen)
{
    const QDir dir(path);
    if (!dir.exists())
        return false;
    const QFileInfoList infos = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Unsorted);
    for (const QFileInfo &info : infos) {
        if (!keep(info.fileName()))
            continue;
        if (entries->size() >= max)
            break;
        ++*seen;
        entries->append(DirectoryEntry { info.fileName(), info.isDir(), info.isSymLink() });
    }
    return true;
}

struct File::Handle
{
    QString path;
    QFile file;
};

File::File() = default;
File::~File() = default;
File::File(File &&) noexcept = default;
File &File::operator=(File &&) noexcept = default;
File::File(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{ }

File File::openRead(const QString &path, OsError *error)
{
    const QFileInfo info(path);
    OsError e;
    if (info.isSymLink())
        e = { OsError::Kind::Link, Tr::tr("%1 is a symbolic link").arg(path) };
    else if (!info.exists())
        e = notFound(path);
    else if (!info.isFile()) // a FIFO or a device would block or never end
        e = { OsError::Kind::Other, Tr::tr("%1 is not a regular file").arg(path) };
    auto handle = std::make_unique<Handle>();
    handle->path = path;
    handle->file.setFileName(path);
    if (!e && !handle->file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        e = { OsError::Kind::Other, handle->file.errorString() };
    if (e) {
        if (error)
            *error = e;
        return File();
    }
    return File(std::move(handle));
}

File File::openAppend(const QString &path, OsError *error)
{
    // The append file (seqera ai --events-path) is private: 0600.
    if (error)
        *error = cannotKeepPrivate(path);
    return File();
}

bool File::isOpen() const
{
    return m_handle && m_handle->file.isOpen();
}

std::optional<FileStatus> File::status(OsError *error) const
{
    if (!isOpen()) {
        if (error)
            *error = { OsError::Kind::Other, Tr::tr("not open") };
        return std::nullopt;
    }
    return statusOf(QFileInfo(m_handle->path), true);
}

OsError File::setMode(uint)
{
    return { OsError::Kind::Unsupported,
        Tr::tr("This build of seqera cannot change a file's mode (no POSIX support).") };
}

OsError File::truncate()
{
    if (!isOpen() || !m_handle->file.resize(0))
        return { OsError::Kind::Other,
            isOpen() ? m_handle->file.errorString() : Tr::tr("not open") };
    return {};
}

std::optional<QByteArray> File::read(qint64 maxBytes, OsError *error)
{
    if (!isOpen()) {
        if (error)
            *error = { OsError::Kind::Other, Tr::tr("not open") };
        return std::nullopt;
    }
    return maxBytes < 0 ? m_handle->file.readAll() : m_handle->file.read(maxBytes);
}

OsError File::write(const QByteArray &data)
{
    if (!isOpen() || m_handle->file.write(data) != data.size())
        return { OsError::Kind::Other,
            isOpen() ? m_handle->file.errorString() : Tr::tr("not open") };
    return {};
}

void File::close()
{
    m_handle.reset();
}

} // namespace seqera::os

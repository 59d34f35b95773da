// files.h on POSIX: what was in core/storage/securefile.cpp, the assistant's path resolver,
// its local tools and the project context, moved here unchanged.
#include "os/files.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seqera::os {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

OsError lastError()
{
    const int err = errno;
    OsError e;
    switch (err) {
    case ENOENT:
        e.kind = OsError::Kind::NotFound;
        break;
    case EEXIST:
        e.kind = OsError::Kind::Exists;
        break;
    case ELOOP:
        e.kind = OsError::Kind::Link;
        break;
    case ENOTDIR:
        e.kind = OsError::Kind::NotFolder;
        break;
    case EISDIR:
        e.kind = OsError::Kind::Folder;
        break;
    case ENXIO:
        e.kind = OsError::Kind::NoReader;
        break;
    default:
        e.kind = OsError::Kind::Other;
        break;
    }
    e.message = QString::fromLocal8Bit(std::strerror(err));
    return e;
}

bool failed(OsError *error)
{
    if (error)
        *error = lastError();
    return false;
}

// Closes a descriptor on every way out.
class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    { }
    ~Fd() { reset(); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

bool isOwnPrivateGroup(gid_t gid)
{
    if (gid != ::getegid())
        return false;
    const passwd *user = ::getpwuid(::geteuid());
    const group *grp = ::getgrgid(gid);
    if (!user || !grp)
        return false;
    for (char **member = grp->gr_mem; member && *member; ++member) {
        if (std::strcmp(*member, user->pw_name) != 0)
            return false;
    }
    return true;
}

FileType typeOf(mode_t mode)
{
    return S_ISREG(mode)                 ? FileType::Regular
        : S_ISDIR(mode)                  ? FileType::Folder
        : S_ISLNK(mode)                  ? FileType::Link
        : S_ISFIFO(mode)                 ? FileType::Fifo
        : S_ISSOCK(mode)                 ? FileType::Socket
        : S_ISCHR(mode) || S_ISBLK(mode) ? FileType::Device
                                         : FileType::Other;
}

qint64 nanoseconds(const timespec &t)
{
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

FileStatus statusOf(const struct stat &st)
{
    FileStatus s;
    s.type = typeOf(st.st_mode);
    s.owner = st.st_uid == ::geteuid() ? Owner::User : st.st_uid == 0 ? Owner::Root : Owner::Other;
    s.mode = uint(st.st_mode & 07777);
    s.sticky = st.st_mode & S_ISVTX;
    s.group = qint64(st.st_gid);
    s.size = qint64(st.st_size);
#ifdef __APPLE__
    s.modifiedNs = nanoseconds(st.st_mtimespec);
    s.changedNs = nanoseconds(st.st_ctimespec);
#else
    s.modifiedNs = nanoseconds(st.st_mtim);
    s.changedNs = nanoseconds(st.st_ctim);
#endif
    return s;
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min<qint64>(size, SSIZE_MAX)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

// Removes everything in the open folder `dirFd`, never following a link.
bool removeContents(int dirFd)
{
    const int listFd = ::dup(dirFd);
    if (listFd < 0)
        return false;
    DIR *dir = ::fdopendir(listFd);
    if (!dir) {
        ::close(listFd);
        return false;
    }
    bool ok = true;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        struct stat st
        {
        };
        if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            ok = ok && errno == ENOENT;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            Fd child(::openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            if (child.get() < 0 || !removeContents(child.get())
                || ::unlinkat(dirFd, name, AT_REMOVEDIR) != 0)
                ok = false;
        } else if (::unlinkat(dirFd, name, 0) != 0 && errno != ENOENT) {
            ok = false;
        }
    }
    ::closedir(dir);
    return ok;
}

} // namespace

bool writableByOthers(const FileStatus &status)
{
    return (status.mode & S_IWOTH)
        || ((status.mode & S_IWGRP) && !isOwnPrivateGroup(gid_t(status.group)));
}

std::optional<FileStatus> statNoFollow(const QString &path, OsError *error)
{
    struct stat st
    {
    };
    if (::lstat(native(path).constData(), &st) != 0) {
        failed(error);
        return std::nullopt;
    }
    return statusOf(st);
}

std::optional<FileStatus> statFollow(const QString &path, OsError *error)
{
    struct stat st
    {
    };
    if (::stat(native(path).constData(), &st) != 0) {
        failed(error);
        return std::nullopt;
    }
    return statusOf(st);
}

std::optional<QString> readLink(const QString &path, OsError *error)
{
    QByteArray buffer(PATH_MAX, Qt::Uninitialized);
    const ssize_t n = ::readlink(native(path).constData(), buffer.data(), size_t(buffer.size()));
    if (n < 0) {
        failed(error);
        return std::nullopt;
    }
    if (n >= buffer.size()) {
        if (error)
            *error = { OsError::Kind::Other, QString::fromLocal8Bit(std::strerror(ENAMETOOLONG)) };
        return std::nullopt;
    }
    return QFile::decodeName(buffer.left(n));
}

OsError makePrivateFolder(const QString &path)
{
    // mkdir applies the umask, which may take bits away but never adds any; chmod then
    // sets exactly 0700 whatever the umask was.
    if (::mkdir(native(path).constData(), 0700) != 0)
        return lastError();
    return setMode(path, 0700);
}

OsError setMode(const QString &path, uint mode)
{
    if (::chmod(native(path).constData(), mode_t(mode)) != 0)
        return lastError();
    return {};
}

uint newFileMode()
{
    // umask() can only be read by setting it: set it straight back.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~uint(mask);
}

OsError writeReplacing(
    const QString &path, const QByteArray &data, uint mode, qint64 group, bool *started)
{
    *started = false;
    const QByteArray target = native(path);
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QStringLiteral(".")
        : slash == 0              ? QStringLiteral("/")
                                  : path.left(slash);
    // mkstemp creates the file 0600 and exclusively (O_EXCL): no one else can have it open.
    QByteArray tmpl = native(dir + QStringLiteral("/.") + path.mid(slash + 1)) + ".XXXXXX";
    Fd fd(::mkostemp(tmpl.data(), O_CLOEXEC));
    if (fd.get() < 0)
        return lastError();
    *started = true;
    const auto fail = [&]() {
        const OsError e = lastError();
        fd.reset();
        ::unlink(tmpl.constData());
        return e;
    };
    // The mode is set before any byte is written: a secret never sits in a readable file.
    if (::fchmod(fd.get(), mode_t(mode)) != 0)
        return fail();
    if (group >= 0 && gid_t(group) != ::getegid()) {
        // A user's file in a shared project keeps its group when we may set it.
        [[maybe_unused]] const int ignored = ::fchown(fd.get(), uid_t(-1), gid_t(group));
    }
    // Written straight to the descriptor, no buffer: a full disk shows up here, and the old
    // file stays (Qt 6.4's buffered QSaveFile lost that error and renamed an empty file).
    if (!writeAll(fd.get(), data.constData(), data.size()))
        return fail();
    // On disk before it replaces the old file: a crash leaves the old or the new, whole.
    if (::fsync(fd.get()) != 0)
        return fail();
    if (::close(fd.release()) != 0)
        return fail();
    // rename() replaces the name itself: even a link put there meanwhile is replaced, never
    // written through.
    if (::rename(tmpl.constData(), target.constData()) != 0)
        return fail();
    // The rename itself is durable once the folder is synced.
    Fd dirFd(::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() >= 0)
        ::fsync(dirFd.get());
    return {};
}

OsError removeName(const QString &path)
{
    if (::unlink(native(path).constData()) != 0)
        return lastError();
    return {};
}

OsError removeTreeAt(const QString &path)
{
    Fd dir(::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (dir.get() < 0 || !removeContents(dir.get()) || ::rmdir(native(path).constData()) != 0)
        return lastError();
    return {};
}

bool listFolder(const QString &path, qsizetype max,
    const std::function<bool(const QString &)> &keep, QList<DirectoryEntry> *entries, qint64 *seen)
{
    const QByteArray encoded = native(path);
    DIR *dir = ::opendir(encoded.constData());
    if (!dir)
        return false;
    while (const dirent *e = ::readdir(dir)) {
        if (qstrcmp(e->d_name, ".") == 0 || qstrcmp(e->d_name, "..") == 0)
            continue;
        const QString name = QFile::decodeName(e->d_name);
        if (!keep(name))
            continue;
        if (entries->size() >= max)
            break;
        ++*seen;
        DirectoryEntry entry;
        entry.name = name;
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            const QByteArray full = encoded + '/' + e->d_name;
            struct stat st;
            if (type == DT_UNKNOWN && ::lstat(full.constData(), &st) == 0)
                type = S_ISLNK(st.st_mode) ? DT_LNK : S_ISDIR(st.st_mode) ? DT_DIR : DT_REG;
            if (type == DT_LNK) {
                entry.link = true;
                entry.folder = ::stat(full.constData(), &st) == 0 && S_ISDIR(st.st_mode);
            }
        }
        if (type == DT_DIR)
            entry.folder = true;
        entries->append(entry);
    }
    ::closedir(dir);
    return true;
}

struct File::Handle
{
    explicit Handle(int descriptor)
        : fd(descriptor)
    { }
    Fd fd;
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
    const int fd = ::open(
        native(path).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        failed(error);
        return File();
    }
    return File(std::make_unique<Handle>(fd));
}

File File::openAppend(const QString &path, OsError *error)
{
    const int fd = ::open(native(path).constData(),
        O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0600);
    if (fd < 0) {
        failed(error);
        return File();
    }
    return File(std::make_unique<Handle>(fd));
}

bool File::isOpen() const
{
    return m_handle && m_handle->fd.get() >= 0;
}

std::optional<FileStatus> File::status(OsError *error) const
{
    struct stat st
    {
    };
    if (!isOpen() || ::fstat(m_handle->fd.get(), &st) != 0) {
        failed(error);
        return std::nullopt;
    }
    return statusOf(st);
}

OsError File::setMode(uint mode)
{
    if (!isOpen() || ::fchmod(m_handle->fd.get(), mode_t(mode)) != 0)
        return lastError();
    return {};
}

OsError File::truncate()
{
    if (!isOpen() || ::ftruncate(m_handle->fd.get(), 0) != 0)
        return lastError();
    return {};
}

std::optional<QByteArray> File::read(qint64 maxBytes, OsError *error)
{
    if (!isOpen()) {
        failed(error);
        return std::nullopt;
    }
    QByteArray data;
    char buffer[16384];
    while (maxBytes < 0 || data.size() < maxBytes) {
        const qint64 want = maxBytes < 0 ? qint64(sizeof buffer)
                                         : std::min<qint64>(sizeof buffer, maxBytes - data.size());
        const ssize_t n = ::read(m_handle->fd.get(), buffer, size_t(want));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            failed(error);
            return std::nullopt;
        }
        if (n == 0)
            break;
        data.append(buffer, n);
    }
    return data;
}

OsError File::write(const QByteArray &data)
{
    if (!isOpen() || !writeAll(m_handle->fd.get(), data.constData(), data.size()))
        return lastError();
    return {};
}

void File::close()
{
    m_handle.reset();
}

} // namespace seqera::os

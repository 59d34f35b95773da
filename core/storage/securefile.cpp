#include "securefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seqera::securefile {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::SecureFile)
};

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
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

// A group that is the user's own (Debian's user private groups): its write bit lets no one
// else in. The same exception Debian makes in ssh's StrictModes.
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

Error notOurs(const QString &dir)
{
    return { Error::Code::Storage,
        Tr::tr("The folder %1 belongs to another user, so what is stored there cannot be "
               "trusted. Remove it (or ask its owner to), or set XDG_CONFIG_HOME and "
               "XDG_STATE_HOME to folders of your own, then try again.")
            .arg(dir) };
}

Error writableByOthers(const QString &dir, mode_t mode)
{
    return { Error::Code::Storage,
        Tr::tr("The folder %1 can be changed by other users (mode %2), so what is stored "
               "there cannot be trusted. Make it private (chmod 700 %1), check what is in it, "
               "and try again.")
            .arg(dir, octal(mode)) };
}

// A folder above ours: it must belong to the user or root, and others may write to it only
// when the sticky bit stops them from renaming or deleting our entries (/tmp).
Error checkAncestors(const QString &start)
{
    for (QString dir = start;; dir = QFileInfo(dir).path()) {
        struct stat st
        {
        };
        if (::stat(native(dir).constData(), &st) != 0)
            return { Error::Code::Storage,
                Tr::tr("Could not check the folder %1: %2.").arg(dir, lastError()) };
        if (st.st_uid != ::geteuid() && st.st_uid != 0)
            return notOurs(dir);
        const bool sticky = st.st_mode & S_ISVTX;
        if (!sticky
            && ((st.st_mode & S_IWOTH)
                || ((st.st_mode & S_IWGRP) && !isOwnPrivateGroup(st.st_gid))))
            return writableByOthers(dir, st.st_mode);
        if (QFileInfo(dir).path() == dir)
            return {};
    }
}

enum class Tighten { No, Yes };

// One of our own folders: the user's, writable by no one else. With Tighten::Yes, read and
// search bits for others are removed.
Error checkOwnFolder(const QString &dir, Tighten tighten)
{
    struct stat st
    {
    };
    if (::lstat(native(dir).constData(), &st) != 0)
        return { Error::Code::Storage,
            Tr::tr("Could not check the folder %1: %2.").arg(dir, lastError()) };
    // A link to a folder (dotfiles) is fine when the user made the link.
    if (S_ISLNK(st.st_mode)) {
        if (st.st_uid != ::geteuid())
            return notOurs(dir);
        if (::stat(native(dir).constData(), &st) != 0)
            return { Error::Code::Storage,
                Tr::tr("Could not check the folder %1: %2.").arg(dir, lastError()) };
    }
    if (!S_ISDIR(st.st_mode))
        return { Error::Code::Storage, Tr::tr("%1 is not a folder.").arg(dir) };
    if (st.st_uid != ::geteuid())
        return notOurs(dir);
    if ((st.st_mode & S_IWOTH) || ((st.st_mode & S_IWGRP) && !isOwnPrivateGroup(st.st_gid)))
        return writableByOthers(dir, st.st_mode);
    if (tighten == Tighten::Yes && (st.st_mode & 07077) != 0
        && ::chmod(native(dir).constData(), 0700) != 0)
        return { Error::Code::Storage,
            Tr::tr("Could not make the folder %1 private: %2.").arg(dir, lastError()) };
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

mode_t currentUmask()
{
    // umask() can only be read by setting it: set it straight back.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return mask;
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

Error ensurePrivateDir(const QString &path)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString existing = clean;
    for (;;) {
        struct stat st
        {
        };
        if (::lstat(native(existing).constData(), &st) == 0 || errno != ENOENT)
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
        // mkdir applies the umask, which may take bits away but never adds any; chmod then
        // sets exactly 0700 whatever the umask was.
        if (::mkdir(native(dir).constData(), 0700) != 0) {
            if (errno == EEXIST) { // made meanwhile: by whom?
                if (Error e = checkOwnFolder(dir, Tighten::Yes))
                    return e;
                continue;
            }
            if (errno == ENOTDIR)
                return { Error::Code::Storage,
                    Tr::tr("Could not create the folder %1: a file is in the way.").arg(dir) };
            return { Error::Code::Storage,
                Tr::tr("Could not create the folder %1: %2. Check that you can write there.")
                    .arg(dir, lastError()) };
        }
        if (::chmod(native(dir).constData(), 0700) != 0)
            return { Error::Code::Storage,
                Tr::tr("Could not make the folder %1 private: %2.").arg(dir, lastError()) };
    }
    return {};
}

Error writeAtomically(const QString &path, const QByteArray &data, Permissions permissions)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (permissions == Permissions::Private) {
        if (Error e = checkFolderOf(path))
            return e;
    }
    struct stat old
    {
    };
    const bool exists = ::lstat(native(path).constData(), &old) == 0;
    if (exists && S_ISLNK(old.st_mode))
        return refuseLink(path);
    if (exists && !S_ISREG(old.st_mode))
        return {
            Error::Code::Storage,
            Tr::tr("Could not write %1: it is not a regular file. Nothing was changed.").arg(path)
        };

    mode_t mode = 0600;
    if (permissions == Permissions::KeepExisting)
        mode = exists ? (old.st_mode & 07777) : (0666 & ~currentUmask());

    // mkstemp creates the file 0600 and exclusively (O_EXCL): no one else can have it open.
    QByteArray tmpl = native(dir + QStringLiteral("/.") + info.fileName()) + ".XXXXXX";
    Fd fd(::mkostemp(tmpl.data(), O_CLOEXEC));
    if (fd.get() < 0)
        return { Error::Code::Storage,
            Tr::tr("Could not write %1: %2. Nothing was changed.").arg(path, lastError()) };
    const auto fail = [&](const QString &reason) {
        fd.reset();
        ::unlink(tmpl.constData());
        return Error { Error::Code::Storage,
            Tr::tr("Could not write %1: %2. The previous version was kept.").arg(path, reason) };
    };
    // The mode is set before any byte is written: a secret never sits in a readable file.
    if (::fchmod(fd.get(), mode) != 0)
        return fail(lastError());
    if (permissions == Permissions::KeepExisting && exists && old.st_gid != ::getegid()) {
        // A user's file in a shared project keeps its group when we may set it.
        [[maybe_unused]] const int ignored = ::fchown(fd.get(), uid_t(-1), old.st_gid);
    }
    // Written straight to the descriptor, no buffer: a full disk shows up here, and the old
    // file stays (Qt 6.4's buffered QSaveFile lost that error and renamed an empty file).
    if (!writeAll(fd.get(), data.constData(), data.size()))
        return fail(lastError());
    // On disk before it replaces the old file: a crash leaves the old or the new, whole.
    if (::fsync(fd.get()) != 0)
        return fail(lastError());
    if (::close(fd.release()) != 0)
        return fail(lastError());
    // rename() replaces the name itself: even a link put there meanwhile is replaced, never
    // written through.
    if (::rename(tmpl.constData(), native(path).constData()) != 0)
        return fail(lastError());
    // The rename itself is durable once the folder is synced.
    Fd dirFd(::open(native(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() >= 0)
        ::fsync(dirFd.get());
    return {};
}

std::optional<QByteArray> read(const QString &path, Error *error)
{
    const auto failed = [error](const Error &e) -> std::optional<QByteArray> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    Fd fd(::open(native(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK));
    if (fd.get() < 0) {
        if (errno == ENOENT)
            return std::nullopt;
        if (errno == ELOOP)
            return failed(refuseLink(path));
        return failed(
            { Error::Code::Storage, Tr::tr("Could not read %1: %2.").arg(path, lastError()) });
    }
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0)
        return failed(
            { Error::Code::Storage, Tr::tr("Could not read %1: %2.").arg(path, lastError()) });
    if (!S_ISREG(st.st_mode))
        return failed({ Error::Code::Storage,
            Tr::tr("Could not read %1: it is not a regular file.").arg(path) });
    if (st.st_uid != ::geteuid())
        return failed({ Error::Code::Storage,
            Tr::tr("%1 belongs to another user, so it cannot be trusted. Remove it, then try "
                   "again.")
                .arg(path) });
    if (Error e = checkFolderOf(path))
        return failed(e);
    QByteArray data;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(
                { Error::Code::Storage, Tr::tr("Could not read %1: %2.").arg(path, lastError()) });
        if (n == 0)
            break;
        data.append(buffer, n);
    }
    return data;
}

Error remove(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(native(path).constData(), &st) != 0)
        return errno == ENOENT ? Error()
                               : Error { Error::Code::Storage,
                                     Tr::tr("Could not delete %1: %2.").arg(path, lastError()) };
    if (S_ISDIR(st.st_mode))
        return { Error::Code::Storage, Tr::tr("Could not delete %1: it is a folder.").arg(path) };
    // Not in a folder someone else controls: what is there is theirs to explain.
    if (Error e = checkFolderOf(path))
        return e;
    // unlink() removes a link itself and never what it points to.
    if (::unlink(native(path).constData()) != 0 && errno != ENOENT)
        return { Error::Code::Storage, Tr::tr("Could not delete %1: %2.").arg(path, lastError()) };
    return {};
}

Error removeTree(const QString &path)
{
    struct stat st
    {
    };
    if (::lstat(native(path).constData(), &st) != 0)
        return errno == ENOENT ? Error()
                               : Error { Error::Code::Storage,
                                     Tr::tr("Could not delete %1: %2.").arg(path, lastError()) };
    if (S_ISLNK(st.st_mode))
        return refuseLink(path);
    if (!S_ISDIR(st.st_mode))
        return { Error::Code::Storage, Tr::tr("%1 is not a folder.").arg(path) };
    if (st.st_uid != ::geteuid())
        return notOurs(path);
    Fd dir(::open(native(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (dir.get() < 0 || !removeContents(dir.get()) || ::rmdir(native(path).constData()) != 0)
        return { Error::Code::Storage,
            Tr::tr("Could not delete everything in %1: %2.").arg(path, lastError()) };
    return {};
}

AppendFile::~AppendFile()
{
    close();
}

void AppendFile::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Error AppendFile::open(const QString &path)
{
    close();
    const auto notRegular = [&path](mode_t mode) {
        const QString what = S_ISFIFO(mode)  ? Tr::tr("a named pipe (FIFO)")
            : S_ISDIR(mode)                  ? Tr::tr("a folder")
            : S_ISSOCK(mode)                 ? Tr::tr("a socket")
            : S_ISCHR(mode) || S_ISBLK(mode) ? Tr::tr("a device")
                                             : Tr::tr("not a regular file");
        return Error { Error::Code::Storage,
            Tr::tr("Could not write %1: it is %2, and only a regular file is written to. Choose "
                   "a file name.")
                .arg(path, what) };
    };
    // No O_TRUNC here: what is there is checked before anything of it changes.
    Fd fd(::open(native(path).constData(),
        O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0600));
    if (fd.get() < 0) {
        const int err = errno;
        if (err == ELOOP)
            return { Error::Code::Storage,
                Tr::tr("Could not write %1: it is a symbolic link, which is never followed. "
                       "Choose the file itself or another name.")
                    .arg(path) };
        if (err == ENXIO) // a FIFO nobody reads: O_NONBLOCK refused instead of waiting forever
            return notRegular(S_IFIFO);
        if (err == EISDIR)
            return notRegular(S_IFDIR);
        errno = err;
        return { Error::Code::Storage, Tr::tr("Could not write %1: %2.").arg(path, lastError()) };
    }
    struct stat st
    {
    };
    if (::fstat(fd.get(), &st) != 0)
        return { Error::Code::Storage, Tr::tr("Could not write %1: %2.").arg(path, lastError()) };
    if (!S_ISREG(st.st_mode))
        return notRegular(st.st_mode);
    if (st.st_uid != ::geteuid())
        return { Error::Code::Storage,
            Tr::tr("Could not write %1: it belongs to another user. Choose a file of your own.")
                .arg(path) };
    // What it records (files, commands) is private, whatever mode the file had before.
    if ((st.st_mode & 07777) != 0600 && ::fchmod(fd.get(), 0600) != 0)
        return { Error::Code::Storage,
            Tr::tr("Could not make %1 private: %2.").arg(path, lastError()) };
    if (::ftruncate(fd.get(), 0) != 0)
        return { Error::Code::Storage, Tr::tr("Could not write %1: %2.").arg(path, lastError()) };
    m_fd = fd.release();
    m_path = path;
    return {};
}

Error AppendFile::append(const QByteArray &data)
{
    if (m_fd < 0)
        return { Error::Code::Storage, Tr::tr("Could not write %1: it is not open.").arg(m_path) };
    if (!writeAll(m_fd, data.constData(), data.size()))
        return { Error::Code::Storage, Tr::tr("Could not write %1: %2.").arg(m_path, lastError()) };
    return {};
}

} // namespace seqera::securefile

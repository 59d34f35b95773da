#include "securefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace seqera::securefile {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::SecureFile)
};
constexpr auto kDirMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr auto kFileMode = QFile::ReadOwner | QFile::WriteOwner;

QFileDevice::Permissions permissionsOf(mode_t mode)
{
    QFileDevice::Permissions p;
    if (mode & S_IRUSR)
        p |= QFile::ReadOwner | QFile::ReadUser;
    if (mode & S_IWUSR)
        p |= QFile::WriteOwner | QFile::WriteUser;
    if (mode & S_IRGRP)
        p |= QFile::ReadGroup;
    if (mode & S_IWGRP)
        p |= QFile::WriteGroup;
    if (mode & S_IROTH)
        p |= QFile::ReadOther;
    if (mode & S_IWOTH)
        p |= QFile::WriteOther;
    return p;
}
} // namespace

Error ensurePrivateDir(const QString &path)
{
    // Every folder this creates is 0700 (as the XDG spec asks for its base folders too);
    // existing parents are left as they are, the target itself is tightened.
    const QString clean = QDir::cleanPath(path);
    QStringList missing;
    for (QString dir = clean; !QFileInfo::exists(dir); dir = QFileInfo(dir).path()) {
        missing.prepend(dir);
        if (QFileInfo(dir).path() == dir)
            break;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir(QFileInfo(dir).path()).mkdir(QFileInfo(dir).fileName(), kDirMode)
            && !QFileInfo(dir).isDir())
            return {
                Error::Code::Storage,
                Tr::tr("Could not create the folder %1. Check that you can write there.").arg(dir)
            };
    }
    if (!QFileInfo(clean).isDir())
        return { Error::Code::Storage, Tr::tr("%1 is not a folder.").arg(clean) };
    if ((QFile::permissions(clean)
            & ~(kDirMode | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser))
        != 0)
        QFile::setPermissions(
            clean, kDirMode | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    return {};
}

Error writeAtomically(const QString &path, const QByteArray &data, Permissions permissions)
{
    QSaveFile file(path);
    // Unbuffered: Qt 6.4's QSaveFile loses a write error that happens while its buffer is
    // flushed in commit() (a full disk), and then renames an EMPTY file over the old one.
    // Written directly, the error is seen by write() and the old file stays.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        return { Error::Code::Storage,
            Tr::tr("Could not write %1: %2. Nothing was changed.").arg(path, file.errorString()) };
    }
    if (permissions == Permissions::Private) {
        // Restrict before any byte is written: the secret never sits in a readable file.
        file.setPermissions(kFileMode | QFile::ReadUser | QFile::WriteUser);
    } else if (QFileInfo::exists(path)) {
        file.setPermissions(QFile::permissions(path));
    } else {
        // umask() can only be read by setting it: set it straight back.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        file.setPermissions(permissionsOf(0666 & ~mask));
    }
    const auto fail = [&file, &path](const QString &reason) {
        file.cancelWriting();
        return Error { Error::Code::Storage,
            Tr::tr("Could not write %1: %2. The previous version was kept.").arg(path, reason) };
    };
    if (file.write(data) != data.size())
        return fail(file.errorString());
    // On disk before it replaces the old file: a crash leaves the old or the new, whole.
    if (::fsync(file.handle()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    if (!file.commit())
        return fail(file.errorString());
    return {};
}

std::optional<QByteArray> read(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = { Error::Code::Storage,
                Tr::tr("Could not read %1: %2.").arg(path, file.errorString()) };
        return std::nullopt;
    }
    return file.readAll();
}

Error remove(const QString &path)
{
    QFile file(path);
    if (file.exists() && !file.remove())
        return { Error::Code::Storage,
            Tr::tr("Could not delete %1: %2.").arg(path, file.errorString()) };
    return {};
}

} // namespace seqera::securefile

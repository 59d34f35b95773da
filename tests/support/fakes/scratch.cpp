#include "scratch.h"

#include <QFile>
#include <QProcessEnvironment>

#include <sys/stat.h>

namespace testsupport {

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

int ownModeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writePlain(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

seqera::Settings scratchSettings(const QTemporaryDir &dir, const QString &home)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.isEmpty() ? dir.path() : dir.filePath(home));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
    return seqera::Settings::fromEnvironment(env);
}

} // namespace testsupport

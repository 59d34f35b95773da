#include "filesecretstore.h"

#include "storage/securefile.h"

#include <QFileInfo>

namespace seqera {

FileSecretStore::FileSecretStore(QString profilesDir, QObject *parent)
    : SecretStore(parent)
    , m_profilesDir(std::move(profilesDir))
{ }

QString FileSecretStore::path(const QString &profile) const
{
    return m_profilesDir + QLatin1Char('/') + profile + QStringLiteral("/credentials.json");
}

void FileSecretStore::read(const QString &profile, ReadCallback done)
{
    Error error;
    const auto data = securefile::read(path(profile), &error);
    done(data, error);
}

void FileSecretStore::write(const QString &profile, const QByteArray &secret, DoneCallback done)
{
    const QString file = path(profile);
    if (Error e = securefile::ensurePrivateDir(m_profilesDir)) {
        done(e);
        return;
    }
    if (Error e = securefile::ensurePrivateDir(QFileInfo(file).path())) {
        done(e);
        return;
    }
    done(securefile::writeAtomically(file, secret));
}

void FileSecretStore::remove(const QString &profile, DoneCallback done)
{
    done(securefile::remove(path(profile)));
}

} // namespace seqera

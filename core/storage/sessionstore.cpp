#include "sessionstore.h"

#include "storage/filesecretstore.h"
#include "storage/keychainsecretstore.h"
#include "storage/securefile.h"

#include <QDir>

namespace seqera {

SessionStore::SessionStore(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{ }

QString SessionStore::metadataPath(const QString &profile) const
{
    return profileDir(profile) + QStringLiteral("/session.json");
}

QString SessionStore::lockPath(const QString &profile) const
{
    // Outside the watched profiles folder: taking a lock is not a session change.
    return m_settings.stateDir + QStringLiteral("/locks/") + profile + QStringLiteral(".lock");
}

std::optional<SessionMetadata> SessionStore::loadMetadata(
    const QString &profile, Error *error) const
{
    const QString path = metadataPath(profile);
    Error readError;
    const auto data = securefile::read(path, &readError);
    if (readError) {
        if (error)
            *error = readError;
        return std::nullopt;
    }
    if (!data)
        return std::nullopt;
    Error parseError;
    SessionMetadata m = SessionMetadata::fromJson(*data, path, &parseError);
    if (parseError) {
        if (error)
            *error = parseError;
        return std::nullopt;
    }
    m.profile = profile;
    return m;
}

Error SessionStore::saveMetadata(const SessionMetadata &metadata)
{
    if (Error e = securefile::ensurePrivateDir(m_settings.configDir))
        return e;
    if (Error e = securefile::ensurePrivateDir(profilesDir()))
        return e;
    if (Error e = securefile::ensurePrivateDir(profileDir(metadata.profile)))
        return e;
    return securefile::writeAtomically(metadataPath(metadata.profile), metadata.toJson());
}

Error SessionStore::removeMetadata(const QString &profile)
{
    const Error e = securefile::remove(metadataPath(profile));
    QDir(profilesDir()).rmdir(profile); // only when empty: a credentials file may remain
    return e;
}

QStringList SessionStore::profiles() const
{
    QStringList result;
    const QDir dir(profilesDir());
    const QStringList names = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (isValidProfileName(name)
            && (QFile::exists(metadataPath(name))
                || QFile::exists(
                    dir.filePath(name + QLatin1Char('/') + FileSecretStore::fileName()))))
            result << name;
    }
    return result;
}

SecretStore *SessionStore::secretStore(SecretStore::Kind kind)
{
    if (kind == SecretStore::Kind::Keychain) {
        if (!m_keychain)
            m_keychain = new KeychainSecretStore(m_settings.keychainTimeoutMs, this);
        return m_keychain;
    }
    if (!m_file)
        m_file = new FileSecretStore(profilesDir(), this);
    return m_file;
}

void SessionStore::setSecretStore(SecretStore::Kind kind, SecretStore *store)
{
    (kind == SecretStore::Kind::Keychain ? m_keychain : m_file) = store;
}

} // namespace seqera

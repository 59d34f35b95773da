#pragma once

#include "config/settings.h"
#include "storage/secretstore.h"
#include "storage/sessionmetadata.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace seqera {

// Where sessions live on disk: per profile a metadata file and one secret in the chosen
// secret store. The keyring is only contacted when a secret is needed, so that reading a
// session's state costs one small file read.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    explicit SessionStore(const Settings &settings, QObject *parent = nullptr);

    QString profilesDir() const { return m_settings.profilesDir(); }
    QString profileDir(const QString &profile) const { return m_settings.profileDir(profile); }
    QString metadataPath(const QString &profile) const;
    QString lockPath(const QString &profile) const;

    // nullopt without error: no session. With `error` set: the file exists but is unusable.
    std::optional<SessionMetadata> loadMetadata(const QString &profile, Error *error) const;
    Error saveMetadata(const SessionMetadata &metadata);
    Error removeMetadata(const QString &profile);
    QStringList profiles() const;

    SecretStore *secretStore(SecretStore::Kind kind);
    // Tests (and the tray) may put their own stores in; ownership stays with the caller.
    void setSecretStore(SecretStore::Kind kind, SecretStore *store);

private:
    Settings m_settings;
    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_file;
};

} // namespace seqera

#pragma once

#include "storage/secretstore.h"

namespace seqera {

// The fallback when no keyring can be used: <config>/profiles/<profile>/credentials.json,
// mode 0600 in a 0700 folder, written atomically.
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    FileSecretStore(QString profilesDir, QObject *parent = nullptr);

    Kind kind() const override { return Kind::File; }
    QString location(const QString &profile) const override { return path(profile); }
    void read(const QString &profile, ReadCallback done) override;
    void write(const QString &profile, const QByteArray &secret, DoneCallback done) override;
    void remove(const QString &profile, DoneCallback done) override;

    QString path(const QString &profile) const;

private:
    QString m_profilesDir;
};

} // namespace seqera

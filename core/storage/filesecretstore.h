#pragma once

#include "storage/secretstore.h"

namespace seqera {

// The fallback when no keyring can be used: <config>/profiles/<profile>/credentials.json,
// mode 0600 in a 0700 folder, written atomically (securefile).
class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    FileSecretStore(QString profilesDir, QObject *parent = nullptr);

    Kind kind() const override { return Kind::File; }
    QString location(const QString &profile) const override { return path(profile); }
    SecretJob *read(const QString &profile) override;
    SecretJob *write(const QString &profile, const QByteArray &secret) override;
    SecretJob *remove(const QString &profile) override;

    // The one place the file's name is spelled.
    static QString fileName() { return QStringLiteral("credentials.json"); }
    QString path(const QString &profile) const;

private:
    QString m_profilesDir;
};

} // namespace seqera

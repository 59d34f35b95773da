#pragma once

#include "storage/secretstore.h"

namespace seqera {

// The system keyring through QtKeychain (Secret Service on Linux, Keychain on macOS).
// Service "seqera-cli", account "session/<profile>". Every job has a deadline: a locked or
// hung keyring gives KeychainUnavailable instead of a wait without end.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(int timeoutMs, QObject *parent = nullptr);

    Kind kind() const override { return Kind::Keychain; }
    QString location(const QString &profile) const override;
    SecretJob *read(const QString &profile) override;
    SecretJob *write(const QString &profile, const QByteArray &secret) override;
    SecretJob *remove(const QString &profile) override;

    // Writes, reads back and deletes a probe entry: only a keyring that can do all three is
    // used for a new login (a read-only probe is how the official CLI loses sessions).
    SecretJob *probe();

    static QString service() { return QStringLiteral("seqera-cli"); }
    static QString account(const QString &profile) { return QStringLiteral("session/") + profile; }

    int timeoutMs() const { return m_timeoutMs; }

private:
    int m_timeoutMs;
};

} // namespace seqera

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
    void read(const QString &profile, ReadCallback done) override;
    void write(const QString &profile, const QByteArray &secret, DoneCallback done) override;
    void remove(const QString &profile, DoneCallback done) override;

    // Writes, reads back and deletes a probe entry: only a keyring that can do all three is
    // used for a new login (a read-only probe is how the official CLI loses sessions).
    void probe(DoneCallback done);

    static QString service() { return QStringLiteral("seqera-cli"); }
    static QString account(const QString &profile) { return QStringLiteral("session/") + profile; }

private:
    int m_timeoutMs;
};

} // namespace seqera

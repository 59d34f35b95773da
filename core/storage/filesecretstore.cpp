#include "filesecretstore.h"

#include "storage/securefile.h"

#include <QFileInfo>

namespace seqera {

namespace {
// The file operations are quick and synchronous; SecretJob still reports them later.
class FileSecretJob : public SecretJob
{
public:
    FileSecretJob(Operation operation, QString path, QString profilesDir, QString profile,
        QByteArray input, QObject *parent)
        : SecretJob(operation, std::move(profile), std::move(input), parent)
        , m_path(std::move(path))
        , m_profilesDir(std::move(profilesDir))
    { }

protected:
    void run() override
    {
        switch (operation()) {
        case Operation::Read: {
            Error error;
            const auto data = securefile::read(m_path, &error);
            finish(error, data);
            return;
        }
        case Operation::Write:
            for (const QString &dir : { m_profilesDir, QFileInfo(m_path).path() }) {
                if (Error e = securefile::ensurePrivateDir(dir)) {
                    finish(e);
                    return;
                }
            }
            finish(securefile::writeAtomically(m_path, input()));
            return;
        case Operation::Remove:
            finish(securefile::remove(m_path));
            return;
        case Operation::Probe:
            break;
        }
        finish({ Error::Code::InvalidInput, QStringLiteral("unsupported operation") });
    }

private:
    QString m_path;
    QString m_profilesDir;
};
} // namespace

FileSecretStore::FileSecretStore(QString profilesDir, QObject *parent)
    : SecretStore(parent)
    , m_profilesDir(std::move(profilesDir))
{ }

QString FileSecretStore::path(const QString &profile) const
{
    return m_profilesDir + QLatin1Char('/') + profile + QLatin1Char('/') + fileName();
}

SecretJob *FileSecretStore::read(const QString &profile)
{
    return new FileSecretJob(
        SecretJob::Operation::Read, path(profile), m_profilesDir, profile, {}, this);
}

SecretJob *FileSecretStore::write(const QString &profile, const QByteArray &secret)
{
    return new FileSecretJob(
        SecretJob::Operation::Write, path(profile), m_profilesDir, profile, secret, this);
}

SecretJob *FileSecretStore::remove(const QString &profile)
{
    return new FileSecretJob(
        SecretJob::Operation::Remove, path(profile), m_profilesDir, profile, {}, this);
}

} // namespace seqera

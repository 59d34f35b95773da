#include "secretstore.h"

#include <QMetaObject>

namespace seqera {

SecretJob::SecretJob(Operation operation, QString profile, QByteArray input, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profile(std::move(profile))
    , m_input(std::move(input))
{ }

void SecretJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Never inside start(): the caller may connect or spy after it.
    QMetaObject::invokeMethod(this, &SecretJob::run, Qt::QueuedConnection);
}

void SecretJob::finish(const Error &error, std::optional<QByteArray> secret)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_result = std::move(secret);
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace seqera

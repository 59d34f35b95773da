#include "sessionrecord.h"

#include "ai/backend/aibackendclient.h"
#include "storage/securefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace seqera::ai {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(seqera::ai::SessionRecord)
};
} // namespace

SessionRecord::SessionRecord(QString stateDir)
    : m_stateDir(std::move(stateDir))
{ }

QString SessionRecord::path() const
{
    return m_stateDir + QStringLiteral("/ai-sessions.json");
}

QString SessionRecord::lastSession(const QString &cwd) const
{
    Error error;
    const auto data = securefile::read(path(), &error);
    if (!data)
        return {};
    const QString id = QJsonDocument::fromJson(*data)
                           .object()
                           .value(cwd)
                           .toObject()
                           .value(QStringLiteral("session_id"))
                           .toString();
    // The file is ours, but what it holds came from a server once: checked again, as at
    // every entry.
    return isValidSessionId(id) ? id : QString();
}

Error SessionRecord::remember(const QString &cwd, const QString &sessionId)
{
    if (!isValidSessionId(sessionId))
        return Error(Error::Code::InvalidInput,
            Tr::tr("The session id is not valid, so it is not recorded."));
    Error error;
    QJsonObject all;
    if (const auto data = securefile::read(path(), &error))
        all = QJsonDocument::fromJson(*data).object();
    all.insert(cwd,
        QJsonObject { { QStringLiteral("session_id"), sessionId },
            { QStringLiteral("last_used"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
    if (const Error e = securefile::ensurePrivateDir(m_stateDir))
        return e;
    return securefile::writeAtomically(path(), QJsonDocument(all).toJson(QJsonDocument::Compact));
}

} // namespace seqera::ai

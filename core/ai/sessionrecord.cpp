#include "sessionrecord.h"

#include "storage/securefile.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace seqera::ai {

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
    return QJsonDocument::fromJson(*data)
        .object()
        .value(cwd)
        .toObject()
        .value(QStringLiteral("session_id"))
        .toString();
}

Error SessionRecord::remember(const QString &cwd, const QString &sessionId)
{
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

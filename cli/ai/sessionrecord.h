#pragma once

#include "util/error.h"

#include <QString>

namespace seqera::ai {

// The last `seqera ai` session used in each working directory (state dir, ai-sessions.json,
// 0600): what `-c` falls back to when the backend cannot list sessions. Private: it is a
// history of where one worked.
class SessionRecord
{
public:
    explicit SessionRecord(QString stateDir);

    QString lastSession(const QString &cwd) const;
    Error remember(const QString &cwd, const QString &sessionId);

    QString path() const;

private:
    QString m_stateDir;
};

} // namespace seqera::ai

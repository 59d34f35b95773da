#include "profilelock.h"

#include "storage/securefile.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QTimer>

namespace seqera {

ProfileLock::ProfileLock(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{ }

ProfileLock::~ProfileLock()
{
    release();
}

void ProfileLock::acquire(int timeoutMs, std::function<void(const Error &)> done)
{
    if (Error e = securefile::ensurePrivateDir(QFileInfo(m_path).path())) {
        done(e);
        return;
    }
    // QLockFile would read a link's target and, once it looks stale, open it for writing.
    if (QFileInfo(m_path).isSymLink()) {
        done({ Error::Code::Storage,
            tr("The lock file %1 is a symbolic link. Seqera never writes through a link in its "
               "own folders: remove the link, then try again.")
                .arg(m_path) });
        return;
    }
    m_lock = std::make_unique<QLockFile>(m_path);
    // A live holder is never older than a renewal's own deadline; older means it hung.
    m_lock->setStaleLockTime(std::max(timeoutMs * 2, 60000));
    if (m_lock->tryLock(0)) {
        done({});
        return;
    }
    auto *timer = new QTimer(this);
    const QDeadlineTimer deadline(timeoutMs);
    connect(timer, &QTimer::timeout, this, [this, timer, deadline, done, timeoutMs] {
        if (m_lock->tryLock(0)) {
            timer->deleteLater();
            done({});
        } else if (deadline.hasExpired()) {
            timer->deleteLater();
            done({ Error::Code::Timeout,
                tr("Another seqera process has been renewing this session for more than %n "
                   "second(s). Try again in a moment.",
                    nullptr, timeoutMs / 1000) });
        }
    });
    timer->start(20);
}

void ProfileLock::release()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
}

} // namespace seqera

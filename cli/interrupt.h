#pragma once

#include <QObject>

class QSocketNotifier;

namespace seqera::cli {

// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal while it exists (self-pipe trick), so a
// command can end cleanly: close the callback listener, cancel a running answer.
// A second Ctrl-C while the first is handled kills the process the default way.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace seqera::cli

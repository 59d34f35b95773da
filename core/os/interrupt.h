#pragma once

#include <QObject>

class QSocketNotifier;

namespace seqera::os {

// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal while it exists (self-pipe trick), so a
// command can end cleanly: close the callback listener, cancel a running answer.
// A second Ctrl-C while the first is handled kills the process the default way. A build
// without it (supported() false) never emits: Ctrl-C ends the process the default way, and
// files stay whole because every write is atomic.
class InterruptSource : public QObject
{
    Q_OBJECT
public:
    explicit InterruptSource(QObject *parent = nullptr);
    ~InterruptSource() override;
    static bool supported();

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace seqera::os

#include "sandbox.h"

#include "ai/tools/childprocess.h"
#include "os/sandboxbackend.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcSandbox, "seqera.ai.sandbox", QtWarningMsg)

namespace seqera::ai {

namespace {

constexpr int kProbeTimeoutMs = 5000;

} // namespace

Sandbox Sandbox::none(const QString &reason)
{
    Sandbox s;
    s.m_reason = reason;
    return s;
}

Sandbox Sandbox::detect(const QString &mode, const QString &bwrap)
{
    if (mode == QLatin1String("none") || mode == QLatin1String("off"))
        return none(tr("the sandbox is turned off (SEQERA_AI_SANDBOX=%1)").arg(mode));
    if (!mode.isEmpty() && mode != QLatin1String("auto") && mode != QLatin1String("bubblewrap"))
        return none(
            tr("SEQERA_AI_SANDBOX=%1 is not a sandbox seqera knows (use auto or none)").arg(mode));
    if (!os::sandbox::bubblewrapPossible())
        return none(tr("this build of seqera has no sandbox for this system"));

    Sandbox s;
    s.m_program = bwrap;
    if (s.m_program.isEmpty())
        s.m_program = QFileInfo(QStringLiteral("/usr/bin/bwrap")).isExecutable()
            ? QStringLiteral("/usr/bin/bwrap")
            : QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    if (s.m_program.isEmpty())
        return none(tr("bubblewrap is not installed (Debian and Ubuntu: apt install bubblewrap)"));
    s.m_kind = Kind::Bubblewrap;
    s.m_landlockScopes = os::sandbox::landlockScopesAvailable();

    // One real start in the profile's shape: user namespaces can be off (a container, a
    // hardened kernel, AppArmor's restriction on Ubuntu), /proc can be unmountable.
    auto probe = [&s](QString *error) {
        SandboxProfile profile;
        profile.network = false;
        ChildProcess::Options options;
        options.program = QStringLiteral("/bin/sh");
        options.arguments = { QStringLiteral("-c"), QStringLiteral(":") };
        options.workingDir = QDir::rootPath();
        options.sandbox = &s;
        options.profile = profile;
        options.captureLimit = 64 * 1024;
        ChildProcess child(options);
        child.start();
        if (!child.waitForFinished(kProbeTimeoutMs)) {
            child.cancel();
            child.waitForFinished(1000);
            *error = tr("bubblewrap did not start within %1 seconds").arg(kProbeTimeoutMs / 1000);
            return false;
        }
        const ChildResult &r = child.result();
        if (r.started() && r.exitCode == 0 && !r.crashed)
            return true;
        *error = r.startError.isEmpty() ? QString::fromUtf8(r.err).trimmed() : r.startError;
        if (error->isEmpty())
            *error = tr("bubblewrap exited with code %1").arg(r.exitCode);
        return false;
    };
    QString error;
    if (probe(&error))
        return s;
    if (s.m_landlockScopes) {
        qCInfo(lcSandbox) << "bubblewrap under a Landlock scope failed:" << error;
        s.m_landlockScopes = false;
        if (probe(&error))
            return s;
    }
    return none(tr("bubblewrap cannot start here (%1)").arg(error));
}

QString Sandbox::description() const
{
    switch (m_kind) {
    case Kind::Bubblewrap:
        return m_landlockScopes
            ? tr("bubblewrap (%1) with a Landlock scope: commands see the system read-only, "
                 "write only where the approval mode allows, and cannot see seqera's own "
                 "files, other processes or the desktop's sockets")
                  .arg(m_program)
            : tr("bubblewrap (%1): commands see the system read-only, write only where the "
                 "approval mode allows, and cannot see seqera's own files or other processes "
                 "(abstract sockets stay reachable: this kernel has no Landlock scopes)")
                  .arg(m_program);
    case Kind::None:
        break;
    }
    return tr("none (%1): every command the approval mode would run unasked is asked about "
              "instead, and commands run with your own rights")
        .arg(m_reason);
}

QStringList Sandbox::wrap(const SandboxProfile &profile, const QString &workingDir,
    const QString &program, const QStringList &arguments) const
{
    if (m_kind != Kind::Bubblewrap)
        return {};
    // Order matters: later mounts cover earlier ones, so the hidden folders come last and
    // stay hidden even inside a writable folder.
    QStringList a { QStringLiteral("--die-with-parent"), QStringLiteral("--new-session"),
        QStringLiteral("--unshare-all"), QStringLiteral("--cap-drop"), QStringLiteral("ALL") };
    if (profile.network)
        a << QStringLiteral("--share-net");
    a << QStringLiteral("--ro-bind") << QStringLiteral("/") << QStringLiteral("/")
      << QStringLiteral("--dev") << QStringLiteral("/dev") << QStringLiteral("--proc")
      << QStringLiteral("/proc");
    if (profile.privateTmp.isEmpty())
        a << QStringLiteral("--tmpfs") << QStringLiteral("/tmp");
    else
        a << QStringLiteral("--bind") << profile.privateTmp << QStringLiteral("/tmp");
    if (profile.access == SandboxProfile::Access::Workspace) {
        QStringList writable { profile.workspace };
        writable += profile.writable;
        for (const QString &dir : std::as_const(writable)) {
            if (!dir.isEmpty() && QFileInfo(dir).isDir())
                a << QStringLiteral("--bind") << dir << dir;
        }
    }
    for (const QString &dir : profile.hidden) {
        // Only what exists can be covered; the caller creates seqera's own folders first.
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            a << QStringLiteral("--tmpfs") << dir;
    }
    a << QStringLiteral("--chdir") << workingDir << QStringLiteral("--") << program;
    a += arguments;
    return a;
}

bool Sandbox::childSetup() const
{
    if (!m_landlockScopes)
        return true;
    return os::sandbox::enterLandlockScopes();
}

} // namespace seqera::ai

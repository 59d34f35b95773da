// What the sandbox costs one command of the assistant: `/bin/true` through ChildProcess (the
// one way seqera starts a command) without a sandbox and in each profile, started one after
// another. Prints a Markdown table: median, 10th and 90th percentile wall time per command.
//   bench_sandbox [RUNS]
#include "ai/tools/childprocess.h"
#include "ai/tools/sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace seqera::ai;

namespace {
double runOnce(const Sandbox *sandbox, const SandboxProfile &profile, const QString &cwd)
{
    ChildProcess::Options o;
    o.program = QStringLiteral("/bin/true");
    o.workingDir = cwd;
    o.sandbox = sandbox;
    o.profile = profile;
    QElapsedTimer t;
    t.start();
    ChildProcess child(o);
    child.start();
    child.waitForFinished(10000);
    return double(t.nsecsElapsed()) / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    QTextStream out(stdout);
    const Sandbox sandbox = Sandbox::detect();
    QTemporaryDir workspace;
    QTemporaryDir hidden;
    SandboxProfile base;
    base.workspace = workspace.path();
    base.hidden = { hidden.path() };

    struct Case
    {
        QString name;
        const Sandbox *sandbox;
        SandboxProfile profile;
    };
    SandboxProfile readOnly = base;
    SandboxProfile writable = base;
    writable.access = SandboxProfile::Access::Workspace;
    SandboxProfile offline = writable;
    offline.network = false;
    const QList<Case> cases { { QStringLiteral("no sandbox"), nullptr, base },
        { QStringLiteral("read-only (basic)"), &sandbox, readOnly },
        { QStringLiteral("workspace writable (default, full)"), &sandbox, writable },
        { QStringLiteral("workspace writable, network off"), &sandbox, offline } };
    out << "Sandbox: " << sandbox.description() << "\n\n";
    out << "| /bin/true through ChildProcess | median | p10 | p90 |\n|---|---|---|---|\n";
    for (const Case &c : cases) {
        QList<double> times;
        runOnce(c.sandbox, c.profile, workspace.path()); // warm the page cache
        for (int i = 0; i < runs; ++i)
            times << runOnce(c.sandbox, c.profile, workspace.path());
        std::sort(times.begin(), times.end());
        auto at = [&times](double q) { return times.at(int(q * (times.size() - 1))); };
        out << QStringLiteral("| %1 | %2 ms | %3 ms | %4 ms |\n")
                   .arg(c.name)
                   .arg(at(0.5), 0, 'f', 2)
                   .arg(at(0.1), 0, 'f', 2)
                   .arg(at(0.9), 0, 'f', 2);
    }
    return 0;
}

// Times collectProjectContext() + sessionBody() on a folder, as `seqera ai` does before it
// creates a session. A benchmark, not a test: bench/context.sh builds the repository.
//   bench_projectcontext DIR [RUNS]
// Prints one line: first run, median, min, max (ms), the body's JSON characters, and the CPU
// time per run (ms, ours and git's).
#include "ai/context/projectcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

namespace {
// CPU time of this process and its finished children (git), in ms: what collection costs
// when the machine is not shared.
double cpuMs()
{
    double total = 0;
    for (int who : { RUSAGE_SELF, RUSAGE_CHILDREN }) {
        rusage u {};
        getrusage(who, &u);
        total += (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
            + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    }
    return total;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_projectcontext DIR [RUNS]\n";
        return 2;
    }
    const QString dir = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 30;
    QList<double> times;
    int bodyLength = 0;
    const double cpuStart = cpuMs();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const seqera::ai::ProjectContext context = seqera::ai::collectProjectContext(dir);
        const QJsonObject body = seqera::ai::sessionBody(dir, true, context);
        times << double(t.nsecsElapsed()) / 1e6;
        bodyLength = seqera::ai::jsonLength(body);
    }
    const double cpuPerRun = (cpuMs() - cpuStart) / runs;
    const double first = times.first();
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                               .arg(first, 0, 'f', 1)
                               .arg(times.at(times.size() / 2), 0, 'f', 1)
                               .arg(times.first(), 0, 'f', 1)
                               .arg(times.last(), 0, 'f', 1)
                               .arg(bodyLength)
                               .arg(cpuPerRun, 0, 'f', 1);
    return 0;
}

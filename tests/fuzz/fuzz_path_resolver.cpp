// Fuzzes the path resolver of `seqera ai`'s local tools (core/ai/tools/pathresolver): the model
// names the path, so it is hostile. Input: the path (UTF-8), resolved against a fixture
// workspace with a link leaving it, a dangling link, a link loop and a fake home.
//
// Invariants besides "no sanitizer report":
// - an answer is an absolute, clean path: no empty, "." or ".." component, no trailing "/";
// - resolving the answer again gives the same answer (nothing left to resolve);
// - whenever the kernel can resolve the same path (realpath(3)), it agrees with us and the
//   path exists; when we say a path exists, it does (lstat);
// - "inside the workspace" agrees with the kernel's answer too, so the approval check and
//   the file the tool opens are the same file.
#include "ai/tools/pathresolver.h"
#include "fuzzcommon.h"

#include <QDir>
#include <QFile>

#include <climits>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

using seqera::ai::PathResolver;
using seqera::ai::ResolvedPath;

namespace {
QString g_root; // canonical
QString g_workspace;
QString g_home;

QString canonical(const QString &path)
{
    char buffer[PATH_MAX];
    if (!::realpath(QFile::encodeName(path).constData(), buffer))
        return QString();
    return QFile::decodeName(buffer);
}

void link(const char *target, const QString &name)
{
    ::symlink(target, QFile::encodeName(name).constData());
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    seqera::fuzz::ensureApplication();
    const QString base = QDir::tempPath() + QStringLiteral("/seqera-fuzz-paths");
    QDir(base).removeRecursively();
    QDir().mkpath(base + QStringLiteral("/ws/sub/deeper"));
    QDir().mkpath(base + QStringLiteral("/outside"));
    QDir().mkpath(base + QStringLiteral("/home/.config/seqera/profiles/default"));
    g_root = canonical(base);
    g_workspace = g_root + QStringLiteral("/ws");
    g_home = g_root + QStringLiteral("/home");
    QFile f(g_workspace + QStringLiteral("/main.nf"));
    if (f.open(QIODevice::WriteOnly))
        f.write("workflow {}\n");
    link("../outside", g_workspace + QStringLiteral("/escape"));
    link("../outside/new-file", g_workspace + QStringLiteral("/dangling"));
    link("loop", g_workspace + QStringLiteral("/loop"));
    link("sub/deeper/..", g_workspace + QStringLiteral("/up"));
    link("/", g_workspace + QStringLiteral("/root"));
    link("../home", g_workspace + QStringLiteral("/h"));
    link("main.nf", g_workspace + QStringLiteral("/same"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024)
        return 0;
    const QString path = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ResolvedPath r = PathResolver::resolve(path, g_workspace, g_home);
    if (!r.ok()) {
        FUZZ_CHECK(r.real.isEmpty());
        return 0;
    }
    FUZZ_CHECK(r.real.startsWith(QLatin1Char('/')));
    if (r.real != QLatin1String("/")) {
        FUZZ_CHECK(!r.real.endsWith(QLatin1Char('/')));
        const QStringList parts = r.real.mid(1).split(QLatin1Char('/'));
        for (const QString &p : parts)
            FUZZ_CHECK(!p.isEmpty() && p != QLatin1String(".") && p != QLatin1String(".."));
    }

    const ResolvedPath again = PathResolver::resolve(r.real, QStringLiteral("/"), g_home);
    FUZZ_CHECK(again.ok() && again.real == r.real && again.exists == r.exists);

    struct stat st;
    if (r.exists)
        FUZZ_CHECK(
            ::lstat(QFile::encodeName(r.real).constData(), &st) == 0 && !S_ISLNK(st.st_mode));

    // The kernel's view of the same name (tilde is ours, not the kernel's).
    if (!path.startsWith(QLatin1Char('~')) && !path.contains(QChar(0))) {
        const QString absolute
            = path.startsWith(QLatin1Char('/')) ? path : g_workspace + QLatin1Char('/') + path;
        const QString kernel = canonical(absolute);
        if (!kernel.isEmpty()) {
            FUZZ_CHECK(r.exists);
            FUZZ_CHECK(kernel == r.real);
            FUZZ_CHECK(PathResolver::isWithin(kernel, g_workspace)
                == PathResolver::isWithin(r.real, g_workspace));
        }
    }
    return 0;
}

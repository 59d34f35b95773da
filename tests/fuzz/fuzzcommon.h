#pragma once

// Shared by the libFuzzer targets: a QCoreApplication made once per process (some Qt code
// wants one) in UTC (local-time strings read the same on every machine), and a check that reports a
// broken invariant the way a sanitizer reports a crash, so libFuzzer saves the input.
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace seqera::fuzz {

inline void ensureApplication()
{
    setenv("TZ", "UTC", 1);
    static int argc = 1;
    static char name[] = "seqera-fuzz";
    static char *argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process, on purpose
}

[[noreturn]] inline void invariantFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "==seqera-fuzz== INVARIANT BROKEN at %s:%d: %s\n", file, line, what);
    std::fflush(stderr);
    std::abort();
}

// A bug already reported but not fixed yet stops every campaign within seconds and hides
// whatever lies behind it. SEQERA_FUZZ_IGNORE_KNOWN="id1,id2" lets a campaign go past the
// named ones (see docs/fuzzing.md for the list); the committed corpus never relies on it.
inline bool knownBugIgnored(const char *id)
{
    static const std::string list = [] {
        const char *v = std::getenv("SEQERA_FUZZ_IGNORE_KNOWN");
        return "," + std::string(v ? v : "") + ",";
    }();
    return list.find("," + std::string(id) + ",") != std::string::npos;
}

} // namespace seqera::fuzz

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::seqera::fuzz::invariantFailed(#cond, __FILE__, __LINE__);                            \
    } while (false)

// Like FUZZ_CHECK, but for the invariant a known bug breaks: when that bug is ignored the
// input is dropped instead (the macro returns from LLVMFuzzerTestOneInput).
#define FUZZ_CHECK_KNOWN(cond, id)                                                                 \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            if (::seqera::fuzz::knownBugIgnored(id))                                               \
                return 0;                                                                          \
            ::seqera::fuzz::invariantFailed(#cond " [known bug " id "]", __FILE__, __LINE__);      \
        }                                                                                          \
    } while (false)

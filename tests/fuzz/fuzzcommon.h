#pragma once

// Shared by the libFuzzer targets: a QCoreApplication made once per process (some Qt code
// wants one) and a check that reports a broken invariant the way a sanitizer reports a
// crash, so libFuzzer saves the input.
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace seqera::fuzz {

inline void ensureApplication()
{
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

} // namespace seqera::fuzz

#define FUZZ_CHECK(cond)                                                                  \
    do {                                                                                  \
        if (!(cond))                                                                      \
            ::seqera::fuzz::invariantFailed(#cond, __FILE__, __LINE__);                   \
    } while (false)

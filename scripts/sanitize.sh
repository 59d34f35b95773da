#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer
# (-DSEQERA_SANITIZE=ON) into build-asan (or $BUILD_DIR) and runs every CTest test under it.
# Extra arguments go to ctest, e.g. `scripts/sanitize.sh -R tst_tokenset`.
#
# Environment: BUILD_DIR (default: build-asan), JOBS (default: 2), CC/CXX to pick a compiler
# (default: the system one, gcc on Debian 12), SKIP_BUILD=1 to only rerun the tests,
# CMAKE_ARGS for more configure options (CI: -DSEQERA_BUILD_GUI=OFF).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=${BUILD_DIR:-build-asan}
jobs=${JOBS:-2}

werror=()
[[ ${CI:-} == true ]] && werror=(-DSEQERA_WERROR=ON)
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} \
          -DSEQERA_SANITIZE=ON "${werror[@]}" ${CMAKE_ARGS:-} >/dev/null
    ninja -C "$build" -j"$jobs"
fi

# Leak checking is off: Qt (not instrumented) makes one-time allocations at start-up that it
# never frees, and they bury real reports. Everything else (heap/stack/global overflow,
# use-after-free, double free, UB) stops the test with a stack trace.
# No strict_string_checks: libxkbcommon-x11 (under the tray's QApplication) passes
# strndup() a name that is not NUL-terminated, which that option reports as an overflow.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

cd "$build"
ctest --output-on-failure --timeout 900 -j"$jobs" "$@"

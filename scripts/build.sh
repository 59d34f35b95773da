#!/usr/bin/env bash
# Configures and builds into ./build (or $BUILD_DIR). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
# CI treats every compiler warning as an error; a developer's build only shows them.
werror=()
[[ ${CI:-} == true ]] && werror=(-DSEQERA_WERROR=ON)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "${werror[@]}" "$@" >/dev/null
ninja -C "$build" -j"$(nproc)"

#!/usr/bin/env bash
# What the sandbox of the assistant's commands costs per command (bench_sandbox), and what
# it adds to the project context (its git calls run in it too). A benchmark, not a test.
#   bench/sandbox.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
"$build/bench/bench_sandbox" "${2:-100}"

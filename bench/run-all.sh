#!/usr/bin/env bash
# All benchmarks in one run on this machine, written to docs/benchmarks.md:
# CLI start-up, status, token (valid and expired), concurrent renewal of one expired session,
# `seqera ai --headless` overhead, project-context collection for `seqera ai`, the sandbox,
# the Markdown renderer against md4c, and the tray's idle memory and CPU.
#   bench/run-all.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=$root/docs/benchmarks.md
tmp=$(mktemp)
{
    echo "# Benchmarks"
    echo
    echo "Latest figures from \`bench/run-all.sh\` (benchmarks, not tests). Machine: $(nproc) cores,"
    echo "$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(. /etc/os-release; echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6.4), $(date -u +%Y-%m-%d)."
    echo "Reproduce: \`bash scripts/build.sh && bench/run-all.sh\`."
    echo
    echo "## seqera CLI (bench/cli.sh)"
    echo
    "$root/bench/cli.sh" "$build" 50
    echo
    echo "## seqera ai --headless (bench/ai.sh)"
    echo
    echo "| command | wall time | memory |"
    echo "|---|---|---|"
    "$root/bench/ai.sh" "$build" 30
    echo
    echo "## Project context for seqera ai (bench/context.sh; budget 150 ms)"
    echo
    echo "| repository | wall time | CPU | payload |"
    echo "|---|---|---|---|"
    "$root/bench/context.sh" "$build" 30
    echo
    echo "## The sandbox of the assistant's commands (bench/sandbox.sh)"
    echo
    "$root/bench/sandbox.sh" "$build" 100
    echo
    echo "## Markdown of seqera ai's answers: ours against md4c (bench/bench_markdown)"
    echo
    if [[ -x "$build/bench/bench_markdown" ]]; then
        "$build/bench/bench_markdown" "$root/docs" 5
    else
        echo "(not built: libmd4c-dev is missing)"
        echo
    fi
    echo "## seqera-tray idle (bench/tray-idle.sh)"
    echo
    echo '```'
    "$root/bench/tray-idle.sh" "$build" 2>&1 | tail -n 20
    echo '```'
} >"$tmp" 2>/dev/null
mv "$tmp" "$out"
cat "$out"

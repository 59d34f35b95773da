#!/usr/bin/env bash
# Benchmarks `seqera ai --headless` against the backend emulator on 127.0.0.1 with its
# pauses (delta spacing, run start delay) set to zero, so the wall time is the client's own overhead: start-up, token
# resolution, session creation, message, event stream to `finish`, exit. A benchmark, not a
# test. Usage: bench/ai.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runs=${2:-30}
seqera=$build/cli/seqera
scratch=$(mktemp -d)
coproc AI { exec node "$root/tests/ai/ai-backend-emulator.mjs" --accept-any; }
trap 'kill "$AI_PID" 2>/dev/null || true; rm -rf "$scratch"' EXIT
read -r ready <&"${AI[0]}"
port=$(node -e 'console.log(JSON.parse(process.argv[1]).port)' "$ready")
base=http://127.0.0.1:$port
export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_STATE_HOME=$scratch/state
export SEQERA_AI_BACKEND_URL=$base TOWER_ACCESS_TOKEN=bench-token-0001
prepare="curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -d '{\"scenario\":\"text\",\"delayMs\":0,\"startDelayMs\":0}' $base/__test/script"
eval "$prepare"
"$seqera" ai --headless "warm-up" >/dev/null
hyperfine -N --runs "$runs" --warmup 3 --prepare "$prepare" --export-json "$scratch/hf.json" \
    "$seqera ai --headless hello" >/dev/null 2>&1
eval "$prepare"
/usr/bin/time -o "$scratch/rss" -f '%M' "$seqera" ai --headless hello >/dev/null
node -e '
const r = require(process.argv[1]).results[0];
const ms = (x) => (x * 1000).toFixed(1);
console.log(`| seqera ai --headless (emulator, zero pauses) | ${ms(r.median)} ms median (min ${ms(r.min)}, max ${ms(r.max)}) | ${(Number(process.argv[2]) / 1024).toFixed(1)} MiB peak RSS |`);
' "$scratch/hf.json" "$(tail -1 "$scratch/rss")"

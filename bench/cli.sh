#!/usr/bin/env bash
# Benchmarks the `seqera` CLI (a benchmark, not a test): median wall time (hyperfine) and
# peak resident memory (GNU time) of
#   seqera --version | seqera status | seqera token (valid) | seqera token (expired: renews)
# plus N processes renewing one expired session at once (exactly one refresh must reach
# the provider), against the bundled provider on 127.0.0.1. File storage, so the numbers
# do not depend on a keyring daemon. Usage: bench/cli.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runs=${2:-50}
seqera=$build/cli/seqera
[[ -x $seqera ]] || { echo "build first: scripts/build.sh" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "needs hyperfine (scripts/setup.sh installs it)" >&2; exit 1; }

scratch=$(mktemp -d)
coproc SERVER { exec node "$root/tests/support/platform-server.mjs" --access-token-ttl 3600; }
trap 'kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$scratch"' EXIT
read -r ready <&"${SERVER[0]}"
issuer=$(node -e 'console.log(JSON.parse(process.argv[1]).issuer)' "$ready")
base=${issuer%/api}

export HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_STATE_HOME=$scratch/state
export SEQERA_AUTH_DOMAIN=$issuer SEQERA_NO_KEYCHAIN=true SEQERA_AUTH_REDIRECT_PORT=0
export BROWSER=$root/tests/support/browser-scripted.mjs
unset SEQERA_ACCESS_TOKEN SEQERA_TOKEN TOWER_ACCESS_TOKEN
"$seqera" login >/dev/null

creds=$XDG_CONFIG_HOME/seqera/profiles/default/credentials.json
expire="node -e \"const f='$creds';const s=JSON.parse(require('fs').readFileSync(f));s.expires_at=new Date(Date.now()-1000).toISOString();s.obtained_at=new Date(Date.now()-3601000).toISOString();require('fs').writeFileSync(f,JSON.stringify(s))\""

peak_kib() { # prepare, command...: the largest peak RSS of 5 runs, in KiB (GNU time's %M)
    local prepare=$1 max=0 v
    shift
    for _ in 1 2 3 4 5; do
        if [[ -n $prepare ]]; then eval "$prepare"; fi
        /usr/bin/time -o "$scratch/rss" -f '%M' "$@" >/dev/null 2>&1 || true
        v=$(tail -1 "$scratch/rss")
        ((v > max)) && max=$v
    done
    echo "$max"
}

json=$scratch/hf.json
row() { # name, prepare-or-empty, command...
    local name=$1 prepare=$2; shift 2
    local args=(--runs "$runs" --warmup 3 -N --export-json "$json")
    [[ -n $prepare ]] && args+=(--prepare "$prepare")
    hyperfine "${args[@]}" "$*" >/dev/null 2>&1
    local median
    median=$(node -e 'const r=require(process.argv[1]).results[0];console.log((r.median*1000).toFixed(2))' "$json")
    printf '| %-34s | %9s ms | %8.1f MiB |\n' "$name" "$median" "$(echo "$(peak_kib "$prepare" "$@") / 1024" | bc -l)"
}

echo "seqera $("$seqera" --version | cut -d' ' -f2), $(nproc) cores, $runs runs each, $(date -u +%Y-%m-%d)"
echo
echo "| command                            | median wall | peak RSS     |"
echo "|------------------------------------|-------------|--------------|"
row "seqera --version" "" "$seqera" --version
row "seqera status" "" "$seqera" status
row "seqera token (valid token)" "" "$seqera" token
row "seqera token (expired: renews)" "$expire" "$seqera" token

# N processes, one expired session: the lock lets exactly one renew.
for n in 8 32; do
    eval "$expire"
    curl -s -X POST "$base/__test/reset" >/dev/null
    start=$(date +%s%N)
    pids=()
    for _ in $(seq "$n"); do "$seqera" token >/dev/null & pids+=($!); done
    fails=0
    for p in "${pids[@]}"; do wait "$p" || fails=$((fails + 1)); done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    refreshes=$(curl -s "$base/__test/stats" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).token.refresh_token))')
    echo
    echo "$n concurrent \`seqera token\` on one expired session: ${ms} ms for all, $refreshes refresh request(s) at the provider, $fails failed"
done

#!/usr/bin/env bash
# Idle cost of seqera-tray: resident memory and CPU time over a minute with a stored session.
# Starts Xvfb, trayer (a real XEmbed tray host), the test provider (tests/support) and signs
# in with the real CLI and the scripted browser; then leaves the tray alone and measures.
#   bench/tray-idle.sh [BUILD_DIR]        (default: build; IDLE_SECS=60, SETTLE_SECS=5)
# Needs: xvfb, trayer, node with `npm ci --prefix tests/support` done.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
idle=${IDLE_SECS:-60}
settle=${SETTLE_SECS:-5}
tray_bin=$build/gui/seqera-tray
cli_bin=$build/cli/seqera
[[ -x $tray_bin && -x $cli_bin ]] || { echo "build seqera and seqera-tray in $build first" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

Xvfb -displayfd 1 -screen 0 640x480x24 -nolisten tcp >"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 100); do [[ -s $work/display ]] && break; sleep 0.1; done
export DISPLAY=":$(head -n1 "$work/display")"
trayer --edge top --align right --widthtype request --height 24 >"$work/trayer.log" 2>&1 &
pids+=($!)

node "$repo/tests/support/platform-server.mjs" --no-stdin-exit >"$work/server.json" 2>"$work/server.log" </dev/null &
pids+=($!)
for _ in $(seq 100); do [[ -s $work/server.json ]] && break; sleep 0.1; done
port=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$work/server.json")

export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_STATE_HOME=$work/home/.local/state
export XDG_RUNTIME_DIR=$work/runtime SEQERA_NO_KEYCHAIN=true SEQERA_AUTH_REDIRECT_PORT=0
export SEQERA_AUTH_DOMAIN=http://127.0.0.1:$port/api BROWSER=$repo/tests/support/browser-scripted.mjs
export QT_LOGGING_RULES="seqera.tray.info=true"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
"$cli_bin" login >"$work/login.log" 2>&1 || { cat "$work/login.log" >&2; exit 1; }

"$tray_bin" >"$work/tray.log" 2>&1 &
tray=$!
pids+=($tray)
for _ in $(seq 100); do grep -q "state: signed-in" "$work/tray.log" 2>/dev/null && break; sleep 0.1; done
grep -q "state: signed-in" "$work/tray.log" || { echo "the tray did not show the session:" >&2; cat "$work/tray.log" >&2; exit 1; }
sleep "$settle"

hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$tray/stat"; } # utime + stime
kib() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$tray/status"; }
ticks0=$(cpu_ticks)
rss0=$(kib VmRSS)
sleep "$idle"
ticks1=$(cpu_ticks)
rss1=$(kib VmRSS)
hwm=$(kib VmHWM)
ctx=$(awk '/^voluntary_ctxt_switches/ { print $2 }' "/proc/$tray/status")

printf '%-34s %12s\n' "seqera-tray, idle, signed in" "value"
printf '%-34s %12s\n' "----------------------------------" "------------"
printf '%-34s %9.1f MiB\n' "VmRSS after ${settle}s" "$(awk -v k="$rss0" 'BEGIN { print k / 1024 }')"
printf '%-34s %9.1f MiB\n' "VmRSS after ${idle}s idle" "$(awk -v k="$rss1" 'BEGIN { print k / 1024 }')"
printf '%-34s %9.1f MiB\n' "VmHWM (peak resident)" "$(awk -v k="$hwm" 'BEGIN { print k / 1024 }')"
printf '%-34s %10s ms\n' "CPU time (utime+stime) over ${idle}s" "$(( (ticks1 - ticks0) * 1000 / hz ))"
printf '%-34s %12s\n' "voluntary context switches total" "$ctx"

#!/usr/bin/env bash
# The main job on a fresh machine: set up, build, start the bundled local Platform (the
# test OpenID provider and Platform API emulation on 127.0.0.1), then sign in to it with
# `seqera login` and show `seqera status`. With a display, your own browser opens; without
# one, a scripted browser signs in as user@example.com. Everything it stores goes to
# build/demo (profile "local-demo"); it logs out and stops the server at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
root=$PWD
demo=$root/build/demo
rm -rf "$demo"; mkdir -p "$demo"
export XDG_CONFIG_HOME=$demo/config XDG_STATE_HOME=$demo/state
export SEQERA_PROFILE=local-demo

coproc SERVER { exec node tests/support/platform-server.mjs --access-token-ttl 600 2>"$demo/server.log"; }
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
read -r ready <&"${SERVER[0]}"
issuer=$(node -e 'console.log(JSON.parse(process.argv[1]).issuer)' "$ready")
export SEQERA_AUTH_DOMAIN=$issuer
echo "Local Seqera Platform (test provider) running at $issuer"

if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then
    echo "No display: a scripted browser will sign in as user@example.com."
    export BROWSER=$root/tests/support/browser-scripted.mjs
else
    echo "Sign in with any user name and password in the browser window that opens."
fi

seqera=$root/build/cli/seqera
echo; echo "\$ seqera login"; "$seqera" login
echo; echo "\$ seqera status"; "$seqera" status
echo; echo "\$ seqera status --check"; "$seqera" status --check
echo; echo "\$ seqera logout"; "$seqera" logout

#!/bin/sh
# Runs a command with a private D-Bus session bus and a new, unlocked gnome-keyring (the
# real Secret Service), in a scratch HOME: the user's own keyring is never touched.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch"
export XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
dbus-run-session -- sh -c '
    printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    # The login collection exists once the daemon answers on the bus.
    i=0; until secret-tool search --all nosuch attribute >/dev/null 2>&1 || [ $i -ge 50 ]; do i=$((i+1)); sleep 0.1; done
    exec "$@"' sh "$@"

#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test (Qt Test under CTest).
# The keyring tests run under their own private D-Bus with gnome-keyring (see
# tests/support/with-keyring.sh); nothing here touches the user's own keyring or session.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh "$@"
# The build leaves gigabytes of object files to write back; on CI's disk that writeback once
# stalled processes the first suites started (Xvfb, a pty) for more than 10 s. Write it now.
sync
cd "${BUILD_DIR:-build}"
ctest --output-on-failure --timeout 900 -j2

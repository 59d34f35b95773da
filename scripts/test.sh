#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test (Qt Test under CTest).
# The keyring tests run under their own private D-Bus with gnome-keyring (see
# tests/support/with-keyring.sh); nothing here touches the user's own keyring or session.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh "$@"
cd "${BUILD_DIR:-build}"
ctest --output-on-failure --timeout 900 -j2

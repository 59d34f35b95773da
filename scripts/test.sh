#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test (Qt Test under CTest).
# The keyring tests run under their own private D-Bus with gnome-keyring (see
# tests/support/with-keyring.sh); nothing here touches the user's own keyring or session.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh "$@"
# CI once saw Xvfb and a child on a pty print nothing for over 10 s early in the suites; the
# likely cause is the writeback of the build's gigabytes of object files. Write them now.
sync
cd "${BUILD_DIR:-build}"
ctest --output-on-failure --timeout 900 -j2

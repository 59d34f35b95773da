#!/bin/sh
# The operating-system seam holds: outside core/os, nothing in core/, cli/ or gui/ includes a
# POSIX or Linux header or tests a platform macro (docs/porting.md, "The seam: core/os/").
# A new system call goes into core/os behind a header there, with a generic/ fallback.
# Usage: check-os-seam.sh [SOURCE_DIR]; exits 1 and lists each violation when there is one.
set -eu
root=${1:-$(dirname "$0")/..}
cd "$root"

headers='unistd\.h|fcntl\.h|termios\.h|signal\.h|csignal|pwd\.h|grp\.h|dirent\.h|poll\.h|langinfo\.h|strings\.h|spawn\.h|dlfcn\.h|histedit\.h|sys/[^>]*|editline/[^>]*|readline/[^>]*|linux/[^>]*'
macros='Q_OS_[A-Z0-9_]*|__linux__|__linux|__gnu_linux__|__unix__|__unix|_WIN32|_WIN64|__APPLE__|__MACH__|__FreeBSD__|__OpenBSD__|__NetBSD__'

found=$(find core cli gui -path core/os -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print \
    | sort \
    | xargs grep -nE "^[[:space:]]*#[[:space:]]*include[[:space:]]*<($headers)>|(^|[^A-Za-z0-9_])($macros)([^A-Za-z0-9_]|\$)" \
    || true)
if [ -n "$found" ]; then
    echo "System calls belong in core/os (docs/porting.md, \"The seam\"); found outside it:" >&2
    echo "$found" >&2
    exit 1
fi
echo "core/os seam: no POSIX or Linux header and no platform macro outside core/os"

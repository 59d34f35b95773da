#!/usr/bin/env bash
# Installs what building and testing need on a fresh Debian 12 (Qt 6.4) or Debian 13 (Qt 6.8)
# machine: Debian packages (Qt, QtKeychain, RE2, bubblewrap, gnome-keyring, D-Bus, Xvfb, a tray host, weston and
# Qt's Wayland plugin for the Wayland tray test, chromium; scdoc for the man pages, Qt's own
# translations, and dpkg-dev, file (for CPack's dpkg-shlibdeps), appstream,
# desktop-file-utils, man-db and bash-completion for building and checking the Debian package;
# zsh and fish to check their completion scripts) and the npm packages of the test provider
# (tests/support). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

# The one package whose name carries a version: the clang runtime of the sanitizer and fuzz
# builds (clang 14 on Debian 12, 19 on Debian 13).
. /etc/os-release
case ${VERSION_CODENAME:-} in
    trixie) clang_rt=libclang-rt-19-dev ;;
    *) clang_rt=libclang-rt-14-dev ;;
esac
packages=(
    build-essential cmake ninja-build pkg-config libedit-dev libre2-dev
    qt6-base-dev qt6-networkauth-dev qtkeychain-qt6-dev qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-image-formats-plugins libgl-dev
    dbus dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth trayer imagemagick x11-utils xdotool dunst haskell-status-notifier-item-utils
    weston qt6-wayland
    chromium nodejs npm
    hyperfine time bc curl ca-certificates procps libmd4c-dev
    clang "$clang_rt" e2fsprogs util-linux git bubblewrap
    scdoc qt6-translations-l10n dpkg-dev file appstream desktop-file-utils man-db bash-completion
    zsh fish
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js may come from elsewhere than Debian (a newer one is fine): do not replace it.
if command -v node >/dev/null && command -v npm >/dev/null; then
    filtered=()
    for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || filtered+=("$p"); done
    missing=("${filtered[@]}")
fi
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    SUDO=""; [[ $(id -u) -eq 0 ]] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if ((node_major < 20)); then
    echo "setup: the test provider (oidc-provider 9) needs Node.js 20 or newer; found $(node --version 2>/dev/null || echo none)." >&2
    echo "setup: install Node.js 20 (e.g. from NodeSource) and run this again." >&2
    exit 1
fi
if [[ ! -d tests/support/node_modules/oidc-provider || ! -d tests/support/node_modules/playwright-core ]]; then
    echo "setup: installing the test provider's npm packages"
    npm ci --prefix tests/support --no-audit --no-fund --loglevel=error
fi

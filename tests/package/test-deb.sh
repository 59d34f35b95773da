#!/usr/bin/env bash
# Builds the Debian package of this build (cpack -G DEB), installs it the way a user would
# (apt-get install ./seqera_*.deb), checks what it installed, and removes it again.
# apt-get needs root: CTest runs this with the labels "package" and "root" (exclude them with
# `ctest -LE root`), and it exits 77 (skipped) when not run as root. The other tests use the
# programs of the build tree, so the installed copy in /usr does not disturb them.
set -euo pipefail
build=$(cd "$1" && pwd)
fail() { echo "FAIL: $*" >&2; exit 1; }

if [[ $(id -u) -ne 0 ]]; then
    echo "SKIP: installing a package needs root"
    exit 77
fi
if dpkg-query -W -f='${Status}' seqera 2>/dev/null | grep -q "install ok installed"; then
    echo "FAIL: a seqera package is already installed; this test installs and removes its own" >&2
    exit 1
fi

# cpack first brings the build up to date; with tests of the build tree running in parallel,
# that must be a no-op, so an out-of-date build is refused rather than rebuilt under them.
if [[ -f $build/build.ninja ]] && ! ninja -C "$build" -n | grep -q "no work to do"; then
    fail "the build in $build is not up to date: build it first (ninja -C $build)"
fi

work=$(mktemp -d)
installed=no
cleanup() {
    if [[ $installed == yes ]]; then
        apt-get remove -y -qq -o DPkg::Lock::Timeout=300 seqera >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "== cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work" >"$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/seqera_*.deb)
[[ -f ${debs[0]} ]] || fail "no seqera_*.deb in $work"
echo "package: $(basename "${debs[0]}") ($(stat -c %s "${debs[0]}") bytes)"
depends=$(dpkg-deb -f "${debs[0]}" Depends)
echo "Depends: $depends"
# dpkg-shlibdeps computed them from the binaries: Qt, QtKeychain and the C++ runtime.
for lib in libqt6core6 libqt6network6 libqt6networkauth6 libqt6keychain1 libqt6widgets6 libstdc++6; do
    [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib"
done

echo "== apt-get install ./$(basename "${debs[0]}")"
installed=yes
(cd "$work" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=300 ./seqera_*.deb >"$work/apt.log" 2>&1) || { cat "$work/apt.log"; fail "apt-get install"; }

echo "== seqera --version"
version=$(/usr/bin/seqera --version)
echo "$version"
[[ $version == "seqera "[0-9]* ]] || fail "seqera --version printed '$version'"

echo "== man -w"
[[ $(man -w seqera) == /usr/share/man/man1/seqera.1.gz ]] || fail "man -w seqera: $(man -w seqera 2>&1)"
[[ $(man -w seqera-tray) == /usr/share/man/man1/seqera-tray.1.gz ]] || fail "man -w seqera-tray"

echo "== bash completion"
# As bash-completion loads it on demand from its completionsdir, then completing "seqera sta".
result=$(HOME="$work" bash -c '
    source /usr/share/bash-completion/bash_completion
    _completion_loader seqera
    complete -p seqera
    COMP_WORDS=(seqera sta); COMP_CWORD=1; _seqera; echo "reply: ${COMPREPLY[*]}"
    COMP_WORDS=(seqera login --with); COMP_CWORD=2; _seqera; echo "reply: ${COMPREPLY[*]}"
')
echo "$result"
grep -q -- "-F _seqera seqera" <<<"$result" || fail "complete -p seqera"
grep -qx "reply: status" <<<"$result" || fail "completing 'seqera sta'"
grep -qx "reply: --with-token" <<<"$result" || fail "completing 'seqera login --with'"
[[ -f /usr/share/zsh/vendor-completions/_seqera ]] || fail "zsh completion"
[[ -f /usr/share/fish/vendor_completions.d/seqera.fish ]] || fail "fish completion"

echo "== desktop entry, AppStream metadata, icons, translations"
desktop-file-validate /usr/share/applications/seqera-tray.desktop
out=$(desktop-file-validate /usr/share/applications/seqera-tray.desktop 2>&1)
[[ -z $out ]] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net /usr/share/metainfo/io.seqera.tray.metainfo.xml
[[ -x /usr/bin/seqera-tray ]] || fail "seqera-tray"
[[ -f /usr/share/icons/hicolor/scalable/apps/seqera-tray.svg ]] || fail "application icon"
[[ -f /usr/share/icons/hicolor/scalable/status/seqera-tray-expired.svg ]] || fail "status icons"
for lang in de fr en; do
    [[ -f /usr/share/seqera/translations/seqera_$lang.qm ]] || fail "translation $lang"
done
# Nothing in the package that dpkg does not know about, nothing outside /usr.
dpkg -L seqera | grep -v '^/usr' | grep -vx '/\.' && fail "files outside /usr"

echo "== apt-get remove seqera"
apt-get remove -y -qq -o DPkg::Lock::Timeout=300 seqera >/dev/null
installed=no
[[ ! -e /usr/bin/seqera ]] || fail "/usr/bin/seqera left behind"
echo "OK"

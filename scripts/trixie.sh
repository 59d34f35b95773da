#!/usr/bin/env bash
# The Debian 13 (trixie: Qt 6.8, GCC 14) stage: as root, makes a `debootstrap --variant=minbase
# trixie` root under build-trixie/root (kept and reused; from the Debian mirror this machine
# uses), installs the build and test dependencies there with scripts/setup.sh, copies the
# source tree in, builds with warnings as errors and runs every CTest suite.
# Extra arguments go to ctest, e.g. `scripts/trixie.sh -R unit-pkce`.
#
# The root is entered with the host's bubblewrap, not chroot(2): bwrap makes a new mount
# namespace and pivot_root()s into the root, so the root is the namespace's own root. The
# kernel refuses unshare(CLONE_NEWUSER) to a chrooted process (create_user_ns() returns
# EPERM when current_chrooted(): the process's root is not its mount namespace's root), so
# under chroot the assistant's sandbox (bubblewrap, user namespaces) could not start there and
# its suites had to be left out; after pivot_root they run here as on Debian 12.
# /proc is the host's, bound as chroot had it, not a new one for a new PID namespace: bwrap
# covers /proc/sys, /proc/sysrq-trigger, /proc/irq and /proc/bus of a proc it mounts, and a
# user namespace may mount a proc only where one is fully visible already (the kernel's
# mount_too_revealing(): locked mounts over non-empty folders hide parts of it), so the
# sandbox's own bwrap failed with "Can't mount proc on /proc: Operation not permitted".
#
# Environment: TRIXIE_ROOT (default: build-trixie/root), TRIXIE_MIRROR (default: the host's
# Debian mirror from /etc/apt/sources.list*), JOBS (default: 2).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd -P)
root=${TRIXIE_ROOT:-$src/build-trixie/root}
jobs=${JOBS:-2}

if [[ $(id -u) -ne 0 ]]; then
    echo "trixie: making and entering the Debian 13 root needs root (CI runs as root)." >&2
    exit 1
fi

# The same Debian mirror as the host's: the first deb.debian.org-style "debian" archive URI in
# its sources (one-line or deb822 format); security and third-party archives are skipped.
host_mirror() {
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
        2>/dev/null |
        grep -v '^[[:space:]]*#' |
        grep -oE 'https?://[^[:space:]]+/debian/?([[:space:]]|$)' |
        head -1 | tr -d '[:space:]' | sed 's:/*$::' || true
}
mirror=${TRIXIE_MIRROR:-$(host_mirror)}
mirror=${mirror:-http://deb.debian.org/debian}

missing=()
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v bwrap >/dev/null || missing+=(bubblewrap)
if ((${#missing[@]})); then
    echo "trixie: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

t0=$SECONDS
# The root is reused only when debootstrap finished making it (the marker is its last step);
# an interrupted one is made again from scratch.
if [[ ! -f $root/.seqera-debootstrap-done ]]; then
    # Nothing may still be mounted inside a half-made root before it is removed (earlier
    # versions of this script bind-mounted /proc, /sys and /dev there).
    if grep -q " $root/" /proc/mounts; then
        echo "trixie: $root has mounts left; unmount them first" >&2
        exit 1
    fi
    rm -rf "$root"
    mkdir -p "$root"
    echo "trixie: debootstrap --variant=minbase trixie from $mirror"
    debootstrap --variant=minbase trixie "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
        tail -20 "$root.debootstrap.log" >&2
        exit 1
    }
    touch "$root/.seqera-debootstrap-done"
fi
echo "== trixie: root ready: $((SECONDS - t0)) s"

# What the tests left running inside (a daemon, a hung browser) was started here: ended on
# exit. Those processes have the root as their root directory; after pivot_root its name
# in /proc/<pid>/root reads "/", so they are recognised by its device and inode.
root_id=$(stat -L -c %d:%i "$root")
cleanup() {
    local p
    for p in /proc/[0-9]*; do
        [[ $p == /proc/$$ ]] && continue
        [[ $(stat -L -c %d:%i "$p/root" 2>/dev/null) == "$root_id" ]] && kill -9 "${p#/proc/}" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Runs a command inside the root as root, with a clean environment. bwrap (run by root, so
# without a user namespace of its own) gives it a new mount namespace whose root is $root
# (pivot_root) with the host's /dev (with /dev/pts and /dev/shm: the tests' terminals and
# shared memory), /sys and /proc bound in, and the host's network. The mounts live in that
# namespace only: nothing is left mounted on the host when it ends.
in_root() {
    bwrap --bind "$root" / --dev-bind /dev /dev --bind /sys /sys --bind /proc /proc \
        --die-with-parent --chdir / \
        /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
        NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# The host's name service and the certificate authorities it added itself (a proxy's, a
# company's): npm inside reaches its registry the way the host does.
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    mkdir -p "$root/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    if [[ -x $root/usr/sbin/update-ca-certificates ]]; then
        in_root /usr/sbin/update-ca-certificates >/dev/null 2>&1
    fi
fi
# A fresh /tmp for every run (the tests' scratch folders, sockets and X locks).
rm -rf "$root/tmp" && mkdir -m 1777 "$root/tmp"

# The source tree as git sees it (tracked and untracked files, not what .gitignore leaves
# out), so local changes are tested and nothing from the host's builds comes along. The
# build folder and node_modules inside the root are kept between runs.
t0=$SECONDS
dest=$root/src
mkdir -p "$dest"
find "$dest" -mindepth 1 -maxdepth 1 ! -name build ! -name tests -exec rm -rf {} +
if [[ -d $dest/tests ]]; then
    find "$dest/tests" -mindepth 1 -maxdepth 1 ! -name support -exec rm -rf {} +
    find "$dest/tests/support" -mindepth 1 -maxdepth 1 ! -name node_modules -exec rm -rf {} + 2>/dev/null || true
fi
if git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
    git -C "$src" ls-files -z --cached --others --exclude-standard |
        tar -C "$src" --null -T - -cf - | tar -C "$dest" -xf -
else
    tar -C "$src" --exclude='./build*' --exclude=node_modules --exclude=.git -cf - . | tar -C "$dest" -xf -
fi

in_root bash /src/scripts/setup.sh
echo "== trixie: dependencies installed: $((SECONDS - t0)) s"

t0=$SECONDS
in_root env CI=true JOBS="$jobs" bash -c 'cd /src && bash scripts/build.sh'
echo "== trixie: built: $((SECONDS - t0)) s"

t0=$SECONDS
rc=0
in_root bash -c 'cd /src/build && ctest --output-on-failure --timeout 900 -j"$0" "$@"' \
    "$jobs" "$@" || rc=$?
echo "== trixie: tests: $((SECONDS - t0)) s"
exit $rc

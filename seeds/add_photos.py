#!/usr/bin/env python3
"""Adds photos to a site made by generate.py, for the image benchmark (seeds/bench_images.sh).

    python seeds/add_photos.py --site DIR --photos 2000 [--width 3000 --height 2000] [--seed 1]

Each photo is a phone-sized JPEG with GPS EXIF: smooth noise plus shapes, so that every photo is
different (the cache cannot share work between them) while the files stay near 0.5 MB. The same
files go to DIR/torg/static/bilder/ and DIR/hugo/assets/bilder/ (hard links), one Markdown image
is appended to each of the first PHOTOS Swedish pages, and DIR/hugo gets a render hook that
resizes with .Resize and .Process to the same widths and formats as Torg's `images:` setting.
Needs Pillow.
"""
import argparse
import os
import random

from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational

WIDTHS = (480, 960, 1600)

HOOK = """{{- /* Responsive images like Torg's: WebP sources (.Process) and a JPEG fallback (.Resize). */ -}}
{{- $src := resources.Get (strings.TrimPrefix "/" .Destination) -}}
{{- with $src -}}
{{- $webp := slice -}}{{- $jpeg := slice -}}
{{- range $w := slice 480 960 1600 -}}
{{- $webp = $webp | append (printf "%s %dw" ($src.Process (printf "resize %dx webp q75" $w)).RelPermalink $w) -}}
{{- $jpeg = $jpeg | append (printf "%s %dw" ($src.Resize (printf "%dx jpg q80" $w)).RelPermalink $w) -}}
{{- end -}}
{{- $fallback := $src.Resize "1600x jpg q80" -}}
<picture><source type="image/webp" srcset="{{ delimit $webp ", " }}"><img src="{{ $fallback.RelPermalink }}" srcset="{{ delimit $jpeg ", " }}" width="{{ $fallback.Width }}" height="{{ $fallback.Height }}" alt="{{ $.PlainText }}" loading="lazy" decoding="async"></picture>
{{- end -}}
"""


def photo(width, height, rng):
    base = Image.effect_noise((width // 8, height // 8), 60).convert("RGB")
    image = base.resize((width, height), Image.BICUBIC)
    draw = ImageDraw.Draw(image)
    for _ in range(20):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(20, width // 6)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    return image


def gps(rng):
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"
    ifd = exif.get_ifd(0x8825)
    ifd.update({1: "N", 2: tuple(IFDRational(v) for v in (60, rng.randrange(60), 1)),
                3: "E", 4: tuple(IFDRational(v) for v in (24, rng.randrange(60), 1))})
    return exif


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", required=True)
    parser.add_argument("--photos", type=int, default=2000)
    parser.add_argument("--width", type=int, default=3000)
    parser.add_argument("--height", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    torg = os.path.join(args.site, "torg", "static", "bilder")
    hugo = os.path.join(args.site, "hugo", "assets", "bilder")
    os.makedirs(torg, exist_ok=True)
    os.makedirs(hugo, exist_ok=True)
    content = os.path.join(args.site, "torg", "content")
    pages = sorted(os.path.join(d, f) for d, _, files in os.walk(content) for f in files if f.endswith(".sv.md"))
    if len(pages) < args.photos:
        raise SystemExit(f"the site has {len(pages)} Swedish pages, fewer than {args.photos} photos")
    for index in range(args.photos):
        name = f"foto-{index + 1:05d}.jpg"
        path = os.path.join(torg, name)
        photo(args.width, args.height, rng).save(path, "JPEG", quality=85, exif=gps(rng))
        target = os.path.join(hugo, name)
        if not os.path.exists(target):
            os.link(path, target)
        # The content files are shared (hard-linked) by both forms of the site.
        with open(pages[index], "a", encoding="utf-8") as page:
            page.write(f"\n![Foto nummer {index + 1} från kommunen](/bilder/{name})\n")
    hook = os.path.join(args.site, "hugo", "layouts", "_markup", "render-image.html")
    os.makedirs(os.path.dirname(hook), exist_ok=True)
    with open(hook, "w", encoding="utf-8") as out:
        out.write(HOOK)


if __name__ == "__main__":
    main()

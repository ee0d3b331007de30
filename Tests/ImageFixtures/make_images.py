"""Writes the test images the Swift tests ask for, with Pillow: make_images.py DIR NAME...
(or make_images.py --corners FILE: the red value of its top corners).

Each NAME is one of the kinds below; photos are noise plus shapes, so that encoders have real
work to do and a wrong orientation shows in the pixels.
"""
import random
import struct
import sys
import zlib
from pathlib import Path

from PIL import Image, ImageDraw
from PIL.TiffImagePlugin import IFDRational


def photo(width, height, seed):
    rng = random.Random(seed)
    image = Image.effect_noise((width, height), 40).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(10, max(11, width // 4))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    # A red block in the top-left corner of the stored pixels: after rotating by the EXIF
    # orientation 6 (90° clockwise) it must be in the top-right corner.
    draw.rectangle((0, 0, width // 5, height // 5), fill=(255, 0, 0))
    return image


def gps_exif(orientation):
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "TestCam"
    exif[0x0131] = "Phone 1.0"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: tuple(IFDRational(v) for v in (60, 10, 30.5)), 3: "E", 4: tuple(IFDRational(v) for v in (24, 56, 12))})
    return exif


def bomb():
    """A PNG whose header claims 100,000 × 100,000 pixels, with almost no data behind it."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b"")


def write(directory, name):
    path = directory / name
    stem = name.rsplit(".", 1)[0]
    if stem == "gps-rotated":
        photo(800, 600, 1).save(path, "JPEG", quality=90, exif=gps_exif(6))
    elif stem.startswith("photo"):
        size = int(stem.split("-")[1]) if "-" in stem else 1200
        photo(size, size * 2 // 3, hash(stem) & 0xFFFF).save(path, "JPEG", quality=90)
    elif stem == "transparent":
        image = Image.new("RGBA", (640, 480), (0, 0, 0, 0))
        ImageDraw.Draw(image).ellipse((40, 40, 600, 440), fill=(0, 90, 160, 200))
        image.save(path, "PNG")
    elif stem == "animated":
        frames = [Image.new("P", (60, 40), color) for color in (1, 2, 3)]
        frames[0].save(path, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    elif stem == "logo":
        path.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#06c"/></svg>\n')
    elif stem == "bomb":
        path.write_bytes(bomb())
    elif stem == "huge":
        # Over 20 MB on disk: refused before it is opened.
        path.write_bytes(b"\xff\xd8\xff" + bytes(21_000_000))
    else:
        raise SystemExit(f"unknown test image {name}")


if __name__ == "__main__":
    if sys.argv[1] == "--corners":
        # The red value of the top-left and top-right pixels of an image, for orientation checks.
        with Image.open(sys.argv[2]) as image:
            rgb = image.convert("RGB")
            print(rgb.getpixel((2, 2))[0], rgb.getpixel((rgb.width - 3, 2))[0])
        raise SystemExit(0)
    target = Path(sys.argv[1])
    target.mkdir(parents=True, exist_ok=True)
    for name in sys.argv[2:]:
        write(target, name)

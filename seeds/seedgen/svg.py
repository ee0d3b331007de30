"""A small SVG picture for a page bundle: sky, ground, a few houses and trees."""
import random

SKIES = ("#1a2a4f", "#4a7fb5", "#8fb8de", "#f2c14e")
GROUNDS = ("#3f7d3a", "#e8eef5", "#c9a66b", "#6a994e")
WALLS = ("#b23a48", "#f4d35e", "#ffffff", "#5e8c61", "#9a7b4f")


def picture(seed, title):
    rng = random.Random(f"{seed}/svg")
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 270" role="img">',
        f"  <title>{escape(title)}</title>",
        f'  <rect width="480" height="270" fill="{rng.choice(SKIES)}"/>',
        f'  <circle cx="{rng.randint(40, 440)}" cy="{rng.randint(30, 80)}" r="{rng.randint(14, 26)}" fill="#ffdd00"/>',
        f'  <rect y="200" width="480" height="70" fill="{rng.choice(GROUNDS)}"/>',
    ]
    for n in range(rng.randint(2, 5)):
        x, width, height = 20 + n * 95 + rng.randint(0, 20), rng.randint(50, 80), rng.randint(40, 90)
        wall = rng.choice(WALLS)
        parts.append(f'  <rect x="{x}" y="{200 - height}" width="{width}" height="{height}" fill="{wall}"/>')
        parts.append(f'  <path d="M{x - 6} {200 - height}h{width + 12}l-{width // 2 + 6} -30z" fill="#333a44"/>')
    for _ in range(rng.randint(1, 4)):
        x, height = rng.randint(20, 460), rng.randint(40, 70)
        parts.append(f'  <path d="M{x - 14} 200L{x} {200 - height}L{x + 14} 200z" fill="#2d5a27"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def escape(value):
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

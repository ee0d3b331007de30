"""The Markdown body of one page in one language.

Each entry's text comes from its own Random, seeded by the site seed and the entry key,
so bodies do not depend on the order they are written in. Both languages start from the
same seed and draw alike, which makes the two versions read as translations.
"""
import random

from . import blocks, text
from .text import INDEX

READ_MORE = ("Läs också {} och {}.", "Lue myös {} ja {}.")
MORE_INFO = ("Mer information finns på sidan {}.", "Lisätietoja on sivulla {}.")


def render_body(site, entry, lang, links):
    rng = random.Random(f"{site.seed}/{entry.key}")
    i = INDEX[lang]
    intro = [text.paragraph(rng, lang, rng.randint(2, 4))]
    if entry.image:
        intro.append(blocks.image(rng, entry, lang))
    if entry.children:
        intro.append(blocks.child_list(entry, lang, links, rng))
    sections = [intro]
    for level, heading in entry.headings[lang]:
        paragraph = text.paragraph(rng, lang, rng.randint(2, 4))
        if rng.random() < 0.5:
            paragraph += " " + MORE_INFO[i].format(links.markdown(rng, entry, lang))
        if level == 2:
            sections.append([f"## {heading}", paragraph])
            extra = rng.random()
            if extra < 0.35:
                sections[-1].append(blocks.bullet_list(rng, entry, lang, links))
            elif extra < 0.6:
                sections[-1].append(blocks.table(rng, lang))
            elif extra < 0.72:
                sections[-1].append(blocks.numbered_steps(rng, lang))
        else:
            sections[-1] += [f"### {heading}", paragraph]
    sections[-1].append(READ_MORE[i].format(links.markdown(rng, entry, lang), links.markdown(rng, entry, lang)))
    fill(sections, entry.target_bytes, rng, lang)
    return "\n\n".join(block for section in sections for block in section) + "\n"


def fill(sections, target, rng, lang):
    """Adds paragraphs to random sections until the body reaches its planned size."""
    size = sum(len(block.encode()) + 2 for section in sections for block in section)
    while size < target:
        paragraph = text.paragraph(rng, lang, rng.randint(2, 4))
        sections[rng.randrange(len(sections))].append(paragraph)
        size += len(paragraph.encode()) + 2

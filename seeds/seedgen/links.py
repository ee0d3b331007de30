"""Relative Markdown links between generated pages, always to files that exist.

Torg fails the build on a link to a missing file or heading, so a link only ever points
at an entry that exists in the linking page's language, and an anchor only at one of the
target's planned headings.
"""
from .text import slugify


def relative_path(source, target):
    """`target` as seen from the directory of `source` (both relative to content/)."""
    start = source.split("/")[:-1]
    parts = target.split("/")
    common = 0
    while common < min(len(start), len(parts) - 1) and start[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + parts[common:])


class LinkPicker:
    def __init__(self, site):
        self.entries = site.entries
        self.home = site.home

    def pick(self, rng, entry, lang):
        """A nearby page most of the time (parent, sibling, child), sometimes any page."""
        roll = rng.random()
        parent = entry.parent
        if roll < 0.25 and parent is not None:
            candidate = parent
        elif roll < 0.6 and parent is not None:
            candidate = parent.children[rng.randrange(len(parent.children))]
        elif roll < 0.75 and entry.children:
            candidate = entry.children[rng.randrange(len(entry.children))]
        else:
            candidate = self.entries[rng.randrange(len(self.entries))]
        if not candidate.has(lang):
            candidate = parent if parent is not None else self.home
        return candidate

    def markdown(self, rng, entry, lang, target=None, anchor_chance=0.3):
        """`[Title](../path/file.sv.md#heading)` to `target`, or to a picked page."""
        if target is None:
            target = self.pick(rng, entry, lang)
        href = relative_path(entry.path(lang), target.path(lang))
        headings = target.headings.get(lang) or []
        if headings and rng.random() < anchor_chance:
            href += "#" + slugify(headings[rng.randrange(len(headings))][1])
        return f"[{target.titles[lang]}]({href})"

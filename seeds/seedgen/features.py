"""Per-entry features: languages, bundles, pairs, dates, tags, descriptions and headings."""
import datetime
import random

from . import text, words

FIRST_DAY = datetime.date(2025, 1, 1).toordinal()
LAST_DAY = datetime.date(2026, 10, 31).toordinal()
TK_SHARE = 0.03         # translation pairs whose files have different names
BUNDLE_SHARE = 0.12     # leaf pages that are bundles with an image
ALIAS_SHARE = 0.01      # service pages with an old address


def assign(entries, counts, rng):
    leaves = [e for e in entries if e.role in ("service", "news")]
    for entry in rng.sample(leaves, counts.untranslated):
        entry.languages = ("sv",) if rng.random() < 0.7 else ("fi",)
    bilingual = [e for e in leaves if len(e.languages) == 2]
    for entry in rng.sample(bilingual, round(len(bilingual) * TK_SHARE)):
        entry.translation_key = f"pair-{entry.key}"
        entry.names["fi"] = ""      # naming.py gives the Finnish file its own name
    plain = [e for e in entries if e.role in ("service", "news", "event")
             and len(e.languages) == 2 and e.translation_key is None]
    for entry in rng.sample(plain, round(len(plain) * BUNDLE_SHARE)):
        entry.bundle = True
    services = [e for e in entries if e.role == "service" and len(e.languages) == 2]
    for entry in rng.sample(services, round(len(services) * ALIAS_SHARE)):
        # Without a language prefix: Hugo puts a page's aliases under its language's
        # directory even when they start with "/", while Torg takes them from the site root.
        entry.aliases = {"sv": [f"/arkiv/{entry.key}/"], "fi": [f"/arkisto/{entry.key}/"]}
    for entry in entries:
        dates(entry, rng)


def day(ordinal):
    return datetime.date.fromordinal(ordinal).isoformat()


def dates(entry, rng):
    if entry.role == "news":
        start = rng.randint(FIRST_DAY, LAST_DAY)
        entry.date = day(start)
        if rng.random() < 0.2:
            entry.lastmod = day(start + rng.randint(1, 20))
        picked = rng.sample(words.TOPICS, rng.randint(1, 2))
        entry.tags = {lang: [p[text.INDEX[lang]] for p in picked] for lang in text.LANGUAGES}
    elif entry.role == "event":
        start = day(rng.randint(FIRST_DAY, LAST_DAY))
        hour, minute = rng.randint(9, 19), rng.choice((0, 15, 30, 45))
        entry.date = f"{start}T{hour:02d}:{minute:02d}:00"
        entry.end_date = f"{start}T{min(hour + rng.randint(1, 4), 23):02d}:{minute:02d}:00"
        place = rng.choice(words.PLACES)
        entry.location = dict(zip(text.LANGUAGES, place))
    elif entry.role in ("service", "accessibility") and rng.random() < 0.25:
        entry.lastmod = day(rng.randint(FIRST_DAY, LAST_DAY))


def describe(entry, rng):
    """Description, body size and headings, drawn once and written in both languages alike."""
    seed = rng.getrandbits(64)
    entry.descriptions = {lang: text.sentence(random.Random(seed), lang) for lang in text.LANGUAGES}
    if entry.kind == "page":
        entry.target_bytes = rng.randint(3000, 6000)
        sections = 2 + entry.target_bytes // 1500
    else:
        entry.target_bytes = rng.randint(1500, 2800)
        sections = 2
    seen = {lang: set() for lang in text.LANGUAGES}
    entry.headings = {lang: [] for lang in text.LANGUAGES}
    for _ in range(sections):
        add_heading(entry, 2, rng, seen)
        if rng.random() < 0.4:
            add_heading(entry, 3, rng, seen)


def add_heading(entry, level, rng, seen):
    """Adds a heading whose id is new on the page in both languages (ids must be unique)."""
    for attempt in range(50):
        pair = text.heading_pair(rng)
        if attempt >= 20:
            pair = tuple(f"{p} {attempt}" for p in pair)
        slugs = [text.slugify(p) for p in pair]
        if all(s and s not in seen[lang] for s, lang in zip(slugs, text.LANGUAGES)):
            for s, p, lang in zip(slugs, pair, text.LANGUAGES):
                seen[lang].add(s)
                entry.headings[lang].append((level, p))
            return
    raise RuntimeError(f"no unique heading for {entry.key}")

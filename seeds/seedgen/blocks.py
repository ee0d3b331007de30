"""Markdown blocks other than paragraphs: bullet lists, numbered steps, GFM tables, images."""
from . import text, words
from .text import INDEX, capitalize

TABLE_HEADERS = {
    "hours": (("Tjänst", "Tid", "Avgift"), ("Palvelu", "Aika", "Maksu")),
    "dates": (("Datum", "Ärende", "Plats"), ("Päivämäärä", "Asia", "Paikka")),
}


def topic_phrase(rng, i):
    topic, qualifier = rng.choice(words.TOPICS), rng.choice(words.QUALIFIERS)
    return capitalize(f"{topic[i]} {qualifier[i]}")


def bullet_list(rng, entry, lang, links):
    i = INDEX[lang]
    items = []
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.5:
            items.append(f"- {links.markdown(rng, entry, lang, anchor_chance=0.2)} – {rng.choice(words.OBJECTS)[i]}")
        else:
            items.append(f"- {topic_phrase(rng, i)}")
    return "\n".join(items)


def numbered_steps(rng, lang):
    return "\n".join(f"{n}. {text.sentence(rng, lang)}" for n in range(1, rng.randint(3, 5) + 1))


def table(rng, lang):
    i = INDEX[lang]
    kind = rng.choice(sorted(TABLE_HEADERS))
    header = TABLE_HEADERS[kind][i]
    rows = []
    for _ in range(rng.randint(3, 6)):
        if kind == "hours":
            start = rng.randint(8, 12)
            fee = rng.choice((0, 5, 10, 15, 25, 40))
            cells = (topic_phrase(rng, i), f"{rng.choice(words.WEEKDAYS)[i]} {start}–{start + rng.randint(2, 6)}",
                     f"{fee} €" if fee else ("avgiftsfri", "maksuton")[i])
        else:
            cells = (text.date_text(rng), topic_phrase(rng, i), rng.choice(words.PLACES)[i])
        rows.append(cells)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def image(rng, entry, lang):
    """The bundle's picture, with alt text in the page's language."""
    i = INDEX[lang]
    alt = capitalize(f"{rng.choice(words.OBJECTS)[i]} {rng.choice(words.ADVERBIALS)[i]}")
    return f"![{alt}]({entry.image})"


def child_list(entry, lang, links, rng, limit=8):
    """Links to a section's first children that exist in this language."""
    children = [c for c in entry.children if c.has(lang)][:limit]
    i = INDEX[lang]
    return "\n".join(f"- {links.markdown(rng, entry, lang, target=c, anchor_chance=0)} – "
                     f"{rng.choice(words.OBJECTS)[i]}" for c in children)

"""Sentences, titles and headings built from the word lists.

Functions that return a (Swedish, Finnish) pair draw their words once, so the two texts
read as translations of each other. Functions that take a language index (0 Swedish,
1 Finnish) build running text for one language only.
"""
import re

from . import words

LANGUAGES = ("sv", "fi")
INDEX = {"sv": 0, "fi": 1}


def slugify(text):
    """The URL segment or heading id Torg derives from `text` (å, ä → a, ö → o, other runs → -).

    Hugo's `github-ascii` heading ids agree with it for the letters, digits, spaces and
    hyphens the word lists contain.
    """
    lowered = text.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")


def capitalize(text):
    return text[:1].upper() + text[1:]


def topic_pair(rng):
    """A title or heading such as ("Avgifter för barnfamiljer", "Maksut lapsiperheille")."""
    first = rng.choice(words.TOPICS)
    shape = rng.random()
    if shape < 0.4:
        second = rng.choice(words.TOPICS)
        return (capitalize(f"{first[0]} och {second[0]}"), capitalize(f"{first[1]} ja {second[1]}"))
    if shape < 0.85:
        qualifier = rng.choice(words.QUALIFIERS)
        return (capitalize(f"{first[0]} {qualifier[0]}"), capitalize(f"{first[1]} {qualifier[1]}"))
    return (capitalize(first[0]), capitalize(first[1]))


def heading_pair(rng):
    if rng.random() < 0.25:
        return rng.choice(words.FIXED_HEADINGS)
    return topic_pair(rng)


def news_title_pair(rng):
    """A headline: "Biblioteket ordnar kurser för vuxna under hösten"."""
    s, v, o, a = (rng.choice(words.SUBJECTS), rng.choice(words.VERBS),
                  rng.choice(words.OBJECTS), rng.choice(words.ADVERBIALS))
    return tuple(f"{s[i]} {v[i]} {o[i]} {a[i]}" for i in (0, 1))


EVENT_SHAPES = [
    ("Informationsmöte om {}", "Tiedotustilaisuus: {}"), ("Workshop om {}", "Työpaja: {}"),
    ("Öppet hus om {}", "Avoimet ovet: {}"), ("Invånarkväll om {}", "Asukasilta: {}"),
    ("Frågestund om {}", "Kysymystunti: {}"), ("Utställning om {}", "Näyttely: {}"),
]


def event_title_pair(rng):
    shape = rng.choice(EVENT_SHAPES)
    topic = rng.choice(words.TOPICS)
    return (shape[0].format(topic[0]), shape[1].format(topic[1]))


def date_text(rng):
    """A date written the Finnish way in both languages: 14.3.2026."""
    return f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.choice((2025, 2026))}"


def sentence(rng, lang):
    i = INDEX[lang]
    shape = rng.random()
    if shape < 0.45:
        s, v, o, a = (rng.choice(words.SUBJECTS), rng.choice(words.VERBS),
                      rng.choice(words.OBJECTS), rng.choice(words.ADVERBIALS))
        return f"{s[i]} {v[i]} {o[i]} {a[i]}."
    if shape < 0.65:
        c, s, v, o = (rng.choice(words.CONNECTORS), rng.choice(words.SUBJECTS),
                      rng.choice(words.VERBS), rng.choice(words.OBJECTS))
        subject = s[i].lower()
        # Swedish puts the verb second (V2), before the subject and apart from its particle
        # ("Därför följer kommunen upp ..."); Finnish keeps the subject before the verb.
        if i == 0:
            verb, _, particle = v[0].partition(" ")
            return f"{c[0]} {verb} {subject} {particle + ' ' if particle else ''}{o[0]}."
        return f"{c[1]} {subject} {v[1]} {o[1]}."
    if shape < 0.85:
        return rng.choice(words.CLAUSES)[i] + "."
    if shape < 0.93:
        day = rng.choice(words.WEEKDAYS)[i]
        start = rng.randint(8, 12)
        end = start + rng.randint(3, 7)
        place = rng.choice(words.SUBJECTS)[i]
        return (f"{place} har öppet {day} kl. {start}–{end}." if i == 0
                else f"{place} palvelee {day} klo {start}–{end}.")
    when = date_text(rng)
    return f"Anmäl dig senast {when}." if i == 0 else f"Ilmoittaudu viimeistään {when}."


def paragraph(rng, lang, sentences):
    return " ".join(sentence(rng, lang) for _ in range(sentences))

"""How many entries of each kind a site of N pages gets, and the service tree's shape."""
import math
from dataclasses import dataclass

# Share of the free entries (after the fixed ones) that are news and events; the rest are services.
NEWS_SHARE = 0.28
EVENT_SHARE = 0.12
UNTRANSLATED_SHARE = 0.05
FIXED_ENTRIES = 8   # home, four top-level sections, about, contact, accessibility statement


@dataclass
class Counts:
    entries: int        # translation sets
    untranslated: int   # of which exist in one language only
    decisions: int
    news: int
    events: int
    services: int       # service sections and service pages together


def counts_for(pages):
    """Splits N Markdown files into translation sets so that the files add up to exactly N.

    With E sets of which U are single-language, there are 2E - U files; E is chosen so
    that U is about 5 % of E.
    """
    entries = round(pages / (2 - UNTRANSLATED_SHARE))
    untranslated = 2 * entries - pages
    decisions = min(30, max(2, entries // 100))
    free = entries - FIXED_ENTRIES - decisions
    news = round(free * NEWS_SHARE)
    events = round(free * EVENT_SHARE)
    return Counts(entries, untranslated, decisions, news, events, free - news - events)


@dataclass
class ServiceShape:
    areas: int
    topics_per_area: list       # topics of each area
    subtopics_per_topic: list   # subtopics of each topic, in topic order
    pages: int                  # service pages left after the sections


def service_shape(services, rng):
    """Three levels of sections under the services section: areas, topics and subtopics.

    The numbers grow with the site, so that a large site has both more sections and
    longer lists (which then need several list pages).
    """
    areas = min(12, max(3, round(math.sqrt(services) / 5)))
    topics = max(areas, round(services / 45))
    topics_per_area = [topics // areas + (1 if i < topics % areas else 0) for i in range(areas)]
    subtopics = [rng.randint(1, 4) for _ in range(topics)]
    # Keep at least two pages per section on small sites.
    while areas + topics + sum(subtopics) > services // 3 and any(subtopics):
        largest = max(range(topics), key=lambda i: (subtopics[i], -i))
        subtopics[largest] -= 1
    pages = services - areas - topics - sum(subtopics)
    return ServiceShape(areas, topics_per_area, subtopics, pages)


def allocate(total, weights):
    """Splits `total` into integer parts proportional to `weights` (largest remainder)."""
    whole = sum(weights)
    exact = [total * w / whole for w in weights]
    parts = [math.floor(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts

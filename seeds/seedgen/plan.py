"""Plans a site: every entry with its place in the tree, titles, dates and headings.

The plan is made in a fixed order from one `random.Random(seed)`, so the same seed and
size always give the same site. File names are claimed last (see naming.py), once it is
known which entries are single-language, bundles or translationKey pairs.
"""
import random

from . import features, naming, structure, text
from .model import Entry, Site, Town

TOWNS = [
    Town({"sv": "Björkvik", "fi": "Koivulahti"}, {"sv": "Björkviks kommun", "fi": "Koivulahden kunta"},
         "bjorkvik.example", ("Torggatan 2", "Torikatu 2")),
    Town({"sv": "Granby", "fi": "Kuusikylä"}, {"sv": "Granby kommun", "fi": "Kuusikylän kunta"},
         "granby.example", ("Kyrkvägen 5", "Kirkkotie 5")),
    Town({"sv": "Lindnäs", "fi": "Lehmusniemi"}, {"sv": "Lindnäs kommun", "fi": "Lehmusniemen kunta"},
         "lindnas.example", ("Strandgatan 1", "Rantakatu 1")),
]

AREAS = [
    ("Utbildning och dagvård", "Koulutus ja varhaiskasvatus"), ("Boende och miljö", "Asuminen ja ympäristö"),
    ("Kultur och fritid", "Kulttuuri ja vapaa-aika"), ("Hälsa och omsorg", "Terveys ja hoiva"),
    ("Trafik och gator", "Liikenne ja kadut"), ("Näringsliv och arbete", "Elinkeinot ja työ"),
    ("Bygga och planera", "Rakentaminen ja kaavoitus"), ("Säkerhet och beredskap", "Turvallisuus ja valmius"),
    ("Demokrati och delaktighet", "Demokratia ja osallisuus"), ("Natur och friluftsliv", "Luonto ja ulkoilu"),
    ("Barn och unga", "Lapset ja nuoret"), ("Seniorer", "Ikäihmiset"),
]


class Planner:
    def __init__(self, seed, pages):
        self.rng = random.Random(seed)
        self.seed, self.pages = seed, pages
        self.entries = []

    def add(self, kind, role, titles, parent, **fields):
        entry = Entry(key=f"e{len(self.entries):06d}", kind=kind, role=role, directory="",
                      titles=dict(zip(text.LANGUAGES, titles)), parent=parent, **fields)
        if parent is not None:
            parent.children.append(entry)
        self.entries.append(entry)
        return entry

    def plan(self):
        counts = structure.counts_for(self.pages)
        town = self.rng.choice(TOWNS)
        home = self.add("home", "home", (f"Välkommen till {town.names['sv']}",
                                         f"Tervetuloa, {town.names['fi']}"), None)
        services = self.add("section", "services", ("Tjänster", "Palvelut"), home, weight=10)
        news = self.add("section", "news-section", ("Nyheter", "Uutiset"), home, weight=20)
        # Not plain "Evenemang": Torg's events calendar claims content/evenemang/ and expects
        # `event:` blocks there, which Hugo could not mirror. These are dated pages.
        events = self.add("section", "events-section", ("Evenemang och kurser", "Tapahtumat ja kurssit"),
                          home, weight=30)
        decisions = self.add("section", "decisions-section", ("Beslutsfattande", "Päätöksenteko"), home, weight=40)
        self.add("page", "about", ("Om kommunen", "Tietoa kunnasta"), home, weight=50)
        self.add("page", "contact", ("Kontakt", "Yhteystiedot"), home, weight=60, menu="footer")
        self.add("page", "accessibility", ("Tillgänglighet", "Saavutettavuus"), home, weight=70,
                 translation_key="accessibility", names={"fi": "saavutettavuus"})
        for _ in range(counts.decisions):
            self.add("page", "decision", text.topic_pair(self.rng), decisions)
        self.plan_services(services, counts.services)
        for _ in range(counts.news):
            self.add("page", "news", text.news_title_pair(self.rng), news)
        for _ in range(counts.events):
            self.add("page", "event", text.event_title_pair(self.rng), events)
        features.assign(self.entries, counts, self.rng)
        for entry in self.entries:
            features.describe(entry, self.rng)
        naming.assign(self.entries)
        return Site(seed=self.seed, pages=self.pages, town=town, entries=self.entries, home=home)

    def plan_services(self, services, total):
        shape = structure.service_shape(total, self.rng)
        areas = [self.add("section", "area", AREAS[i], services) for i in range(shape.areas)]
        topics, subtopics = [], []
        for area, count in zip(areas, shape.topics_per_area):
            for _ in range(count):
                topics.append(self.add("section", "topic", text.topic_pair(self.rng), area))
        for topic, count in zip(topics, shape.subtopics_per_topic):
            for _ in range(count):
                subtopics.append(self.add("section", "subtopic", text.topic_pair(self.rng), topic))
        containers = areas + topics + subtopics
        weights = [1] * len(areas) + [2] * len(topics) + [5] * len(subtopics)
        for container, count in zip(containers, structure.allocate(shape.pages, weights)):
            for _ in range(count):
                self.add("page", "service", text.topic_pair(self.rng), container)
        for section in [services] + containers:
            order = list(section.children)
            self.rng.shuffle(order)
            for position, child in enumerate(order):
                child.weight = 10 * (position + 1)


def plan_site(pages, seed):
    if pages < 100:
        raise ValueError("a site needs at least 100 pages")
    return Planner(seed, pages).plan()

"""The planned site: one Entry per translation set (a page and its translations)."""
from dataclasses import dataclass, field
import posixpath


@dataclass
class Entry:
    key: str                    # stable id, also the seed of the entry's body text
    kind: str                   # home | section | page
    role: str                   # what the entry is for: area, topic, news, event, ...
    directory: str              # the content directory holding the file; a section's own directory
    titles: dict                # language -> title
    languages: tuple = ("sv", "fi")
    name: str = ""              # file stem of a page, directory name of a bundle
    parent: "Entry | None" = None
    children: list = field(default_factory=list)
    bundle: bool = False
    slugs: dict = field(default_factory=dict)       # language -> `slug` front matter
    names: dict = field(default_factory=dict)       # language -> file stem, when it differs from `name`
    translation_key: "str | None" = None
    descriptions: dict = field(default_factory=dict)
    headings: dict = field(default_factory=dict)    # language -> [(level, text)]
    target_bytes: int = 3000    # the body's approximate size in UTF-8 bytes
    weight: "int | None" = None
    date: "str | None" = None
    lastmod: "str | None" = None
    end_date: "str | None" = None
    location: dict = field(default_factory=dict)
    tags: dict = field(default_factory=dict)
    menu: "str | None" = None
    aliases: dict = field(default_factory=dict)
    image: "str | None" = None  # file name of a bundle's SVG

    def has(self, language):
        return language in self.languages

    def path(self, language):
        """The Markdown file of this entry in `language`, relative to content/."""
        if self.kind in ("home", "section"):
            return posixpath.join(self.directory, f"_index.{language}.md")
        if self.bundle:
            return posixpath.join(self.directory, self.name, f"index.{language}.md")
        stem = self.names.get(language, self.name)
        return posixpath.join(self.directory, f"{stem}.{language}.md")

    def folder(self):
        """The directory of the entry's files (a bundle's own directory)."""
        return posixpath.join(self.directory, self.name) if self.bundle else self.directory


@dataclass
class Town:
    names: dict                 # language -> town name
    titles: dict                # language -> site title
    domain: str
    street: str


@dataclass
class Site:
    seed: int
    pages: int
    town: Town
    entries: list               # every entry, in a fixed order
    home: Entry = None

    def files(self):
        """(entry, language, path) for every Markdown file, sorted by path."""
        result = [(e, lang, e.path(lang)) for e in self.entries for lang in e.languages]
        return sorted(result, key=lambda item: item[2])

    def count(self, language):
        return sum(1 for e in self.entries if e.has(language))

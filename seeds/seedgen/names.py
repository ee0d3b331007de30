"""Unique file names and URL segments per directory.

Torg fails a build when two pages claim one URL, so every name is claimed here first.
A directory has one set of file names (shared by all languages, since `x.sv.md` and
`x.fi.md` pair up by name) and one set of URL segments per language.
"""
from collections import defaultdict

from .text import slugify

MAX_LENGTH = 48


def shorten(slug):
    """Cuts a long slug at a hyphen, so paths stay readable."""
    if len(slug) <= MAX_LENGTH:
        return slug
    cut = slug[:MAX_LENGTH]
    return cut[: cut.rfind("-")] if "-" in cut else cut


class DirectoryNames:
    def __init__(self):
        self._files = defaultdict(set)      # directory -> file names
        self._urls = defaultdict(set)       # (directory, language) -> URL segments

    def claim(self, directory, title, file=False, url_languages=()):
        """The slug of `title`, numbered if needed to be free in every set asked for, and claims it."""
        base = shorten(slugify(title)) or "sida"
        candidate, number = base, 1
        while not self._free(directory, candidate, file, url_languages):
            number += 1
            candidate = f"{base}-{number}"
        if file:
            self._files[directory].add(candidate)
        for language in url_languages:
            self._urls[(directory, language)].add(candidate)
        return candidate

    def _free(self, directory, candidate, file, url_languages):
        if file and candidate in self._files[directory]:
            return False
        return all(candidate not in self._urls[(directory, lang)] for lang in url_languages)

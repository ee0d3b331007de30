"""Swapping the theme changes the look of the demo, not its pages, URLs or text.

Builds the demo once per theme, changing only the `theme:` line of torg.yaml, and compares what
a visitor or a search engine would call the content: the set of pages, and per page its language,
title, first heading, canonical URL, hreflang set and the ids of its headings. Navigation may
move (saaristo puts the calendar's browsing links in a sidebar), so links are not compared. Screenshots of both looks are taken by the conformance stage itself."""
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from site_builder import build, copy_demo, discover_themes

THEMES = discover_themes()
BASE_URL = "https://www.ekvik.example/"


class PageFacts(HTMLParser):
    """The theme-independent facts of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.title = ""
        self.h1 = ""
        self.canonical = None
        self.alternates: list[tuple[str, str]] = []
        self.heading_ids: list[str] = []
        self._in = {"title": False, "h1": False}
        self._main_depth = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag == "link" and attributes.get("rel") == "canonical":
            self.canonical = attributes.get("href")
        if tag == "link" and attributes.get("rel") == "alternate" and "hreflang" in attributes:
            self.alternates.append((attributes["hreflang"], attributes["href"]))
        if tag == "main":
            self._main_depth += 1
        if tag in self._in:
            self._in[tag] = True
        if self._main_depth and re.fullmatch(r"h[2-6]", tag) and attributes.get("id"):
            self.heading_ids.append(attributes["id"])

    def handle_endtag(self, tag):
        if tag == "main":
            self._main_depth -= 1
        if tag in self._in:
            self._in[tag] = False

    def handle_data(self, data):
        if self._in["title"]:
            self.title += data
        if self._in["h1"]:
            self.h1 += data

    def facts(self) -> dict:
        # Words only: a theme may join the same words with its own separators ("A – B", "A B").
        def words(text: str) -> list[str]:
            return re.findall(r"\w+", text)

        return {
            "lang": self.lang, "title": words(self.title), "h1": words(self.h1),
            "canonical": self.canonical, "alternates": self.alternates, "heading_ids": self.heading_ids,
        }


def pages(output: Path) -> dict[str, PageFacts]:
    result = {}
    for path in sorted(output.rglob("*.html")):
        parser = PageFacts()
        parser.feed(path.read_text(encoding="utf-8"))
        result[str(path.relative_to(output))] = parser
    return result


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, Path]:
    torg = Path(os.environ["TORG"])
    outputs = {}
    for theme in THEMES:
        site = copy_demo(tmp_path_factory.mktemp(f"swap-{theme}") / "site", theme)
        outputs[theme] = site / "public"
        build(torg, site, outputs[theme], BASE_URL)
    return outputs


def test_the_repository_has_two_complete_themes():
    assert {"kommun", "saaristo"} <= set(THEMES)


def test_swapping_the_theme_keeps_pages_urls_and_text(builds):
    first, *others = THEMES
    reference = pages(builds[first])
    assert len(reference) > 50
    for theme in others:
        swapped = pages(builds[theme])
        assert sorted(swapped) == sorted(reference), f"{theme} writes other pages than {first}"
        differences = []
        for path, facts in reference.items():
            if facts.facts() != swapped[path].facts():
                differences.append(f"{path}: {facts.facts()} != {swapped[path].facts()}")
        assert not differences, "\n".join(differences[:20])


def test_the_two_themes_look_different(builds):
    """Different stylesheets, not the same look under another name."""
    first, *others = THEMES
    for theme in others:
        home_a = (builds[first] / "sv" / "index.html").read_text(encoding="utf-8")
        home_b = (builds[theme] / "sv" / "index.html").read_text(encoding="utf-8")
        assert f"css/{first}.css" in home_a and f"css/{theme}.css" in home_b
        css_a = (builds[first] / "css" / f"{first}.css").read_text(encoding="utf-8")
        css_b = (builds[theme] / "css" / f"{theme}.css").read_text(encoding="utf-8")
        assert css_a != css_b


def test_every_page_has_a_title_of_its_own(builds):
    """WCAG 2.4.2: no two pages of one language share a <title>, later list pages included
    ("Nyheter – Sida 2 av 3"). Redirect stubs, and /404.html (a copy of the default language's
    404 page), are not pages of their own."""
    for theme, output in builds.items():
        seen: dict[tuple, str] = {}
        duplicates = []
        for path, facts in pages(output).items():
            html = (output / path).read_text(encoding="utf-8")
            if path == "404.html" or 'http-equiv="refresh"' in html:
                continue
            key = (facts.lang, facts.title.strip())
            if key in seen:
                duplicates.append(f"{path} and {seen[key]}: {key}")
            seen[key] = path
        assert any("/page/2/" in path for path in seen.values()), f"{theme}: the demo has no split list to check"
        assert not duplicates, f"{theme}: " + "\n".join(duplicates)

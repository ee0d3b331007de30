"""The HTML pages of a rendered site, and one representative page per template and language.

Templates are recognised from the output and the content, not from a theme's markup, so the
same code serves every theme: the root, 404 and home pages by their paths, pages with a
`layout:` by their front matter, sections as pages with pages below them, the rest as pages."""
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import yaml

from site_server import STILL_QUERY


@dataclass(frozen=True)
class SitePage:
    path: str          # site path: /, /sv/, /sv/404.html
    file: Path
    lang: str          # the lang attribute of <html>, "" when missing
    h1: str
    title: str
    refreshes: bool    # has <meta http-equiv="refresh">: the browser moves on at once

    @property
    def browse_path(self) -> str:
        """The path to load in the browser: pages that refresh are held still (site_server)."""
        return f"{self.path}?{STILL_QUERY}" if self.refreshes else self.path


class _Outline(HTMLParser):
    """Reads the few facts the checks need from one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang, self.h1, self.title, self.refreshes = "", "", "", False
        self._in = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang") or ""
        elif tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.refreshes = True
        elif tag in ("h1", "title") and not getattr(self, tag):
            self._in = tag

    def handle_endtag(self, tag):
        if tag == self._in:
            self._in = None

    def handle_data(self, data):
        if self._in:
            setattr(self, self._in, getattr(self, self._in) + data)


def site_path(output: Path, file: Path) -> str:
    relative = file.relative_to(output).as_posix()
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative[: -len("index.html")]
    return "/" + relative


def read_pages(output: Path) -> list[SitePage]:
    pages = []
    for file in sorted(output.rglob("*.html")):
        outline = _Outline()
        outline.feed(file.read_text(encoding="utf-8", errors="replace"))
        pages.append(SitePage(site_path(output, file), file, outline.lang,
                              _normalise(outline.h1), _normalise(outline.title), outline.refreshes))
    return pages


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def languages(source: Path) -> list[str]:
    """The site's language codes from torg.yaml, the default language first."""
    config = yaml.safe_load((source / "torg.yaml").read_text(encoding="utf-8"))
    return [entry["code"] for entry in config["languages"]]


def layout_pages(source: Path, default_language: str) -> list[tuple[str, str, str, Path]]:
    """(layout, language, title, file) of every content file whose front matter names a layout."""
    found = []
    for file in sorted((source / "content").rglob("*.md")):
        text = file.read_text(encoding="utf-8")
        match = re.match(r"---\n(.*?)\n---", text, re.DOTALL)
        if not match:
            continue
        front = yaml.safe_load(match.group(1)) or {}
        if front.get("layout"):
            parts = file.name.split(".")
            language = parts[-2] if len(parts) >= 3 else default_language
            found.append((str(front["layout"]), language, str(front.get("title", "")), file))
    return found


def representatives(source: Path, output: Path, pages: list[SitePage]) -> dict[tuple[str, str], SitePage]:
    """{(template, language): page} for root, home, section, page, 404 and every layout in use.

    Where a template renders several pages, the largest file is taken: it shows the most of
    what the template and the Markdown can produce."""
    codes = languages(source)
    by_path = {page.path: page for page in pages}
    chosen: dict[tuple[str, str], SitePage] = {}
    if "/" in by_path:
        chosen[("root", by_path["/"].lang or codes[0])] = by_path["/"]
    claimed = {"/"}
    for layout, language, title, file in layout_pages(source, codes[0]):
        matches = [p for p in pages if p.path.startswith(f"/{language}/") and not p.refreshes
                   and (p.h1 == title or p.title.startswith(title))]
        if not matches:
            raise LookupError(f"no rendered page has the title {title!r} of {file} (layout {layout})")
        claimed.update(p.path for p in matches)
        chosen.setdefault((layout, language), max(matches, key=lambda p: p.file.stat().st_size))
    for code in codes:
        for template, path in (("home", f"/{code}/"), ("404", f"/{code}/404.html")):
            if path in by_path:
                chosen[(template, code)] = by_path[path]
                claimed.add(path)
        ordinary = [p for p in pages if p.path.startswith(f"/{code}/") and p.path.endswith("/")
                    and p.path not in claimed and not p.refreshes]
        below = {p.path: any(q.path != p.path and q.path.startswith(p.path) and not q.refreshes
                             for q in pages) for p in ordinary}
        for template, candidates in (("section", [p for p in ordinary if below[p.path]]),
                                     ("page", [p for p in ordinary if not below[p.path]])):
            if candidates:
                chosen[(template, code)] = max(candidates, key=lambda p: p.file.stat().st_size)
    return chosen

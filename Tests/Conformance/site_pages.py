"""The HTML pages of a rendered site, and one representative page per template and language.

Which template rendered a page is learnt from a second build of the same copy whose page
templates each start with a comment naming them (mark_templates), so it holds for any theme,
any `layout:` and any page type Torg adds, without guessing from a theme's markup."""
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
    refreshes: bool    # has <meta http-equiv="refresh">: the browser moves on at once

    @property
    def browse_path(self) -> str:
        """The path to load in the browser: pages that refresh are held still (site_server)."""
        return f"{self.path}?{STILL_QUERY}" if self.refreshes else self.path


class _Outline(HTMLParser):
    """Reads the two facts the checks need from one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang, self.refreshes = "", False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang") or ""
        elif tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            self.refreshes = True


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
        pages.append(SitePage(site_path(output, file), file, outline.lang, outline.refreshes))
    return pages


MARKER = "torg-template:"


def mark_templates(site: Path) -> None:
    """Starts every page template of the site and its themes with a comment naming it, so a
    build of this copy tells which template rendered each page (the one the lookup picked)."""
    for layouts in [site / "layouts", *sorted((site / "themes").glob("*/layouts"))]:
        for file in sorted(layouts.rglob("*.mustache")):
            name = file.relative_to(layouts).with_suffix("").as_posix()
            if name != "baseof" and not name.startswith("partials/"):
                file.write_text(f"<!--{MARKER}{name}-->" + file.read_text(encoding="utf-8"), encoding="utf-8")


def read_templates(output: Path) -> dict[str, str]:
    """{site path: template} from the output of a marked build; pages without a marker (the
    redirects of old paths, which Torg writes itself) are left out."""
    found = {}
    for file in sorted(output.rglob("*.html")):
        with file.open(encoding="utf-8", errors="replace") as handle:
            match = re.match(rf"<!--{MARKER}([^>]+?)-->", handle.read(300))
        if match:
            found[site_path(output, file)] = match.group(1)
    return found


def site_languages(source: Path) -> list[str]:
    """The language codes of torg.yaml, the default language first."""
    config = yaml.safe_load((source / "torg.yaml").read_text(encoding="utf-8"))
    return [str(entry["code"]) for entry in config["languages"]]


def representatives(pages: list[SitePage], templates: dict[str, str],
                    languages: list[str]) -> dict[tuple[str, str], SitePage]:
    """{(template, language): page}: one page per template in use and language.

    Where a template renders several pages, the largest file is taken: it shows the most of
    what the template and the Markdown can produce."""
    chosen: dict[tuple[str, str], SitePage] = {}
    rank: dict[tuple[str, str], tuple[bool, int]] = {}
    for page in pages:
        template = templates.get(page.path)
        if template is None:
            continue
        first = page.path.strip("/").split("/")[0]
        in_language_folder = first in languages
        key = (template, first if in_language_folder else (page.lang.split("-")[0] or languages[0]))
        # A page inside its language's folder beats a copy at the root (/404.html), then size.
        score = (in_language_folder, page.file.stat().st_size)
        if key not in rank or score > rank[key]:
            chosen[key], rank[key] = page, score
    return chosen

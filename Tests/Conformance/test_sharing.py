"""Feeds, tag pages, server redirects and the metadata for sharing, on the demo with each theme
(docs/sharing.md): what the real binary writes, read the way feed readers, nginx, chat apps and
search engines read it."""
import http.client
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import yaml

from served_site import served_demo
from site_builder import build


class _Head(HTMLParser):
    """The parts of a page these checks read: meta properties, links, JSON-LD and anchors."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, list[str]] = {}
        self.links: list[dict] = []
        self.anchors: list[str] = []
        self.json_ld: list[str] = []
        self._in_json = False
        self.is_stub = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("property") or attrs.get("name")
            if key:
                self.meta.setdefault(key, []).append(attrs.get("content") or "")
            if (attrs.get("name") or "") == "robots" and "noindex" in (attrs.get("content") or ""):
                self.is_stub = True
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a" and attrs.get("href"):
            self.anchors.append(attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json = True
            self.json_ld.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json = False

    def handle_data(self, data):
        if self._in_json:
            self.json_ld[-1] += data


def head(file: Path) -> _Head:
    parsed = _Head()
    parsed.feed(file.read_text(encoding="utf-8"))
    return parsed


def output_file(output: Path, path: str) -> Path:
    """The file that serves a site path (`/sv/nyheter/` → sv/nyheter/index.html)."""
    relative = path.lstrip("/")
    return output / (relative + "index.html" if relative.endswith("/") or not relative else relative)


def local_path(demo, url: str) -> str:
    assert url.startswith(demo.origin + "/"), f"{url} is not an absolute URL of the site"
    return url[len(demo.origin):]


def feeds(demo) -> list[Path]:
    return sorted(p for p in demo.output.rglob("*.xml") if p.name in ("index.xml", "atom.xml"))


def news_articles(demo, section_url: str) -> list[dict]:
    """The NewsArticle blocks of the pages below a section, as the pages themselves state them."""
    articles = []
    for page in demo.pages:
        if page.path.startswith(section_url) and page.path != section_url:
            for block in head(page.file).json_ld:
                data = json.loads(block)
                if data.get("@type") == "NewsArticle":
                    articles.append(data)
    return articles


def test_every_feed_parses_and_lists_the_newest_pages(demo):
    found = feeds(demo)
    assert {p.name for p in found} == {"index.xml", "atom.xml"}, found
    for file in found:
        feed = feedparser.parse(file.read_bytes())
        assert not feed.bozo, f"{file}: {feed.get('bozo_exception')}"
        section_url = "/" + file.parent.relative_to(demo.output).as_posix() + "/"
        assert feed.feed.link == demo.origin + section_url
        # The pages say when they were published (their NewsArticle data); the feed must carry the
        # newest of them first, ties by URL, at most 20.
        articles = news_articles(demo, section_url)
        assert articles, section_url
        expected = [a["url"] for a in sorted(sorted(articles, key=lambda a: a["url"]),
                                            key=lambda a: a["datePublished"], reverse=True)][:20]
        links = [entry.link for entry in feed.entries]
        assert links == expected, file
        for entry in feed.entries:
            assert output_file(demo.output, local_path(demo, entry.link)).is_file(), entry.link
            assert entry.summary and entry.content[0].value, entry.link
            # The whole body is carried as HTML, with its links made absolute.
            assert not re.search(r'(href|src)="/', entry.content[0].value), entry.link
        language = file.parts[len(demo.output.parts)]
        assert (feed.feed.get("language") or "").lower().startswith(language), file


def test_every_page_of_a_feed_section_links_its_feeds(demo):
    for file in feeds(demo):
        section_url = "/" + file.parent.relative_to(demo.output).as_posix() + "/"
        language = section_url.split("/")[1]
        kind = "application/rss+xml" if file.name == "index.xml" else "application/atom+xml"
        for page in demo.pages:
            if not page.path.startswith(section_url) or page.refreshes:
                continue
            links = [l for l in head(page.file).links if l.get("rel") == "alternate" and l.get("type") == kind]
            assert [(l["href"], l.get("hreflang")) for l in links] == [(demo.origin + section_url + file.name, language)], page.path


def test_the_events_section_links_its_icalendar_feed(demo):
    """Every page of the events section (its list, its events, the calendar's lists) links a
    calendar feed of its language that exists."""
    calendar = yaml.safe_load((demo.source / "torg.yaml").read_text(encoding="utf-8"))["events"]["section"]
    section = f"/sv/{calendar}/"
    pages = [p for p in demo.pages if p.path.startswith(section) and not p.refreshes]
    assert len(pages) > 10
    for page in pages:
        links = [l for l in head(page.file).links if l.get("rel") == "alternate" and l.get("type") == "text/calendar"]
        assert [l.get("hreflang") for l in links] == ["sv"], page.path
        href = local_path(demo, links[0]["href"])
        assert href.endswith("/calendar.ics") and (demo.output / href.lstrip("/")).is_file(), href


def test_two_builds_give_byte_identical_feeds(demo, torg, tmp_path):
    again = tmp_path / "again"
    build(torg, demo.source, again, demo.server.base_url)
    for file in feeds(demo):
        assert (again / file.relative_to(demo.output)).read_bytes() == file.read_bytes(), file


def tag_links(page_file: Path, word: str) -> list[str]:
    return [href for href in head(page_file).anchors if re.fullmatch(rf"/[a-z]+/{word}/[^/]+/", href)]


@pytest.mark.parametrize("language,word", [("sv", "amnen"), ("fi", "aiheet")])
def test_tag_pages_list_their_pages_and_the_pages_link_back(demo, language, word):
    index = demo.output / language / word / "index.html"
    assert index.is_file()
    terms = tag_links(index, word)
    assert terms, index
    for term in terms:
        file = output_file(demo.output, term)
        assert file.is_file(), term
        listed = [h for h in head(file).anchors if h.startswith(f"/{language}/") and "/" + word + "/" not in h
                  and output_file(demo.output, h).is_file()]
        # Each page the tag page lists shows the tag as a link back to it.
        tagged = [h for h in listed if term in tag_links(output_file(demo.output, h), word)]
        assert tagged, term


def alternates(file: Path) -> set[tuple[str, str]]:
    return {(l["hreflang"], l["href"]) for l in head(file).links if l.get("rel") == "alternate" and l.get("hreflang")
            and not l.get("type")}


def test_paired_tags_are_reciprocal_in_hreflang_and_unpaired_have_none(demo):
    pairs = yaml.safe_load((demo.source / "data" / "tags.yaml").read_text(encoding="utf-8"))
    paired = 0
    for page in demo.pages:
        if not re.fullmatch(r"/(sv/amnen|fi/aiheet)/[^/]+/", page.path):
            continue
        links = alternates(page.file)
        if not links:
            continue
        paired += 1
        for hreflang, href in links:
            other = output_file(demo.output, local_path(demo, href))
            assert alternates(other) == links, (page.path, href)
    assert paired == 2 * len(pairs)
    unpaired = demo.output / "sv" / "amnen" / "sprak" / "index.html"
    assert unpaired.is_file() and not alternates(unpaired)


@pytest.fixture(scope="module")
def many_tagged(request, torg, tmp_path_factory):
    """The demo with twelve more news items tagged 'simning' / 'uinti', a pair in data/tags.yaml."""
    def add_pages(site: Path):
        for number in range(1, 13):
            for language, tag in (("sv", "simning"), ("fi", "uinti")):
                (site / "content" / "nyheter" / f"sim-{number}.{language}.md").write_text(
                    f"---\ntitle: Simning {number} {language}\ndate: 2026-05-{number:02d}\ntags: [{tag}]\n---\n\nText.\n",
                    encoding="utf-8")
        with (site / "data" / "tags.yaml").open("a", encoding="utf-8") as pairs:
            pairs.write("- {sv: simning, fi: uinti}\n")
    with served_demo(torg, tmp_path_factory.mktemp("tagged"), "kommun", add_pages) as site:
        yield site


def test_tag_pages_are_paginated_like_sections(many_tagged):
    site = many_tagged
    for language, word, tag in (("sv", "amnen", "simning"), ("fi", "aiheet", "uinti")):
        first, second, third = (site.output / language / word / tag / p / "index.html" for p in ("", "page/2", "page/3"))
        assert first.is_file() and second.is_file() and third.is_file()
        assert not (site.output / language / word / tag / "page/4/index.html").exists()
    # Page 2 and page 2 of the paired tag point at each other.
    sv2 = site.output / "sv/amnen/simning/page/2/index.html"
    fi2 = site.output / "fi/aiheet/uinti/page/2/index.html"
    assert alternates(sv2) == alternates(fi2)
    assert ("fi", site.origin + "/fi/aiheet/uinti/page/2/") in alternates(sv2)


def aliases(source: Path) -> set[str]:
    found = set()
    for file in (source / "content").rglob("*.md"):
        text = file.read_text(encoding="utf-8")
        match = re.match(r"---\n(.*?)\n---", text, re.S)
        front = yaml.safe_load(match.group(1)) if match else None
        for alias in (front or {}).get("aliases") or []:
            found.add(alias if alias.endswith("/") or alias.endswith(".html") else alias + "/")
    return found


def test_redirects_lists_every_alias_and_nginx_answers_301_to_a_page_that_exists(demo):
    rules = [line.split() for line in (demo.output / "_redirects").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert all(len(rule) == 3 and rule[2] == "301" for rule in rules), rules
    assert aliases(demo.source) <= {rule[0] for rule in rules}
    host = urlsplit(demo.server.base_url)
    for source, target, _ in rules:
        connection = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
        connection.request("GET", source)
        response = connection.getresponse()
        location = response.getheader("Location") or ""
        connection.close()
        assert response.status == 301, f"{source}: {response.status}"
        assert urlsplit(location).path == target, (source, location)
        assert output_file(demo.output, target).is_file(), target


def open_graph_findings(site) -> list[str]:
    """Pages (not redirect stubs) without og:title, og:locale, a canonical URL or a card."""
    findings = []
    for page in site.pages:
        parsed = head(page.file)
        if parsed.is_stub:
            continue
        canonical = [l["href"] for l in parsed.links if l.get("rel") == "canonical"]
        if len(canonical) != 1:
            findings.append(f"{page.path}: {len(canonical)} canonical links")
        if not parsed.meta.get("og:title", [""])[0]:
            findings.append(f"{page.path}: no og:title")
        if not re.fullmatch(r"[a-z]{2,3}_[A-Z]{2}", parsed.meta.get("og:locale", [""])[0]):
            findings.append(f"{page.path}: og:locale {parsed.meta.get('og:locale')}")
        if parsed.meta.get("og:url") != canonical:
            findings.append(f"{page.path}: og:url {parsed.meta.get('og:url')} is not the canonical {canonical}")
        if parsed.meta.get("twitter:card", [""])[0] not in ("summary", "summary_large_image"):
            findings.append(f"{page.path}: twitter:card {parsed.meta.get('twitter:card')}")
    return findings


def test_every_page_has_open_graph_and_a_canonical_url(demo):
    assert len([p for p in demo.pages if not head(p.file).is_stub]) > 50
    findings = open_graph_findings(demo)
    assert not findings, "\n".join(findings)


REQUIRED = {
    "GovernmentOrganization": ["name", "url", "logo", "address", "telephone", "email", "sameAs"],
    "WebSite": ["name", "url", "inLanguage"],
    "BreadcrumbList": ["itemListElement"],
    "NewsArticle": ["headline", "datePublished", "dateModified", "inLanguage", "publisher"],
    "Event": ["name", "startDate", "location"],
}


def json_ld_findings(site) -> tuple[list[str], dict[str, int]]:
    """Blocks that do not parse or lack a property their type requires; and how many of each type."""
    findings, seen = [], {}
    for page in site.pages:
        types = []
        for block in head(page.file).json_ld:
            try:
                data = json.loads(block)
            except json.JSONDecodeError as error:
                findings.append(f"{page.path}: JSON-LD does not parse: {error}")
                continue
            kind = data.get("@type")
            types.append(kind)
            seen[kind] = seen.get(kind, 0) + 1
            if data.get("@context") != "https://schema.org":
                findings.append(f"{page.path}: {kind} has the @context {data.get('@context')}")
            required = REQUIRED.get(kind, [])
            if kind == "Event" and data.get("eventStatus") == "https://schema.org/EventPostponed":
                # Postponed to a time not yet known: there is no date to give (docs/events.md).
                required = [key for key in required if key != "startDate"]
            missing = [key for key in required if key not in data]
            if missing:
                findings.append(f"{page.path}: {kind} lacks {missing}")
            elif kind == "GovernmentOrganization":
                address = data["address"]
                if address.get("@type") != "PostalAddress" or not all(
                        address.get(k) for k in ("streetAddress", "postalCode", "addressLocality", "addressCountry")):
                    findings.append(f"{page.path}: incomplete PostalAddress {address}")
            elif kind == "BreadcrumbList":
                items = data["itemListElement"]
                if [i.get("position") for i in items] != list(range(1, len(items) + 1)) or not all(
                        i.get("name") and str(i.get("item", "")).startswith(site.origin + "/") for i in items):
                    findings.append(f"{page.path}: BreadcrumbList items {items}")
            elif kind == "NewsArticle" and not data["publisher"].get("name"):
                findings.append(f"{page.path}: NewsArticle publisher without a name")
        if re.fullmatch(r"/[a-z]+/", page.path) and not {"GovernmentOrganization", "WebSite"} <= set(types):
            findings.append(f"{page.path}: a home page without GovernmentOrganization and WebSite: {types}")
    return findings, seen


def test_every_json_ld_block_parses_and_has_its_required_properties(demo):
    findings, seen = json_ld_findings(demo)
    assert not findings, "\n".join(findings)
    assert {"GovernmentOrganization", "WebSite", "BreadcrumbList", "NewsArticle"} <= set(seen), seen


def break_share_partial(site: Path):
    share = site / "themes" / "kommun" / "layouts" / "partials" / "share.mustache"
    text = share.read_text(encoding="utf-8")
    broken = text.replace('<meta property="og:locale" content="{{locale}}">', "").replace("{{{.}}}</script>", "{{{.}}},</script>")
    assert broken != text
    share.write_text(broken, encoding="utf-8")


def test_the_metadata_checks_fail_on_a_theme_that_drops_og_locale_and_breaks_json_ld(torg, tmp_path):
    with served_demo(torg, tmp_path, "kommun", break_share_partial) as site:
        og = open_graph_findings(site)
        assert og and all("og:locale" in finding for finding in og), og
        findings, _ = json_ld_findings(site)
        assert any("does not parse" in finding for finding in findings), findings

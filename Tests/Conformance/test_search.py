"""Site search with Pagefind and the A–Ö index on the demo, in a real browser, with each theme:
the header form finds pages in the page's language only (with stemming), the results page and the
index pass axe, nothing loads from another host, and the index is byte-identical between builds."""
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from check_axe import axe_findings
from check_html import ERROR, vnu_findings
from findings import report
from site_builder import build, copy_demo

# Each language's search: the word typed, a page it must find, and the language's URL prefix.
SEARCHES = [
    # Swedish: the day-care section, by its own word.
    ("sv", "dagvård", "/sv/tjanster/utbildning/dagvard/"),
    # Finnish: an inflected form ("in the library") that the page has only in other forms.
    ("fi", "kirjastossa", "/fi/palvelut/kulttuuri-ja-vapaa-aika/kirjasto/"),
]


def search_from_header(browser, demo, language: str, word: str) -> tuple[list[str], list[str]]:
    """Types `word` into the header form of the language's home page and waits for the results.
    Returns the result links' paths and every URL the browser requested meanwhile."""
    driver = browser.driver
    browser.open(demo.url(f"/{language}/"))
    field = driver.find_element(By.CSS_SELECTOR, "header form[role=search] input[name=q]")
    label = driver.find_element(By.CSS_SELECTOR, f"label[for='{field.get_attribute('id')}']")
    assert label.text.strip(), "the header's search input has no visible label"
    driver.get_log("performance")
    field.send_keys(word, Keys.ENTER)
    WebDriverWait(driver, 20).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "[data-search-results] a")
        or "0" in (d.find_element(By.CSS_SELECTOR, "[data-search-status]").text or "x"))
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
    links = [urlsplit(a.get_attribute("href")).path
             for a in driver.find_elements(By.CSS_SELECTOR, "[data-search-results] a")]
    return links, requests


@pytest.mark.parametrize("language,word,expected", SEARCHES)
def test_the_header_form_finds_pages_in_its_language_only(demo, browser, language, word, expected):
    links, requests = search_from_header(browser, demo, language, word)
    driver = browser.driver
    assert urlsplit(driver.current_url).path.startswith(f"/{language}/"), driver.current_url
    assert expected in links, f"{word!r} did not find {expected}: {links}"
    assert all(link.startswith(f"/{language}/") for link in links), f"results in another language: {links}"
    # The index came from this server, and nothing else was asked for anywhere.
    own = urlsplit(demo.origin)
    assert any("/pagefind/" in url for url in requests), requests
    others = [url for url in requests if urlsplit(url).scheme in ("http", "https")
              and (urlsplit(url).hostname, urlsplit(url).port) != (own.hostname, own.port)]
    assert not others, f"requests to other hosts: {others}"
    # The section and type filters load from the rewritten (sorted) filter files.
    filters = driver.execute_async_script("""
        const done = arguments[arguments.length - 1];
        const bundle = document.querySelector("[data-search]").dataset.bundle;
        import(bundle + "pagefind.js").then(async (pagefind) => {
          await pagefind.options({basePath: bundle});
          done(await pagefind.filters());
        }).catch((error) => done({error: String(error)}));""")
    assert set(filters) == {"section", "type"}, filters
    assert set(filters["type"]) <= {"page", "news", "event"} and "page" in filters["type"], filters
    # The page with its results showing passes axe.
    findings = axe_findings(browser, urlsplit(driver.current_url).path)
    assert not findings, report(findings, f"axe on the {language} search results, {demo.theme}")


def test_the_az_index_passes_axe_and_vnu_in_every_language(demo, browser):
    pages = sorted(demo.output.glob("*/a-o/index.html"))
    assert {p.parent.parent.name for p in pages} == {"sv", "fi"}, pages
    findings = [f for f in vnu_findings(demo.output, pages) if f.rule == ERROR]
    for page in pages:
        path = "/" + page.parent.relative_to(demo.output).as_posix() + "/"
        browser.open(demo.url(path))
        findings += axe_findings(browser, path)
        letters = [h.text for h in browser.driver.find_elements(By.CSS_SELECTOR, "main h2")]
        # Swedish and Finnish both put Å, Ä and Ö after Z (the Swift tests check every case).
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
        assert letters and letters == sorted(letters, key=alphabet.find), letters
    assert not findings, report(findings, f"the A–Ö index of the {demo.theme} demo")


def test_the_search_page_without_javascript_links_to_the_az_index(demo):
    for language in ("sv", "fi"):
        search = [p for p in demo.output.glob(f"{language}/*/index.html") if "data-search-results" in p.read_text("utf-8")]
        assert len(search) == 1, search
        text = search[0].read_text("utf-8")
        noscript = text[text.index("<noscript>"):text.index("</noscript>")]
        assert f'href="/{language}/a-o/"' in noscript, noscript


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_builds_with_search_are_identical_and_a_rebuild_rewrites_nothing(demo, torg, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    build(torg, demo.source, first, "https://www.ekvik.example/")
    build(torg, demo.source, second, "https://www.ekvik.example/")
    a, b = tree(first), tree(second)
    assert any(name.startswith("pagefind/index/") for name in a)
    differing = sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))
    assert not differing, f"two builds differ in {differing[:20]}"
    inodes = {p: p.stat().st_ino for p in first.rglob("*") if p.is_file()}
    result = build(torg, demo.source, first, "https://www.ekvik.example/")
    assert f"{len(a)} files ({len(a)} unchanged)" in result.stdout + result.stderr, result.stdout
    rewritten = [p for p, inode in inodes.items() if p.stat().st_ino != inode]
    assert not rewritten, f"a build with no change rewrote {rewritten[:10]}"

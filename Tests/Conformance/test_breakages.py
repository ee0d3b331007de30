"""The checks can fail: each test breaks one thing in a copy of the demo and expects the check
to report it, naming the page, the rule and the element, as the main tests would print it."""
import re
from pathlib import Path

import pytest

from check_html import ERROR, WARNING, vnu_findings
from check_keyboard import focus_visibility_findings
from check_links import linkchecker_findings
from check_reflow import reflow_findings
from findings import report
from served_site import served_demo
from site_audit import audit_pages
from site_builder import discover_themes

THEMES = discover_themes()
THEME = "kommun" if "kommun" in THEMES else THEMES[0]
EXTERNAL_FONT = "https://fonts.example.com/css2?family=Inter"


def theme_files(site: Path, pattern: str) -> list[Path]:
    files = sorted((site / "themes" / THEME).glob(pattern))
    assert files, f"theme {THEME} has no {pattern}"
    return files


def edit(file: Path, change) -> None:
    before = file.read_text(encoding="utf-8")
    after = change(before)
    assert after != before, f"the breakage did not change {file}"
    file.write_text(after, encoding="utf-8")


def image_without_alt(site: Path) -> None:
    [baseof] = theme_files(site, "layouts/baseof.mustache")
    edit(baseof, lambda text: text.replace("</main>", '<img src="{{site.root}}favicon.svg"></main>', 1))


def no_language(site: Path) -> None:
    for layout in theme_files(site, "layouts/*.mustache"):
        text = layout.read_text(encoding="utf-8")
        if "<html" in text:
            edit(layout, lambda t: re.sub(r"<html\s+lang=\"[^\"]*\"", "<html", t))


def low_contrast(site: Path) -> None:
    for css in theme_files(site, "static/**/*.css"):
        edit(css, lambda text: text + "\np { color: #bbbbbb !important; }\n")


def external_font(site: Path) -> None:
    for css in theme_files(site, "static/**/*.css"):
        edit(css, lambda text: f'@import url("{EXTERNAL_FONT}");\n' + text)


@pytest.fixture
def broken(torg, tmp_path):
    """Serves a copy of the demo with one breakage: broken(breakage) -> ServedSite."""
    sites = []

    def serve(breakage):
        context = served_demo(torg, tmp_path, THEME, breakage)
        sites.append(context)
        return context.__enter__()

    yield serve
    for context in sites:
        context.__exit__(None, None, None)


def page_of(site, template: str):
    return site.representatives()[(template, "sv")]


def test_an_image_without_alt_text_fails_axe_and_vnu(broken, browser):
    site = broken(image_without_alt)
    page = page_of(site, "page")
    audit = audit_pages(browser, site, [page.path])
    message = report(audit.axe, "axe violations")
    assert any(f.rule == "image-alt" and f.page == page.path and "img" in f.element for f in audit.axe), message
    errors = [f for f in vnu_findings(site.output, [page.file]) if f.rule == ERROR]
    assert any("alt" in f.message and "<img" in f.element for f in errors), report(errors, "vnu errors")


def test_a_missing_lang_fails_axe_and_warns_in_vnu(broken, browser):
    site = broken(no_language)
    page = page_of(site, "home")
    audit = audit_pages(browser, site, [page.path])
    assert any(f.rule == "html-has-lang" and f.page == page.path and f.element == "html"
               for f in audit.axe), report(audit.axe, "axe violations")
    warnings = [f for f in vnu_findings(site.output, [page.file]) if f.rule == WARNING]
    assert any("lang" in f.message for f in warnings), report(warnings, "vnu warnings")


def test_a_low_contrast_colour_fails_axe(broken, browser):
    site = broken(low_contrast)
    page = page_of(site, "page")
    audit = audit_pages(browser, site, [page.path])
    contrast = [f for f in audit.axe if f.rule == "color-contrast" and f.page == page.path]
    assert contrast and any(" p" in f.element or f.element.startswith("p") for f in contrast), \
        report(audit.axe, "axe violations")
    assert "#bbbbbb" in report(contrast, "contrast")


def test_an_external_font_fails_the_network_check(broken, browser):
    site = broken(external_font)
    page = page_of(site, "home")
    audit = audit_pages(browser, site, [page.path])
    message = report(audit.privacy, "privacy problems")
    assert any(f.rule == "third-party-request" and f.page == page.path and f.element == "fonts.example.com"
               for f in audit.privacy), message
    assert EXTERNAL_FONT in message


def hidden_focus(site: Path) -> None:
    for css in theme_files(site, "static/**/*.css"):
        edit(css, lambda text: text + "\n*, *:focus, *:focus-visible, *:focus-within "
                                      "{ outline: none !important; box-shadow: none !important; }\n")


def wide_heading(site: Path) -> None:
    for css in theme_files(site, "static/**/*.css"):
        edit(css, lambda text: text + "\nh1 { min-width: 40rem; }\n")


def broken_links(site: Path) -> None:
    [baseof] = theme_files(site, "layouts/baseof.mustache")
    edit(baseof, lambda text: text.replace(
        "</main>", '<a href="{{site.root}}no-such-page/">a</a> <a href="#no-such-anchor">b</a></main>', 1))


def test_a_hidden_focus_ring_fails_the_focus_check(broken, browser):
    site = broken(hidden_focus)
    page = page_of(site, "page")
    findings = focus_visibility_findings(browser, page.path, site.url(page.browse_path))
    assert any(f.rule == "focus-not-visible" and f.page == page.path and f.element.startswith("a")
               for f in findings), report(findings, "focus problems")


def test_a_wide_element_fails_the_reflow_check(broken, browser):
    site = broken(wide_heading)
    page = page_of(site, "page")
    findings = reflow_findings(browser, page.path, site.url(page.browse_path))
    assert any(f.rule == "reflow-320" and f.element.startswith("h1") for f in findings), \
        report(findings, "reflow problems")


def test_a_broken_link_and_anchor_fail_linkchecker(broken):
    site = broken(broken_links)
    page = page_of(site, "home")
    findings = linkchecker_findings(site.server.base_url, [page.path], depth=1)
    message = report(findings, "link problems")
    assert any(f.rule == "broken-link" and f.page == page.path and "no-such-page" in f.element
               for f in findings), message
    assert any(f.rule == "broken-anchor" and f.page == page.path and "no-such-anchor" in f.element
               for f in findings), message

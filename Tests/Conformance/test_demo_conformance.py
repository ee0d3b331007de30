"""The demo site, with each theme of the repository, against the conformance targets:
0 vnu errors, 0 axe violations, 0 broken links or anchors, nothing from other hosts, no
cookies or storage, a working skip link, visible focus, no sideways scrolling at 320 px."""
import warnings

from check_html import ERROR, checked_files, vnu_findings
from check_keyboard import focus_visibility_findings, skip_link_findings
from check_links import crawl
from check_reflow import reflow_findings
from findings import report
from screenshots import WIDTHS, save_screenshots


def test_every_theme_renders_every_template(demo):
    chosen = demo.representatives()
    templates = {template for template, _ in chosen}
    assert {"root", "home", "section", "page", "404"} <= templates, sorted(chosen)


def test_html_css_and_svg_are_valid(demo, tally):
    findings = vnu_findings(demo.output)
    tally[(demo.theme, "vnu")] = f"{len(checked_files(demo.output))} HTML, CSS and SVG files"
    errors = [f for f in findings if f.rule == ERROR]
    for warning in (f for f in findings if f.rule != ERROR):
        warnings.warn(str(warning))
    assert not errors, report(errors, f"vnu errors in the {demo.theme} demo")


def test_axe_finds_no_violations(demo, demo_audit, tally):
    assert len(demo_audit.pages) == len(demo.pages)
    tally[(demo.theme, "axe-core and network log")] = f"{len(demo_audit.pages)} pages"
    assert not demo_audit.axe, report(demo_audit.axe, f"axe violations in the {demo.theme} demo")


def test_nothing_is_loaded_from_other_hosts_or_stored(demo, demo_audit):
    assert not demo_audit.privacy, report(demo_audit.privacy, f"privacy problems in the {demo.theme} demo")


def test_no_broken_links_or_anchors(demo, tally):
    # Every page is a start URL, so pages nothing links to (the 404 pages) are checked too.
    result = crawl(demo.server.base_url, [page.path for page in demo.pages])
    findings = result.findings
    tally[(demo.theme, "linkchecker")] = f"{result.links_checked} links and anchors"
    assert not findings, report(findings, f"link problems in the {demo.theme} demo")


def test_first_tab_reaches_a_skip_link_to_main(demo, browser):
    findings = []
    for (template, language), page in sorted(demo.representatives().items()):
        findings += skip_link_findings(browser, page.path, demo.url(page.browse_path))
    assert not findings, report(findings, f"skip link problems in the {demo.theme} demo")


def test_focus_stays_visible(demo, browser):
    # Focus styles belong to the template, not to the language: one language per template.
    findings, done = [], set()
    for (template, language), page in sorted(demo.representatives().items()):
        if template not in done:
            done.add(template)
            findings += focus_visibility_findings(browser, page.path, demo.url(page.browse_path))
    assert not findings, report(findings, f"focus problems in the {demo.theme} demo")


def test_no_horizontal_scrolling_at_320_px(demo, browser):
    findings = []
    for (template, language), page in sorted(demo.representatives().items()):
        findings += reflow_findings(browser, page.path, demo.url(page.browse_path))
    assert not findings, report(findings, f"reflow problems in the {demo.theme} demo")


def test_screenshots_of_every_template_language_and_width(demo, browser, tally):
    saved = save_screenshots(browser, demo)
    tally[(demo.theme, "screenshots")] = f"{len(saved)} in {saved[0].parent if saved else '-'}"
    tally[(demo.theme, "keyboard, reflow")] = ", ".join(
        f"{t}/{l}" for t, l in sorted(demo.representatives()))
    expected = len(demo.representatives()) * len(WIDTHS)
    assert len(saved) == expected and all(path.stat().st_size > 1000 for path in saved), saved


def test_photos_are_pictures_without_metadata(demo):
    """The demo's photos reach every theme as <picture>s (so vnu, axe and the reflow check see
    them): in a body, as a page's cover and as news-list thumbnails; no copy keeps EXIF, and the
    originals shown only through copies are not published."""
    from PIL import Image

    output = demo.output
    body = (output / "sv/nyheter/badstranderna-oppnar/index.html").read_text(encoding="utf-8")
    assert '<source type="image/avif" srcset="strand-480.avif 480w, strand-960.avif 960w, strand-1600.avif 1600w"' in body
    assert '<img src="strand-1600.jpg" srcset="strand-480.jpg 480w' in body and 'width="1600" height="1067"' in body
    cover = (output / "sv/nyheter/ny-skatepark/index.html").read_text(encoding="utf-8")
    assert '<figure class="page-cover"><picture><source type="image/avif"' in cover
    lists = "".join(path.read_text(encoding="utf-8") for path in (output / "sv/nyheter").rglob("index.html")
                    if path.parent.name in ("nyheter",) or path.parent.parent.name == "page")
    assert 'class="page-list__thumbnail"><picture>' in lists
    assert not (output / "sv/nyheter/badstranderna-oppnar/strand.jpg").exists()
    copies = [path for path in output.rglob("*") if path.suffix in (".jpg", ".png", ".webp", ".avif")]
    assert len(copies) >= 18
    for path in copies:
        data = path.read_bytes()
        assert b"Exif" not in data and b"EXIF" not in data, f"{path} has EXIF"
        if path.suffix != ".avif":
            with Image.open(path) as image:
                assert not image.getexif(), f"{path} has EXIF"

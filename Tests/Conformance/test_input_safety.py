"""Input safety end to end, on copies of the demo site: every GFM spec example without raw HTML
is valid HTML inside a page, and a Markdown file under 100 KB cannot blow up the build."""
import os
import re
import subprocess
import time
from pathlib import Path

import pytest

from check_html import vnu_findings
from gfm_examples import without_raw_html
from site_builder import copy_demo

URL_RULE = re.compile(r"^content/gfm/([\w-]+)\.sv\.md:\d+:\d+: error: the link '[^']*' "
                      r"(uses the scheme '[^']*:', which Torg does not publish|has no valid host name after its scheme)$")
# What vnu says about the outline an example's own headings make (`# a` then `### b`, `#` alone) is
# the editor's content, which Torg warns about while building; it is not a fault of the markup.
OUTLINE = re.compile(r"heading level|^Empty heading\.$")


def build_measured(torg: Path, site: Path, output: Path) -> tuple[int, str, int]:
    """(exit code, stderr, peak RSS in bytes) of one torg build, measured on that child alone."""
    process = subprocess.Popen([str(torg), "build", "--source", str(site), "--output", str(output), "--quiet"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, stderr, usage.ru_maxrss * 1024


def test_every_gfm_example_without_raw_html_is_valid_html(torg, tmp_path):
    examples = without_raw_html()
    assert len(examples) > 550
    site = copy_demo(tmp_path / "site", "kommun")
    pages = site / "content" / "gfm"
    pages.mkdir()
    (pages / "_index.sv.md").write_text("---\ntitle: GFM\n---\n", encoding="utf-8")
    for name, markdown in examples:
        (pages / f"{name}.sv.md").write_text(f"---\ntitle: {name}\n---\n{markdown}", encoding="utf-8")
    # The examples link to made-up paths (/url, /uri): this test is about the HTML, not the targets.
    with open(site / "torg.yaml", "a", encoding="utf-8") as config:
        config.write("checks:\n  link/missing: off\n  link/anchor: off\n")
    code, stderr, _ = build_measured(torg, site, tmp_path / "out")
    # Links with schemes other than http(s), mailto and tel are refused (docs/security.md): those
    # examples are taken out, and nothing else may fail.
    errors = [line for line in stderr.splitlines() if ": error: " in line]
    refused = {URL_RULE.match(line).group(1) for line in errors if URL_RULE.match(line)}
    assert len(refused) == len(errors) <= 7, errors
    for name in refused:
        (pages / f"{name}.sv.md").unlink()
    code, stderr, _ = build_measured(torg, site, tmp_path / "out")
    assert code == 0, stderr
    files = sorted((tmp_path / "out" / "sv" / "gfm").glob("*/index.html"))
    assert len(files) == len(examples) - len(refused)
    findings = [f for f in vnu_findings(tmp_path / "out", files) if not OUTLINE.search(f.message)]
    assert not findings, "\n".join(str(f) for f in findings[:40])


WIDE = "|" + "a|" * 499 + "\n|" + "-|" * 499 + "\n"
BOMBS = {
    "table": WIDE + "x\n" * 48_000,
    "nesting": ">" * 99_000 + " x\n",
    "lists": "- " * 49_000 + "x\n",
    "footnotes": "[^1]" * 24_000 + "\n\n[^1]: x\n",
    "reference": "[a]: /" + "a" * 50_000 + "\n\n" + "[a]" * 16_000 + "\n",
    "emphasis": "*a " * 33_000 + "\n",
    "brackets": "[" * 99_000 + "\n",
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_a_markdown_file_under_100_kb_cannot_blow_up_the_build(torg, tmp_path, name):
    markdown = BOMBS[name]
    assert len(markdown.encode()) < 100_000
    site = copy_demo(tmp_path / "site", "kommun")
    (site / "content" / "bomb.sv.md").write_text("---\ntitle: Bomb\n---\n" + markdown, encoding="utf-8")
    started = time.monotonic()
    code, stderr, peak = build_measured(torg, site, tmp_path / "out")
    assert time.monotonic() - started < 120
    assert peak < 500 * 1024 * 1024, f"peak RSS {peak // 1024 // 1024} MB"
    page = tmp_path / "out" / "sv" / "bomb" / "index.html"
    if code == 0:
        assert page.stat().st_size <= 10_000_000
    else:
        assert re.search(r"^content/bomb\.sv\.md:\d+:\d+: error: ", stderr, re.MULTILINE), stderr

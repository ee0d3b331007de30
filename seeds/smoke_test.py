"""Smoke test of seeds/generate.py at 200 pages. Needs no Hugo.

    python3 -m pytest seeds/smoke_test.py          # generator only
    TORG=.build/release/torg python3 -m pytest seeds/smoke_test.py   # also builds the Torg form
"""
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PAGES = 200
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^#{2,6} (.+)$", re.M)


def generate(out, seed, form="both"):
    subprocess.run([sys.executable, str(HERE / "generate.py"), "--pages", str(PAGES), "--seed", str(seed),
                    "--out", str(out), "--form", form, "--quiet"], check=True)


def tree_digest(root):
    """One hash over every path and file content (symlinks by their target), in sorted order."""
    digest = hashlib.sha256()
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files + [d for d in subdirectories if os.path.islink(os.path.join(directory, d))]):
            path = os.path.join(directory, name)
            digest.update(os.path.relpath(path, root).encode() + b"\0")
            if os.path.islink(path):
                digest.update(b"link:" + os.readlink(path).encode())
            else:
                digest.update(Path(path).read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


def heading_id(text):
    """Torg's heading id for the letters the generator uses (å, ä → a, ö → o)."""
    lowered = text.lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    return re.sub(r"[^a-z0-9]+", "-", lowered).strip("-")


@pytest.fixture(scope="module")
def sites():
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        generate(root / "a", seed=1)
        generate(root / "b", seed=1)
        generate(root / "c", seed=2, form="torg")
        yield root


def markdown_files(site):
    return sorted((site / "content").rglob("*.md"))


def test_same_seed_gives_identical_trees(sites):
    assert tree_digest(sites / "a" / "torg") == tree_digest(sites / "b" / "torg")
    assert tree_digest(sites / "a" / "hugo") == tree_digest(sites / "b" / "hugo")


def test_other_seed_gives_other_content(sites):
    assert tree_digest(sites / "a" / "torg" / "content") != tree_digest(sites / "c" / "torg" / "content")


def test_both_forms_share_the_markdown(sites):
    torg, hugo = sites / "a" / "torg" / "content", sites / "a" / "hugo" / "content"
    assert [p.relative_to(torg) for p in torg.rglob("*")] == [p.relative_to(hugo) for p in hugo.rglob("*")]
    for path in markdown_files(sites / "a" / "torg"):
        assert path.read_bytes() == (hugo / path.relative_to(torg)).read_bytes()


def test_page_counts_per_language(sites):
    files = markdown_files(sites / "a" / "torg")
    swedish = [p for p in files if p.name.endswith(".sv.md")]
    finnish = [p for p in files if p.name.endswith(".fi.md")]
    assert len(files) == len(swedish) + len(finnish) == PAGES
    assert abs(len(swedish) - PAGES / 2) <= PAGES * 0.05
    assert abs(len(finnish) - PAGES / 2) <= PAGES * 0.05
    # About 5 % of the translation sets exist in one language only (pairs by path or translationKey).
    keys = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        key = re.search(r'^translationKey: "(.+)"$', text, re.M)
        stem = str(path.relative_to(sites / "a" / "torg" / "content")).rsplit(".", 2)[0]
        keys.setdefault(key.group(1) if key else stem, []).append(path)
    single = sum(1 for group in keys.values() if len(group) == 1)
    assert 0.02 * len(keys) <= single <= 0.08 * len(keys)
    assert any(f.name.startswith("_index.") and "/" in str(f.relative_to(sites / "a" / "torg" / "content"))
               and 'slug: "' in f.read_text(encoding="utf-8") for f in finnish)


def test_bodies_are_three_to_six_kilobytes(sites):
    pages = [p for p in markdown_files(sites / "a" / "torg") if not p.name.startswith("_index.")]
    sizes = sorted(len(p.read_text(encoding="utf-8").split("\n---\n", 1)[1].encode()) for p in pages)
    assert 3000 <= sizes[len(sizes) // 2] <= 6000
    assert sizes[0] >= 2800 and sizes[-1] <= 7000


def test_every_relative_link_and_image_exists(sites):
    checked = 0
    for path in markdown_files(sites / "a" / "torg"):
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            file, _, anchor = target.partition("#")
            resolved = (path.parent / file).resolve()
            assert resolved.is_file(), f"{path}: {target}"
            if anchor:
                ids = {heading_id(h) for h in HEADING.findall(resolved.read_text(encoding="utf-8"))}
                assert anchor in ids, f"{path}: {target}"
            checked += 1
    assert checked > PAGES * 3


@pytest.mark.skipif(not os.environ.get("TORG"), reason="set TORG to a torg binary to build the Torg form")
def test_torg_builds_the_torg_form(sites, tmp_path):
    result = subprocess.run([os.environ["TORG"], "build", "--source", str(sites / "a" / "torg"),
                             "--output", str(tmp_path / "out"), "--future", "--quiet"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error:" not in result.stderr
    assert (tmp_path / "out" / "sv" / "index.html").is_file()
    assert (tmp_path / "out" / "fi" / "index.html").is_file()


@pytest.mark.skipif(not os.environ.get("TORG"), reason="set TORG to a torg binary to build the Torg form")
def test_one_worker_and_many_workers_give_identical_output(sites, tmp_path):
    """The parallel build (Markdown parsing included) against the serial one, on a generated site."""
    digests = {}
    for workers in (1, 2, 4):
        out = tmp_path / f"out-{workers}"
        subprocess.run([os.environ["TORG"], "build", "--source", str(sites / "a" / "torg"), "--output", str(out),
                        "--future", "--quiet", "--now", "2026-06-01T12:00:00Z", "--workers", str(workers)],
                       check=True, capture_output=True)
        digests[workers] = tree_digest(out)
    assert digests[2] == digests[1]
    assert digests[4] == digests[1]


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))

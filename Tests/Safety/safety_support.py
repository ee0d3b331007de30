"""What the output-safety tests share: the torg binary, generated sites, and tree digests."""
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


def torg_binary() -> Path:
    binary = Path(os.environ.get("TORG", REPOSITORY / ".build/debug/torg"))
    if not binary.exists():
        pytest.fail(f"no torg binary at {binary}; build it with `swift build --product torg` or set TORG")
    return binary


def generate_site(out: Path, pages: int, seed: int = 1) -> Path:
    """A generated bilingual site of `pages` pages (seeds/generate.py), with its own copy of the
    repository's themes: a build refuses themes that are symbolic links out of the site."""
    subprocess.run([sys.executable, str(REPOSITORY / "seeds/generate.py"), "--pages", str(pages), "--seed", str(seed),
                    "--out", str(out), "--form", "torg", "--quiet"], check=True)
    site = out / "torg"
    themes = site / "themes"
    if themes.is_symlink():
        themes.unlink()
        shutil.copytree(REPOSITORY / "themes", themes)
    return site



def tree_digest(root: Path) -> str:
    """One hash over every file's path and bytes, in sorted order."""
    digest = hashlib.sha256()
    for directory, subdirectories, files in os.walk(root):
        subdirectories.sort()
        for name in sorted(files):
            path = os.path.join(directory, name)
            digest.update(os.path.relpath(path, root).encode() + b"\0" + Path(path).read_bytes() + b"\0")
    return digest.hexdigest()


def leftovers(directory: Path) -> list[str]:
    """What a build may leave beside its output only while it runs."""
    return sorted(entry.name for entry in directory.iterdir()
                  if entry.name.startswith((".torg-tmp-", ".torg-old-")))

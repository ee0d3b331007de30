"""Copies the demo site into a scratch directory, switches its theme and renders it with torg.

Every check works on a copy, never on the repository itself, so a test may break the copy on
purpose (see test_breakages.py) and several themes can be built side by side."""
import re
import shutil
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# The parts of a site directory (README: "A site directory"); the optional ones may be missing.
SITE_PARTS = ("torg.yaml", "content", "data", "static", "layouts", "i18n", "themes", "torg.lock")


def discover_themes(repo: Path = REPO) -> list[str]:
    """Every directory of themes/ that can render a whole site (it has the root template)."""
    return sorted(p.parent.parent.name for p in (repo / "themes").glob("*/layouts/root.mustache"))


def copy_demo(destination: Path, theme: str, repo: Path = REPO) -> Path:
    """Copies the demo site to destination and makes `theme` the site's theme.

    themes/ is copied rather than linked so that a test may edit the copy's theme."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in SITE_PARTS:
        source = repo / part
        if source.is_dir():
            shutil.copytree(source, destination / part, symlinks=True)
        elif source.is_file():
            shutil.copy2(source, destination / part)
    config = destination / "torg.yaml"
    config.write_text(with_theme(config.read_text(encoding="utf-8"), theme, discover_themes(repo)),
                      encoding="utf-8")
    return destination


def with_theme(config: str, theme: str, themes: list[str]) -> str:
    """torg.yaml text whose theme stack names `theme` where it named a whole theme.

    Components in the stack (entries that are not whole themes) keep their place. The text is
    edited rather than re-serialised so that comments and quoting stay as the author wrote them."""
    def swap(name: str) -> str:
        return theme if name.strip("'\"") in themes else name

    flow = re.search(r"^theme:[ \t]*\[([^\]]*)\]", config, re.MULTILINE)
    if flow:
        entries = [swap(e.strip()) for e in flow.group(1).split(",") if e.strip()]
        unique = list(dict.fromkeys(entries))
        return config[:flow.start()] + f"theme: [{', '.join(unique)}]" + config[flow.end():]
    lines = config.splitlines(keepends=True)
    heads = [i for i, line in enumerate(lines) if re.match(r"theme:[ \t]*(#.*)?$", line)]
    if not heads:
        raise ValueError("torg.yaml has no `theme:` list to rewrite")
    result, seen = lines[:heads[0] + 1], set()
    index = heads[0] + 1
    # The list runs as long as lines are indented (items, their nested keys, comments).
    while index < len(lines) and (lines[index][:1] in (" ", "\t") or not lines[index].strip()):
        line = lines[index]
        item = re.match(r"([ \t]+-[ \t]+)([^\s#:]+)([ \t]*(#.*)?\n?)$", line)
        if item:
            name = swap(item.group(2))
            if name in seen:
                index += 1
                continue
            seen.add(name)
            line = item.group(1) + name + item.group(3)
        result.append(line)
        index += 1
    return "".join(result + lines[index:])


def build(torg: Path, source: Path, output: Path, base_url: str) -> subprocess.CompletedProcess:
    """Renders the site; raises with torg's own diagnostics when the build fails."""
    result = subprocess.run(
        [str(torg), "build", "--source", str(source), "--output", str(output),
         "--base-url", base_url],
        capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"torg build of {source} failed:\n{result.stdout}\n{result.stderr}")
    return result

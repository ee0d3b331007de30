"""The examples of the GFM spec (../shared/fixtures/gfm-spec), for checks of Torg's HTML."""
import re
from pathlib import Path

from site_builder import REPO

SPEC = REPO.parent / "shared" / "fixtures" / "gfm-spec"
FENCE = "`" * 32
# Raw HTML: a tag, comment, declaration or processing instruction; autolinks (<https://…>,
# <name@host>) are links, not raw HTML.
RAW_HTML = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>)(?![^<>\s@]+@[^<>\s]+>)[A-Za-z/!?]")


def examples() -> list[tuple[str, str]]:
    """(name, markdown) of every enabled example, named like `spec-140`."""
    found = []
    for file in ("spec.txt", "extensions.txt"):
        number, current = 0, None
        for line in (SPEC / file).read_text(encoding="utf-8").split("\n"):
            if current is None and line.startswith(FENCE + " example"):
                number += 1
                current = {"disabled": "disabled" in line, "markdown": [], "html": False}
            elif current is not None:
                if line == FENCE:
                    if not current["disabled"]:
                        text = "".join(l + "\n" for l in current["markdown"]).replace("→", "\t")
                        found.append((f"{file.split('.')[0]}-{number}", text))
                    current = None
                elif line == "." and not current["html"]:
                    current["html"] = True
                elif not current["html"]:
                    current["markdown"].append(line)
    return found


def without_raw_html() -> list[tuple[str, str]]:
    return [(name, text) for name, text in examples() if not RAW_HTML.search(text)]

"""linkchecker crawls the served site: every internal link and every #anchor must resolve.

Links to other hosts are only syntax-checked (there is no network in CI, and another host's
state is not the site's fault); mailto: and tel: are skipped, since checking them means asking
the mail system."""
import csv
import io
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from findings import Finding

CONFIG = """\
[checking]
threads=4
# The local server answers with a LinkChecker header, which lets this rate through.
maxrequestspersecond=1000
[filtering]
# Everything on the local server is internal, whichever page the crawl starts from.
internlinks={intern}
ignore=
  ^mailto:
  ^tel:
[AnchorCheck]
"""


def _site_path(url: str, base_url: str) -> str:
    if not url.startswith(base_url):
        return url or "(start URL)"
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


@dataclass
class Crawl:
    findings: list[Finding]
    links_checked: int     # every link linkchecker followed or checked, with its anchor


def linkchecker_findings(base_url: str, start_paths: list[str], depth: int = -1) -> list[Finding]:
    """Broken links, broken anchors and other link warnings, each named by the linking page."""
    return crawl(base_url, start_paths, depth).findings


def crawl(base_url: str, start_paths: list[str], depth: int = -1) -> Crawl:
    """Runs linkchecker from the start pages; depth limits how many links deep (-1: no limit)."""
    with tempfile.TemporaryDirectory() as scratch:
        # As root, linkchecker drops to `nobody`, who must still read its configuration.
        os.chmod(scratch, 0o755)
        config = Path(scratch) / "linkcheckerrc"
        config.write_text(CONFIG.format(intern="^" + re.escape(base_url)))
        config.chmod(0o644)
        result = subprocess.run(
            ["linkchecker", "--config", str(config), "--no-status", "--no-robots", "--output", "csv", "--verbose",
             "--recursion-level", str(depth),
             *[base_url + path.lstrip("/") for path in start_paths]],
            capture_output=True, text=True, timeout=300, cwd=scratch)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"linkchecker failed (exit {result.returncode}):\n{result.stderr[-3000:]}")
    # linkchecker frames the CSV with "# ..." comment lines; a row may start with "#anchor".
    rows = csv.DictReader(io.StringIO("".join(line + "\n" for line in result.stdout.splitlines()
                                              if line and not line.startswith("# "))), delimiter=";")
    findings, checked = [], 0
    for row in rows:
        checked += 1
        page = _site_path(row.get("parentname") or "", base_url)
        element = f"{row.get('urlname')} (line {row.get('line') or '?'})"
        if row.get("valid") != "True":
            findings.append(Finding(page, "broken-link", element, row.get("result") or "invalid"))
        for warning in filter(None, (row.get("warningstring") or "").split("\n")):
            rule = "broken-anchor" if "anchor" in warning.lower() else "link-warning"
            findings.append(Finding(page, rule, element, warning))
    return Crawl(findings, checked)

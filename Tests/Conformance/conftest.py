"""Fixtures of the conformance stage: one Chromium for the whole run, and per theme one copy of
the demo site, built and served once and audited once (session scope keeps the stage fast)."""
import importlib.util
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from browser import Browser  # noqa: E402
from served_site import served_demo, torg_binary  # noqa: E402
from site_audit import audit_pages  # noqa: E402
from site_builder import discover_themes  # noqa: E402

THEMES = discover_themes()

# The demo has search on, so its builds need Pagefind: `make conformance` sets TORG_PAGEFIND;
# otherwise the pagefind-bin package of this Python (requirements.txt) provides it.
if not os.environ.get("TORG_PAGEFIND"):
    _spec = importlib.util.find_spec("pagefind_bin")
    if _spec and _spec.submodule_search_locations:
        os.environ["TORG_PAGEFIND"] = str(Path(next(iter(_spec.submodule_search_locations))) / "pagefind")

# What each check looked at, per theme, printed at the end of the run: {(theme, check): text}.
TALLY: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="session")
def tally():
    return TALLY


def pytest_terminal_summary(terminalreporter):
    if TALLY:
        terminalreporter.section("conformance: what was checked")
        for (theme, check), text in sorted(TALLY.items()):
            terminalreporter.write_line(f"{theme}: {check}: {text}")


@pytest.fixture(scope="session")
def torg() -> Path:
    return torg_binary()


@pytest.fixture(scope="session")
def browser():
    session = Browser()
    yield session
    session.quit()


@pytest.fixture(scope="session", params=THEMES)
def demo(request, torg, tmp_path_factory):
    """The demo site rendered with one theme of the repository, served by nginx."""
    with served_demo(torg, tmp_path_factory.mktemp(f"demo-{request.param}"), request.param) as site:
        yield site


@pytest.fixture(scope="session")
def demo_audit(demo, browser):
    """axe and the privacy checks of every page of the demo, from one load per page."""
    return audit_pages(browser, demo)

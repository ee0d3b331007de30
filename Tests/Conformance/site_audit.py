"""One pass over every page of a site in the browser: axe-core and the privacy checks share the
page load, since loading is the slow part."""
from dataclasses import dataclass, field

from browser import Browser
from check_axe import axe_findings
from check_privacy import stored_state, third_party_requests
from findings import Finding
from served_site import ServedSite


@dataclass
class Audit:
    pages: list[str] = field(default_factory=list)
    axe: list[Finding] = field(default_factory=list)
    privacy: list[Finding] = field(default_factory=list)


def audit_pages(browser: Browser, site: ServedSite, paths: list[str] | None = None) -> Audit:
    """Loads each page (every page of the site when paths is None) and runs both checks."""
    audit = Audit()
    browser.viewport(1280, 800)
    for page in site.pages:
        if paths is not None and page.path not in paths:
            continue
        load = browser.open(site.url(page.browse_path))
        audit.pages.append(page.path)
        audit.privacy += third_party_requests(load, page.path, site.origin)
        state = stored_state(browser, page.path)
        if state:
            audit.privacy += state
            browser.forget_state()
        # Redirect stubs (aliases, a split list's page/1/) get every rule too: they are real pages.
        audit.axe += axe_findings(browser, page.path)
    return audit

"""Private by default: a page asks no host but its own server for anything, sets no cookie and
writes nothing to the browser's storage."""
from urllib.parse import urlsplit

from browser import Browser, PageLoad
from findings import Finding

# Schemes that never leave the browser.
LOCAL_SCHEMES = {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}


def third_party_requests(load: PageLoad, page_path: str, origin: str) -> list[Finding]:
    """Every request of the load that goes anywhere but `origin` (scheme://host:port)."""
    own = urlsplit(origin)
    findings = []
    for url in dict.fromkeys(load.requests):  # each URL once, in order
        parts = urlsplit(url)
        if parts.scheme in LOCAL_SCHEMES:
            continue
        if (parts.scheme, parts.hostname, parts.port) != (own.scheme, own.hostname, own.port):
            findings.append(Finding(page_path, "third-party-request", parts.hostname or url,
                                    f"the page requested {url}; a Torg site loads nothing from other hosts"))
    return findings


def stored_state(browser: Browser, page_path: str) -> list[Finding]:
    """Cookies and Web Storage entries present after the page loaded."""
    findings = [Finding(page_path, "cookie", cookie["name"],
                        f"the page set the cookie {cookie['name']!r} on {cookie.get('domain')}")
                for cookie in browser.driver.get_cookies()]
    for area in ("localStorage", "sessionStorage"):
        keys = browser.driver.execute_script(
            f"try {{ return Object.keys(window.{area}); }} catch (e) {{ return []; }}")
        findings += [Finding(page_path, area, key, f"the page wrote {key!r} to {area}") for key in keys]
    return findings

"""Reflow (WCAG 1.4.10): at 320 CSS px wide the page needs no horizontal scrolling."""
from browser import Browser
from findings import Finding

WIDTH = 320

# The innermost visible elements that reach past the right edge: the ones to fix.
OVERFLOWING = """
const limit = document.documentElement.clientWidth + 1;
const wide = [...document.body.querySelectorAll('*')].filter(e => {
  const r = e.getBoundingClientRect(), s = getComputedStyle(e);
  return r.right > limit && r.width > 0 && s.visibility !== 'hidden';
});
const innermost = wide.filter(e => !wide.some(o => o !== e && e.contains(o)));
return innermost.slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
  + [...e.classList].map(c => '.' + c).join('') + ` (right edge at ${Math.round(e.getBoundingClientRect().right)} px)`);
"""


def reflow_findings(browser: Browser, page_path: str, url: str) -> list[Finding]:
    """Loads the page in a 320 px wide viewport (desktop mode, so no zooming out)."""
    browser.viewport(WIDTH, 640)
    try:
        browser.open(url)
        scroll, client = browser.driver.execute_script(
            "const d = document.documentElement; return [d.scrollWidth, d.clientWidth];")
        if scroll <= client + 1:
            return []
        culprits = browser.driver.execute_script(OVERFLOWING) or ["(no single element found)"]
        return [Finding(page_path, "reflow-320", culprit,
                        f"the page is {scroll} px wide in a {client} px viewport and scrolls sideways")
                for culprit in culprits]
    finally:
        browser.viewport(1280, 800)

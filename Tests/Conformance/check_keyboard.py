"""Keyboard basics of one page: the first Tab reaches a skip link that moves focus to <main>,
and every later Tab stop shows where focus is and is not hidden under something else."""
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from browser import Browser
from findings import Finding

# The Tab stops looked at per page; the demo's longest page has fewer.
MAX_TAB_STOPS = 60

DESCRIBE = """
const e = arguments[0] || document.activeElement;
if (!e || e === document.body || e === document.documentElement) return null;
const text = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
  + [...e.classList].map(c => '.' + c).join('') + (text ? ` "${text}"` : '');
"""

# Where the first Tab landed: is it inside <main>, a link to an element in <main>, on screen?
FIRST_STOP = """
const e = document.activeElement, main = document.querySelector('main');
const href = e && e.getAttribute && e.getAttribute('href') || '';
const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
const r = e.getBoundingClientRect();
return {
  hasMain: !!main,
  inMain: !!main && main.contains(e),
  skipsToMain: !!main && !!target && (target === main || main.contains(target)),
  onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
            && r.top < innerHeight && r.left < innerWidth,
};
"""

# Is the focused element on screen, and is its middle not covered by another element?
UNCOVERED = """
const e = document.activeElement, r = e.getBoundingClientRect();
if (r.width === 0 || r.height === 0) return 'has no size';
const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return 'is off screen';
const hit = document.elementFromPoint(x, y);
if (hit && hit !== e && !e.contains(hit) && !hit.contains(e)) return 'is covered by ' + hit.tagName.toLowerCase()
  + (hit.className ? '.' + String(hit.className).trim().split(/\\s+/).join('.') : '');
return '';
"""


# One Tab stop: its name, its place in the document, whether it is on screen and uncovered, and
# whether focus changes any visual style of it, its ancestors or their ::before/::after boxes.
TAB_STOP = DESCRIBE.replace("return e.tagName", "const name = e.tagName").replace(
    "(text ? ` \"${text}\"` : '');", "(text ? ` \"${text}\"` : '');\n" + """
const problem = (() => {""" + UNCOVERED + """})();
const PROPS = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow',
  'background-color', 'background-image', 'color', 'border-top-color', 'border-bottom-color',
  'border-left-color', 'border-right-color', 'border-top-width', 'border-bottom-width',
  'text-decoration-line', 'text-decoration-thickness', 'text-decoration-color', 'transform',
  'opacity', 'visibility', 'clip-path', 'filter'];
const signature = () => {
  const parts = [];
  for (let node = e; node && node.nodeType === 1; node = node.parentElement)
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(node, pseudo);
      parts.push(PROPS.map(p => style.getPropertyValue(p)).join('|'));
    }
  return parts.join('\\n');
};
const focused = signature();
e.blur();
const unfocused = signature();
e.focus({preventScroll: true});
return {name, index: [...document.querySelectorAll('*')].indexOf(e), problem,
        styleChanges: focused !== unfocused};
""")


def _tab(browser: Browser, key: str = Keys.TAB) -> None:
    """Presses the key, then waits two frames: focus styles can land a frame after the focus
    moves, and a person sees the rendered frame, not the state between."""
    ActionChains(browser.driver).send_keys(key).perform()
    browser.driver.execute_async_script(
        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));")


def skip_link_findings(browser: Browser, page_path: str, url: str) -> list[Finding]:
    browser.open(url)
    driver = browser.driver
    _tab(browser)
    first = driver.execute_script(DESCRIBE)
    state = driver.execute_script(FIRST_STOP) if first else None
    if not first:
        return [Finding(page_path, "skip-link", "document", "the first Tab reaches nothing focusable")]
    if not state["hasMain"]:
        return [Finding(page_path, "skip-link", "document", "the page has no <main> for a skip link to lead to")]
    if state["inMain"]:
        return []  # nothing comes before the content, so there is nothing to skip (the site root)
    if not state["skipsToMain"]:
        return [Finding(page_path, "skip-link", first,
                        "the first Tab stop is not a link to <main> (or to an element inside it)")]
    findings = []
    if not state["onScreen"]:
        findings.append(Finding(page_path, "skip-link", first, "the skip link stays off screen when focused"))
    _tab(browser, Keys.ENTER)
    landed = driver.execute_script(
        "const m = document.querySelector('main'), e = document.activeElement;"
        "return !!m && (e === m || m.contains(e));")
    if not landed:
        findings.append(Finding(page_path, "skip-link", first,
                                "activating the skip link leaves focus outside <main> "
                                f"(on {driver.execute_script(DESCRIBE) or 'body'}); give the target tabindex=\"-1\""))
    return findings


def focus_visibility_findings(browser: Browser, page_path: str, url: str) -> list[Finding]:
    """Tabs through the page; each stop must change what is on screen and not be covered.

    Comparing computed styles with and without focus is quick; only a stop whose styles do not
    change is compared pixel by pixel, so a fading or image-based indicator still counts."""
    browser.open(url)
    driver = browser.driver
    findings, seen = [], set()
    for _ in range(MAX_TAB_STOPS):
        _tab(browser)
        stop = driver.execute_script(TAB_STOP)
        if stop is None or stop["index"] in seen:
            break  # focus left the page, or came back to the start: every stop has been seen
        seen.add(stop["index"])
        if stop["problem"]:
            findings.append(Finding(page_path, "focus-not-visible", stop["name"],
                                    f"the focused element {stop['problem']}"))
        elif not stop["styleChanges"] and not _pixels_change(browser):
            findings.append(Finding(page_path, "focus-not-visible", stop["name"],
                                    "focusing the element changes nothing on screen: it needs a focus indicator"))
    return findings


def _pixels_change(browser: Browser) -> bool:
    driver = browser.driver
    element = driver.execute_script("return document.activeElement")
    focused = browser.viewport_pixels()
    driver.execute_script("arguments[0].blur()", element)
    unfocused = browser.viewport_pixels()
    driver.execute_script("arguments[0].focus({preventScroll: true})", element)
    return focused != unfocused

"""Keyboard basics of one page: the first Tab reaches a skip link that moves focus to <main>,
and every later Tab stop shows where focus is and is not hidden under something else."""
import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from browser import Browser
from findings import Finding

# The Tab stops looked at per page: enough for header, menus, content and footer.
MAX_TAB_STOPS = 60

# Shared script helpers: a readable name for an element, and what keeps it from being seen.
HELPERS = """
const describe = e => {
  const text = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + [...e.classList].map(c => '.' + c).join('') + (text ? ` "${text}"` : '');
};
const hiddenBy = e => {
  const r = e.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return 'has no size';
  if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return 'is off screen';
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
  const hit = document.elementFromPoint(x, y);
  if (hit && hit !== e && !e.contains(hit) && !hit.contains(e)) return 'is covered by ' + describe(hit);
  return '';
};
const focused = document.activeElement;
const onPage = focused && focused !== document.body && focused !== document.documentElement;
"""

# Where the first Tab landed: inside <main>, or on a link to <main> (or into it), on screen?
FIRST_STOP = HELPERS + """
if (!onPage) return null;
const main = document.querySelector('main');
const href = focused.getAttribute('href') || '';
const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
return {name: describe(focused), hasMain: !!main, inMain: !!main && main.contains(focused),
        skipsToMain: !!main && !!target && main.contains(target), hiddenBy: hiddenBy(focused)};
"""

# One later Tab stop: its name and place, whether it can be seen, and whether focus changes
# any visual style of it, its ancestors or their ::before/::after boxes (focus-within included).
TAB_STOP = HELPERS + """
if (!onPage) return null;
const PROPS = ['outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow',
  'background-color', 'background-image', 'color', 'border-top-color', 'border-bottom-color',
  'border-left-color', 'border-right-color', 'border-top-width', 'border-bottom-width',
  'text-decoration-line', 'text-decoration-thickness', 'text-decoration-color', 'transform',
  'opacity', 'visibility', 'clip-path', 'filter'];
const look = () => {
  const parts = [];
  for (let node = focused; node && node.nodeType === 1; node = node.parentElement)
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(node, pseudo);
      parts.push(PROPS.map(p => style.getPropertyValue(p)).join('|'));
    }
  return parts.join('\\n');
};
// Blur, then focus again from script: both changes restyle at once, where the Tab key's own
// restyle can arrive frames late in headless Chromium. Chromium keeps :focus-visible for a
// script focus that follows keyboard use, so the second look is what the keyboard user sees.
focused.blur();
const withoutFocus = look();
focused.focus({preventScroll: true});
const withFocus = look();
return {name: describe(focused), index: [...document.querySelectorAll('*')].indexOf(focused),
        hiddenBy: hiddenBy(focused), styleChanges: withFocus !== withoutFocus};
"""


# What keeps the focused element from being seen, as a later look gives it.
STILL_HIDDEN = HELPERS + "return onPage ? hiddenBy(focused) : 'is gone';"

# How long a focused element may take to come into view (a skip link sliding in, say).
SETTLE_SECONDS = 1.0


def _hidden_after_settling(browser: Browser, reason: str) -> str:
    """Looks again for up to SETTLE_SECONDS: headless Chromium sometimes applies a :focus rule a
    few frames late, and an indicator that appears that fast is seen by a person."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while reason and time.monotonic() < deadline:
        time.sleep(0.1)
        reason = browser.driver.execute_script(STILL_HIDDEN)
    return reason


def _press(browser: Browser, key: str = Keys.TAB) -> None:
    """Presses the key, then waits two frames: focus styles can land a frame after the focus
    moves, and a person sees the rendered frame, not the state between."""
    ActionChains(browser.driver).send_keys(key).perform()
    browser.driver.execute_async_script(
        "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));")


def skip_link_findings(browser: Browser, page_path: str, url: str) -> list[Finding]:
    browser.open(url)
    driver = browser.driver
    _press(browser)
    first = driver.execute_script(FIRST_STOP)
    if first is None:
        return [Finding(page_path, "skip-link", "document", "the first Tab reaches nothing focusable")]
    if not first["hasMain"]:
        return [Finding(page_path, "skip-link", "document", "the page has no <main> for a skip link to lead to")]
    if first["inMain"]:
        return []  # nothing comes before the content, so there is nothing to skip (the site root)
    if not first["skipsToMain"]:
        return [Finding(page_path, "skip-link", first["name"],
                        "the first Tab stop is not a link to <main> or to an element inside it")]
    findings = []
    hidden = _hidden_after_settling(browser, first["hiddenBy"])
    if hidden:
        findings.append(Finding(page_path, "skip-link", first["name"], f"the focused skip link {hidden}"))
    _press(browser, Keys.ENTER)
    landed = driver.execute_script(
        "const m = document.querySelector('main'), e = document.activeElement;"
        "return !!m && (e === m || m.contains(e));")
    if not landed:
        findings.append(Finding(page_path, "skip-link", first["name"],
                                "activating the skip link leaves focus outside <main>; "
                                "give the target tabindex=\"-1\""))
    return findings


def focus_visibility_findings(browser: Browser, page_path: str, url: str) -> list[Finding]:
    """Tabs through the page; each stop must change what is on screen and not be covered.

    Comparing computed styles with and without focus is quick; only a stop whose styles do not
    change is compared pixel by pixel, so an indicator drawn some other way still counts."""
    browser.open(url)
    driver = browser.driver
    findings, seen = [], set()
    for _ in range(MAX_TAB_STOPS):
        _press(browser)
        stop = driver.execute_script(TAB_STOP)
        if stop is None or stop["index"] in seen:
            break  # focus left the page, or came back to the start: every stop has been seen
        seen.add(stop["index"])
        hidden = _hidden_after_settling(browser, stop["hiddenBy"])
        if hidden:
            findings.append(Finding(page_path, "focus-not-visible", stop["name"], f"the focused element {hidden}"))
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

"""One headless Chromium session (Debian's chromium and chromedriver) for every page check.

Starting Chromium costs about a second, so one session is reused for all pages; each load
drains the DevTools performance log first, so the requests read after it belong to that page."""
import base64
import json
from dataclasses import dataclass, field
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"

FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    # Chromium's own background traffic (updates, metrics, sync) is not the site's: keep it off.
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--no-first-run", "--disable-domain-reliability", "--no-proxy-server",
    # No host but the local server resolves, so a page that asks another host for something is
    # logged (Network.requestWillBeSent comes before the lookup) without any packet leaving the
    # machine.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--hide-scrollbars", "--font-render-hinting=none",
)


@dataclass
class PageLoad:
    url: str
    requests: list[str] = field(default_factory=list)   # every URL the page asked for


class Browser:
    def __init__(self):
        options = Options()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(20)
        # Themes may animate focus rings or menus; a reduced-motion user sees the final state.
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-reduced-motion", "value": "reduce"}]})
        # Headless windows are never "active", and an inactive page does not match :focus;
        # emulating focus makes focus styles show as they do for a person at the keyboard.
        self.driver.execute_cdp_cmd("Emulation.setFocusEmulationEnabled", {"enabled": True})
        self.viewport(1280, 800)
        self._preloaded: set[str] = set()

    def preload(self, name: str, source: str) -> None:
        """Runs source in every page loaded from now on, before the page's own scripts."""
        if name not in self._preloaded:
            self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": source})
            self._preloaded.add(name)

    def viewport(self, width: int, height: int) -> None:
        """Sets the layout viewport in CSS px, as a desktop browser window of that size."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def open(self, url: str) -> PageLoad:
        """Loads url in a clean state and returns the requests it made."""
        self.driver.get_log("performance")  # drop what earlier pages left
        self.driver.get(url)
        load = PageLoad(url)
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                load.requests.append(message["params"]["request"]["url"])
            elif message.get("method") == "Network.webSocketCreated":
                load.requests.append(message["params"]["url"])
        return load

    def forget_state(self) -> None:
        """Clears cookies and storage so one page's writes are not blamed on the next."""
        self.driver.delete_all_cookies()
        self.driver.execute_script("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}")

    def screenshot(self, destination: Path, full_page: bool = True) -> None:
        """Saves a PNG of the page: the whole length of it, or only the viewport."""
        params = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            size = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"],
                              "height": min(size["height"], 12000), "scale": 1}
        data = self.driver.execute_cdp_cmd("Page.captureScreenshot", params)["data"]
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(base64.b64decode(data))

    def viewport_pixels(self) -> bytes:
        """The viewport as PNG bytes, to compare two states of a page."""
        return base64.b64decode(self.driver.execute_cdp_cmd(
            "Page.captureScreenshot", {"format": "png"})["data"])

    def quit(self) -> None:
        self.driver.quit()

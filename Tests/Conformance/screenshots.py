"""Screenshots of each template in each language at 320 and 1280 px, for a person to look at.

They go to artifacts/screenshots/<theme>/<lang>-<template>-<width>.png (git-ignored)."""
import shutil
from pathlib import Path

from browser import Browser
from served_site import ServedSite
from site_builder import REPO

WIDTHS = (320, 1280)
ARTIFACTS = REPO / "artifacts" / "screenshots"


def save_screenshots(browser: Browser, site: ServedSite) -> list[Path]:
    folder = ARTIFACTS / site.theme
    shutil.rmtree(folder, ignore_errors=True)  # no stale pictures of templates that are gone
    saved = []
    try:
        for width in WIDTHS:
            browser.viewport(width, 800)
            for (template, language), page in sorted(site.representatives().items()):
                browser.open(site.url(page.browse_path))
                destination = folder / f"{language}-{template}-{width}.png"
                browser.screenshot(destination)
                saved.append(destination)
    finally:
        browser.viewport(1280, 800)
    return saved

"""A copy of the demo site, rendered with one theme and served by nginx: what every check uses."""
import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from site_builder import build, copy_demo
from site_pages import SitePage, mark_templates, read_pages, read_templates, representatives, site_languages
from site_server import SiteServer, free_port


@dataclass
class ServedSite:
    theme: str
    source: Path
    output: Path
    server: SiteServer
    pages: list[SitePage]
    templates: dict[str, str]   # site path -> the template that rendered it
    build_log: str

    @property
    def origin(self) -> str:
        return self.server.base_url.rstrip("/")

    def url(self, path: str) -> str:
        return self.server.url(path)

    def representatives(self) -> dict[tuple[str, str], SitePage]:
        return representatives(self.pages, self.templates, site_languages(self.source))


def torg_binary() -> Path:
    """The torg to test: $TORG (set by `make conformance`), else a debug build in .build."""
    candidates = [os.environ.get("TORG"), Path(__file__).resolve().parents[2] / ".build/debug/torg"]
    for candidate in filter(None, candidates):
        if Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate).resolve()
    raise RuntimeError("no torg binary: run `make conformance`, or set TORG=/path/to/torg")


@contextlib.contextmanager
def served_demo(torg: Path, scratch: Path, theme: str,
                breakage: Callable[[Path], None] | None = None) -> Iterator[ServedSite]:
    """Copies the demo, lets `breakage` edit the copy, renders it for the local server's URL
    (so canonical links and redirects stay on this server) and serves it until the block ends."""
    source = copy_demo(scratch / "site", theme)
    if breakage:
        breakage(source)
    port = free_port()
    server = SiteServer(scratch / "public", scratch / "nginx", port)
    result = build(torg, source, scratch / "public", server.base_url)
    probe = shutil.copytree(source, scratch / "probe", symlinks=True)
    mark_templates(probe)
    build(torg, probe, scratch / "probe-public", server.base_url)
    templates = read_templates(scratch / "probe-public")
    with server:
        yield ServedSite(theme, source, scratch / "public", server, read_pages(scratch / "public"),
                         templates, result.stdout + result.stderr)

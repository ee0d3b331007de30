"""Serves a rendered site with nginx on 127.0.0.1, as a web host would: index.html for
directories, the site's /404.html for missing paths.

nginx runs in the foreground as a child process with a generated configuration; its pid,
logs and temp files live in a scratch directory, so nothing on the machine changes."""
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

MIME_TYPES = Path("/etc/nginx/mime.types")

# Pages that send the visitor on at once (<meta http-equiv="refresh">: the site root and the
# redirects of old paths) are also served held still with ?still=1: nginx then renames the
# refresh so that the browser stays on the page, and the browser checks can look at what a
# browser without refresh support shows. vnu and linkchecker read the files as they are.
STILL_QUERY = "still=1"

# The nginx map torg writes beside the site (docs/sharing.md): loaded as a real host would, so
# every alias answers 301. ?still=1 skips it, so the stubs themselves can still be looked at.
REDIRECT_MAP = "redirects.nginx.conf"

CONFIG = """\
{user}
worker_processes 1;
daemon off;
pid {scratch}/nginx.pid;
error_log {scratch}/error.log warn;
events {{ worker_connections 128; }}
http {{
  {types}
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css image/svg+xml application/xml text/plain;
  access_log {scratch}/access.log;
  client_body_temp_path {scratch}/client_body;
  proxy_temp_path {scratch}/proxy;
  fastcgi_temp_path {scratch}/fastcgi;
  uwsgi_temp_path {scratch}/uwsgi;
  scgi_temp_path {scratch}/scgi;
  map $arg_still $refresh {{ default "refresh"; 1 "x-refresh-held-by-test"; }}
  {redirect_map}
  server {{
    listen 127.0.0.1:{port};
    root {root};
    index index.html;
    error_page 404 /404.html;
    {redirect_rule}
    sub_filter 'http-equiv="refresh"' 'http-equiv="$refresh"';
    sub_filter "http-equiv='refresh'" "http-equiv='$refresh'";
    sub_filter 'http-equiv=refresh' 'http-equiv=$refresh';
    sub_filter_once off;
    # linkchecker waits between requests to one host unless the host answers with this header.
    add_header LinkChecker local-test-server always;
  }}
}}
"""


def free_port() -> int:
    """A port nothing listens on now; nginx binds it a moment later."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SiteServer:
    """nginx serving `root` on 127.0.0.1:port; use as a context manager."""

    def __init__(self, root: Path, scratch: Path, port: int):
        self.root, self.scratch, self.port = root.resolve(), scratch, port
        self.base_url = f"http://127.0.0.1:{port}/"
        self.process: subprocess.Popen | None = None

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def start(self) -> "SiteServer":
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        self.scratch.mkdir(parents=True, exist_ok=True)
        config = self.scratch / "nginx.conf"
        config.write_text(CONFIG.format(
            # As root, workers would switch to `nobody`, who may not read a private temp dir.
            user="user root;" if os.geteuid() == 0 else "",
            scratch=self.scratch, port=self.port, root=self.root,
            **self._redirect_parts(),
            types=f"include {MIME_TYPES};" if MIME_TYPES.exists() else
            "types { text/html html; text/css css; image/svg+xml svg; application/xml xml; }"))
        self.process = subprocess.Popen(
            [nginx, "-p", str(self.scratch), "-c", str(config), "-e", str(self.scratch / "error.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_until_listening()
        return self

    def _redirect_parts(self) -> dict[str, str]:
        """The include of the site's redirect map and the rule that answers from it, when the
        site has one (written by the build, so the server must start after it)."""
        include = self.root / REDIRECT_MAP
        if not include.is_file():
            return {"redirect_map": "", "redirect_rule": ""}
        return {
            "redirect_map": f"include {include};",
            "redirect_rule": "set $torg_answer $torg_redirect; "
                             "if ($arg_still) { set $torg_answer \"\"; } "
                             "if ($torg_answer) { return 301 $torg_answer; }",
        }

    def _wait_until_listening(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited at start: {self.process.stderr.read().decode()}"
                                   f"{self._error_log()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"nginx did not listen on port {self.port} within {timeout} s{self._error_log()}")

    def _error_log(self) -> str:
        log = self.scratch / "error.log"
        return f"\n{log.read_text()}" if log.exists() else ""

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()  # SIGTERM: nginx's fast shutdown
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> "SiteServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

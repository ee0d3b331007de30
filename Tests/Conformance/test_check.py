"""`torg check` with the real binary: no output written, one GitHub annotation per broken link at
its place, GitLab Code Quality with stable fingerprints, JSON valid against the published schema,
external links against a local server, and the CI recipes of docs/ci.md."""
import http.server
import json
import re
import shlex
import shutil
import subprocess
import threading
import time
from pathlib import Path

import jsonschema
import pytest
import yaml

from site_builder import REPO, copy_demo

BROKEN_PAGE = """---
title: Trasig
---
Se [avgifter](avgift.sv.md).
Gå till [tjänsterna](/sv/tjanstr/).
![Karta](karta.png)
Läs om [tjänsterna](/sv/tjanster/#finns-inte).
"""


def run(torg, *arguments, cwd):
    return subprocess.run([str(torg), *arguments], cwd=cwd, capture_output=True, text=True, timeout=120)


def tree(directory: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(directory)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def demo_copy(tmp_path):
    return copy_demo(tmp_path / "site", "kommun")


@pytest.fixture
def broken_site(demo_copy):
    (demo_copy / "content/tjanster/trasig.sv.md").write_text(BROKEN_PAGE, encoding="utf-8")
    (demo_copy / "content/tjanster/trasig.fi.md").write_text("---\ntitle: Rikki\n---\n", encoding="utf-8")
    return demo_copy


def test_check_on_the_demo_passes_and_writes_nothing(torg, demo_copy):
    before = tree(demo_copy)
    result = run(torg, "check", cwd=demo_copy)
    assert result.returncode == 0, result.stderr
    assert tree(demo_copy) == before
    assert not (demo_copy / "public").exists()
    assert re.search(r"torg: checked \d+ sv \+ \d+ fi pages: 0 errors, \d+ warnings?", result.stdout)


def test_github_annotations_one_error_per_broken_link_at_its_place(torg, broken_site):
    result = run(torg, "check", "--format", "github", cwd=broken_site)
    assert result.returncode == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    places = [re.match(r"::error file=([^,]+),line=(\d+),col=(\d+),title=torg ([a-z0-9/-]+)::", line).groups()
              for line in errors]
    assert places == [
        ("content/tjanster/trasig.sv.md", "4", "4", "link/missing"),
        ("content/tjanster/trasig.sv.md", "5", "9", "link/missing"),
        ("content/tjanster/trasig.sv.md", "6", "1", "link/missing"),
        ("content/tjanster/trasig.sv.md", "7", "8", "link/anchor"),
    ]
    assert result.stdout.splitlines()[-1].startswith("::notice title=torg::torg: 4 errors and ")
    # From the repository's root, paths carry the site's directory.
    from_parent = run(torg, "check", "--format", "github", "--source", "site", cwd=broken_site.parent)
    assert "::error file=site/content/tjanster/trasig.sv.md,line=4,col=4," in from_parent.stdout


def test_gitlab_report_is_json_with_stable_fingerprints(torg, broken_site, tmp_path):
    first = run(torg, "check", "--format", "gitlab", cwd=broken_site)
    assert first.returncode == 1
    report = tmp_path / "gl-code-quality-report.json"
    second = run(torg, "check", "--format", "gitlab", "--report", str(report), cwd=broken_site)
    assert second.returncode == 1 and second.stdout == ""
    issues = json.loads(first.stdout)
    assert json.loads(report.read_text(encoding="utf-8")) == issues
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    errors = [issue for issue in issues if issue["severity"] == "critical"]
    assert [(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in errors] == [
        ("link/missing", "content/tjanster/trasig.sv.md", 4),
        ("link/missing", "content/tjanster/trasig.sv.md", 5),
        ("link/missing", "content/tjanster/trasig.sv.md", 6),
        ("link/anchor", "content/tjanster/trasig.sv.md", 7),
    ]
    assert all(set(issue) == {"description", "check_name", "fingerprint", "severity", "location"} for issue in issues)


def test_json_report_validates_against_the_published_schema(torg, broken_site):
    schema = json.loads((REPO / "docs/diagnostics.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    result = run(torg, "check", "--format", "json", cwd=broken_site)
    assert result.returncode == 1
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert document["summary"]["errors"] == 4
    assert document["summary"]["pages"]["sv"] > 0 and document["summary"]["pages"]["fi"] > 0
    first = next(d for d in document["diagnostics"] if d["file"] == "content/tjanster/trasig.sv.md")
    assert (first["language"], first["line"], first["column"], first["code"]) == ("sv", 4, 4, "link/missing")
    # The schema is strict: it refuses what the documentation does not allow.
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**document, "schemaVersion": 2}, schema, cls=jsonschema.Draft202012Validator)
    # And a build prints the same format.
    build = run(torg, "build", "--format", "json", cwd=broken_site)
    assert build.returncode == 1
    jsonschema.validate(json.loads(build.stdout), schema, cls=jsonschema.Draft202012Validator)


class LinkServer(http.server.ThreadingHTTPServer):
    """127.0.0.1 only: a page, a 404, one that never answers in time, a redirect loop, and one
    that refuses HEAD. Counts the requests it gets."""
    daemon_threads = True

    def __init__(self):
        self.requests: list[tuple[str, str]] = []
        self.times: list[float] = []
        super().__init__(("127.0.0.1", 0), LinkHandler)


class LinkHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *arguments):
        pass

    def answer(self):
        self.server.requests.append((self.command, self.path))
        self.server.times.append(time.monotonic())
        if self.path == "/slow":
            time.sleep(3)
        if self.path in ("/loop-a", "/loop-b"):
            self.send_response(302)
            self.send_header("Location", "/loop-b" if self.path == "/loop-a" else "/loop-a")
        elif self.path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        elif self.path in ("/ok", "/no-head", "/slow"):
            self.send_response(200)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = answer
    do_GET = answer


def test_external_links_against_a_local_server(torg, demo_copy):
    # The demo's own content links to other hosts: keep only home pages, so that every request
    # of this test goes to the server below.
    shutil.rmtree(demo_copy / "content")
    (demo_copy / "content").mkdir()
    (demo_copy / "content/_index.sv.md").write_text("---\ntitle: Ekvik\n---\n", encoding="utf-8")
    (demo_copy / "content/_index.fi.md").write_text("---\ntitle: Tammilahti\n---\n", encoding="utf-8")
    server = LinkServer()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        (demo_copy / "content/lankar.sv.md").write_text(
            f"---\ntitle: Länkar\ntranslations: optional\n---\n[Fungerar]({base}/ok) och [HEAD nej]({base}/no-head).\n"
            f"[Borta]({base}/borta)\n[Långsam]({base}/slow)\n[Slinga]({base}/loop-a)\n", encoding="utf-8")
        assert run(torg, "check", cwd=demo_copy).returncode == 0, "external links are not checked without --external"
        assert server.requests == []
        result = run(torg, "check", "--external", "--timeout", "1", "--format", "json", cwd=demo_copy)
        assert result.returncode == 1, result.stderr
        external = [(d["line"], d["message"]) for d in json.loads(result.stdout)["diagnostics"] if d["code"] == "link/external"]
        assert external == [
            (6, f"the external link '{base}/borta' answers with HTTP status 404"),
            (7, f"the external link '{base}/slow' did not answer within 1 s"),
            (8, f"the external link '{base}/loop-a' redirects in a loop, or too many times"),
        ]
        assert ("GET", "/no-head") in server.requests
        # One host is asked at most once per half second, however many workers there are (the
        # hops of a redirect chain belong to their request and are not spaced).
        first = {}
        for request, when in zip(server.requests, server.times):
            if request[1] != "/loop-b":
                first.setdefault(request, when)
        starts = sorted(first.values())
        gaps = [later - earlier for earlier, later in zip(starts, starts[1:])]
        # The client spaces the starts by 0.5 s; the server sees arrivals, which scheduling on a
        # loaded machine can bring closer by a little. Without the limit they would be ~0 s apart.
        assert len(starts) == 6 and min(gaps) >= 0.35, gaps
        cache = json.loads((demo_copy / ".torg-cache/links.json").read_text(encoding="utf-8"))
        assert sorted(cache["links"]) == sorted(f"{base}/{p}" for p in ("ok", "no-head", "borta", "slow", "loop-a"))
        # Within a day, the cache answers: no request reaches the server again.
        asked = len(server.requests)
        again = run(torg, "check", "--external", "--timeout", "1", "--format", "json", cwd=demo_copy)
        assert again.returncode == 1
        assert len(server.requests) == asked
        # Nothing but .torg-cache/ was written.
        assert not (demo_copy / "public").exists()
    finally:
        server.shutdown()


def yaml_blocks(markdown: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", markdown, flags=re.S)


def torg_commands(script: str) -> list[list[str]]:
    commands = []
    for line in script.splitlines():
        for part in re.split(r"&&|;", line):
            words = shlex.split(part.strip())
            if words and words[0] == "torg":
                commands.append(words)
    return commands


def test_ci_recipes_parse_and_use_documented_commands():
    recipes = yaml_blocks((REPO / "docs/ci.md").read_text(encoding="utf-8"))
    github, gitlab = (yaml.safe_load(text) for text in recipes[:2])
    github_scripts = [step["run"] for step in github["jobs"]["build"]["steps"] if "run" in step]
    checkout = next(step for step in github["jobs"]["build"]["steps"] if step.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0
    assert any(s.get("uses", "").startswith("actions/upload-artifact") and s["with"]["path"] == "public/"
               for s in github["jobs"]["build"]["steps"])
    assert gitlab["variables"]["GIT_DEPTH"] == 0
    assert "public/" in gitlab["build"]["artifacts"]["paths"]
    assert gitlab["check"]["artifacts"]["reports"]["codequality"] == "gl-code-quality-report.json"
    gitlab_scripts = [line for job in gitlab.values() if isinstance(job, dict) for line in job.get("script", [])]

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    usage = "\n".join(re.findall(r"```sh\n(.*?)```", readme, flags=re.S))
    commands = torg_commands("\n".join(github_scripts)) + torg_commands("\n".join(gitlab_scripts))
    assert {tuple(c[:2]) for c in commands} == {("torg", "check"), ("torg", "build")}
    assert ["torg", "check", "--format", "github", "--strict"] in commands
    assert ["torg", "check", "--format", "gitlab", "--report", "gl-code-quality-report.json"] in commands
    for command in commands:
        documented = re.search(rf"^torg {command[1]} (.*?)(?=^torg |\Z)", usage, flags=re.S | re.M)
        assert documented, f"README documents no 'torg {command[1]}'"
        for word in command[2:]:
            if word.startswith("--"):
                assert f"[{word}" in documented.group(1) or f" {word}" in documented.group(1), \
                    f"README does not document {word} for torg {command[1]}"
                assert f"`{word}" in readme, f"README's options table lacks {word}"


def test_the_demo_swedish_only_page_is_a_gate_when_the_site_says_so(torg, demo_copy):
    page = demo_copy / "content/nyheter/svenska-veckan.sv.md"
    assert not page.with_name("svenska-veckan.fi.md").exists()
    config = demo_copy / "torg.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "\nchecks:\n  translations/missing: error\n", encoding="utf-8")
    result = run(torg, "check", "--format", "json", cwd=demo_copy)
    assert result.returncode == 1
    errors = [(d["code"], d["file"], d["language"]) for d in json.loads(result.stdout)["diagnostics"] if d["severity"] == "error"]
    assert errors == [("translations/missing", "content/nyheter/svenska-veckan.sv.md", "sv")]
    message = next(d for d in json.loads(result.stdout)["diagnostics"] if d["severity"] == "error")
    assert "torg new page nyheter/svenska-veckan.fi.md" in message["hint"]

    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("---\n", "---\ntranslations: optional\n", 1), encoding="utf-8")
    silenced = run(torg, "check", cwd=demo_copy)
    assert silenced.returncode == 0, silenced.stderr
    assert "translations/missing" not in silenced.stderr and "has no 'fi' translation" not in silenced.stderr

"""The output is the only thing a build changes, with the real binary: outputs that hold sources are
refused, killed and interrupted builds leave a whole site, concurrent builds wait for each other,
and a full disk, a read-only mount and a missing permission each give one clear error."""
import fcntl
import os
import random
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from safety_support import REPOSITORY, generate_site, leftovers, tree_digest

NOW = "2026-11-27T12:00:00+02:00"
RAW_ERRORS = ("Error Domain", "NSCocoaErrorDomain", "Code=")
SOURCE_FOLDERS = ["content", "data", "static", "layouts", "i18n", "themes", "components", "archetypes", ".torg-cache", ".git"]
KILL_PAGES = int(os.environ.get("TORG_KILL_PAGES", "500"))
KILL_ROUNDS = int(os.environ.get("TORG_KILL_ROUNDS", "20"))


def command(torg, site, *arguments, output=None):
    line = [str(torg), "build", "--source", str(site), "--now", NOW, "--quiet", *arguments]
    return line + (["--output", str(output)] if output else [])


def build(torg, site, *arguments, output=None, check=True, cwd=None, env=None):
    result = subprocess.run(command(torg, site, *arguments, output=output), capture_output=True, text=True,
                            cwd=cwd, env=env)
    if check:
        assert result.returncode == 0, result.stderr
    assert not any(raw in result.stderr for raw in RAW_ERRORS), result.stderr
    return result


def site_digest(site: Path) -> str:
    return tree_digest(site)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A copy of the repository's demo site, with every source folder present."""
    root = tmp_path_factory.mktemp("demo") / "site"
    root.mkdir()
    for name in ["content", "data", "themes", "torg.yaml"]:
        source = REPOSITORY / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    for folder in ["static", "layouts", "i18n", "components", "archetypes", ".torg-cache", ".git"]:
        (root / folder).mkdir(exist_ok=True)
        (root / folder / "keep.txt").write_text("a source\n")
    return root


def test_no_source_folder_file_or_parent_of_the_demo_is_an_output(torg, demo):
    before = site_digest(demo)
    targets = SOURCE_FOLDERS + ["themes/kommun", "content/tjanster", "torg.yaml", ".", ".."]
    for target in targets:
        result = build(torg, demo, output=demo / target, check=False, cwd=demo)
        assert result.returncode == 1, (target, result.stderr)
        assert result.stderr.startswith("error: refusing to write the site to "), result.stderr
        assert site_digest(demo) == before, f"--output {target} changed the site"
    assert not (demo / "public").exists()


def test_home_from_the_environment_and_from_the_user_database_and_their_parents(torg, demo, tmp_path):
    home = tmp_path / "elsewhere" / "home"
    home.mkdir(parents=True)
    (home / "notes.txt").write_text("mine\n")
    environment = dict(os.environ, HOME=str(home))
    user_home = Path(os.path.expanduser("~" + os.environ.get("USER", "root"))) if os.geteuid() else Path("/root")
    cases = {
        home: f"it is the home directory {home}",
        home.parent: f"it contains the home directory {home}",
        user_home: f"it is the home directory {user_home}",
        Path("/"): "it is the file system root /",
    }
    for output, reason in cases.items():
        before = tree_digest(home)
        result = build(torg, demo, output=output, check=False, env=environment)
        assert result.returncode == 1, result.stderr
        assert reason in result.stderr.splitlines()[0], result.stderr
        assert tree_digest(home) == before


def test_a_directory_without_the_marker_needs_force(torg, tmp_path):
    site = generate_site(tmp_path / "gen", pages=100)
    output = tmp_path / "www"
    output.mkdir()
    (output / "index.html").write_text("someone else's site\n")
    result = build(torg, site, output=output, check=False)
    assert result.returncode == 1
    assert "has no .torg-output marker" in result.stderr and "--force" in result.stderr
    assert (output / "index.html").read_text() == "someone else's site\n"
    build(torg, site, "--force", output=output)
    assert (output / ".torg-output").exists()
    build(torg, site, output=output)


def test_killed_builds_leave_a_whole_site_and_no_temporary_directories(torg, tmp_path):
    """SIGKILL at seeded moments while the output alternates between two versions of the site: the
    output is always the whole old or the whole new site, and the next build cleans up."""
    site = generate_site(tmp_path / "gen", pages=KILL_PAGES)
    versions = {"a": "https://a.example/", "b": "https://b.example/"}
    expected = {}
    for name, url in versions.items():
        build(torg, site, "--base-url", url, output=tmp_path / f"expected-{name}")
        expected[name] = tree_digest(tmp_path / f"expected-{name}")
    output = tmp_path / "public"
    started = time.monotonic()
    build(torg, site, "--base-url", versions["a"], output=output)
    duration = time.monotonic() - started
    rng = random.Random(20261204)
    current = "a"
    for round_number in range(KILL_ROUNDS):
        target = "b" if current == "a" else "a"
        process = subprocess.Popen(command(torg, site, "--base-url", versions[target], output=output),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0, duration * 1.1))
        process.kill()
        process.wait()
        seen = tree_digest(output)
        assert seen in (expected[current], expected[target]), f"round {round_number}: a mixed or partial output"
        build(torg, site, "--base-url", versions[target], output=output)
        assert tree_digest(output) == expected[target], f"round {round_number}"
        assert leftovers(tmp_path) == [], f"round {round_number}"
        current = target


@pytest.mark.parametrize("signal_number,status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_build_removes_its_staging_directory(torg, tmp_path, signal_number, status):
    site = generate_site(tmp_path / "gen", pages=300)
    output = tmp_path / "public"
    build(torg, site, output=output)
    before = tree_digest(output)
    process = subprocess.Popen(command(torg, site, "--base-url", "https://b.example/", output=output),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not any(entry.name.startswith(".torg-tmp-") for entry in tmp_path.iterdir()):
        assert time.monotonic() < deadline and process.poll() is None, "the build never staged"
        time.sleep(0.005)
    process.send_signal(signal_number)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == status, stderr
    assert leftovers(tmp_path) == []
    assert tree_digest(output) == before


def test_concurrent_builds_into_one_output_wait_for_each_other(torg, tmp_path):
    site = generate_site(tmp_path / "gen", pages=200)
    output = tmp_path / "public"
    build(torg, site, output=tmp_path / "expected")
    for _ in range(3):
        processes = [subprocess.Popen(command(torg, site, output=output), stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True) for _ in range(3)]
        for process in processes:
            _, stderr = process.communicate(timeout=300)
            assert process.returncode == 0, stderr
            assert not any(raw in stderr for raw in RAW_ERRORS), stderr
    assert tree_digest(output) == tree_digest(tmp_path / "expected")
    assert leftovers(tmp_path) == []


def test_a_build_that_cannot_get_the_lock_says_who_holds_it(torg, tmp_path):
    site = generate_site(tmp_path / "gen", pages=100)
    build(torg, site, output=tmp_path / "public")
    with open(tmp_path / ".public.lock", "r+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        lock.write("4242\n")
        lock.flush()
        result = build(torg, site, "--lock-timeout", "0.3", output="public", check=False, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == (
        "error: another torg build is writing public/ (pid 4242)\n"
        "  hint: wait for it to finish, or build into another directory with --output; torg waited 0.3 s (--lock-timeout)\n"
        "torg: build failed with 1 error; public/ was not changed\n"
    )


def can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"], capture_output=True)
    return probe.returncode == 0


FULL_DISK_SCRIPT = """
set -u
mount -t tmpfs -o size=6m tmpfs "$MOUNT" || exit 77
cd "$MOUNT"
digest() { find public -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64; }
"$TORG" build --source "$SITE" --output public --now "$NOW" --quiet --base-url https://a.example/ || exit 10
echo "BEFORE $(digest)"
case "$CASE" in
  enospc) dd if=/dev/zero of=filler bs=16k 2>/dev/null ;;
  erofs) mount -o remount,ro "$MOUNT" ;;
esac
"$TORG" build --source "$SITE" --output public --now "$NOW" --quiet --base-url https://b.example/ 2> "$STDERR"
echo "STATUS $?"
echo "AFTER $(digest)"
echo "LEFT $(ls -A | grep -c '^\\.torg-')"
"""


@pytest.mark.skipif(not can_mount(), reason="needs root and mount namespaces (unshare -m) to mount a small tmpfs")
@pytest.mark.parametrize("case,message", [
    ("enospc", "no space left on device while "),
    ("erofs", "read-only file system while locking public/"),
])
def test_a_full_or_read_only_file_system_gives_one_clear_error(torg, tmp_path, case, message):
    site = generate_site(tmp_path / "gen", pages=100)
    mount = tmp_path / "mnt"
    mount.mkdir()
    script = tmp_path / "script.sh"
    script.write_text(FULL_DISK_SCRIPT)
    stderr_file = tmp_path / "stderr.txt"
    environment = dict(os.environ, MOUNT=str(mount), TORG=str(torg), SITE=str(site), NOW=NOW, CASE=case,
                       STDERR=str(stderr_file))
    result = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", str(script)], capture_output=True,
                            text=True, env=environment)
    assert result.returncode == 0, result.stdout + result.stderr
    report = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    stderr = stderr_file.read_text()
    assert report["STATUS"] == "1", stderr
    assert report["AFTER"] == report["BEFORE"], "the previous output changed"
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith("error: " + message), stderr
    assert "public/" in errors[0]
    assert not any(raw in stderr for raw in RAW_ERRORS), stderr
    assert stderr.splitlines()[-1] == "torg: build failed with 1 error; public/ was not changed"
    assert report["LEFT"] == "0"


def as_nobody(arguments, cwd):
    return subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *arguments],
                          capture_output=True, text=True, cwd=cwd)


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root to run as nobody")
def test_permission_denied_is_one_clear_error_and_a_read_only_subtree_is_reported(torg, tmp_path):
    base = Path(tempfile.mkdtemp(prefix="torg-nobody-"))
    try:
        base.chmod(0o755)
        binary = base / "torg"
        shutil.copy(torg, binary)
        binary.chmod(0o755)
        site = generate_site(base / "gen", pages=100)
        for path in [base / "gen", *(base / "gen").rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IROTH | (stat.S_IXOTH if path.is_dir() else 0))
        # The site belongs to root: nobody may read it, and may not write beside its output.
        build(torg, site, output=site / "public")
        before = tree_digest(site / "public")
        denied = as_nobody([str(binary), "build", "--source", str(site), "--now", NOW, "--quiet"], cwd=site)
        assert denied.returncode == 1, denied.stderr
        assert denied.stderr.splitlines()[0] == "error: permission denied while locking public/", denied.stderr
        assert not any(raw in denied.stderr for raw in RAW_ERRORS)
        assert tree_digest(site / "public") == before

        # A site of nobody's own whose previous output has a read-only folder: the new output is
        # swapped in, and what cannot be removed of the old one is named.
        subprocess.run(["chown", "-R", "nobody:nogroup", str(site)], check=True)
        shutil.rmtree(site / "public")
        (site / ".public.lock").unlink()
        first = as_nobody([str(binary), "build", "--source", str(site), "--now", NOW, "--quiet"], cwd=site)
        assert first.returncode == 0, first.stderr
        (site / "public" / "sv").chmod(0o555)
        second = as_nobody([str(binary), "build", "--source", str(site), "--now", NOW, "--quiet",
                            "--base-url", "https://b.example/"], cwd=site)
        assert second.returncode == 0, second.stderr
        assert second.stderr.startswith("warning: the previous output was replaced, but torg could not remove all of it from .torg-old-public-"), second.stderr
        assert "https://b.example/" in (site / "public" / "sitemap.xml").read_text()
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(base)])
        shutil.rmtree(base, ignore_errors=True)

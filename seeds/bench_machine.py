"""The machine a benchmark ran on, for docs/performance.md: CPU, memory, tool versions, commit."""
import os
import platform
import re
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def command_output(*command):
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def revision():
    """The commit the working tree is at, and whether it has uncommitted changes (read-only git)."""
    root = os.path.dirname(HERE)
    commit = command_output("git", "-C", root, "rev-parse", "--short", "HEAD")
    dirty = subprocess.run(["git", "--no-optional-locks", "-C", root, "diff", "--quiet", "HEAD"],
                           capture_output=True).returncode != 0
    return f"commit {commit}" + (" with uncommitted changes" if dirty else "")


def machine(torg, hugo, load):
    cpuinfo = open("/proc/cpuinfo", encoding="utf-8").read() if os.path.exists("/proc/cpuinfo") else ""
    model = re.search(r"model name\s*:\s*(.+)", cpuinfo)
    memory = re.search(r"MemTotal:\s*(\d+) kB", open("/proc/meminfo", encoding="utf-8").read())
    return [
        ("CPU", f"{model.group(1) if model else platform.processor()}, {command_output('nproc')} cores (nproc)"),
        ("Memory", f"{int(memory.group(1)) / 1024 / 1024:.1f} GiB" if memory else "unknown"),
        ("System", f"{platform.system()} {platform.release()}"),
        ("Swift", (command_output("swift", "--version").splitlines() or ["unknown"])[0]),
        ("Hugo", command_output(hugo, "version").split(" BuildDate")[0]),
        ("torg", f"{os.path.relpath(torg, os.path.dirname(HERE))}, built from {revision()}"),
        ("Load average when the benchmark started (1, 5, 15 min)", load),
        ("Date", time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())),
    ]

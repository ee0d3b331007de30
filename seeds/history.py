#!/usr/bin/env python3
"""Gives a generated site a git history, for timing the stale-translation pass of `torg check`.

The first commit holds the whole site; each later commit edits a few pages the way editors do:
a new sentence in the body (in either language), a front-matter-only change (lastmod), or a
whitespace-only change. Deterministic by seed, like generate.py; standard library only.

    python3 seeds/generate.py --pages 10000 --seed 1 --out /tmp/h --form torg
    python3 seeds/history.py --site /tmp/h/torg --commits 500 --seed 1
    .build/release/torg check --source /tmp/h/torg --future --timings
"""
import argparse
import os
import random
import subprocess
from pathlib import Path

ENV = dict(os.environ, GIT_AUTHOR_NAME="Redaktör", GIT_AUTHOR_EMAIL="red@ekvik.example",
           GIT_COMMITTER_NAME="Redaktör", GIT_COMMITTER_EMAIL="red@ekvik.example", LC_ALL="C")


def git(site, *arguments, when=None):
    env = dict(ENV)
    if when is not None:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"{when} +0200"
    subprocess.run(["git", "-C", str(site), "-c", "commit.gpgsign=false", *arguments], check=True, env=env,
                   stdout=subprocess.DEVNULL)


def edit(path, kind, number):
    text = path.read_text(encoding="utf-8")
    if kind == "body":
        text = text.rstrip("\n") + f"\n\nTillägg {number}: uppdaterad uppgift.\n"
    elif kind == "front":
        head, sep, rest = text.partition("\n---\n")
        lines = [line for line in head.split("\n") if not line.startswith("lastmod:")]
        text = "\n".join(lines) + f"\nlastmod: 2026-{1 + number % 12:02d}-{1 + number % 28:02d}" + sep + rest
    else:
        text = text.rstrip("\n") + "  \n\n"
    path.write_text(text, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", required=True, type=Path)
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pages = sorted(p for p in (args.site / "content").rglob("*.md"))
    git(args.site, "init", "--quiet", "--initial-branch=main")
    git(args.site, "add", "-A")
    start = 1_767_225_600  # 2026-01-01
    git(args.site, "commit", "--quiet", "-m", "site", when=start)
    for number in range(1, args.commits):
        for path in rng.sample(pages, rng.randint(1, 4)):
            edit(path, rng.choice(["body", "body", "front", "space"]), number)
        git(args.site, "commit", "--quiet", "-a", "-m", f"edit {number}", when=start + number * 3600)


if __name__ == "__main__":
    main()

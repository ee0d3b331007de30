#!/usr/bin/env python3
"""Generates a synthetic bilingual (sv/fi) municipal site, deterministic by seed.

    python3 seeds/generate.py --pages 1000 --seed 1 --out /tmp/site [--form torg|hugo|both]

writes OUT/torg/ (torg.yaml, content/, themes -> the repository's themes/) and/or
OUT/hugo/ (hugo.yaml, content/, themes/seedtheme/). See seeds/README.md.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from seedgen import writer  # noqa: E402
from seedgen.plan import plan_site  # noqa: E402

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, required=True, help="Markdown pages in all (both languages), at least 100")
    parser.add_argument("--seed", type=int, default=1, help="the same seed and size give byte-identical files")
    parser.add_argument("--out", required=True, help="directory to write torg/ and hugo/ into")
    parser.add_argument("--form", choices=("torg", "hugo", "both"), default="both")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.pages < 100:
        parser.error("--pages must be at least 100")

    started = time.monotonic()
    site = plan_site(args.pages, args.seed)
    forms = ("torg", "hugo") if args.form == "both" else (args.form,)
    roots = {form: os.path.join(args.out, form) for form in forms}
    for root in roots.values():
        writer.prepare(root, site)
    first = os.path.join(roots[forms[0]], "content")
    paths = writer.write_content(site, first)
    for form in forms[1:]:
        writer.share(first, os.path.join(roots[form], "content"), paths)
    if "torg" in roots:
        writer.write_torg(site, roots["torg"], REPOSITORY)
    if "hugo" in roots:
        writer.write_hugo(site, roots["hugo"], REPOSITORY)
    if not args.quiet:
        print(f"generated {site.count('sv')} sv + {site.count('fi')} fi pages "
              f"({len(site.entries)} translation sets) as {' and '.join(forms)} in {args.out} "
              f"in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()

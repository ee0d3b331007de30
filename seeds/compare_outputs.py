#!/usr/bin/env python3
"""Compares a Torg output with a Hugo output of the same generated site.

    python3 seeds/compare_outputs.py SITE/torg-out SITE/hugo-out

Prints one line: the sizes, the files only one side has, and how many of the files both have
are byte-identical. The two themes are meant to write the same page markup, so a drop in the
identical count after a change to kommun means the Hugo port (seeds/hugo-theme/) needs the
same change. List pages 2, 3 … of a split section differ in <head> by design: Torg gives each its
own canonical URL and hreflang set, Hugo's .Permalink is the section's. Hugo also writes a page/1/
redirect for every section, Torg only for sections whose list is split.
"""
import filecmp
import os
import sys


def files(root):
    result = set()
    for directory, _, names in os.walk(root):
        for name in names:
            result.add(os.path.relpath(os.path.join(directory, name), root))
    return result


def size(root, paths):
    return sum(os.path.getsize(os.path.join(root, p)) for p in paths)


def compare(torg, hugo):
    torg_files, hugo_files = files(torg), files(hugo)
    common = sorted(torg_files & hugo_files)
    same = [p for p in common if filecmp.cmp(os.path.join(torg, p), os.path.join(hugo, p), shallow=False)]
    torg_bytes, hugo_bytes = size(torg, torg_files), size(hugo, hugo_files)
    pages = [p for p in common if p.endswith(".html")]
    same_pages = [p for p in same if p.endswith(".html")]
    return {
        "torg_bytes": torg_bytes, "hugo_bytes": hugo_bytes,
        "ratio": torg_bytes / hugo_bytes if hugo_bytes else float("nan"),
        "only_torg": len(torg_files - hugo_files), "only_hugo": len(hugo_files - torg_files),
        "pages": len(pages), "same_pages": len(same_pages),
    }


def summary(result):
    return (f"Torg {result['torg_bytes'] / 1e6:.1f} MB, Hugo {result['hugo_bytes'] / 1e6:.1f} MB "
            f"(Torg/Hugo {result['ratio']:.2f}); {result['same_pages']:,} of {result['pages']:,} HTML files "
            f"both write are byte-identical; {result['only_torg']:,} files only Torg writes, "
            f"{result['only_hugo']:,} only Hugo")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    print(summary(compare(sys.argv[1], sys.argv[2])))

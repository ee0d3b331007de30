"""Writes a planned site as a Torg site, a Hugo site, or both.

Both forms share the Markdown files byte for byte (hard links when possible). Nothing
written depends on the clock or on the order of a directory listing.
"""
import os
import shutil

from . import configs, svg
from .body import render_body
from .frontmatter import front_matter
from .links import LinkPicker

MARKER = ".seeds"   # marks a directory as generated, so that it may be replaced


def prepare(directory, site):
    if os.path.lexists(directory):
        if not os.path.exists(os.path.join(directory, MARKER)) and os.listdir(directory):
            raise SystemExit(f"error: {directory} exists and was not written by seeds/generate.py;"
                             " remove it or choose another --out")
        shutil.rmtree(directory)
    _made.clear()
    os.makedirs(directory)
    write_text(os.path.join(directory, MARKER), f"pages={site.pages} seed={site.seed}\n")


_made = set()     # directories already created, to spare a system call per file


def make_parent(path):
    parent = os.path.dirname(path)
    if parent not in _made:
        os.makedirs(parent, exist_ok=True)
        _made.add(parent)


def write_text(path, content):
    make_parent(path)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(content)


def write_content(site, content_dir):
    """Every Markdown file and bundle image; returns the written paths relative to content_dir."""
    links = LinkPicker(site)
    written = []
    for entry, lang, path in site.files():
        write_text(os.path.join(content_dir, path), front_matter(entry, lang) + "\n" + render_body(site, entry, lang, links))
        written.append(path)
    for entry in site.entries:
        if entry.image:
            path = f"{entry.folder()}/{entry.image}"
            write_text(os.path.join(content_dir, path), svg.picture(f"{site.seed}/{entry.key}", entry.titles["sv"]))
            written.append(path)
    return sorted(written)


def share(source_dir, target_dir, paths):
    """Hard-links (or copies) the generated content files into the second form."""
    for path in paths:
        target = os.path.join(target_dir, path)
        make_parent(target)
        try:
            os.link(os.path.join(source_dir, path), target)
        except OSError:
            shutil.copyfile(os.path.join(source_dir, path), target)


def write_torg(site, root, repo):
    write_text(os.path.join(root, "torg.yaml"), configs.torg_yaml(site))
    # Torg looks themes up in <site>/themes. A copy, not a symlink: Torg refuses links that lead
    # outside the site (docs/security.md), and the copy keeps the benchmark on the current kommun.
    copy_tree(os.path.join(repo, "themes"), os.path.join(root, "themes"))


def copy_tree(source, target):
    for directory, subdirectories, files in os.walk(source):
        subdirectories.sort()
        for name in sorted(files):
            relative = os.path.relpath(os.path.join(directory, name), source)
            os.makedirs(os.path.dirname(os.path.join(target, relative)), exist_ok=True)
            shutil.copyfile(os.path.join(directory, name), os.path.join(target, relative))


def write_hugo(site, root, repo):
    kommun = os.path.join(repo, "themes", "kommun")
    theme = os.path.join(root, "themes", "seedtheme")
    here = os.path.join(repo, "seeds", "hugo-theme")
    strings = {}
    for lang in ("sv", "fi"):
        kommun_file = os.path.join(kommun, "i18n", f"{lang}.yaml")
        strings[lang] = configs.read_flat_yaml(kommun_file)
        extra = configs.read_flat_yaml(os.path.join(here, "i18n", f"{lang}.yaml"))

        def key(line):
            return line.split(":", 1)[0].strip() if ":" in line and not line.startswith("#") else None
        # The Hugo theme's own keys win over kommun's: Torg fills `{current}` in pageOf itself,
        # while Hugo's T needs `{{ .Current }}`. Each key is defined once.
        with open(kommun_file, encoding="utf-8") as handle:
            merged = "".join(line for line in handle if key(line) not in extra).rstrip("\n") + "\n"
        with open(os.path.join(here, "i18n", f"{lang}.yaml"), encoding="utf-8") as handle:
            merged += "".join(line for line in handle if key(line) in extra)
        write_text(os.path.join(theme, "i18n", f"{lang}.yaml"), merged)
    copy_tree(os.path.join(here, "layouts"), os.path.join(theme, "layouts"))
    copy_tree(os.path.join(kommun, "static"), os.path.join(theme, "static"))
    write_text(os.path.join(root, "hugo.yaml"), configs.hugo_yaml(site, strings))

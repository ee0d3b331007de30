"""Gives every entry its directory, file name and Finnish slug.

Swedish is the default language, so file and directory names come from Swedish titles
and a Finnish version gets a `slug` from its own title, as an editor would write it.
Parents are named before their children (the plan lists them first), so a child's
directory is known when it is named.
"""
import posixpath

from .names import DirectoryNames


def assign(entries):
    names = DirectoryNames()
    for entry in entries:
        if entry.kind == "home":
            entry.directory = ""
            continue
        parent = entry.parent.directory
        sv, fi = entry.titles["sv"], entry.titles["fi"]
        if entry.kind == "section":
            name = names.claim(parent, sv, file=True, url_languages=("sv",))
            entry.slugs["fi"] = names.claim(parent, fi, url_languages=("fi",))
            entry.directory = posixpath.join(parent, name)
            continue
        entry.directory = parent
        if entry.languages == ("fi",):
            # A Finnish-only page is named in Finnish and needs no slug.
            entry.name = names.claim(parent, fi, file=True, url_languages=("fi",))
            continue
        entry.name = names.claim(parent, sv, file=True, url_languages=("sv",))
        if entry.bundle:
            entry.image = f"{entry.name}.svg"
        if "fi" not in entry.languages:
            continue
        if "fi" in entry.names:
            # A translationKey pair: the Finnish file has its own name and no slug.
            wanted = entry.names["fi"] or fi
            entry.names["fi"] = names.claim(parent, wanted, file=True, url_languages=("fi",))
        else:
            entry.slugs["fi"] = names.claim(parent, fi, url_languages=("fi",))

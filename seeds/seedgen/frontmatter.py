"""YAML front matter that Torg and Hugo both read the same way.

Strings are always double-quoted, dates are plain YAML timestamps, and keys come in a
fixed order, so the bytes depend on nothing but the plan.
"""


def quote(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def front_matter(entry, lang):
    lines = ["---", f"title: {quote(entry.titles[lang])}"]
    if entry.slugs.get(lang):
        lines.append(f"slug: {quote(entry.slugs[lang])}")
    lines.append(f"description: {quote(entry.descriptions[lang])}")
    if entry.date:
        lines.append(f"date: {entry.date}")
    if entry.lastmod:
        lines.append(f"lastmod: {entry.lastmod}")
    if entry.end_date:
        lines.append(f"endDate: {entry.end_date}")
    if entry.location:
        lines.append(f"location: {quote(entry.location[lang])}")
    if entry.weight is not None:
        lines.append(f"weight: {entry.weight}")
    if entry.translation_key:
        lines.append(f"translationKey: {quote(entry.translation_key)}")
    if entry.aliases.get(lang):
        lines.append("aliases:")
        lines.extend(f"  - {quote(alias)}" for alias in entry.aliases[lang])
    if entry.tags.get(lang):
        lines.append("tags:")
        lines.extend(f"  - {quote(tag)}" for tag in entry.tags[lang])
    if entry.menu:
        lines.append(f"menu: {entry.menu}")
    lines.append("---")
    return "\n".join(lines) + "\n"

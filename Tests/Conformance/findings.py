"""One problem found by a conformance check, worded so that a failing test says where to look."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    page: str      # site path of the page, such as /sv/tjanster/ (or the file, for vnu)
    rule: str      # the checker's rule id: an axe rule, a vnu message class, "third-party-request"
    element: str   # what on the page: a CSS selector, a URL, "line 12"
    message: str   # what is wrong, in the checker's words

    def __str__(self) -> str:
        return f"{self.page}: [{self.rule}] {self.element}: {self.message}"


def report(findings: list[Finding], what: str) -> str:
    """A failure message listing every finding, one per line, grouped by page order."""
    lines = [f"{len(findings)} {what}:"]
    lines += [f"  {finding}" for finding in sorted(findings, key=lambda f: (f.page, f.rule, f.element))]
    return "\n".join(lines)

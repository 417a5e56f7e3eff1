"""Write docs/rules.md: what boards expect of a cover sheet (the practice every rule cites)
followed by every rule's documentation from the registry. `make docs` runs it; a test fails
when the page is stale."""

from __future__ import annotations

import sys
from pathlib import Path

from coversheet.rules import RULES
from coversheet.rules.groups import GROUPS

PAGE = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
PRACTICE = Path(__file__).resolve().parents[1] / "docs" / "governance-practice.md"


def page() -> str:
    lines = [
        "# The rules, and why",
        "",
        "Generated from the rule registry by `tools/build_rules_doc.py` (`make docs`): each rule's",
        "own documentation, as `coversheet explain` prints it. The practice each rule cites",
        "(\"practice 4\") is numbered in [governance-practice.md](governance-practice.md), with its",
        "sources.",
        "",
    ]
    for band, group in GROUPS.items():
        rules = [rule for rule in RULES.values() if rule.group == group]
        lines += [f"## {group} (CS{band}xx)", ""]
        for rule in rules:
            lines += [f"### {rule.code} {rule.name} ({rule.severity.value})", "", rule.summary, ""]
            if rule.doc:
                lines += [_markdown(rule.doc), ""]
            lines += [f"Fix: {rule.hint}", ""]
    return "\n".join(lines).rstrip() + "\n"


def _markdown(doc: str) -> str:
    # Examples are indented blocks in a docstring: fence them so Markdown keeps them as written.
    out, in_block = [], False
    for line in doc.splitlines():
        indented = line.startswith("    ")
        if indented and not in_block:
            out.append("```yaml")
            in_block = True
        elif not indented and in_block and line.strip():
            out.append("```")
            in_block = False
        out.append(line[4:] if indented else line)
    if in_block:
        out.append("```")
    return "\n".join(out)


if __name__ == "__main__":
    PAGE.write_text(page(), encoding="utf-8")
    sys.stdout.write(f"wrote {PAGE}\n")

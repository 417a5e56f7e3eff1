"""A PDF's structure tree as a screen reader gets it, read with poppler's `pdfinfo -struct-text`."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Node:
    role: str
    attributes: dict[str, str] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    kids: list[Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All the text under the element, in reading order."""
        return "".join(self.texts) + "".join(kid.text for kid in self.kids)

    def walk(self):
        yield self
        for kid in self.kids:
            yield from kid.walk()

    def find(self, role: str) -> list[Node]:
        return [node for node in self.walk() if node.role == role]


_ELEMENT = re.compile(r"^(\s*)(\S[^:\"/]*?)(?: \(\w+\))?:$")


def structure(pdf: Path) -> Node:
    """The structure tree of `pdf`: elements by role (after the role map), their attributes and text."""
    output = subprocess.run(["pdfinfo", "-struct-text", str(pdf)], check=True, capture_output=True, text=True).stdout
    root = Node("(root)")
    stack: list[tuple[int, Node]] = [(-1, root)]
    for line in output.splitlines():
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        stripped = line.strip()
        while len(stack) > 1 and stack[-1][0] >= indent and not (stripped.startswith(("/", '"')) and stack[-1][0] < indent):
            stack.pop()
        parent = stack[-1][1]
        if stripped.startswith("/"):
            name, _, value = stripped[1:].partition(" ")
            parent.attributes[name] = value
        elif stripped.startswith('"'):
            parent.texts.append(stripped[1:-1])
        elif (match := _ELEMENT.match(line)) or stripped in ("Document",):
            node = Node(match.group(2) if match else stripped)
            parent.kids.append(node)
            stack.append((indent, node))
    return root

"""Author text made safe to place in Markdown: shown as written, never as markup.

Notices and Markdown agendas are read in mail clients, wikis and Git hosts that render
Markdown and the HTML inside it. A title such as `<img src=x onerror=...>` or
`[Click to approve](https://evil.example)` must arrive as those characters, not as an image
or a link; a line break in a title must not start a heading or a block of its own.
"""

from __future__ import annotations

import re

# Every character CommonMark or its HTML can read as markup in running text; a backslash
# before ASCII punctuation shows it as itself.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~!#&])")


def markdown_text(text: str) -> str:
    """`text` on one line, with every character Markdown would read as markup escaped."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def finalize(value):
    """Jinja's `finalize` for Markdown templates: every string a template prints is escaped."""
    return markdown_text(value) if isinstance(value, str) else value

"""Text for a TOML file coversheet writes (`profile init`): any string as a TOML value or key.

Hand-written rather than a TOML library's writer because the file `profile init` writes is
commented line by line (`# check: ...`), and no writer in our dependencies keeps comments;
the escaping is small and property-tested against `tomllib`, and `profile init` parses
each file back before writing it.
"""

from __future__ import annotations

import unicodedata

_SHORT = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
# TOML forbids the C0 controls and DEL in a string; the others are escaped so that what a
# reader sees is what the file says: no line separators (U+2028) that an editor shows as line
# breaks, no bidirectional overrides or invisible marks (Cf) disguising a line.
_ESCAPED_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Cs"}


def toml_string(text: str) -> str:
    """`text` as a TOML basic string, on one line: `"Board \\"A\\"\\n"`. Usable as a key too."""
    return '"' + "".join(_escaped(character) for character in text) + '"'


def toml_comment(text: str) -> str:
    """`text` (a file's name) as it may stand in a `#` comment: on one line, every control,
    separator and invisible mark escaped (`\\u000A`), so that nothing of it can end the comment."""
    return "".join(_code(character) if _hidden(character) else character for character in text)


def _escaped(character: str) -> str:
    if character in _SHORT:
        return _SHORT[character]
    return _code(character) if _hidden(character) else character


def _hidden(character: str) -> bool:
    return unicodedata.category(character) in _ESCAPED_CATEGORIES


def _code(character: str) -> str:
    code = ord(character)
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"


"""Text holding control characters that a Word document cannot contain.

What it does: reports text with characters that XML 1.0 forbids (form feeds, escape codes,
NUL), usually pasted from another program, and text with a direction override or isolate
(U+202A-U+202E, U+2066-U+2069), which makes text display in another order than it is
written.

Why it matters: the first kind cannot be written into the Word cover sheet at all; the second
can make a title or a recommendation read as something it is not.

Fails:
    title: "ICS Finance\\fReport"
Passes:
    title: ICS Finance Report
"""

import re

from coversheet.findings import Severity
from coversheet.rules.base import Problem
from coversheet.rules.shared.text import texts_of

CODE = "CS007"
NAME = "control-characters"
SEVERITY = Severity.ERROR
HINT = "Delete the invisible character and retype the text around it."

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")


def check(sheet, ctx):
    for path, text in texts_of(sheet, ctx):
        match = _FORBIDDEN.search(text)
        if match:
            yield Problem(
                path, f"{path} holds the control character U+{ord(match.group()):04X}, which Word cannot hold."
            )
            continue
        match = _DIRECTION.search(text)
        if match:
            yield Problem(
                path,
                f"{path} holds the direction control U+{ord(match.group()):04X}, which makes the text display in another order than it is written.",
            )

"""A Word document with no cover sheet at its start.

What it does: reports a `.docx` whose opening tables are not a cover sheet: for example a
paper whose governance and implications sit at the end of its body.

Why it matters: every paper to the board starts with its cover sheet; without one the board
reads the body blind.

Fails (on a Word sheet):
    A paper that starts with its introduction and ends with a governance table.
Passes (on a Word sheet):
    A paper that starts with the metadata table (Date of Meeting, Title of Paper, ...).
"""

from coversheet.findings import Severity

CODE = "CS006"
NAME = "missing-cover-sheet"
SEVERITY = Severity.ERROR
HINT = (
    "Put the board's cover sheet in front of the paper (`coversheet render --paper`); if the board prints "
    "a form of its own, describe it once: `coversheet profile init FORM.docx`."
)

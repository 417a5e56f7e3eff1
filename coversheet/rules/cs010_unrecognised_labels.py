"""Labels on a board's Word sheet that none of the board's questions claims.

What it does: under a board profile, lists in one note the labels on a hand-made sheet that
look like labels (bold, shaded, a heading, in capitals, or ending in "?" or ":") and have
text under them, but that no question of the profile asks. Their text is not dropped:
`extract` keeps it under `unrecognised` (label and text).

Why it matters: an answer under a label the profile does not know is read by nobody; the
profile may need the label added to a question, or a question of the board's own.

Fails (on a Word sheet):
    Clinical lead sign-off:   Dr A Shah, 3 March
Passes (on a Word sheet):
    Every label with text under it is one of the profile's questions
"""

from coversheet.findings import Severity

CODE = "CS010"
NAME = "unrecognised-labels"
SEVERITY = Severity.INFO
HINT = "Add the label to the question it asks in the board's profile (labels = [...]), or add a question of the board's own."

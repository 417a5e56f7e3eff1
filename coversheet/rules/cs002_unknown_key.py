"""A key that is not part of the draft format (often a misspelling).

What it does: reports a key the cover-sheet model does not know, with the closest known key
as a suggestion ("did you mean `recommendations`?"). An implication key is known when it is
one of quality, equality, privacy, financial or one the board configures.

Why it matters: a misspelt key is an answer the board never sees, while the real field stays
empty.

Fails:
    recomendations: [The Board is asked to note the report.]
Passes:
    recommendations: [The Board is asked to note the report.]
"""

from coversheet.findings import Severity

CODE = "CS002"
NAME = "unknown-key"
SEVERITY = Severity.ERROR
HINT = "Rename or remove the key; `coversheet schema` lists every key."

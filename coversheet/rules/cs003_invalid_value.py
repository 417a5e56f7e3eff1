"""A value of the wrong kind: not a date, not yes / no / n/a, not a list.

What it does: reports a value the model cannot accept, quoting it: "December 2020" where a
full date belongs, "maybe" where yes / no / n/a belongs, text where a list belongs.

Why it matters: the board cannot rely on a meeting date, an answer or a list that is not one.

Fails:
    meeting_date: December 2020
Passes:
    meeting_date: 2020-12-02
"""

from coversheet.findings import Severity

CODE = "CS003"
NAME = "invalid-value"
SEVERITY = Severity.ERROR
HINT = "Give the value in the form the draft format expects (see `coversheet schema`)."

"""A control titled like ours but naming no field of the cover sheet.

What it does: notes a content control whose title has the shape of the form's titles
("Executive Sponsor: name") but names a field that does not exist ("Executive Sponsor: age").
The control is ignored: its text is read by the label of its row, if at all.

Why it matters: someone edited the form's controls; an answer may sit where it is not read.

Fails (on a Word sheet):
    A control titled "Executive Sponsor: age"
Passes (on a Word sheet):
    A control titled "Executive Sponsor: name"
"""

from coversheet.findings import Severity

CODE = "CS009"
NAME = "unknown-control-title"
SEVERITY = Severity.INFO
HINT = "Give the control back its title from a fresh form, or type the answer in the row's own control."

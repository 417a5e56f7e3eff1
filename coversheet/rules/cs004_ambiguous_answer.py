"""Two answers ticked on one question in a Word cover sheet.

What it does: reports a Yes / No / N/A question on which more than one box is ticked; the
answer is taken as not given.

Why it matters: "Yes" and "N/A" ticked together on associated risks leaves the board not
knowing whether there are risks to consider.

Fails (on a Word sheet):
    Associated Risks   Yes ☒   No ☐   N/A ☒
Passes (on a Word sheet):
    Associated Risks   Yes ☒   No ☐   N/A ☐
"""

from coversheet.findings import Severity

CODE = "CS004"
NAME = "ambiguous-answer"
SEVERITY = Severity.ERROR
HINT = "Tick exactly one of Yes, No and N/A."

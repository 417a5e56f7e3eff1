"""A tick box that cannot be read (an ActiveX control).

What it does: reports a question answered with an ActiveX check box, whose state lives in a
binary part that coversheet does not guess at.

Why it matters: a guessed answer is worse than none; the secretary should look at the box.

Fails (on a Word sheet):
    Equality Impact Assessment   Yes [ActiveX box]   No [ActiveX box]
Passes (on a Word sheet):
    Equality Impact Assessment   Yes ☐   No ☒   N/A ☐
"""

from coversheet.findings import Severity

CODE = "CS005"
NAME = "unreadable-tick-box"
SEVERITY = Severity.ERROR
HINT = "Replace the ActiveX box with a Word check box, or type the answer."

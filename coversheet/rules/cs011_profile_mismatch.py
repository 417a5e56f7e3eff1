"""A Word sheet read under a board profile whose labels it does not have.

What it does: when most of the profile's questions have no label on the sheet, reports once
which profile was expected, how many of its labels were found and which were not, instead of
one "not answered" finding for each question it lacks (those rules stay silent on them; the
questions the sheet has are still checked). It is an error: the paper fails.

Why it matters: the usual cause is the wrong profile (or none) in coversheet.toml, a board
that changed its form, or a sheet with most of its rows deleted: twenty "not answered"
findings would hide that, and a warning would let a sheet that answers almost nothing pass.

Fails (on a Word sheet):
    The council's front sheet checked under the nhs-icb profile
Passes (on a Word sheet):
    The ICB's front sheet checked under the nhs-icb profile
"""

from coversheet.findings import Severity

CODE = "CS011"
NAME = "profile-mismatch"
SEVERITY = Severity.ERROR
HINT = "Restore the board's missing rows; for another board's form, name its profile in coversheet.toml or run `coversheet profile init` on its blank form."

"""A Word sheet read under a board profile whose labels it does not have.

What it does: when most of the profile's questions have no label on the sheet, reports once
which profile was applied and which labels were not found, instead of one "not answered"
finding for each question (those rules stay silent on the sheet).

Why it matters: the usual cause is the wrong profile (or none) in coversheet.toml, or a
board that changed its form: twenty "not answered" findings would hide that.

Fails (on a Word sheet):
    The council's front sheet checked under the nhs-icb profile
Passes (on a Word sheet):
    The ICB's front sheet checked under the nhs-icb profile
"""

from coversheet.findings import Severity

CODE = "CS011"
NAME = "profile-mismatch"
SEVERITY = Severity.WARNING
HINT = "Name this board's profile in coversheet.toml, or run `coversheet profile init` on the board's blank form."

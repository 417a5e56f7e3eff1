"""A draft and the Word sheet of the same paper disagree on whether it is confidential.

What it does: compares a draft's answer to "confidential" with the Word cover sheet of the
same paper: the `.docx` of the same name beside it (`render` writes one), and the body the
meeting plan names for its item (`paper = ...`) when that body starts with a cover sheet of
its own. Reported on the draft when one says the paper is public and the other does not.

Why it matters: the pack publishes a paper only when every sheet of it says public; a
board that marked a paper "Confidential: Yes" in Word and `confidential: false` in the
draft has not decided, and the wrong one published cannot be taken back.

Fails (on a Word sheet):
    12-estates.yaml: confidential: false;  12-estates.docx: Confidential  Yes
Passes (on a Word sheet):
    12-estates.yaml: confidential: true;   12-estates.docx: Confidential  Yes
"""

from coversheet.findings import Severity

CODE = "CS012"
NAME = "confidentiality-disagrees"
SEVERITY = Severity.ERROR
HINT = "Decide whether the paper is confidential and say the same in the draft and in its Word sheet (render the draft again)."

"""A confidential paper does not say which exemption it relies on.

What it does: reports a sheet marked confidential with no confidential_reason.

Why it matters: a public body may withhold a paper only on a stated ground: the Public
Bodies (Admission to Meetings) Act 1960 or a Freedom of Information Act exemption for NHS
bodies, Schedule 12A of the Local Government Act 1972 for councils.

Fails:
    confidential: true
Passes:
    confidential: true
    confidential_reason: Commercially sensitive (FOI Act s.43).

Source: docs/governance-practice.md, practice 10.
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS108"
NAME = "confidential-without-reason"
SEVERITY = Severity.ERROR
HINT = "Give the exemption relied on, or mark the paper not confidential."


def check(sheet, ctx):
    if sheet.confidential and sheet.confidential_reason is None:
        private = ctx.config.custom_profile.confidentiality.private if ctx.names.board_words else ""
        yield Problem("confidential_reason", ctx.names.say(
            "confidential_reason",
            "The paper is marked confidential but no reason (exemption) is given.",
            lambda it: f"The paper is marked '{private}' but {it} is not given.",
        ))

"""The paper was submitted after the board's deadline.

What it does: compares submitted_on with the meeting date minus the board's deadline in
working days (`deadline_working_days`, 5 unless configured), skipping weekends and England
and Wales bank holidays. When the sheet has no submitted_on and the board takes submission
times from the drive (`submitted_from = "mtime"`), the file's modification time is used and
the message says so.

Why it matters: late papers cut the time members have to read; a late paper needs the
Chair's agreement and a reason.

Fails:
    meeting_date: 2020-12-02
    submitted_on: 2020-11-30
Passes:
    meeting_date: 2020-12-02
    submitted_on: 2020-11-24

Source: docs/governance-practice.md, practice 8 (CGI specimen: 5 days; Brighton & Hove: 7; Leeds Beckett: 10).
"""

from coversheet.dates.working_days import deadline_for
from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS501"
NAME = "late-submission"
SEVERITY = Severity.ERROR
HINT = "Ask the Chair to accept the late paper and record the reason, or move it to a later meeting."


def check(sheet, ctx):
    if sheet.meeting_date is None:
        return
    if sheet.submitted_on is not None:
        submitted, source, field = sheet.submitted_on, ctx.names.called("submitted_on", "submitted_on"), "submitted_on"
    elif ctx.submission is not None:
        submitted, source, field = ctx.submission.date, ctx.submission.source, None
    else:
        return
    days = ctx.config.deadline_working_days
    deadline = deadline_for(sheet.meeting_date, days)
    if submitted > deadline:
        yield Problem(
            field,
            f"Submitted on {submitted} (from {source}), after the deadline of {deadline}"
            f" ({days} working days before the meeting on {sheet.meeting_date}).",
        )

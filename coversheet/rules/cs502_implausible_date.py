"""A date that cannot be right: before 2000, or more than two years ahead.

What it does: checks meeting_date, submitted_on and each governance date.

Why it matters: a mistyped year files the paper under the wrong meeting and hides it from
the deadline checks.

Fails:
    meeting_date: 2200-12-02
Passes:
    meeting_date: 2020-12-02
"""

import datetime as dt

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS502"
NAME = "implausible-date"
SEVERITY = Severity.ERROR
HINT = "Check the year."

_EARLIEST = dt.date(2000, 1, 1)


def check(sheet, ctx):
    latest = ctx.today.replace(year=ctx.today.year + 2) if not (ctx.today.month == 2 and ctx.today.day == 29) else ctx.today.replace(year=ctx.today.year + 2, day=28)
    dates = [("meeting_date", sheet.meeting_date), ("submitted_on", sheet.submitted_on)]
    for index, entry in enumerate(sheet.governance or []):
        if isinstance(entry.date, dt.date):
            dates.append((f"governance.{index}.date", entry.date))
    for path, when in dates:
        if when is not None and not (_EARLIEST <= when <= latest):
            yield Problem(path, f"{path} is {when}, which cannot be right (before 2000 or after {latest}).")

"""A governance entry is dated on or after the board meeting.

What it does: reports each governance entry whose date is not before meeting_date (for a
month-only date, a month after the meeting's month).

Why it matters: previous consideration happens before the board; a later date is a typo or
a paper that skipped its committee.

Fails:
    meeting_date: 2020-12-02
    governance: [{forum: SLE, date: 2020-12-18, outcome: Endorsed}]
Passes:
    governance: [{forum: SLE, date: 2020-11-18, outcome: Endorsed}]

Source: docs/governance-practice.md, practice 7 ("each date before this meeting").
"""

import datetime as dt

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS402"
NAME = "governance-date-after-meeting"
SEVERITY = Severity.ERROR
HINT = "Check the date: other forums meet before the board."


def check(sheet, ctx):
    meeting = sheet.meeting_date
    if meeting is None:
        return
    for index, entry in enumerate(sheet.governance or []):
        when = entry.date
        if isinstance(when, dt.date):
            late = when >= meeting
        elif isinstance(when, str):
            late = when > meeting.strftime("%Y-%m")
        else:
            continue
        if late:
            yield Problem(
                f"governance.{index}.date",
                ctx.names.say(
                    "governance",
                    f"Governance entry {index + 1} is dated {when}, not before the meeting on {meeting}.",
                    lambda it: f"{it} entry {index + 1} is dated {when}, not before the meeting on {meeting}.",
                ),
            )

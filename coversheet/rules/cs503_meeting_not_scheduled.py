"""The meeting date is not one of the board's meetings.

What it does: when coversheet.toml lists the board's `meetings`, reports a paper whose
meeting_date is not one of them.

Why it matters: a paper for a date the board does not meet is mis-dated or sent to the wrong
board.

Fails (with meetings = [2020-12-02]):
    meeting_date: 2020-12-03
Passes:
    meeting_date: 2020-12-02
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS503"
NAME = "meeting-not-scheduled"
SEVERITY = Severity.WARNING
HINT = "Check the meeting date against the board's calendar."


def check(sheet, ctx):
    meetings = ctx.config.meetings
    if meetings and sheet.meeting_date is not None and sheet.meeting_date not in meetings:
        listed = ", ".join(str(d) for d in sorted(meetings)[:4]) + ("…" if len(meetings) > 4 else "")
        yield Problem("meeting_date", f"{sheet.meeting_date} is not one of the board's meetings ({listed}).")

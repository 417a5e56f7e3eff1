"""The title is longer than the board's limit (150 characters unless configured).

What it does: counts the characters of the title against `title_max_chars`.

Why it matters: the title appears on the agenda and in the minutes; a long one is a summary
in the wrong place.

Fails (with title_max_chars = 40):
    title: ICS Finance Report for Month 7 and the Forecast Outturn for 2020/21
Passes:
    title: ICS Finance Report

Source: docs/governance-practice.md, practice 4.
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS204"
NAME = "title-too-long"
SEVERITY = Severity.WARNING
HINT = "Shorten the title; move the detail into the purpose or the summary."


def check(sheet, ctx):
    limit = ctx.config.title_max_chars
    if sheet.title and len(sheet.title) > limit:
        yield Problem("title", ctx.names.say(
            "title",
            f"The title is too long ({len(sheet.title)} > {limit} characters).",
            lambda it: f"{it} is too long ({len(sheet.title)} > {limit} characters).",
        ))

"""More recommendations than the board's limit (5 unless configured).

What it does: counts the recommendations against `max_recommendations`.

Why it matters: more than a few asks lose the reader, and boards ask authors to "more
clearly define what was being asked of the Board".

Fails (with max_recommendations = 3):
    recommendations:
      - The Board is asked to note the month 7 position.
      - The Board is asked to approve the recovery actions.
      - The Board is asked to endorse the revised forecast.
      - The Board is asked to agree the reporting timetable.
Passes:
    recommendations: [The Board is asked to approve the plan.]

Source: docs/governance-practice.md, practice 3 (University of York; Haringey Health and Wellbeing Board).
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem

CODE = "CS203"
NAME = "too-many-recommendations"
SEVERITY = Severity.WARNING
HINT = "Merge the recommendations into the few decisions the board must take."


def check(sheet, ctx):
    count = len(sheet.recommendations or [])
    limit = ctx.config.max_recommendations
    if count > limit:
        yield Problem("recommendations", ctx.names.say(
            "recommendations",
            f"There are too many recommendations ({count} > {limit}).",
            lambda it: f"{it} has too many items ({count} > {limit}).",
        ))

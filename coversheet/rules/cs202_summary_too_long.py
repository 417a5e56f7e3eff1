"""The executive summary is longer than the board's word limit (250 words unless configured).

What it does: counts the words of executive_summary against `summary_word_limit`.

Why it matters: board packs average 213 pages and two readers in three must dig for the key
messages; six of seven templates with a summary set a limit (120-150 words at Lambeth).

Fails (with summary_word_limit = 20):
    executive_summary: >-
      This paper reports month 7 financial performance for the system, the risks to the
      year-end position and the actions that partners have agreed to take to recover it.
Passes:
    executive_summary: This paper reports month 7 financial performance for the system.

Source: docs/governance-practice.md, practice 4 (Lambeth; Board Intelligence / CGI research).
"""

from coversheet.findings import Severity
from coversheet.rules.base import Problem
from coversheet.rules.shared.text import word_count

CODE = "CS202"
NAME = "summary-too-long"
SEVERITY = Severity.WARNING
HINT = "Cut the summary to the key messages; details belong in the paper."


def check(sheet, ctx):
    if sheet.executive_summary:
        words = word_count(sheet.executive_summary)
        limit = ctx.config.summary_word_limit
        if words > limit:
            yield Problem("executive_summary", ctx.names.say(
                "executive_summary",
                f"The executive summary is too long ({words} > {limit} words).",
                lambda it: f"{it} is too long ({words} > {limit} words).",
            ))

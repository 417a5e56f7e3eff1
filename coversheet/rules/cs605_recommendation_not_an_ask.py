"""A recommendation does not say what the board is asked to do.

What it does: reports each recommendation that states no action: none of the ask verbs (any
purpose category's, shipped and the board's own: note, approve, support, discuss, delegate,
...), no "asked to ..." / "invited to ..." and no "for approval" / "for noting". "None but to
note the current position" is an ask (to note); "Table 1" is not. An information finding.

Why it matters: a recommendation is the board's ask, "The Board is asked to approve ...";
Haringey's Health and Wellbeing Board asked reports to "more clearly define what was being
asked of the Board".

Fails:
    recommendations: [Table 1]
Passes:
    recommendations: [None but to note the current position.]

Source: docs/governance-practice.md, practice 3 (University of York; Haringey Health and Wellbeing Board).
"""

import re

from coversheet.findings import Severity
from coversheet.rules.base import Problem
from coversheet.rules.shared.asks import ask_verbs, verbs_in
from coversheet.rules.shared.text import quote

CODE = "CS605"
NAME = "recommendation-not-an-ask"
SEVERITY = Severity.INFO
HINT = 'Start with the ask: "The Board is asked to note / approve / discuss ...".'

_ASKED_TO = re.compile(r"\b(?:asked|invited|requested|recommended|required)\s+to\s+\w", re.IGNORECASE)
_FOR_PURPOSE = re.compile(
    r"\bfor\s+(?:approval|endorsement|decision|ratification|discussion|assurance|information|noting)\b",
    re.IGNORECASE,
)


def check(sheet, ctx):
    verbs = [verb for category in ask_verbs(ctx.config).values() for verb in category]
    for index, text in enumerate(sheet.recommendations or []):
        if _ASKED_TO.search(text) or _FOR_PURPOSE.search(text) or verbs_in(text, verbs):
            continue
        yield Problem(
            f"recommendations.{index}",
            ctx.names.say(
                "recommendations",
                f"Recommendation {index + 1} does not say what the board is asked to do: {quote(text)}.",
                lambda it: f"{it} item {index + 1} does not say what the board is asked to do: {quote(text)}.",
            ),
        )

"""A risk reference does not match the board's register format.

What it does: when coversheet.toml sets `risk_reference_pattern`, reports each
risks.references id that does not match it; under a board profile, each id of the board's
own references questions that does not match that question's `pattern`.

Why it matters: a reference in the wrong form cannot be found on the register.

Fails (with risk_reference_pattern = '^[A-Z]{2,4}-\\d{2}$'):
    risks:
      references: [{id: "risk 7", description: Month 7 run rate puts the deficit plan at risk.}]
Passes (with risk_reference_pattern = '^[A-Z]{2,4}-\\d{2}$'):
    risks:
      references: [{id: FIN-07, description: Month 7 run rate puts the deficit plan at risk.}]

Source: docs/governance-practice.md, practice 6 ("in the register's own format").
"""

import re

from coversheet.config.kinds import Kind
from coversheet.findings import Severity
from coversheet.rules.base import Problem
from coversheet.rules.shared.own import own_answers

CODE = "CS302"
NAME = "malformed-risk-reference"
SEVERITY = Severity.ERROR
HINT = "Use the reference exactly as the risk register gives it."


def check(sheet, ctx):
    for question, answer in own_answers(sheet, ctx, Kind.REFERENCES):
        for index, reference in enumerate(answer or []):
            if question.pattern and reference.id is not None and not re.fullmatch(question.pattern, reference.id):
                yield Problem(
                    f"{question.path}.{index}.id",
                    f"'{question.label}': reference '{reference.id}' does not match the board's format {question.pattern}.",
                )
    pattern = ctx.config.risk_reference_pattern
    if not pattern or sheet.risks is None:
        return
    for index, ref in enumerate(sheet.risks.references or []):
        if ref.id is not None and not re.fullmatch(pattern, ref.id):
            yield Problem(
                f"risks.references.{index}.id",
                ctx.names.say(
                    "risks",
                    f"Risk reference '{ref.id}' does not match the register format {pattern}.",
                    lambda it: f"{it}: risk reference '{ref.id}' does not match the register format {pattern}.",
                ),
            )

"""An impact assessment (quality, equality, privacy, financial, or the board's own) is not answered.

What it does: reports each implication the board asks for whose answer is not given: the
four standard ones and those listed under `implications` in coversheet.toml.

Why it matters: an unanswered impact assessment cannot be told apart from one never done; for
equality the board carries the public sector equality duty.

Fails:
    implications:
      quality: {answer: n/a}
      equality:            # not answered
Passes:
    implications:
      equality: {answer: n/a, note: No change to services.}

Source: docs/governance-practice.md, practices 1 and 5.
"""

from coversheet.config.kinds import Kind
from coversheet.findings import Severity
from coversheet.rules.base import Problem
from coversheet.rules.shared.own import label, own_answers

CODE = "CS104"
NAME = "implication-unanswered"
SEVERITY = Severity.ERROR
HINT = "Answer yes, no or n/a for each impact assessment."


def check(sheet, ctx):
    answered = dict(sheet.implications.items()) if sheet.implications else {}
    for name in ["quality", "equality", "privacy", "financial", *ctx.config.implications]:
        implication = answered.get(name)
        if implication is None or implication.answer is None:
            words = label(ctx, f"implications.{name}", "")
            if words:
                yield Problem(f"implications.{name}", f"{words} is not answered (yes, no or n/a).")
                continue
            words = name.replace("_", " ")
            yield Problem(f"implications.{name}", f"The {words} impact assessment is not answered (yes, no or n/a).")
    for question, answer in own_answers(sheet, ctx, Kind.YES_NO_NA):
        if question.required and (answer is None or answer.answer is None):
            yield Problem(question.path, f"'{question.label}' is not answered (yes, no or n/a).")

"""An impact assessment is answered No without saying why.

What it does: reports each implication answered no that has no note.

Why it matters: an assessment not done needs a reason the board can accept or challenge.

Fails:
    implications:
      quality: {answer: no}
Passes:
    implications:
      quality: {answer: no, note: Administrative change; no effect on patient care.}

Source: docs/governance-practice.md, practice 5.
"""

from coversheet.config.kinds import Kind
from coversheet.findings import Severity
from coversheet.model import Answer
from coversheet.rules.base import Problem
from coversheet.rules.shared.asks import asks_for_decision
from coversheet.rules.shared.own import own_answers

CODE = "CS404"
NAME = "implication-no-without-reason"
SEVERITY = Severity.WARNING
HINT = "Add a note saying why no assessment was done."


def check(sheet, ctx):
    for name, implication in sheet.implications.items() if sheet.implications else []:
        if implication and implication.answer is Answer.NO and implication.note is None:
            if name == "equality" and asks_for_decision(sheet):
                continue  # the stronger equality-duty rule reports it
            label = name.replace("_", " ")
            yield Problem(f"implications.{name}", ctx.names.say(
                f"implications.{name}",
                f"The {label} impact assessment is answered 'no' with no reason given.",
                lambda it: f"{it} is answered 'no' with no reason given.",
            ))
    for question, answer in own_answers(sheet, ctx, Kind.YES_NO_NA):
        if answer is not None and answer.answer is Answer.NO and answer.note is None:
            yield Problem(question.path, f"'{question.label}' is answered 'no' with no reason given.")

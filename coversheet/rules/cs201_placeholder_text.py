"""Template or placeholder text left in a field.

What it does: reports any field still holding a template prompt or stand-in: "[Insert ...]",
"TBC", "Click or tap here to enter text.", lorem ipsum, "xxx", or the template's own
instructions ("Mark Yes, No or Not Applicable Above and Provide a Risk Description ...").

Why it matters: a prompt left in place is an unanswered question that looks answered.

Fails:
    title: "[Insert title of paper]"
Passes:
    title: ICS Finance Report

Source: docs/governance-practice.md, practice 1.
"""

from coversheet.findings import Severity
from coversheet.model.placeholders import find_placeholder
from coversheet.rules.base import Problem
from coversheet.rules.shared.text import quote, texts_of

CODE = "CS201"
NAME = "placeholder-text"
SEVERITY = Severity.ERROR
HINT = "Replace the placeholder with the real answer."


def check(sheet, ctx):
    for path, text in _texts(sheet, ctx):
        found = find_placeholder(text)
        if found:
            yield Problem(path, f"{path} still holds placeholder text {quote(found)}.")


def _texts(sheet, ctx):
    # Dates, answers and categories are closed vocabularies; only free text can hold a prompt.
    for path, text in texts_of(sheet, ctx):
        if not path.endswith((".answer", ".date", "meeting_date", "submitted_on", "associated", "on_register")) and ".categories" not in path:
            yield path, text

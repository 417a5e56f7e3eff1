"""A field every cover sheet must have is absent or empty.

What it does: reports each of title, meeting_date, agenda_item, presented_by, authors,
purpose.text, executive_summary and recommendations that is absent, null or empty, and each
person named without a name (unless the board's profile says its form asks for a post: a
council's "Report of the Director of Public Health", `named = false`).

Why it matters: a blank is never read as "not applicable"; the secretary sends the paper
back (docs/governance-practice.md, practice 1: "complete all sections").

Fails:
    title: ICS Finance Report
    meeting_date:          # not answered
Passes:
    title: ICS Finance Report
    meeting_date: 2020-12-02

Source: docs/governance-practice.md, practice 1 (Lambeth Council, Gloucester City Council templates).
"""

from coversheet.config.kinds import Kind
from coversheet.findings import Severity
from coversheet.rules.base import Problem
from coversheet.rules.shared.own import label, own_answers

CODE = "CS101"
NAME = "missing-required-field"
SEVERITY = Severity.ERROR
HINT = "Fill in the field; every section of the cover sheet is required."

_WHAT = {
    "title": "the title of the paper",
    "meeting_date": "the date of the meeting",
    "agenda_item": "the agenda item",
    "presented_by": "who presents the paper",
    "authors": "the author",
    "purpose.text": "the purpose of the paper",
    "executive_summary": "the executive summary",
    "recommendations": "any recommendation",
}


def _names_people(ctx, field: str) -> bool:
    """Does the board's form ask who (a name), not only which post ("Report of the Director of
    Public Health" on a council's report: the profile says `named = false`)?"""
    question = ctx.config.profile.question(field)
    return question is None or question.named


def check(sheet, ctx):
    values = {
        "title": sheet.title,
        "meeting_date": sheet.meeting_date,
        "agenda_item": sheet.agenda_item,
        "presented_by": sheet.presented_by,
        "authors": sheet.authors,
        "purpose.text": sheet.purpose.text if sheet.purpose else None,
        "executive_summary": sheet.executive_summary,
        "recommendations": sheet.recommendations,
    }
    # The default profile requires what the 2020 sheet did: every question below.
    required = set(ctx.config.profile.required_standard)
    for path, value in values.items():
        if path.split(".")[0] not in required:
            continue
        if value is None or value == []:
            state = "is an empty list" if value == [] else "is not given"
            yield Problem(path, f"{label(ctx, path, path)} {state}: the sheet does not say {_WHAT[path]}.")
    for name in sorted(required - set(_WHAT) - {"purpose"}):
        if getattr(sheet, name.split(".")[0], None) is None:
            yield Problem(name, f"{label(ctx, name, name)} is not given: the board requires it.")
    for question, answer in own_answers(sheet, ctx):
        # An empty list answers "none" (no BAF risk); a yes / no / n/a question is CS104's.
        # No option ticked is no answer to a choice.
        unanswered = answer is None or (question.kind is Kind.CHOICE and answer == [])
        if question.required and question.kind is not Kind.YES_NO_NA and unanswered:
            yield Problem(question.path, f"'{question.label}' is not given: the board asks it of every paper.",
                          hint=question.help)
    for group in ("presented_by", "authors", "contributors"):
        for index, person in enumerate(getattr(sheet, group) or []):
            if person.name is None and _names_people(ctx, group):
                yield Problem(f"{group}.{index}.name", f"{ctx.names.place(f'{group}.{index}')} has a role but no name.")
    if (sheet.sponsor is not None and sheet.sponsor.name is None and sheet.sponsor.role is not None
            and _names_people(ctx, "sponsor")):
        yield Problem("sponsor.name", ctx.names.say("sponsor", "The sponsor has a role but no name.", lambda it: f"{it} has a role but no name."))

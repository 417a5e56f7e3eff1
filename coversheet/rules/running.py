"""Running the selected rules over one validated sheet."""

from __future__ import annotations

from dataclasses import replace

from coversheet.findings import Finding, Severity
from coversheet.model import CoverSheet
from coversheet.model.raw import RawDraft
from coversheet.rules.base import Context
from coversheet.rules.selection import selected_rules
from coversheet.rules.shared.text import sheet_texts


def run_rules(sheet: CoverSheet, context: Context, raw: RawDraft | None = None, reported: list[Finding] = ()) -> list[Finding]:
    """Every selected rule's findings, except on fields the reader already reported."""
    raw = raw or RawDraft({})
    taken = {f.field for f in reported if f.field}
    # The sheet's strings, walked once here for every rule that reads them all; bound to
    # this call and this sheet, so a sheet changed between two runs is read anew.
    context = replace(context, texts=sheet_texts(sheet))
    findings: list[Finding] = []
    profile = context.config.profile  # the default one asks every standard question
    # A sheet without most of the profile's labels is reported once (CS011), not as every
    # question "not answered"; the questions whose labels it has are still checked.
    mismatch = any(f.code == "CS011" for f in reported)
    not_found = set(raw.not_found)
    names = context.names
    for rule, severity in selected_rules(context.config):
        if rule.check is None:
            continue
        completeness = mismatch and completeness_rule(rule.code)
        for problem in rule.check(sheet, context):
            if completeness and (not problem.field or _covered(problem.field, not_found)):
                continue
            if problem.field and _covered(problem.field, taken):
                continue
            if problem.field and not profile.asks(problem.field):
                continue  # a question the board does not ask: the rules about it stay silent
            message, hint = problem.message, problem.hint
            if completeness_rule(rule.code) and (alike := _look_alike(problem.field, raw.look_alikes)):
                # A false "not answered" must never be the only sign that a row was skipped.
                message = f"{message} The sheet has a row '{alike}' that may be it, but it was not read as this question."
                hint = "Describe the board's own form in a profile (`coversheet profile init` on its blank form) so its labels are read."
            findings.append(
                rule.finding(message, problem.field, raw.line_of(problem.field), severity=severity, hint=hint, names=names)
            )
    return _one_finding_a_blank(findings)


def _one_finding_a_blank(findings: list[Finding]) -> list[Finding]:
    """Where the board prints one question for the purpose and it is asked as ticks, a paper with
    none ticked has one blank: CS106 ("does not say whether the paper is for Approval, ...")
    reports it, and CS101's "not given" for the same printed question would read as a second
    defect. (Where CS106 is only a warning, or the form prints the purpose's sentence apart,
    CS101 stands.)"""
    ticks = next((f for f in findings if f.code == "CS106" and f.severity is Severity.ERROR and f.label), None)
    if ticks is None:
        return findings
    return [f for f in findings if not (f.code == "CS101" and f.field == "purpose.text" and f.label == ticks.label)]


def completeness_rule(code: str) -> bool:
    """The CS1xx rules: a question not answered."""
    return code.startswith("CS1")


def _look_alike(field: str | None, alikes: dict[str, str]) -> str | None:
    if not field:
        return None
    return next((label for path, label in alikes.items() if _covered(field, {path})), None)


def _covered(field: str, taken: set[str]) -> bool:
    return any(field == t or field.startswith(t + ".") or t.startswith(field + ".") for t in taken)

"""Rules keep nothing between runs: a sheet changed after one run is judged as it now is."""

from __future__ import annotations

import datetime as dt

from helpers.paths import COMPLETE

from coversheet.config import DEFAULT_CONFIG
from coversheet.drafts.read import read_draft
from coversheet.read.validate import validate
from coversheet.rules.base import Context
from coversheet.rules.running import run_rules

CONTEXT = Context(config=DEFAULT_CONFIG, today=dt.date(2020, 11, 20))


def codes(sheet) -> set[tuple[str, str | None]]:
    return {(f.code, f.field) for f in run_rules(sheet, CONTEXT)}


def test_a_sheet_changed_between_two_runs_gets_the_findings_of_its_new_text() -> None:
    sheet, _ = validate(read_draft(COMPLETE), DEFAULT_CONFIG)
    before = codes(sheet)
    assert ("CS201", "title") not in before
    sheet.title = "TBC"  # the same object, changed in place
    assert ("CS201", "title") in codes(sheet)
    assert codes(sheet) == codes(sheet.model_copy())  # as a fresh copy of it is judged
    sheet.title = "ICS Finance Report"
    assert codes(sheet) == before  # and back again


def test_a_summary_changed_in_place_is_read_anew() -> None:
    sheet, _ = validate(read_draft(COMPLETE), DEFAULT_CONFIG)
    assert not {code for code, _ in codes(sheet)} & {"CS202", "CS601"}
    sheet.executive_summary = "The XYZQ position. " + "More words here. " * 200
    found = {code for code, _ in codes(sheet)}
    assert {"CS202", "CS601"} <= found, found  # too long, and an acronym never defined

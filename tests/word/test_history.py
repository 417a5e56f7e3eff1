"""Governance history as authors write it in one box: forum, date and outcome in any order."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.cli import coversheet

from coversheet.word.answers.history import split_history


@pytest.mark.parametrize(("text", "entries"), [
    ("Finance and Performance Committee – 24 November 2025",
     [("Finance and Performance Committee", "24 November 2025", None)]),
    ("Quality Governance Committee (6 November 2025) – supported",
     [("Quality Governance Committee", "6 November 2025", "supported")]),
    ("People Committee, 20/11/2025", [("People Committee", "20/11/2025", None)]),
    ("Audit Committee 30th October 2025 – noted; Executive Team, 3 Nov 2025, approved",
     [("Audit Committee", "30th October 2025", "noted"), ("Executive Team", "3 Nov 2025", "approved")]),
    ("30th October 2025: Audit Committee – noted", [("Audit Committee", "30th October 2025", "noted")]),
    ("Planning Committee – 18th November 2021 – supported.\nExecutive Team – 30/11/2021 – recommended for approval.",
     [("Planning Committee", "18th November 2021", "supported."), ("Executive Team", "30/11/2021", "recommended for approval.")]),
    ("Executive Management Team – supported", [("Executive Management Team", None, "supported")]),
    ("Board Seminar, Tuesday 4th November 2025 (discussion only)",
     [("Board Seminar", "Tuesday 4th November 2025", "discussion only")]),
    ("Health and Wellbeing Board, Leeds – 2 October 2025 – endorsed",
     [("Health and Wellbeing Board, Leeds", "2 October 2025", "endorsed")]),
    # the form's lead-in over the groups is no entry (it was one, "has no date", on complete papers)
    ("This paper has been previously considered by the following groups as part of its development. The "
     "groups have either supported the content, or their feedback has informed the report.\n"
     "Executive Directors' Group, 8 January 2026\nClinical Governance Committee, 9 January 2026",
     [("Executive Directors' Group", "8 January 2026", None), ("Clinical Governance Committee", "9 January 2026", None)]),
    # "on" before the date is no part of the forum, ", which supported it" is the outcome
    ("Digital Major Projects Authority on 9th December 2026, which supported it.",
     [("Digital Major Projects Authority", "9th December 2026", "supported")]),
    ("Executive Team on 10 November 2026 (supported); Finance Committee on 25 November 2026 (recommended for approval).",
     [("Executive Team", "10 November 2026", "supported"), ("Finance Committee", "25 November 2026", "recommended for approval")]),
])
def test_each_entry_is_split_into_forum_date_and_outcome(text, entries):
    assert [(e["forum"], e["date"], e["outcome"]) for e in split_history(text)] == entries


def test_a_form_that_asks_no_outcome_gets_no_finding_for_it(tmp_path: Path) -> None:
    """A profile says which parts of the history its form asks, in `parts` or in the words it
    prints (help, labels): the part it does not ask is never reported (CS401); under a profile
    that names no part, all three are asked and the same paper gets it."""
    draft = (Path(__file__).resolve().parents[2] / "examples-profiles" / "nhs-icb" / "item-07-winter-plan.yaml").read_text(encoding="utf-8")
    text = re.sub(r"\n\s+outcome:[^\n]*", "", draft, count=1)  # the first entry without its outcome
    assert text != draft
    found = {}
    for board, parts in (("no-outcome", 'parts = ["forum", "date"]\n'), ("all-three", ""),
                         # the question's help names what the form asks: committees with dates
                         ("help-says", 'help = "(List the committees that have considered this report, with dates.)"\n')):
        folder = tmp_path / board
        folder.mkdir()
        (folder / "coversheet.toml").write_text('profile = "our-board.toml"\n', encoding="utf-8")
        (folder / "our-board.toml").write_text(
            'extends = "nhs-icb"\n[[questions]]\nfield = "governance"\nlabels = ["Previously considered by"]\n' + parts,
            encoding="utf-8")
        (folder / "paper.yaml").write_text(text, encoding="utf-8")
        result = json.loads(coversheet("check", folder / "paper.yaml", "-f", "json").stdout)["files"][0]
        found[board] = [f["field"] for f in result["findings"] if f["code"] == "CS401"]
    assert found == {"no-outcome": [], "all-three": ["governance.0.outcome"], "help-says": []}


def test_parts_belong_to_the_history_only(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text(
        '[profile]\nextends = "nhs-icb"\n[[profile.questions]]\nfield = "title"\nparts = ["forum"]\n', encoding="utf-8")
    result = coversheet("profile", "show", tmp_path)
    assert result.returncode == 2 and "parts are for the governance history" in result.stderr, result.stderr

"""Under a board profile every finding a person reads names the question by the board's label.

The JSON and SARIF reports keep the dotted draft path in `field` (tools key on it); the
text, HTML, CSV, GitHub and JUnit reports, notices and the agenda's notes use the board's
words. The default sheet's wording is held byte for byte by the golden reports elsewhere.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config.profile import load_profile

ROOT = Path(__file__).resolve().parents[2]
BOARDS = ROOT / "examples-profiles"
WORD_PAPER = BOARDS / "nhs-icb" / "item-09-community-services.docx"
runner = CliRunner()

# A paper to an ICB board with a defect in nearly every question: every rule that names a
# field speaks (CS003 and CS201 from the reading side too).
DEFECTIVE = """\
board: NHS Example Integrated Care Board
meeting_date: 2024-03-07
agenda_item: "9"
title: Community services transformation, phase two, TBC
sponsor: {role: Chief Operating Officer}
authors:
  - role: Analyst
presented_by:
  - name: Jo Bloggs
confidential: true
purpose: {categories: [], text: For decision.}
executive_summary: >-
  The transformation programme, which has been developed collaboratively across all
  partner organisations in the integrated care system through extensive multi-disciplinary
  engagement, consolidates community provision, reconfigures organisational accountabilities,
  and operationalises interdependent commissioning responsibilities simultaneously.
recommendations:
  - The Board is asked to approve the programme.
  - Community services.
questions:
  strategic_objectives: [Improving population health and healthcare]
  baf_risks: [BAF 2.1, risk 7]
  health_inequalities: {answer: yes, note: Assessed.}
  sustainability: {answer: n/a, note: No estate change.}
  patient_public_involvement: {answer: yes, note: Healthwatch.}
  legal: {answer: no}
governance:
  - forum: Quality Committee
    date: 2024-02
    outcome: Supported.
  - date: 2024-03-14
implications:
  quality: {answer: yes, note: Appendix A.}
  privacy: {answer: no}
  financial: {answer: maybe}
risks:
  associated: yes
  references:
    - id: UEC-04
"""


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def board_folder(tmp_path: Path) -> Path:
    (tmp_path / "coversheet.toml").write_text(
        'profile = "nhs-icb"\nsummary_word_limit = 20\nmax_recommendations = 1\ntitle_max_chars = 40\n'
        'max_sentence_words = 25\nrisk_reference_pattern = "^[A-Z]{3}-\\\\d{3}$"\n'
    )
    (tmp_path / "paper.yaml").write_text(DEFECTIVE)
    return tmp_path / "paper.yaml"


# The rules the first paper cannot set off at the same time: contradictory risk answers, an
# equality "no" on a paper for decision, an ask that does not match the purpose.
CONTRADICTORY = {
    "categories: []": "categories: [approval]",
    "  - The Board is asked to approve the programme.": "  - The Board is asked to note the programme.",
    "  privacy: {answer: no}": "  privacy: {answer: no}\n  equality: {answer: no}",
    "  associated: yes": "  associated: no\n  on_register: yes",
}


@pytest.mark.parametrize("changes, expected", [
    ({}, {"CS003", "CS101", "CS102", "CS104", "CS105", "CS106", "CS108", "CS201", "CS202", "CS203",
          "CS204", "CS301", "CS302", "CS401", "CS402", "CS403", "CS404", "CS602", "CS605"}),
    (CONTRADICTORY, {"CS303", "CS405", "CS604"}),
], ids=["defective", "contradictory"])
def test_every_message_names_the_question_by_the_boards_label_while_json_keeps_the_path(tmp_path: Path, changes, expected) -> None:
    draft = board_folder(tmp_path)
    text = draft.read_text()
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    draft.write_text(text)
    profile = load_profile("nhs-icb")
    findings = json.loads(run("check", draft, "--format", "json").output)["files"][0]["findings"]
    codes = {f["code"] for f in findings}
    assert expected <= codes, codes
    for finding in findings:
        field, message = finding["field"], finding["message"]
        assert field, finding  # JSON keeps the dotted path of every one of these
        dotted = re.findall(r"\b[a-z_]+\.[a-z0-9_.]+\b", message)
        assert not dotted, f"{finding['code']} names a path, not the board's words: {message}"
        words = "Reason for private session" if field == "confidential_reason" else profile.label_for(field)
        assert f"'{words}'" in message, f"{finding['code']} does not say '{words}': {message}"


def test_the_default_sheet_keeps_its_own_words(tmp_path: Path) -> None:
    (tmp_path / "paper.yaml").write_text(DEFECTIVE.replace("questions:", "questions_not_here:"))
    findings = json.loads(run("check", tmp_path / "paper.yaml", "--format", "json").output)["files"][0]["findings"]
    messages = {f["message"] for f in findings}
    assert "Conflicts of interest are not answered." in messages
    assert "Governance entry 2 is dated 2024-03-14, not before the meeting on 2024-03-07." in messages
    assert any(m.startswith("implications.financial.answer: 'maybe' is not one of") for m in messages)


def test_a_word_paper_is_located_by_the_boards_label_in_the_reports_a_person_reads() -> None:
    text = run("check", WORD_PAPER).output
    assert "CS402 Previous consideration: 'Previous consideration' entry 1 is dated 2024-03-14" in text
    assert "CS101 Board Assurance Framework (BAF) risk: 'Board Assurance Framework (BAF) risk' is not given" in text
    junit = run("check", WORD_PAPER, "--format", "junit").output
    assert "is not answered (yes, no or n/a). [Equality impact]" in junit
    html = run("check", WORD_PAPER, "--format", "html").output
    assert '<span class="code">Board Assurance Framework (BAF) risk</span>' in html
    github = run("check", WORD_PAPER, "--format", "github").output
    assert "::'Previous consideration' entry 1 is dated 2024-03-14" in github
    for report in (text, junit, html, github):
        assert "questions.baf_risks" not in report and "governance.0.date" not in report
    rows = list(csv.DictReader(io.StringIO(run("check", WORD_PAPER, "--format", "csv").output.lstrip("\ufeff"))))
    assert {(r["field"], r["message"].split(" is")[0]) for r in rows} == {
        ("questions.baf_risks", "'Board Assurance Framework (BAF) risk'"),
        ("implications.equality", "'Equality impact'"),
        ("governance.0.date", "'Previous consideration' entry 1"),
    }
    sarif = json.loads(run("check", WORD_PAPER, "--format", "sarif").output)
    located = {loc["logicalLocations"][0]["fullyQualifiedName"] for r in sarif["runs"][0]["results"] for loc in r["locations"]}
    assert located == {"questions.baf_risks", "implications.equality", "governance.0.date"}


def test_a_draft_keeps_its_line_and_key_beside_the_boards_words(tmp_path: Path) -> None:
    text = run("check", BOARDS / "nhs-icb" / "item-09-community-services.yaml").output
    assert "CS101 line 26 questions.baf_risks: 'Board Assurance Framework (BAF) risk' is not given" in text
    scrutiny = run("check", BOARDS / "council-scrutiny" / "item-06-ics-consultation.yaml").output
    assert "CS107 line 1 sponsor: 'Report sponsor' is not named.\n          ↳ Name the 'Report sponsor' who signed the paper off." in scrutiny


def test_the_notice_names_the_boards_questions(tmp_path: Path) -> None:
    notice = run("notice", WORD_PAPER).output
    assert "1. 'Board Assurance Framework (BAF) risk' is not given: the board asks it of every paper.\n" in notice
    assert "'Previous consideration' entry 1 is dated 2024-03-14" in notice
    assert "`questions.baf_risks`" not in notice and "`governance.0.date`" not in notice
    draft_notice = run("notice", BOARDS / "nhs-icb" / "item-09-community-services.yaml").output
    assert "is not given: the board asks it of every paper. (“questions.baf\\_risks”)" in draft_notice  # Markdown-escaped


def test_the_agenda_notes_use_the_boards_words(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(BOARDS / "nhs-icb" / "coversheet.toml", folder)
    text = (BOARDS / "nhs-icb" / "item-07-winter-plan.yaml").read_text()
    text = text.replace("  categories: [approval]\n", "")
    text = re.sub(r"sponsor:\n(  .*\n)+", "", text)
    text = re.sub(r"presented_by:\n(  .*\n)+", "", text)
    (folder / "item-07.yaml").write_text(text)
    notes = run("agenda", folder, "--format", "md").output
    assert "names no 'Presented by' or 'Executive lead': its Owner shows —." in notes
    assert "states no 'Purpose' (Decision, Assurance, Discussion or Information): its Action shows —." in notes

    scrutiny = run("agenda", BOARDS / "council-scrutiny", "--format", "md").output
    assert "item-06-ics-consultation.yaml) names no 'Report sponsor': its Owner shows —." in scrutiny
    assert "states no" not in scrutiny  # the committee's sheet asks no purpose

"""Reading other boards' Word sheets by meaning, under their profiles, and `profile init`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers.truths import expected
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.word.matching.meaning import standard_matcher

ROOT = Path(__file__).resolve().parent.parent.parent
BOARDS = ROOT / "tests" / "fixtures" / "boards"
EXPECTED = expected(BOARDS / "EXPECTED.yaml")
OWN_NAMES = {"decision_needed": "decision_needed_by", "places_affected": "places", "residents_shape": "resident_voice",
             "carbon_impact_considered": "carbon_impact", "measures_success": "success_measures"}


def run(*args) -> object:
    return CliRunner().invoke(app, [str(a) for a in args])


def _findings(folder: Path) -> dict[str, list[tuple[str, str]]]:
    result = run("check", folder, "--format", "json")
    return {Path(f["path"]).name: sorted((x["code"], x["field"]) for x in f["findings"]) for f in json.loads(result.output)["files"]}


def test_label_matching_by_meaning_has_no_false_matches_on_the_corpus() -> None:
    """Every printed label of every board form in the corpus, matched with no profile at all."""
    matcher = standard_matcher()
    right = wrong = missed = 0
    wrongs = []
    for form in EXPECTED["forms"].values():
        for entry in form["labels"]:
            path = entry["path"]
            if not isinstance(path, str) or path.startswith("questions.") or entry["label"].startswith("("):
                continue
            expected = {"risks.references": "risks.text"}.get(path, path)
            found = matcher.match(entry["label"]).key
            if found == expected:
                right += 1
            elif found is None:
                missed += 1
            else:
                wrong += 1
                wrongs.append((entry["label"], found, expected))
    assert wrong == 0, wrongs  # the false-match rate on the corpus: 0 of right + wrong + missed
    assert right >= 0.9 * (right + missed)


def test_a_row_two_questions_claim_is_given_to_neither() -> None:
    match = standard_matcher().match("Quality and equality impacts assessed")
    assert match.key is None and set(match.claimed_by) == {"implications.quality", "implications.equality"}


@pytest.mark.parametrize(
    ("label", "key"),
    [("Report author and job title", "authors"), ("Presenter name and job title", "presented_by"), ("Title of paper", "title")],
)
def test_a_persons_job_title_is_not_the_papers_title(label: str, key: str) -> None:
    match = standard_matcher().match(label)
    assert (match.key, match.claimed_by) == (key, ())


def test_adoption_by_configuration_alone(tmp_path: Path) -> None:
    """A board of our own design: profile init on its blank form, the unsure names corrected."""
    init = run("profile", "init", BOARDS / "own-board-blank.docx", "-o", tmp_path / "board.toml")
    assert init.exit_code == 0, init.output
    assert "?" in init.output and "questions.carbon_impact_considered" in init.output
    text = (tmp_path / "board.toml").read_text()
    for guess, name in OWN_NAMES.items():  # the secretary renames the board's own questions
        text = text.replace(f'name = "{guess}"', f'name = "{name}"')
    (tmp_path / "board.toml").write_text(text)
    (tmp_path / "coversheet.toml").write_text('profile = "board.toml"\n')
    for name in ("own-board-complete.docx", "own-board-defects.docx", "own-board-complete-libreoffice.docx"):
        (tmp_path / name).write_bytes((BOARDS / name).read_bytes())
    found = _findings(tmp_path)
    assert found["own-board-complete.docx"] == []
    assert found["own-board-complete-libreoffice.docx"] == []
    assert found["own-board-defects.docx"] == [("CS104", "questions.carbon_impact"), ("CS301", "risks.references")]
    extracted = json.loads(run("extract", tmp_path / "own-board-complete.docx", "--format", "json").output)
    expected = EXPECTED["fixtures"]["own-board-complete.docx"]["draft"]
    assert extracted["questions"]["places"] == expected["questions"]["places"]
    assert extracted["questions"]["decision_needed_by"] == expected["questions"]["decision_needed_by"]
    assert extracted["questions"]["success_measures"] == expected["questions"]["success_measures"]
    assert extracted["questions"]["carbon_impact"]["answer"] == "n/a"
    assert extracted["risks"]["references"] == expected["risks"]["references"]
    assert extracted["purpose"]["categories"] == ["approval"]
    for key in ("meeting_date", "title", "authors", "sponsor", "recommendations", "governance", "confidential"):
        assert extracted[key] == expected[key], key


def test_the_icb_front_sheet_under_the_nhs_icb_profile(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('profile = "nhs-icb"\n')
    (tmp_path / "sheet.docx").write_bytes((BOARDS / "icb-front-sheet.docx").read_bytes())
    extracted = json.loads(run("extract", tmp_path / "sheet.docx", "--format", "json").output)
    expected = EXPECTED["fixtures"]["icb-front-sheet.docx"]["draft"]
    assert extracted["questions"]["baf_risks"] == expected["questions"]["baf_risks"]  # "BAF 2.1", not "BAF 2", with its description
    assert extracted["questions"]["strategic_objectives"] == expected["questions"]["strategic_objectives"]
    assert extracted["implications"]["quality"] == expected["implications"]["quality"]  # Comments column: the note
    assert extracted["questions"]["legal"] == expected["questions"]["legal"]
    assert extracted["confidential"] is False and extracted["purpose"]["categories"] == ["approval"]
    assert extracted["executive_summary"] == expected["executive_summary"]  # it ends where the recommendations start
    assert extracted["governance"] == expected["governance"]  # after the risk rows: not the end of the sheet
    assert extracted["conflicts_of_interest"] == expected["conflicts_of_interest"]


def test_a_sheet_under_a_profile_it_does_not_match_gets_one_finding(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('profile = "nhs-icb"\n')
    (tmp_path / "paper.docx").write_bytes((BOARDS / "bucks-survey.docx").read_bytes())
    result = run("check", tmp_path, "--format", "json")
    assert result.exit_code == 1, result.output  # the wrong profile fails the paper: it is not a pass
    found = json.loads(result.output)["files"][0]
    codes = [f["code"] for f in found["findings"]]
    assert codes.count("CS011") == 1
    # The questions whose labels the sheet lacks get no "not answered" each; those it has are
    # still checked (its purpose is found, with no purpose ticked: CS106).
    silent = {"executive_summary", "presented_by", "conflicts_of_interest", "implications", "risks", "questions"}
    assert not [f for f in found["findings"] if f["code"].startswith("CS1") and f["field"].split(".")[0] in silent], found
    mismatch = next(f for f in found["findings"] if f["code"] == "CS011")
    assert mismatch["severity"] == "error" and found["status"] == "fail"
    assert "'nhs-icb'" in mismatch["message"] and "'Executive summary'" in mismatch["message"]
    found_labels = re.search(r"only (\d+) of its (\d+) labels", mismatch["message"])
    assert found_labels and int(found_labels[1]) < int(found_labels[2]) / 2, mismatch["message"]


def test_a_board_sheet_with_most_of_its_rows_deleted_fails(tmp_path: Path) -> None:
    """The board's own form with every table but the first emptied: one error, exit 1."""
    from docx import Document

    document = Document(BOARDS / "icb-front-sheet.docx")
    for table in document.tables[1:]:
        for row in list(table.rows):
            row._tr.getparent().remove(row._tr)
    document.save(tmp_path / "gutted.docx")
    (tmp_path / "coversheet.toml").write_text('profile = "nhs-icb"\n')
    result = run("check", tmp_path / "gutted.docx")
    assert result.exit_code == 1, result.output
    assert re.search(r"error +CS011", result.output) and "FAIL" in result.output, result.output
    assert "'nhs-icb'" in result.output and "'Executive summary'" in result.output, result.output


def test_unrecognised_labels_are_kept_and_listed(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in [("Date of meeting", "7 March 2024"), ("Report title", "Winter plan"),
                         ("Clinical lead sign-off:", "Dr A Shah, 3 March"), ("Executive summary", "Short.")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.save(tmp_path / "paper.docx")
    (tmp_path / "coversheet.toml").write_text('profile = "nhs-icb"\n')
    extracted = json.loads(run("extract", tmp_path / "paper.docx", "--format", "json").output)
    assert extracted["unrecognised"] == [{"label": "Clinical lead sign-off:", "text": "Dr A Shah, 3 March"}]
    assert extracted["executive_summary"] == "Short."
    result = json.loads(run("check", tmp_path / "paper.docx", "--format", "json").output)
    notes = [f for f in result["files"][0]["findings"] if f["code"] == "CS010"]
    assert len(notes) == 1 and "Clinical lead sign-off" in notes[0]["message"]


def test_profile_init_without_a_cover_sheet_writes_nothing(tmp_path: Path) -> None:
    result = run("profile", "init", BOARDS / "no-cover-sheet.docx", "-o", tmp_path / "board.toml")
    assert result.exit_code == 1 and not (tmp_path / "board.toml").exists()
    assert len(result.output.strip().splitlines()) == 1


def test_profile_init_on_a_shipped_profiles_form_finds_its_questions(tmp_path: Path) -> None:
    from coversheet.config.profile import load_profile

    form = tmp_path / "form.docx"
    assert run("new", form, "--docx", "--config", ROOT / "examples-profiles" / "nhs-icb" / "coversheet.toml").exit_code == 0
    assert run("profile", "init", form, "-o", tmp_path / "init.toml").exit_code == 0
    proposed = load_profile(str(tmp_path / "init.toml"))
    shipped = load_profile("nhs-icb")
    assert {q.field for q in proposed.questions if q.field} == {q.field for q in shipped.questions if q.field}
    assert sorted(q.kind.value for q in proposed.own_questions) == sorted(q.kind.value for q in shipped.own_questions)


HAND_MADE_ICB = [  # an ICB's front sheet typed in Word, in its own words (python-docx)
    ("Date of meeting", "7 March 2024"), ("Agenda item", "5"), ("Report title", "Winter plan 2024/25"),
    ("Report author and job title", "Sam Smith, Head of Planning"), ("Executive director", "Jo Bloggs, Chief Operating Officer"),
    ("Status", "Public ☒ Private ☐"), ("Purpose", "Decision ☒ Assurance ☐ Discussion ☐ Information ☐"),
    ("Executive summary", "The plan sets out winter capacity."), ("Background", "Last winter was difficult."),
    ("Recommendation(s): The Board is asked to", "approve the plan."),
    ("Previous consideration", "Executive team, 12 February 2024, supported"), ("Conflicts of interest", "None"),
]


@pytest.mark.parametrize("background_first", [False, True], ids=["summary-first", "background-first"])
def test_a_hand_made_sheet_in_the_boards_words_reads_each_answer_where_it_belongs(tmp_path: Path, background_first: bool) -> None:
    from docx import Document

    rows = list(HAND_MADE_ICB)
    if background_first:  # the reading must not depend on which of the two rows comes first
        at = rows.index(("Executive summary", "The plan sets out winter capacity."))
        rows[at], rows[at + 1] = rows[at + 1], rows[at]
    document = Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.save(str(tmp_path / "sheet.docx"))
    (tmp_path / "coversheet.toml").write_text('profile = "nhs-icb"\n')
    result = run("extract", tmp_path / "sheet.docx", "-f", "json")
    draft = json.loads(result.output)
    assert draft["authors"] == [{"name": "Sam Smith", "role": "Head of Planning"}]  # not also "and job title"
    assert draft["executive_summary"] == "The plan sets out winter capacity."  # the board's "Background" is its own
    assert draft["unrecognised"] == [{"label": "Background", "text": "Last winter was difficult."}]
    assert draft["governance"] == [{"forum": "Executive team", "date": "2024-02-12", "outcome": "supported"}]


def test_a_mismatch_does_not_hide_what_the_questions_found_say(tmp_path: Path) -> None:
    """Most rows deleted and the author's name blanked: CS011, and the missing author too."""
    from docx import Document

    document = Document(BOARDS / "icb-front-sheet.docx")
    for table in document.tables[1:]:
        for row in list(table.rows):
            row._tr.getparent().remove(row._tr)
    author_row = next(row for row in document.tables[0].rows if row.cells[0].text.strip().startswith("Report author"))
    for paragraph in author_row.cells[-1].paragraphs:
        for piece in paragraph.runs:
            piece.text = ""
    document.save(tmp_path / "gutted.docx")
    (tmp_path / "coversheet.toml").write_text('profile = "nhs-icb"\n')
    found = json.loads(run("check", tmp_path / "gutted.docx", "--format", "json").output)["files"][0]
    codes = {f["code"]: f for f in found["findings"]}
    assert "CS011" in codes, found
    missing = [f for f in found["findings"] if f["code"] == "CS101"]
    assert [f["field"] for f in missing] == ["authors"], found["findings"]  # and nothing about the deleted rows


def test_with_no_configuration_a_row_skipped_is_never_silent(tmp_path: Path) -> None:
    """Our questions in other words, checked with no coversheet.toml (the 2020 sheet): the rows
    the 2020 labels do not name are listed (CS010), and each "not answered" they may answer
    says so, naming the row."""
    (tmp_path / "paper.docx").write_bytes((BOARDS / "reworded-questions.docx").read_bytes())
    found = json.loads(run("check", tmp_path / "paper.docx", "--format", "json").output)["files"][0]
    by_field = {f["field"]: f for f in found["findings"]}
    listed = next(f for f in found["findings"] if f["code"] == "CS010")
    for label in ("Financial implications assessed", "Risks associated with this paper", "Presenting director"):
        assert f"'{label}'" in listed["message"], listed
    assert "'Financial implications assessed'" in by_field["implications.financial"]["message"]
    assert "'Risks associated with this paper'" in by_field["risks.associated"]["message"]
    assert "profile init" in by_field["implications.financial"]["hint"]
    extracted = json.loads(run("extract", tmp_path / "paper.docx", "--format", "json").output)
    assert "Angela Price, Director of Finance" in {entry["text"] for entry in extracted["unrecognised"]}

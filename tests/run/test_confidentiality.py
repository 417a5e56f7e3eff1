"""Fail closed on confidentiality: a paper is public only when its sheet clearly says so.

The property: whatever an author writes for "confidential" (any string, in a draft or in a
Word cell, under the standard sheet or a board's profile with its own words), the paper is
taken in public only when that answer, tidied of spaces, case and a full stop, is one of the
words the board accepts for public. Each example is read by the real readers (a YAML draft,
a Word document), so the readers' leniency ("No – Part II" read as No) is covered too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.examples import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config import DEFAULT_CONFIG
from coversheet.run.confidentiality import Answer, decide, own_answer
from coversheet.run.configuration import config_for
from coversheet.run.one_file import CheckOptions, check_file

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = (ROOT / "examples" / "complete.yaml").read_text(encoding="utf-8")
PROFILE = """\
board = "ICS Board"
[profile]
extends = "ics-board-2020"
[profile.confidentiality]
public = "Part I"
private = "Part II"
"""
TRICKY = ["No", "no", "NO.", " no ", "n", "N", "false", "False", "off", "0", "f", "Private", "Part II", "Part I",
          "part i", "Confidential", "Yes - Part II", "Restricted", "No – Part II", "No\nPrivate", "No, Part II",
          "Not confidential", "Public", "N/A", "", "   ", "Yes", "No ☒ Yes ☐", "Yes ☐ No ☒", "Yes ☒ No ☒", "Part I ☒ Part II ☐",
          "Part I ☐ Part II ☒", "Part I ☒ Part II ☒", "No ☒ Private", "Nope", "No way", "No (commercial)"]
# Any text a cell or a YAML string can hold (XML 1.0 forbids most control characters).
ANSWERS = st.one_of(st.sampled_from(TRICKY), st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30))


def _fold(text: str) -> str:
    return " ".join(text.split()).strip(" .,;:").casefold()


def _clearly_public(text: str, words: set[str]) -> bool:
    """The test's own reading of "clearly public": the word alone, or the one box ticked beside the options' words."""
    if _fold(text) in words:
        return True
    ticked = re.findall(r"([^☐☒]+?)\s*☒", text)
    unticked = re.findall(r"([^☐☒]+?)\s*☐", text)
    rest = re.sub(r"[^☐☒]+?\s*[☐☒]", "", text)
    return (len(ticked) == 1 and _fold(ticked[0]) in words and not rest.strip()
            and all(_fold(u) in words | {"yes", "y", "private", "part ii"} for u in unticked))


def _public(result, path: Path, profile=None) -> bool:
    return decide([own_answer(result, result.sheet, path, "its cover sheet")], profile).public


def _word_sheet(path: Path, answer: str) -> Path:
    from docx import Document

    document = Document()
    table = document.add_table(rows=0, cols=2)
    for label, value in [("Date of Meeting", "2nd December 2020"), ("Title of Paper", "Estates Disposal"),
                         ("Agenda Item", "12"), ("Confidential", answer)]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    document.add_page_break()
    document.add_paragraph("The paper itself.")
    document.save(str(path))
    return path


_SETTINGS = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_SETTINGS
@given(answer=ANSWERS)
def test_a_draft_is_public_only_on_false_or_no(tmp_path_factory, answer: str) -> None:
    folder = tmp_path_factory.mktemp("draft")
    path = folder / "12.yaml"
    quoted = '"' + answer.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    path.write_text(COMPLETE.replace("confidential: false", f"confidential: {quoted}"), encoding="utf-8")
    result = check_file(path, CheckOptions(config=DEFAULT_CONFIG, keep_sheets=True))
    assert result.sheet is not None
    if _public(result, path):
        assert _fold(answer) in {"no", "n", "false"}, answer
    if answer in ("No", "no", "false", "n"):
        assert _public(result, path), answer  # the plain words are public: not everything is held back


@pytest.mark.parametrize("written", ["false", "no", "No"])
def test_the_plain_public_words_of_a_draft_are_public(tmp_path: Path, written: str) -> None:
    path = tmp_path / "12.yaml"
    path.write_text(COMPLETE.replace("confidential: false", f"confidential: {written}"), encoding="utf-8")
    result = check_file(path, CheckOptions(config=DEFAULT_CONFIG, keep_sheets=True))
    assert _public(result, path)


@_SETTINGS
@given(answer=ANSWERS)
def test_a_word_sheet_is_public_only_on_no(tmp_path_factory, answer: str) -> None:
    path = _word_sheet(tmp_path_factory.mktemp("word") / "12.docx", answer)
    result = check_file(path, CheckOptions(config=DEFAULT_CONFIG, keep_sheets=True))
    if result.sheet is None:
        return  # not read as a cover sheet at all: not packed at all
    if _public(result, path):
        assert _clearly_public(answer, {"no", "n"}), answer


@_SETTINGS
@given(answer=ANSWERS)
def test_under_a_profile_a_word_sheet_is_public_only_on_the_boards_word_or_no(tmp_path_factory, answer: str) -> None:
    folder = tmp_path_factory.mktemp("board")
    (folder / "coversheet.toml").write_text(PROFILE, encoding="utf-8")
    config = config_for(folder / "coversheet.toml")
    path = _word_sheet(folder / "12.docx", answer)
    result = check_file(path, CheckOptions(config=config, keep_sheets=True))
    if result.sheet is None:
        return
    if _public(result, path, config.custom_profile):
        assert _clearly_public(answer, {"no", "n", "part i"}), answer


@pytest.mark.parametrize("answer", ["Private", "Part II", "Confidential", "Yes - Part II", "Restricted", "No – Part II", "No\nPrivate"])
def test_words_not_accepted_for_public_keep_a_word_paper_private(tmp_path: Path, answer: str) -> None:
    path = _word_sheet(tmp_path / "12.docx", answer)
    result = check_file(path, CheckOptions(config=DEFAULT_CONFIG, keep_sheets=True))
    assert not _public(result, path)


def test_the_profiles_own_words_decide_under_it(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text(PROFILE, encoding="utf-8")
    config = config_for(tmp_path / "coversheet.toml")
    public = check_file(_word_sheet(tmp_path / "a.docx", "Part I"), CheckOptions(config=config, keep_sheets=True))
    private = check_file(_word_sheet(tmp_path / "b.docx", "Part II"), CheckOptions(config=config, keep_sheets=True))
    assert _public(public, tmp_path / "a.docx", config.custom_profile)
    assert not _public(private, tmp_path / "b.docx", config.custom_profile)


def test_sheets_of_one_paper_must_all_say_public() -> None:
    draft = Answer("its cover sheet", False, False, word=False)
    body_says_confidential = Answer("the cover sheet of its body b.docx", True, "Yes", word=True)
    body_says_private = Answer("the cover sheet of its body b.docx", None, "Private", word=True, problem="got 'Private'")
    assert decide([draft]).public
    assert not decide([]).public
    for body in (body_says_confidential, body_says_private):
        decision = decide([draft, body])
        assert not decision.public and "b.docx" in decision.why


# --- check: a draft and its Word sheet that disagree -------------------------------------------


def _render(sheet_yaml: Path, out: Path, body: Path) -> None:
    from coversheet.drafts.read import read_draft
    from coversheet.read.validate import validate
    from coversheet.word.writing.render import render_sheet

    sheet, _ = validate(read_draft(sheet_yaml), DEFAULT_CONFIG)
    render_sheet(sheet, out, paper=body)


def _body(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_paragraph("The disposal of the site, its price and the buyer.")
    document.save(str(path))
    return path


def _confidential_docx(scratch: Path, out: Path) -> Path:
    scratch.mkdir(exist_ok=True)
    source = scratch / "12.yaml"
    source.write_text(COMPLETE.replace("confidential: false", "confidential: true").replace(
        "confidential_reason: null", "confidential_reason: Commercial interests"), encoding="utf-8")
    _render(source, out, _body(scratch / "body.docx"))
    return out


def test_check_fails_a_draft_whose_word_twin_says_confidential(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "12-estates.yaml").write_text(COMPLETE, encoding="utf-8")
    _confidential_docx(tmp_path / "scratch", folder / "12-estates.docx")
    result = CliRunner().invoke(app, ["check", str(folder)])
    assert result.exit_code == 1, result.output
    assert "CS012" in result.output and "12-estates.docx" in result.output


def test_check_fails_a_draft_whose_plan_body_says_confidential(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    (folder / "bodies").mkdir(parents=True)
    (folder / "coversheet.toml").write_text('board = "ICS Board"\n[pack]\ntitle = "Meeting in Public"\n'
                                            '[[pack.items]]\nitem = "10"\ntitle = "ICS Finance Report"\npaper = "bodies/finance.docx"\n',
                                            encoding="utf-8")
    (folder / "10-finance.yaml").write_text(COMPLETE, encoding="utf-8")
    _confidential_docx(tmp_path / "scratch", folder / "bodies" / "finance.docx")
    result = CliRunner().invoke(app, ["check", str(folder)])
    assert result.exit_code == 1, result.output
    assert "CS012" in result.output and "bodies/finance.docx" in result.output


def test_check_passes_a_draft_and_twin_that_agree(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "12-estates.yaml").write_text(COMPLETE, encoding="utf-8")
    _render(folder / "12-estates.yaml", folder / "12-estates.docx", _body(tmp_path / "body.docx"))
    result = CliRunner().invoke(app, ["check", str(folder)])
    assert "CS012" not in result.output, result.output

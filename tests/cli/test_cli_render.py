"""`coversheet render` and `coversheet template check` as a user drives them."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers.paths import COMPLETE, ROOT
from typer.testing import CliRunner

from coversheet.cli import app

TEMPLATE = ROOT / "templates" / "coversheet.docx"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def incomplete_draft(folder: Path) -> Path:
    draft = folder / "incomplete.yaml"
    draft.write_text(COMPLETE.read_text(encoding="utf-8").replace("title: ICS Finance Report\n", ""), encoding="utf-8")
    return draft


def test_render_writes_a_sheet_that_check_passes(tmp_path):
    out = tmp_path / "sheet.docx"
    result = run("render", COMPLETE, "-o", out)
    assert result.exit_code == 0, result.output
    checked = run("check", out)
    assert checked.exit_code == 0, checked.output


def test_one_draft_renders_into_a_new_folder_named_without_an_extension(tmp_path):
    # `-o out/`: the shell hands over "out", a folder to make, as it is for several drafts.
    result = run("render", COMPLETE, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / f"{COMPLETE.stem}.docx").is_file()
    wrong = run("render", COMPLETE, "-o", tmp_path / "sheet.pdf")
    assert wrong.exit_code == 2 and "a .docx file, or a folder to render into" in " ".join(wrong.output.split())


def test_a_draft_with_errors_is_refused_and_leaves_no_file(tmp_path):
    result = run("render", incomplete_draft(tmp_path), "-o", tmp_path / "sheet.docx")
    assert result.exit_code == 1, result.output
    assert "CS101" in result.output and "title" in result.output
    assert not (tmp_path / "sheet.docx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incomplete.yaml"]


def test_an_existing_output_is_kept_without_force(tmp_path):
    out = tmp_path / "sheet.docx"
    out.write_text("keep me")
    result = run("render", COMPLETE, "-o", out)
    assert result.exit_code == 2, result.output
    assert "--force" in result.output
    assert out.read_text() == "keep me"
    assert run("render", COMPLETE, "-o", out, "--force").exit_code == 0
    assert out.read_bytes()[:2] == b"PK"


def test_several_drafts_render_into_a_folder_and_the_bad_one_is_reported(tmp_path):
    good = tmp_path / "finance.yaml"
    shutil.copy(COMPLETE, good)
    result = run("render", good, incomplete_draft(tmp_path), "-o", tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["finance.docx"]


def test_render_with_a_template_and_a_paper(tmp_path):
    import docx

    paper = docx.Document()
    paper.add_paragraph("The body of the paper.")
    paper.save(str(tmp_path / "paper.docx"))
    out = tmp_path / "pack.docx"
    result = run("render", COMPLETE, "-o", out, "--template", TEMPLATE, "--paper", tmp_path / "paper.docx")
    assert result.exit_code == 0, result.output
    assert "The body of the paper." in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert run("check", out).exit_code == 0


def test_a_missing_template_is_a_usage_error(tmp_path):
    result = run("render", COMPLETE, "-o", tmp_path / "sheet.docx", "--template", tmp_path / "none.docx")
    assert result.exit_code == 2, result.output


def test_template_check_passes_the_standard_template_and_fails_a_foreign_one(tmp_path):
    result = run("template", "check", TEMPLATE)
    assert result.exit_code == 0, result.output
    import docx

    docx.Document().save(str(tmp_path / "plain.docx"))
    result = run("template", "check", tmp_path / "plain.docx")
    assert result.exit_code == 1, result.output
    assert "never shows 'title'" in result.output

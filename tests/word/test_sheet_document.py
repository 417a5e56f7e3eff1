"""Which sheet a draft gets under a profile, chosen in one place for render, the pack and the web page."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from coversheet.config.files import read_config_file
from coversheet.model import CoverSheet
from coversheet.outputs import OutputExists
from coversheet.word.writing.sheet_document import sheet_document, write_sheet_document

ROOT = Path(__file__).resolve().parents[2]


def _body(docx: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read("word/document.xml")


@pytest.fixture
def profile():
    return read_config_file(ROOT / "examples-profiles" / "nhs-icb" / "coversheet.toml").custom_profile


def test_a_board_with_a_profile_gets_its_own_sheet_unless_a_template_is_given(example_sheet: CoverSheet, profile) -> None:
    from coversheet.word.writing.profile_sheet import profile_sheet_bytes
    from coversheet.word.writing.render import default_template, load_template

    own = sheet_document(example_sheet, profile=profile, board="NHS Example ICB")
    assert _body(own) == _body(profile_sheet_bytes(profile, example_sheet.model_dump(mode="json"), board="NHS Example ICB"))
    standard = _body(load_template(default_template()).render(example_sheet))
    assert _body(sheet_document(example_sheet, profile=profile, template=default_template())) == standard
    assert _body(sheet_document(example_sheet, profile=None)) == standard


def test_the_sheet_is_written_atomically_with_the_paper_after_it(example_sheet: CoverSheet, profile, tmp_path: Path) -> None:
    from docx import Document

    paper = tmp_path / "paper.docx"
    body = Document()
    body.add_paragraph("The paper's own argument.")
    body.save(str(paper))
    out = write_sheet_document(example_sheet, tmp_path / "sheet.docx", profile=profile, paper=paper)
    written = Document(str(out))
    assert written.paragraphs[-1].text == "The paper's own argument."
    with pytest.raises(OutputExists):
        write_sheet_document(example_sheet, out, profile=profile)

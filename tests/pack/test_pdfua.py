"""PDF/UA-1 on every pack the pack tests build, and what the pack says when a paper cannot meet it.

`make pdfua` runs this module. What is checked and what cannot be: tests/helpers/pdfua_checks.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest
from helpers.long_meeting import untagged_pdf, with_a_table
from helpers.meeting import page_texts
from helpers.pack_builds import OUTPUT, run
from helpers.pdfua_checks import problems

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("pack", ["public", "private", "long_public", "long_private", "long_supplement"])
def test_every_pack_meets_what_can_be_checked_of_pdf_ua_1(pack: str, request) -> None:
    pytest.importorskip("pdfua")
    built = request.getfixturevalue(pack)
    assert problems(built) == []
    with pikepdf.open(built) as pdf, pdf.open_metadata() as meta:
        assert meta.get("pdfuaid:part") == "1"


def test_a_paper_that_cannot_be_made_accessible_is_named_on_stderr_and_in_the_private_notes(public: Path, private: Path,
                                                                                          long_public: Path) -> None:
    said = " ".join(OUTPUT[public].split())
    # The shared meeting's first appendix is exported from Word without tags.
    assert "warning: item 10: an appendix (finance-appendix.pdf) is a PDF without tags: a screen reader hears" in said, said
    assert "finance-appendix-b.pdf) is a PDF without tags" not in said  # the tagged one
    notes = " ".join(" ".join(page_texts(private)[1:3]).split())
    assert "Notes for the chair" in notes and "item 10: an appendix (finance-appendix.pdf) is a PDF without tags" in notes
    public_text = " ".join(" ".join(page_texts(public)).split())
    assert "finance-appendix.pdf" not in public_text and "without tags" not in public_text
    assert "no header row" not in OUTPUT[long_public]  # the chair's report's table has one


def test_an_appendix_without_its_fonts_or_a_table_without_headers_is_named_and_no_pdf_ua_claimed(meeting: Path, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    shutil.copytree(meeting, folder)
    untagged_pdf(folder / "bodies" / "helvetica.pdf", 1, "Capital plan", font="Helvetica")
    with_a_table(folder / "bodies" / "finance-body.docx", header=False)
    plan = folder / "coversheet.toml"
    plan.write_text(plan.read_text(encoding="utf-8").replace('appendices = ["', 'appendices = ["bodies/helvetica.pdf", "'), encoding="utf-8")
    out = tmp_path / "pack.pdf"
    result = run("pack", str(folder), "-o", str(out), "--no-index")
    assert result.exit_code == 0, result.output
    assert ("warning: item 10: an appendix (helvetica.pdf) uses fonts it does not carry (Helvetica): the pack cannot "
            "claim PDF/UA-1") in " ".join(result.output.split())
    assert ("warning: item 10: 1 table(s) in the paper have no header row, so a screen reader cannot name their "
            "columns") in " ".join(result.output.split())
    with pikepdf.open(out) as pdf, pdf.open_metadata() as meta:
        assert "pdfuaid:part" not in meta
    assert any("font /Helvetica is not embedded" in problem for problem in problems(out))

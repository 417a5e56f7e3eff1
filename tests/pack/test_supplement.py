"""--supplement: the papers added since the main pack, numbered on from it or on their own."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pikepdf
import pytest
from helpers.meeting import draft, page_texts
from helpers.pack_builds import OUTPUT, build, run

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def late(meeting: Path, public: Path, tmp_path_factory) -> Path:
    """The meeting folder after the main pack went out: a late paper, and one paper changed since."""
    folder = tmp_path_factory.mktemp("late") / "papers"
    shutil.copytree(meeting, folder)
    (folder / "11-winter.yaml").write_text(draft("11", "Urgent Care Winter Plan"), encoding="utf-8")
    clinical = folder / "07-clinical.yaml"
    clinical.write_text(clinical.read_text(encoding="utf-8").replace("month 7 financial", "month 8 financial"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def supplement(late: Path, public: Path) -> Path:
    return build(late, late.parent / "supplement.pdf", "--supplement", str(public))


def test_the_supplement_holds_only_the_late_paper_numbered_on_from_the_main_pack(public: Path, supplement: Path) -> None:
    main_pages = len(page_texts(public))
    pages = page_texts(supplement)
    for offset, text in enumerate(pages):
        assert re.search(rf"Page {main_pages + 1 + offset}\s*$", text), text[-200:]
    with pikepdf.open(supplement) as pdf:
        assert [pikepdf.Page(p).label for p in pdf.pages] == [str(main_pages + 1 + n) for n in range(len(pages))]
        assert str(pdf.docinfo.Title) == "ICS Board – Meeting in Public, Wednesday 2 December 2020: supplementary papers"
        with pdf.open_outline() as tree:
            assert [item.title for item in tree.root] == ["Front page", "Agenda", "11. Urgent Care Winter Plan"]
    assert "Supplementary papers: received after the main pack was published." in pages[0]
    agenda = pages[1]
    assert "Supplementary agenda" in agenda
    rows = [line for line in agenda.splitlines() if re.match(r"^\d+\.", line)]
    assert len(rows) == 1 and rows[0].startswith("11.") and "Urgent Care Winter Plan" in rows[0]
    quoted = re.search(r"(\d+)(?:\s*-\s*(\d+))?\s*$", rows[0])
    first, last = int(quoted[1]), int(quoted[2] or quoted[1])  # a one-page paper: its page alone
    assert first == main_pages + 3 and last == main_pages + len(pages)  # the printed numbers, not 3 - N
    assert "Urgent Care Winter Plan" in pages[first - main_pages - 1]


def test_a_paper_changed_since_the_main_pack_is_not_repacked_but_said(supplement: Path) -> None:
    said = " ".join(OUTPUT[supplement].split())
    assert ("warning: 07-clinical.yaml has changed since pack.pdf was built: item 7 is in that pack, so it is not in "
            "the supplement (--revised packs it again)") in said
    assert f"wrote {supplement}: pages " in said


def test_its_own_numbering_when_the_board_chooses(late: Path, public: Path) -> None:
    out = build(late, late.parent / "own.pdf", "--supplement", str(public), "--supplement-pages", "own")
    pages = page_texts(out)
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))


def test_a_second_supplement_builds_on_the_first(late: Path, supplement: Path, tmp_path: Path) -> None:
    result = run("pack", str(late), "--supplement", str(supplement), "-o", str(tmp_path / "again.pdf"))
    assert result.exit_code == 1
    assert f"no papers added since {supplement} was built" in " ".join(result.output.split())
    assert list(tmp_path.iterdir()) == []


def test_the_wrong_main_pack_is_refused(late: Path, public: Path, tmp_path: Path) -> None:
    result = run("pack", str(late), "--private", "--supplement", str(public), "-o", str(tmp_path / "s.pdf"))
    assert result.exit_code == 1 and "is the public pack: build its supplement without --private" in " ".join(result.output.split())
    appendix = late / "bodies" / "finance-appendix.pdf"
    result = run("pack", str(late), "--supplement", str(appendix), "-o", str(tmp_path / "s.pdf"))
    assert result.exit_code == 2
    assert result.output.strip() == f"coversheet: {appendix}: not a pack made by coversheet pack (it holds no record of its papers)"
    assert list(tmp_path.iterdir()) == []


def test_supplement_pages_needs_a_supplement_and_a_known_word(meeting: Path, public: Path, tmp_path: Path) -> None:
    result = run("pack", str(meeting), "--supplement-pages", "own", "-o", str(tmp_path / "s.pdf"))
    assert result.exit_code == 2 and "--supplement-pages is for a supplement" in result.output
    result = run("pack", str(meeting), "--supplement", str(public), "--supplement-pages", "restart", "-o", str(tmp_path / "s.pdf"))
    assert result.exit_code == 2 and "--supplement-pages 'restart': write continue or own" in result.output


def test_the_supplements_index_links_to_pages_inside_its_own_pdf(public: Path, supplement: Path) -> None:
    main_pages = len(page_texts(public))
    pages = page_texts(supplement)
    index = supplement.with_suffix(".html").read_text(encoding="utf-8")
    targets = {int(n) for n in re.findall(rf'href="{supplement.name}#page=(\d+)"', index)}
    assert targets == {3}, targets  # the late paper starts on the supplement's third page, printed "Page {main_pages + 3}"
    assert "Urgent Care Winter Plan" in pages[2] and f"Page {main_pages + 3}" in pages[2]
    assert f"(page {main_pages + 3})" in index and len(pages) == 3  # the printed number, as the agenda quotes it

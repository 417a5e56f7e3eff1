"""The agenda's rows as a reader meets them: page ranges to the paper's last page, titles
that link to the paper, the board's Action words whole."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from helpers.meeting import ROOT, draft, page_texts
from helpers.pack_builds import build

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow

ICB = ROOT / "examples-profiles" / "nhs-icb"
ICB_PLAN = """
[pack]
title = "Board Meeting in Public"

[[pack.items]]
item = "1"
title = "Urgent Care Presentation"
owner = "Chair"
action = "To consider"
format = "Presentation"
"""


@pytest.fixture(scope="module")
def icb(meeting: Path, tmp_path_factory) -> Path:  # `meeting`: LibreOffice and poppler are there
    """An ICB's meeting: two drafts with two purposes each, and its Word paper for item 9 last
    (a cover sheet over two pages, ending in a content control), which fails its checks."""
    folder = tmp_path_factory.mktemp("rows") / "icb"
    folder.mkdir()
    (folder / "coversheet.toml").write_text((ICB / "coversheet.toml").read_text(encoding="utf-8") + ICB_PLAN, encoding="utf-8")
    winter = (ICB / "item-07-winter-plan.yaml").read_text(encoding="utf-8")
    for item, purposes in (("3", "approval, assurance"), ("4", "discussion, information")):
        text = winter.replace('agenda_item: "7"', f'agenda_item: "{item}"').replace("categories: [approval]", f"categories: [{purposes}]")
        (folder / f"item-0{item}.yaml").write_text(text, encoding="utf-8")
    shutil.copy(ICB / "item-09-community-services.docx", folder)
    return build(folder, folder.parent / "icb.pdf", "--allow-failing")


@pytest.fixture(scope="module")
def table_last(meeting: Path, tmp_path_factory) -> Path:
    """A meeting whose last paper's body ends in a table that runs over pages."""
    from docx import Document

    folder = tmp_path_factory.mktemp("rows") / "table"
    (folder / "bodies").mkdir(parents=True)
    (folder / "coversheet.toml").write_text('board = "ICS Board"\n\n[[pack.items]]\nitem = "8"\ntitle = "Performance Report"\npaper = "bodies/performance.docx"\n',
                                            encoding="utf-8")
    (folder / "07-clinical.yaml").write_text(draft("7", "Clinical Strategy Update"), encoding="utf-8")
    (folder / "08-performance.yaml").write_text(draft("8", "Performance Report"), encoding="utf-8")
    document = Document()
    document.add_heading("Performance by indicator", level=1)
    table = document.add_table(rows=90, cols=2)
    for number, row in enumerate(table.rows):
        row.cells[0].text, row.cells[1].text = f"Indicator {number}", f"{number * 3}% of the standard"
    document.save(str(folder / "bodies" / "performance.docx"))  # the body's last block is the table
    return build(folder, folder.parent / "table.pdf")


def footer_pages(pages: list[str], item: str) -> list[int]:
    """The printed page numbers whose footer names the item."""
    return [number for number, text in enumerate(pages, start=1) if f"· Item {item}. " in text]


def quoted_range(agenda: str, item: str) -> tuple[int, int]:
    match = re.search(rf"^{item}\.\s.*?(\d+)(?:\s*-\s*(\d+))?\s*$", agenda, flags=re.M)
    assert match, (item, agenda)
    return int(match[1]), int(match[2] or match[1])


@pytest.mark.parametrize(("pack", "item"), [("icb", "9"), ("table_last", "8")])
def test_the_last_papers_range_runs_to_its_last_page(pack: str, item: str, request) -> None:
    out = request.getfixturevalue(pack)
    pages = page_texts(out)
    own = footer_pages(pages, item)
    assert len(own) >= 2 and own[-1] == len(pages)  # the last paper, over more than one page
    assert quoted_range(pages[1], item) == (own[0], own[-1])
    index = out.with_suffix(".html").read_text(encoding="utf-8")
    assert re.search(rf"\b{own[0]} - {own[-1]}\b", index)


def test_earlier_papers_ranges_are_their_own_pages(icb: Path, table_last: Path) -> None:
    for out, items in ((icb, ("3", "4")), (table_last, ("7",))):
        pages = page_texts(out)
        for item in items:
            own = footer_pages(pages, item)
            assert quoted_range(pages[1], item) == (own[0], own[-1])


def word_boxes(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """Each word on the page and its box (poppler's, from the top left), in points."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    return [(word, float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, word in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]


@pytest.mark.parametrize("pack", ["icb", "table_last"])
def test_each_title_on_the_agenda_links_to_its_papers_first_page(pack: str, request) -> None:
    out = request.getfixturevalue(pack)
    pages = page_texts(out)
    titles = {"icb": {"3": "Winter Plan 2024/25", "9": "Community Services Transformation"},
              "table_last": {"7": "Clinical Strategy Update", "8": "Performance Report"}}[pack]
    boxes = word_boxes(out, 2)
    with pikepdf.open(out) as pdf:
        height = float(pdf.pages[1].mediabox[3])
        index = {page.objgen: number for number, page in enumerate(pdf.pages, start=1)}
        links = [([float(v) for v in a.Rect], index[a.Dest[0].objgen], str(a.get("/Contents", "")))
                 for a in pdf.pages[1].get("/Annots", []) if a.get("/Subtype") == "/Link" and "/Dest" in a]
    for item, title in titles.items():
        first = footer_pages(pages, item)[0]
        for word in title.split():  # every word of the title, on whichever line it wraps to
            box = next(b for b in boxes if b[0] == word and 90 < b[1] < 270)  # in the Description column
            x, y = (box[1] + box[3]) / 2, height - (box[2] + box[4]) / 2
            covering = [link for link in links if link[0][0] <= x <= link[0][2] and link[0][1] <= y <= link[0][3]]
            assert covering, (item, word, links)
            assert {page for _, page, _ in covering} == {first}, (item, word, covering)
            assert all(title.startswith(text) or text in title for _, _, text in covering)  # what a screen reader says


def test_the_action_and_format_words_come_out_whole(icb: Path) -> None:
    agenda = page_texts(icb)[1]
    for word in ("Decision", "Assurance", "Discussion", "Information", "To consider", "Presentation", "Attached"):
        assert re.search(rf"(^|\s){word}/?(\s|$)", agenda), (word, agenda)
    assert re.search(r"^3\..*\sDecision/\s.*\n\s+Assurance\s*$", agenda, flags=re.M), agenda  # broken at the "/" only
    # A word split over two lines ("Assuranc" / "e") is never printed.
    for stub in ("Assuranc", "Informatio", "Discussio", "Presentatio"):
        assert not re.search(rf"\b{stub}\s*$", agenda, flags=re.M), agenda


def test_a_one_page_paper_is_quoted_by_its_page_alone(public: Path) -> None:
    """The shared meeting's item 7 is a cover sheet alone, on one page: its row reads "3", in
    the PDF's agenda and in the index, never "3 - 3" (the export knows a Word paper's length
    only once it has laid it out, and the pack is exported again for it)."""
    pages = page_texts(public)
    own = footer_pages(pages, "7")
    assert len(own) == 1
    row = re.search(r"^7\.\s.*$", pages[1], flags=re.M)[0]
    assert re.search(rf"\s{own[0]}$", row.rstrip()), row
    assert not re.search(rf"{own[0]}\s*-\s*{own[0]}", row), row
    index = public.with_suffix(".html").read_text(encoding="utf-8")
    assert re.search(rf'class="pages">{own[0]}<', index)


@pytest.fixture(scope="module")
def lengths(meeting: Path, tmp_path_factory) -> Path:
    """Papers whose length the agenda cannot all know before the export: a one-page PDF
    paper (known), a one-page Word paper with no cover sheet (not known: laid out as a range,
    mended), and a draft whose cover sheet runs over two pages (expected one page: mended)."""
    from docx import Document
    from helpers.long_meeting import untagged_pdf

    folder = tmp_path_factory.mktemp("rows") / "lengths"
    (folder / "papers").mkdir(parents=True)
    (folder / "coversheet.toml").write_text(
        'board = "ICS Board"\n\n[[pack.items]]\nitem = "2"\ntitle = "Action Log"\npaper = "papers/action-log.pdf"\n'
        'confidential = false\n\n[[pack.items]]\nitem = "3"\ntitle = "Minutes of the Last Meeting"\n'
        'paper = "papers/minutes.docx"\nconfidential = false\n', encoding="utf-8")
    untagged_pdf(folder / "papers" / "action-log.pdf", 1, "Action log")
    minutes = Document()
    minutes.add_paragraph("The minutes of the meeting held on 4 November 2020 were agreed.")
    minutes.save(str(folder / "papers" / "minutes.docx"))
    (folder / "07-clinical.yaml").write_text(draft("7", "Clinical Strategy Update"), encoding="utf-8")
    long_summary = " ".join(f"Paragraph {n} of a summary long enough to take the sheet past its first page." for n in range(60))
    (folder / "08-long.yaml").write_text(draft("8", "Performance Report", summary=long_summary), encoding="utf-8")
    return build(folder, folder.parent / "lengths.pdf")


@pytest.mark.parametrize("item", ["2", "3", "7"])
def test_a_one_page_paper_of_any_kind_is_quoted_by_its_page_alone(lengths: Path, item: str) -> None:
    pages = page_texts(lengths)
    own = footer_pages(pages, item)
    assert len(own) == 1, (item, own)
    row = re.search(rf"^{item}\.\s.*$", pages[1], flags=re.M)[0]
    assert re.search(rf"\s{own[0]}$", row.rstrip()) and not re.search(r"\d\s*-\s*\d", row), row
    index = lengths.with_suffix(".html").read_text(encoding="utf-8")
    assert re.search(rf'class="pages">{own[0]}<', index)


def test_a_cover_sheet_over_two_pages_is_quoted_to_its_last_page(lengths: Path) -> None:
    pages = page_texts(lengths)
    own = footer_pages(pages, "8")
    assert len(own) >= 2
    assert quoted_range(pages[1], "8") == (own[0], own[-1])
    assert re.search(rf"\s{own[0]}\s*-\s*{own[-1]}$", re.search(r"^8\.\s.*$", pages[1], flags=re.M)[0].rstrip())

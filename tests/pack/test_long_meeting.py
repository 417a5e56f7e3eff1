"""A 30-item meeting as a secretary packs it: a long agenda laid out whole, papers with no
cover sheet packed as they are, nothing of the sources' file names published."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from helpers.long_meeting import (CONFIDENTIAL_ITEM, LATE_ITEM, LONG_NAME, REVISED_ITEM, SHORT_TITLE, SHORT_TITLE_ITEM,
                                  SOURCE_NAMES)
from helpers.meeting import page_texts
from helpers.pack_builds import OUTPUT, build
from helpers.pdf_bytes import all_bytes

pytestmark = pytest.mark.slow


def _agenda_pages(pdf: Path) -> list[str]:
    pages = page_texts(pdf)
    return [text for text in pages if "· Agenda · Page" in text or "· Supplementary agenda · Page" in text]


def _kids(node) -> list:
    kids = node.get("/K")
    kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
    return [kid for kid in kids if isinstance(kid, pikepdf.Dictionary)]


def _pages_under(node, index: dict) -> set[int]:
    found, stack = set(), [node]
    while stack:
        element = stack.pop()
        if "/Pg" in element and element.Pg.objgen in index:
            found.add(index[element.Pg.objgen])
        stack.extend(_kids(element))
    return found


def test_no_agenda_row_is_split_across_pages(long_public: Path) -> None:
    assert len(_agenda_pages(long_public)) >= 2  # the agenda runs onto a second page
    with pikepdf.open(long_public) as pdf:
        index = {page.objgen: number for number, page in enumerate(pdf.pages)}
        stack, agenda = [pdf.Root.StructTreeRoot], None
        while stack and agenda is None:  # the first table is the agenda's
            node = stack.pop(0)
            agenda = node if node.get("/S") == pikepdf.Name.Table else None
            stack = _kids(node) + stack
        rows = [row for row in _kids(agenda) if row.get("/S") == pikepdf.Name.TR]
        assert len(rows) > 30
        split = [number for number, row in enumerate(rows) if len(_pages_under(row, index)) != 1]
    assert not split, split


def test_item_numbers_page_ranges_and_names_are_never_broken(long_public: Path) -> None:
    agenda = "\n".join(_agenda_pages(long_public))
    assert re.search(r"^16\.10\s+Report of the Quality", agenda, flags=re.M), agenda  # not "16.1" / "0"
    for line in agenda.splitlines():
        assert not re.search(r"\d+ -\s*$", line), line  # a range never wraps after its dash
    ranges = re.findall(r"(\d+)\s*-\s*(\d+)\s*$", agenda, flags=re.M)
    assert len(ranges) >= 22 and all(int(a) <= int(b) for a, b in ranges)
    surname = LONG_NAME.split()[1]
    assert surname.split("-")[0] + "-" in agenda, agenda  # "Christopherson-" whole, broken only after its hyphen


def test_fields_print_at_the_size_of_the_text_around_them(long_public: Path) -> None:
    bbox = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-bbox", str(long_public), "-"], check=True,
                          capture_output=True, text=True).stdout
    boxes = [(word, float(y_min), round(float(y_max) - float(y_min), 1))
             for y_min, y_max, word in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', bbox)]
    bottom = max(y for _, y, _ in boxes)
    footer = [(word, height) for word, y, height in boxes if y > bottom - 2]  # "ICS Board · Agenda · Page 2 of 102"
    words = [(word, height) for word, y, height in boxes if y <= bottom - 2]
    text_size = {height for word, height in words if word in ("Note", "Attached")}
    titles = {height for word, height in words if word == "Strategy"}  # "Strategy Paper 6": a REF field
    ranges = {height for word, height in words if word.isdigit() and 17 < int(word) < 200}  # PAGEREF fields
    assert len(text_size) == 1 and titles == text_size and ranges == text_size, (text_size, titles, ranges)
    assert [word for word, _ in footer][-4::2] == ["Page", "of"] and len({height for _, height in footer}) == 1, footer


def test_a_long_titles_footer_stays_on_one_line(long_public: Path) -> None:
    pages = page_texts(long_public)
    footers = [line.strip() for text in pages for line in text.splitlines() if "· Page " in line]
    assert len(footers) == len(pages)  # one footer line a page, its page number on it
    long = [line for line in footers if line.startswith("ICS Board · Item 7. Integrated Care System")]
    assert long and all("…" in line and re.search(r"· Page \d+ of \d+$", line) for line in long), long


def test_papers_without_a_cover_sheet_are_packed_as_they_are(long_public: Path) -> None:
    pages = page_texts(long_public)
    agenda = "\n".join(_agenda_pages(long_public))
    with pikepdf.open(long_public) as pdf:
        index = {page.objgen: number for number, page in enumerate(pdf.pages)}
        with pdf.open_outline() as outline:
            bookmarks = {item.title: (index[item.destination[0].objgen], [c.title for c in item.children]) for item in outline.root}
    for item, title, words in (("2", "Minutes of the Meeting held on 4 November 2020", "Minutes of the meeting of 4 November 2020"),
                               ("3", "Action Log", "Action log: page 1"),
                               ("4", "Chair's Report", "Chair's report: paragraph 0"),
                               ("5", "Urgent and Emergency Care: Winter Resilience", "Winter resilience: page 1")):
        first, children = bookmarks[f"{item}. {title}"]
        assert children == ["Paper"], children  # no cover sheet
        assert words in pages[first], (item, pages[first][:300])
        assert f"ICS Board · Item {item}. {title} · Page {first + 1} of {len(pages)}" in " ".join(pages[first].split())
        row = re.search(rf"^{item}\.\s.*$", agenda, flags=re.M).group(0)
        assert "To follow" not in row and re.search(rf"{first + 1}\s*-\s*\d+\s*$", row), row
    assert re.search(r"^5\..*Presentation", agenda, flags=re.M)


def test_the_public_pack_names_no_source_file_and_keeps_the_confidential_item_out(long_public: Path) -> None:
    everything = all_bytes(long_public)
    for name in SOURCE_NAMES:
        for part in (name, Path(name).stem):
            assert part.encode() not in everything and part.encode("utf-16-be") not in everything, part
    assert re.search(rb"CS\d{3}", everything) is None
    agenda = "\n".join(_agenda_pages(long_public))
    assert re.search(rf"^{CONFIDENTIAL_ITEM}\.\s+Item taken in the private", agenda, flags=re.M)
    assert re.search(rf"^{LATE_ITEM}\..*To follow", agenda, flags=re.M)


def test_the_private_pack_and_the_supplement_carry_the_rest(long_private: Path, long_supplement: Path) -> None:
    private = "\n".join(page_texts(long_private))
    assert "Item 14. Strategy Paper 14" in private and "Minutes of the meeting of 4 November 2020" in private
    supplement = "\n".join(_agenda_pages(long_supplement))
    assert re.search(rf"^{LATE_ITEM}\.\s+Primary Care Network", supplement, flags=re.M), supplement
    assert "Action Log" not in supplement  # packed in the main pack already
    # The revised paper goes out again, marked so, and the secretary is told.
    assert re.search(rf"^{re.escape(REVISED_ITEM)}\s+Report of the Quality", supplement, flags=re.M), supplement
    assert "Revised: replaces the paper in the main pack." in " ".join(supplement.split())
    said = " ".join(OUTPUT[long_supplement].split())
    assert f"has changed since pack.pdf was built: item {REVISED_ITEM} is packed again in the supplement, marked as revised" in said


def test_every_agenda_link_goes_to_a_papers_first_page(long_public: Path) -> None:
    with pikepdf.open(long_public) as pdf:
        index = {page.objgen: number for number, page in enumerate(pdf.pages)}
        with pdf.open_outline() as outline:
            starts = {index[item.destination[0].objgen] for item in outline.root}
        agenda = [number for number, text in enumerate(page_texts(long_public)) if "· Agenda · Page" in text]
        targets = [index[link.Dest[0].objgen] for number in agenda for link in pdf.pages[number].get("/Annots", [])]
    assert len(targets) > 60 and set(targets) <= starts  # titles, first and last page numbers alike


def test_the_plans_short_title_is_the_agendas(long_public: Path) -> None:
    agenda = "\n".join(_agenda_pages(long_public))
    assert re.search(rf"^{SHORT_TITLE_ITEM}\.\s+{SHORT_TITLE}\s", agenda, flags=re.M), agenda
    assert f"Strategy Paper {SHORT_TITLE_ITEM}" in "\n".join(page_texts(long_public))  # the sheet keeps the paper's own


def test_the_private_items_alone(long_meeting: Path, long_private: Path) -> None:
    out = build(long_meeting, long_meeting.parent / "out" / "private-only.pdf", "--private", "--private-only", "--no-index")
    agenda = "\n".join(_agenda_pages(out))
    rows = re.findall(r"^(\d+(?:\.\d+)?)\.?\s", agenda, flags=re.M)
    assert rows == [CONFIDENTIAL_ITEM], agenda
    assert "PRIVATE – not for publication" in page_texts(out)[-1]


def test_what_published_packs_carry_is_printed_where_they_print_it(long_public: Path, long_private: Path) -> None:
    front = " ".join(page_texts(long_public)[0].split())
    for said in ("Webcast: https://www.youtube.com/c/LSCICS/live", "Published: 24 November 2020",
                 "Quorum: Four members, including the Chair or Vice Chair", "Contact: Board Secretary, lscics.board@nhs.net",
                 "Next meeting: Wednesday 3 February 2021, 10:00, Preston Business Centre", "Membership",
                 "David Flory, Independent Chair"):
        assert said in front, front
    for pack, first_private in ((long_public, "Item taken in the private"), (long_private, "Strategy Paper 14")):
        agenda = " ".join("\n".join(_agenda_pages(pack)).split())
        resolution = agenda.index("Exclusion of the press and public That the press and public be excluded")
        assert "paragraph 3" in agenda[resolution:] and agenda.index(f"{CONFIDENTIAL_ITEM}. {first_private}") > resolution
        assert agenda.index("13. Strategy Paper 13") < resolution
    assert "To approve the minutes as a correct record" in " ".join("\n".join(_agenda_pages(long_public)).split())
    index = long_public.with_suffix(".html").read_text(encoding="utf-8")  # the index prints them too
    for said in ('<a href="https://www.youtube.com/c/LSCICS/live">', "<dt>Quorum</dt>", "<li>David Flory, Independent Chair</li>",
                 "Exclusion of the press and public", "To approve the minutes as a correct record"):
        assert said in index, said
    assert index.index("Exclusion of the press and public") < index.index("Item taken in the private session")

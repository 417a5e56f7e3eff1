"""A board with its own cover sheet (a profile): the pack and its index use the board's words."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers.meeting import ROOT, page_texts
from helpers.pack_builds import build

from coversheet.config.profile import load_profile

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow

BOARD = ROOT / "examples-profiles" / "nhs-icb"


@pytest.fixture(scope="module")
def icb_pack(meeting: Path, tmp_path_factory) -> Path:  # `meeting`: LibreOffice and poppler are there
    folder = tmp_path_factory.mktemp("icb") / "papers"
    folder.mkdir()
    shutil.copy(BOARD / "coversheet.toml", folder)
    winter = (BOARD / "item-07-winter-plan.yaml").read_text(encoding="utf-8")
    (folder / "item-07-winter-plan.yaml").write_text(winter, encoding="utf-8")
    secret = winter.replace('agenda_item: "7"', 'agenda_item: "8"').replace("title: Winter Plan 2024/25", "title: Ward Closure Options")
    secret = secret.replace("confidential: false", "confidential: true\nconfidential_reason: Commercial interests (section 43 FOIA)")
    (folder / "item-08-ward-closures.yaml").write_text(secret, encoding="utf-8")
    return build(folder, folder.parent / "icb.pdf")


def test_the_cover_sheet_pages_are_the_boards_own_sheet(icb_pack: Path) -> None:
    pages = page_texts(icb_pack)
    sheet = " ".join(" ".join(pages[2:]).split())  # front page, agenda, then the one public paper
    for label in ("Report title", "Executive lead", "Link to strategic objectives", "Board Assurance Framework", "BAF 2.1"):
        assert label in sheet, label
    assert "Title of Paper" not in sheet and "Executive sponsor" not in sheet


def test_the_index_labels_the_sheet_in_the_boards_words_and_order(icb_pack: Path) -> None:
    page = icb_pack.with_suffix(".html").read_text(encoding="utf-8")
    labels = re.findall(r"<dt>([^<]*)</dt>", page[page.index('<section class="sheet"'):])
    assert labels[:4] == ["Meeting", "Date of meeting", "Agenda item", "Report title"], labels
    assert "Link to strategic objectives" in labels and "Title of paper" not in labels
    assert "Executive sponsor" not in labels and "Executive lead" in labels
    assert re.search(r"<dt>Link to strategic objectives</dt>\s*<dd><ul><li>[^<]+</li>", page)  # the board's own question, answered


def test_the_agenda_gives_each_papers_action_in_the_boards_words(icb_pack: Path) -> None:
    row = next(line for line in page_texts(icb_pack)[1].splitlines() if line.startswith("7."))
    assert "Decision" in row and "Approve" not in row  # nhs-icb's [actions], not the 2020 agenda's verbs


def test_an_item_in_private_is_shown_with_the_boards_words(icb_pack: Path) -> None:
    agenda = " ".join(page_texts(icb_pack)[1].split())
    assert "Item taken in the private session" in agenda
    words = load_profile("nhs-icb").confidentiality
    assert words.reason_label != "Exemption relied on"  # the standard sheet's words, which the pack used to print
    assert f"{words.reason_label}: Commercial interests (section 43 FOIA)" in agenda
    assert "Ward Closure" not in "\n".join(page_texts(icb_pack))

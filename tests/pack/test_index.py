"""The HTML index beside the pack, as a reader sees it: in a real browser (headless Chromium)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pikepdf
import pytest
from helpers.browser import headless_chromium
from helpers.meeting import ARTIFACTS, COMPLETE, SECRET_WORDS, page_texts
from helpers.pack_builds import OTHER_MEETING

from coversheet.findings import FileResult
from coversheet.pack.index import render_index
from coversheet.pack.items import PackContents, Paper, Row

# Every test here builds a pack through LibreOffice.
pytestmark = pytest.mark.slow



@pytest.fixture(scope="module")
def browser():
    yield from headless_chromium()


def _by():
    from selenium.webdriver.common.by import By

    return By


def test_the_index_shows_the_agenda_and_links_each_paper_to_its_first_page(browser, public: Path) -> None:
    By = _by()
    index = public.with_suffix(".html")
    browser.get(index.as_uri())
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en-GB"
    with pikepdf.open(public) as pdf:
        assert browser.title == str(pdf.docinfo.Title)
    assert browser.find_element(By.TAG_NAME, "h1").text == "ICS Board: Meeting in Public"
    assert [th.get_attribute("scope") for th in browser.find_elements(By.CSS_SELECTOR, "#agenda-table thead th")] == ["col"] * 6

    rows = browser.find_elements(By.CSS_SELECTOR, "#agenda-table tbody tr.item")
    assert [row.find_element(By.TAG_NAME, "th").text for row in rows] == ["1.", "7.", "9.", "10.", "12."]
    sections = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#agenda-table tr.section th")]
    assert sections == ["Routine Items of Business", "Sustainability"]

    pages = page_texts(public)
    titles = {"7.": "Clinical Strategy Update", "9.": "System Assurance Framework", "10.": "ICS Finance Report"}
    for row in rows:
        item = row.find_element(By.TAG_NAME, "th").text
        if item not in titles:
            continue
        link = row.find_element(By.CSS_SELECTOR, "a.paper-link")
        assert link.text == titles[item]
        href = link.get_attribute("href")
        assert href.startswith(public.parent.as_uri() + "/pack.pdf#page="), href
        first = int(href.rsplit("=", 1)[1])
        # The page the link opens is the paper's first page, and the agenda quotes it too.
        assert titles[item] in pages[first - 1] and f"Item {item}" in pages[first - 1]
        quoted = re.search(rf"^{re.escape(item)}\s.*\s{first}(?:\s*-\s*(\d+))?\s*$", pages[1], flags=re.M)
        assert quoted, pages[1]  # the PDF's agenda gives the same first page
        last = int(quoted[1] or first)
        assert row.find_element(By.CSS_SELECTOR, ".pages").text == (f"{first}" if first == last else f"{first} - {last}")
    assert browser.find_element(By.CSS_SELECTOR, ".pack-link a").get_attribute("href") == public.as_uri()

    ARTIFACTS.mkdir(exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(max(height, 800), 8000))
    assert browser.save_screenshot(str(ARTIFACTS / "pack-index.png"))
    browser.set_window_size(1280, 1600)


def test_every_packed_paper_has_its_cover_sheet_in_the_index(browser, public: Path) -> None:
    By = _by()
    browser.get(public.with_suffix(".html").as_uri())
    sheets = browser.find_elements(By.CSS_SELECTOR, "section.sheet")
    assert [s.find_element(By.TAG_NAME, "h3").text for s in sheets] == [
        "7. Clinical Strategy Update", "9. System Assurance Framework", "10. ICS Finance Report"]
    finance = sheets[2]
    fields = dict(zip([dt_.text for dt_ in finance.find_elements(By.TAG_NAME, "dt")],
                      [dd.text for dd in finance.find_elements(By.TAG_NAME, "dd")], strict=True))
    assert fields["Presented by"] == "Gary Raphael, ICS Executive Lead for Finance"
    assert fields["Purpose of the paper"] == "For information; For noting."
    assert fields["Executive summary"].startswith("This paper reports on month 7 financial performance")
    assert "Financial impact assessment: Yes (Section 2 sets out the revenue and capital positions.)" in fields["Implications"]
    assert "FIN-07 – Month 7 run rate puts the £90m system deficit plan at risk." in fields["Risks"]
    # The row's "(cover sheet)" link goes to this section of the page.
    link = browser.find_element(By.CSS_SELECTOR, "#row-item10 a.sheet-link")
    assert link.get_attribute("href").endswith("#item10")
    link.click()
    assert browser.execute_script("return location.hash") == "#item10"


def test_the_public_index_holds_nothing_confidential_and_no_notes(browser, public: Path) -> None:
    By = _by()
    browser.get(public.with_suffix(".html").as_uri())
    text = browser.find_element(By.TAG_NAME, "body").text
    for word in (*SECRET_WORDS, "Estates Disposal", "Notes for the chair", OTHER_MEETING):
        assert word not in text
    private_row = browser.find_element(By.CSS_SELECTOR, "#row-item12")
    assert "Item taken in the private session" in private_row.text
    assert "Exemption relied on: Commercial interests (section 43 FOIA)" in private_row.text
    assert private_row.find_elements(By.TAG_NAME, "a") == []


def test_the_private_index_has_every_sheet_and_the_notes(browser, private: Path) -> None:
    By = _by()
    browser.get(private.with_suffix(".html").as_uri())
    text = browser.find_element(By.TAG_NAME, "body").text
    assert "Private session: not for publication." in text
    assert "12. Estates Disposal" in [h.text for h in browser.find_elements(By.CSS_SELECTOR, "section.sheet h3")]
    assert all(word in text for word in SECRET_WORDS)
    assert "Notes for the chair" in text and OTHER_MEETING in text


def test_text_from_papers_is_escaped_in_the_index(browser, tmp_path: Path) -> None:
    from coversheet.config import DEFAULT_CONFIG
    from coversheet.drafts.read import read_draft
    from coversheet.read.validate import validate

    hostile = '<script>document.title="owned"</script><b>bold</b>'
    draft = tmp_path / "10.yaml"
    draft.write_text(COMPLETE.replace("title: ICS Finance Report", f"title: '{hostile}'"), encoding="utf-8")
    sheet, _ = validate(read_draft(draft), DEFAULT_CONFIG)
    row = Row(item="10", title=hostile, paper=Paper(draft, "10.yaml", sheet, FileResult(draft)), pages=(3, 4))
    page = tmp_path / "pack.html"
    page.write_text(render_index(PackContents("ICS Board", dt.date(2020, 12, 2), rows=[row]), title="Pack", pdf_name="pack.pdf",
                                 pages=4, meeting_title="Meeting", time=None, place=None), encoding="utf-8")
    browser.get(page.as_uri())
    By = _by()
    assert browser.title == "Pack"
    assert browser.find_element(By.CSS_SELECTOR, "section.sheet h3").text == f"10. {hostile}"


def test_an_existing_index_is_only_replaced_with_force(meeting: Path, tmp_path: Path) -> None:
    from helpers.pack_builds import run

    (tmp_path / "pack.html").write_text("our own page", encoding="utf-8")
    result = run("pack", str(meeting), "-o", str(tmp_path / "pack.pdf"))
    assert result.exit_code == 2 and f"{tmp_path / 'pack.html'} already exists (use --force" in " ".join(result.output.split())
    assert [p.name for p in tmp_path.iterdir()] == ["pack.html"] and (tmp_path / "pack.html").read_text(encoding="utf-8") == "our own page"

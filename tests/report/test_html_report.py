"""The HTML report, as a secretary sees it: in a real browser (headless Chromium)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers.browser import headless_chromium
from helpers.paths import DOCX, EXAMPLES, ROOT

from coversheet.api import CheckOptions, check_paths
from coversheet.findings import CheckRun, FileResult, Finding, Severity
from coversheet.report import render

ARTIFACTS = ROOT / "test-artifacts"


def _finding(code: str, severity: Severity, message: str, hint: str) -> Finding:
    return Finding(code=code, name="x", severity=severity, message=message, hint=hint)


def _result(name: str, item: str | None, *findings: Finding, unreadable: bool = False) -> FileResult:
    return FileResult(Path(name), list(findings), unreadable=unreadable, agenda_item=item, title=f"Paper {name}")


def test_rows_follow_natural_agenda_order_whatever_the_file_names() -> None:
    run = CheckRun([_result(f"{c}.yaml", item) for c, item in zip("abcdef", ["12b", "10", "9.1", "9", None, "12"], strict=True)])
    page = render(run, "html")
    items = re.findall(r'<th scope="row" class="item">([^<]*)</th>', page)
    assert items == ["9", "9.1", "10", "12", "12b", "–"]


def test_page_is_self_contained_and_accessible() -> None:
    run = check_paths([EXAMPLES], CheckOptions(jobs=1))
    page = render(run, "html")
    assert '<html lang="en-GB">' in page
    assert '<th scope="col">Status</th>' in page and "<caption>" in page
    for external in ("<link", "<script", "src=", "@import", "url(", "http://", "https://"):
        assert external not in page, external


def test_text_from_papers_is_escaped() -> None:
    hostile = _result("x.yaml", "1", _finding("CS101", Severity.ERROR, "<b>bold</b>", "fix & go"))
    hostile.title = '<img src=x onerror="alert(1)">'
    page = render(CheckRun([hostile]), "html")
    assert "<img" not in page and "&lt;img src=x" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page and "fix &amp; go" in page


# --- in the browser -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    yield from headless_chromium()


@pytest.fixture
def report_page(tmp_path: Path) -> tuple[Path, CheckRun]:
    folder = tmp_path / "drive"
    folder.mkdir()
    for paper in EXAMPLES.glob("item-*.yaml"):
        shutil.copy(paper, folder / paper.name)
    shutil.copy(EXAMPLES / "complete.yaml", folder / "complete.yaml")
    shutil.copy(DOCX / "hostile" / "truncated.docx", folder / "truncated.docx")
    run = check_paths([folder], CheckOptions(jobs=1))
    page = tmp_path / "report.html"
    page.write_text(render(run, "html"), encoding="utf-8")
    return page, run


@pytest.mark.slow
def test_a_reader_sees_a_row_per_paper_its_status_in_words_and_each_hint(browser, report_page) -> None:
    from selenium.webdriver.common.by import By

    page, run = report_page
    browser.get(page.as_uri())
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en-GB"
    rows = browser.find_elements(By.CSS_SELECTOR, "table#papers tbody tr")
    assert len(rows) == len(run.results) == 7

    items = [row.find_element(By.CSS_SELECTOR, "th").text for row in rows]
    assert items == ["5", "7", "9", "10", "10", "12", "–"]  # complete.yaml is also item 10
    statuses = [row.find_element(By.CSS_SELECTOR, ".status").text for row in rows]
    assert statuses.count("Fail") == 5 and statuses.count("Pass") == 1 and statuses.count("Error") == 1

    finance = next(row for row in rows if "item-10-finance-report.yaml" in row.text)
    assert "Risks are marked Yes but no risk reference is given." in finance.text
    assert "What to do: Give each risk's register reference" in finance.text
    unreadable = next(row for row in rows if "truncated.docx" in row.text)
    assert "could not be read" in unreadable.text and "Error" in unreadable.text

    summary = browser.find_element(By.ID, "summary").text
    assert "Papers" in summary and "7" in summary

    for row in rows:  # status in colour too, and readable colour: WCAG AA (4.5:1)
        badge = row.find_element(By.CSS_SELECTOR, ".status")
        ratio = _contrast(badge.value_of_css_property("color"), badge.value_of_css_property("background-color"))
        assert ratio >= 4.5, (badge.text, ratio)
    backgrounds = {row.find_element(By.CSS_SELECTOR, ".status").value_of_css_property("background-color") for row in rows}
    assert len(backgrounds) == 3  # pass, fail and error look different as well as read differently

    ARTIFACTS.mkdir(exist_ok=True)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(1280, min(max(height, 800), 8000))
    assert browser.save_screenshot(str(ARTIFACTS / "report.png"))
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000


@pytest.mark.slow
def test_a_hostile_title_shows_as_text_and_runs_nothing(browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    hostile = _result("x.yaml", "1")
    hostile.title = "<img src=x onerror=\"document.title='owned'\">"
    page = tmp_path / "hostile.html"
    page.write_text(render(CheckRun([hostile]), "html"), encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.title != "owned"
    assert "<img src=x" in browser.find_element(By.CSS_SELECTOR, ".paper-title").text


def _contrast(foreground: str, background: str) -> float:
    def luminance(css: str) -> float:
        red, green, blue = (int(v) / 255 for v in re.findall(r"[\d.]+", css)[:3])
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (red, green, blue)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)

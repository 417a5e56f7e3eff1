"""`coversheet serve` in a real Chromium (Debian's), driven by the keyboard as an author would,
with axe-core checking every page and state against WCAG 2.2 A and AA."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import pytest

from helpers.axe import assert_accessible, axe_source
from helpers.browser import headless_chromium
from helpers.hostile import coversheet
from helpers.meeting_folder import make_folder, next_meetings
from helpers.serving import files_in, start

pytestmark = pytest.mark.slow
HAND_MADE = Path(__file__).resolve().parents[1] / "fixtures" / "docx" / "item10-pandoc.docx"
WAIT = 20  # seconds for the page to answer; each wait ends as soon as it does


@pytest.fixture(scope="module")
def downloads():
    with tempfile.TemporaryDirectory(prefix="coversheet-downloads-") as folder:
        yield Path(folder)


@pytest.fixture(scope="module")
def driver(downloads):
    axe_source()  # skip early, with the reason, when axe-core is absent
    yield from headless_chromium(download_dir=str(downloads))


@pytest.fixture
def served(tmp_path: Path):
    folder = make_folder(tmp_path)
    server = start(folder, "--accept-submissions")
    server.folder = folder
    yield server
    server.stop()


def _until(driver, condition, what: str):
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    # A question's findings are replaced as they change: an element found just before is stale.
    wait = WebDriverWait(driver, WAIT, ignored_exceptions=(StaleElementReferenceException,))
    return wait.until(lambda d: condition(d), message=what)


def _tab_to(driver, element_id: str, limit: int = 400) -> None:
    """Press Tab until the element with `element_id` has the focus (keyboard only)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    for _ in range(limit):
        if driver.switch_to.active_element.get_attribute("id") == element_id:
            return
        ActionChains(driver).send_keys(Keys.TAB).perform()
    raise AssertionError(f"Tab never reached #{element_id}")


def _type(driver, element_id: str, text: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    _tab_to(driver, element_id)
    ActionChains(driver).send_keys(text).perform()


def _press(driver, element_id: str, *keys) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    _tab_to(driver, element_id)
    ActionChains(driver).send_keys(*keys).perform()


def _findings(driver, box: str) -> str:
    return driver.find_element("id", f"{box}-findings").text


def test_an_author_fills_the_form_by_keyboard_sees_findings_come_and_go_downloads_and_submits(driver, served, downloads) -> None:
    from selenium.webdriver.common.keys import Keys

    driver.get(served.url + "/")
    assert_accessible(driver, "the empty form")
    # Passing through questions with Tab checks nothing; a finding appears as the author
    # leaves a question they have answered (here: typed in, then cleared), and goes when it is.
    _press(driver, "f-agenda_item", "7", Keys.BACKSPACE, Keys.TAB)
    _until(driver, lambda d: "agenda_item is not given" in _findings(d, "q-agenda_item"), "the finding on the agenda item never appeared")
    assert "nhsuk-form-group--error" in driver.find_element("id", "q-agenda_item").get_attribute("class")
    summary = driver.find_element("id", "error-summary")
    assert summary.is_displayed() and "agenda_item is not given" in summary.text
    assert _findings(driver, "q-title") == ""  # passed on the way, never answered: not checked
    assert_accessible(driver, "the form with a finding shown as the author left the field")
    _type(driver, "f-agenda_item", "10" + Keys.TAB)
    _until(driver, lambda d: _findings(d, "q-agenda_item") == "", "the finding on the agenda item never went")
    assert not driver.find_element("id", "error-summary").is_displayed()
    # Writing advice is shown as advice, not as an error.
    _type(driver, "f-executive_summary", "This paper reports month 7 finance for the L&SC system and its XYZ partners." + Keys.TAB)
    _until(driver, lambda d: "Advice: Acronyms not defined: L&SC, XYZ" in _findings(d, "q-executive_summary"), "no advice on the acronyms")
    assert "nhsuk-form-group--error" not in driver.find_element("id", "q-executive_summary").get_attribute("class")

    _type(driver, "f-title", "ICS Finance Report")
    _press(driver, "f-meeting_date", Keys.DOWN)  # the first of the board's meetings
    _type(driver, "f-presented_by", "Gary Raphael")
    _type(driver, "f-presented_by-0-role", "ICS Executive Lead for Finance")
    _type(driver, "f-authors", "Elaine Collier")
    _press(driver, "f-confidential", Keys.SPACE)  # the first choice: not confidential
    _press(driver, "f-purpose-5", Keys.SPACE)  # Information
    _type(driver, "f-purpose-text", "For noting.")
    _type(driver, "f-recommendations", "The Board is asked to note the financial position.")
    _press(driver, "f-governance-none", Keys.SPACE)
    _type(driver, "f-conflicts_of_interest", "None identified")
    for name in ("quality", "equality", "privacy"):
        _press(driver, f"f-implications-{name}", Keys.RIGHT, Keys.RIGHT)  # N/A
    _press(driver, "f-implications-financial", Keys.SPACE)  # Yes
    _type(driver, "f-implications-financial-note", "Section 2 sets out the revenue position.")
    _press(driver, "f-risks", Keys.RIGHT)  # associated: No
    _press(driver, "f-risks-register", Keys.RIGHT, Keys.RIGHT)  # on the register: N/A
    _press(driver, "f-risks-references-none", Keys.SPACE, Keys.TAB)

    # The whole form checked with a full submit (the button, by keyboard).
    _tab_to(driver, "f-paper")
    for _ in range(5):
        if driver.switch_to.active_element.get_attribute("value") == "check":
            break
        _press_active(driver, Keys.TAB)
    _press_active(driver, Keys.ENTER)
    _until(driver, lambda d: "The cover sheet passes the board's checks" in d.page_source, "the full check did not pass:\n" + driver.find_element("tag name", "main").text[:3000])
    assert_accessible(driver, "the form that passes, after a full submit")

    # Take the Word sheet away, and `coversheet check` passes it.
    _activate_button(driver, "docx")
    sheet = _until(driver, lambda d: next(iter(downloads.glob("cover-sheet*.docx")), None), "no Word sheet was downloaded")
    _until(driver, lambda d: not list(downloads.glob("*.crdownload")), "the download never finished")
    result = coversheet("check", sheet, "--config", served.folder / "coversheet.toml")
    assert result.returncode == 0, result.stdout + result.stderr

    # Submit: the receipt, and the paper in the folder.
    _activate_button(driver, "submit")
    _until(driver, lambda d: "Cover sheet submitted" in d.page_source, "no receipt page")
    assert "ICS Finance Report" in driver.find_element("tag name", "main").text
    assert_accessible(driver, "the receipt")
    written = [name for name in files_in(served.folder) if name.endswith(".docx")]
    assert len(written) == 1 and written[0] in driver.find_element("tag name", "main").text
    result = coversheet("check", served.folder)
    assert result.returncode == 0, result.stdout


def _press_active(driver, *keys) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(*keys).perform()


def _activate_button(driver, action: str) -> None:
    """Tab to the button with this action and press Enter on it."""
    from selenium.webdriver.common.keys import Keys

    for _ in range(200):
        active = driver.switch_to.active_element
        if active.tag_name == "button" and active.get_attribute("value") == action:
            _press_active(driver, Keys.ENTER)
            return
        _press_active(driver, Keys.TAB)
    raise AssertionError(f"Tab never reached the {action} button")


def test_a_hand_made_word_sheet_fills_the_form(driver, served) -> None:
    from selenium.webdriver.common.keys import Keys

    driver.get(served.url + "/")
    _press(driver, driver.find_element("css selector", "summary.nhsuk-details__summary").get_attribute("id") or _summary_id(driver), Keys.ENTER)
    _tab_to(driver, "f-upload")
    driver.switch_to.active_element.send_keys(str(HAND_MADE))  # a file input takes its path as keys
    _press_active(driver, Keys.TAB, Keys.ENTER)
    _until(driver, lambda d: "The form is filled in from your file" in d.page_source, "the upload did not fill the form")
    assert driver.find_element("id", "f-title").get_attribute("value") == "ICS Finance Report"
    assert driver.find_element("id", "f-presented_by").get_attribute("value") == "Gary Raphael"
    assert driver.find_element("id", "f-implications-financial").is_selected()  # Yes, ticked on the sheet
    # Its meeting (2 December 2020) is not one of the board's: said beside the meeting.
    assert "not one of the board's meetings" in driver.find_element("id", "f-meeting_date").text
    assert_accessible(driver, "the form filled from a hand-made Word sheet, with its findings")


def _summary_id(driver) -> str:
    driver.execute_script("document.querySelector('summary.nhsuk-details__summary').id = 'upload-summary'")
    return "upload-summary"


def test_without_javascript_a_full_submit_shows_the_same_findings_and_the_summary_links_to_them(driver, served) -> None:
    from selenium.webdriver.common.keys import Keys

    driver.get(served.url + "/")
    driver.execute_script("document.querySelectorAll('script').forEach(s => s.remove())")
    _activate_button(driver, "check")
    _until(driver, lambda d: "There is a problem" in d.page_source, "no error summary")
    assert driver.title.startswith("Error: ")
    assert "agenda_item is not given" in _findings(driver, "q-agenda_item")
    assert_accessible(driver, "the form with errors after a full submit")
    link = driver.find_element("css selector", "#error-summary a[href='#f-agenda_item']")
    link.send_keys(Keys.ENTER)
    _until(driver, lambda d: d.switch_to.active_element.get_attribute("id") == "f-agenda_item", "the summary's link did not lead to the field")


def test_the_secretarys_pages_and_a_refusal_are_accessible(driver, served) -> None:
    from helpers.meeting_folder import complete_draft
    from helpers.serving import Author, form_fields

    author = Author(served.url)
    author.get("/")
    import io

    from ruamel.yaml import YAML

    buffer = io.StringIO()
    YAML().dump(complete_draft(), buffer)
    status, body, _ = author.post("/upload", [], files={"sheet": ("d.yaml", buffer.getvalue().encode())})
    assert author.post("/", form_fields(body.decode()) + [("action", "submit")])[0] == 303
    (served.folder / "late.yaml").write_text(buffer.getvalue().replace("title: ICS Finance Report", "title:"), encoding="utf-8")

    driver.get(served.url + "/secretary")
    assert "This page is for the board secretary" in driver.page_source
    assert_accessible(driver, "the refusal of the secretary's pages without the key")
    driver.get(served.secretary_link)
    _until(driver, lambda d: "papers received" in d.page_source, "the secretary's page did not open")
    assert_accessible(driver, "the secretary's papers")
    for link_text in ("ICS Finance Report", "(no title)"):
        driver.get(served.url + "/secretary")
        driver.find_element("link text", link_text).click()
        _until(driver, lambda d: "Findings" in d.page_source, "no paper page")
        assert_accessible(driver, f"the secretary's page of {link_text}")
    assert "Return notice" in driver.page_source
    driver.get(served.url + "/secretary/agenda")
    assert "ICS Board Agenda" in driver.page_source
    assert_accessible(driver, "the agenda")
    driver.get(served.url + "/secretary/report.html")
    assert_accessible(driver, "the HTML report")
    meetings = next_meetings()
    assert meetings[0].isoformat()  # the board's meetings are those to come
    time.sleep(0)


@pytest.mark.parametrize("board", ["nhs-icb", "council-scrutiny"])
def test_a_board_profiles_own_questions_are_asked_and_accessible(driver, tmp_path: Path, board: str) -> None:
    import shutil

    folder = tmp_path / board
    folder.mkdir()
    shutil.copy(Path(__file__).resolve().parents[2] / "examples-profiles" / board / "coversheet.toml", folder)
    server = start(folder)
    try:
        driver.get(server.url + "/")
        from coversheet.web.board import board_for_folder

        profile = board_for_folder(folder).profile
        legends = driver.find_element("id", "sheet").text
        for question in profile.own_questions:
            assert question.label in legends, question.label
        assert_accessible(driver, f"{board}: the empty form")
        _activate_button(driver, "check")
        _until(driver, lambda d: "There is a problem" in d.page_source, "no error summary")
        assert_accessible(driver, f"{board}: the form with its errors")
    finally:
        server.stop()


def test_the_secretary_sees_papers_arrive_without_a_reload_and_builds_the_pack(driver, tmp_path: Path) -> None:
    from helpers.meeting import draft
    from helpers.serving import Author
    from helpers.secretary import gated_soffice, pack_meeting, signed_in, start_build

    folder = pack_meeting(tmp_path)
    gate = tmp_path / "let-libreoffice-run"
    server = start(folder, env=gated_soffice(tmp_path / "bin", gate))
    try:
        driver.get(server.secretary_link)
        _until(driver, lambda d: "papers received" in d.page_source, "the secretary's page did not open")
        driver.execute_script("window.notReloaded = true")
        (folder / "11-arrived.yaml").write_text(draft("11", "Winter Plan"), encoding="utf-8")
        _until(driver, lambda d: "Winter Plan" in d.find_element("id", "papers").text, "the paper dropped into the folder never appeared")
        assert driver.execute_script("return window.notReloaded === true"), "the page was reloaded"
        assert "4 paper(s)" in driver.find_element("id", "papers-news").text
        assert_accessible(driver, "the secretary's papers after a paper arrived")

        driver.get(server.url + "/secretary/pack")
        assert_accessible(driver, "the pack page, ready to build")
        # Another tab (here: another client with the key) starts a build: this page's button is refused.
        status, _, headers = start_build(signed_in(server))
        assert status == 303
        driver.find_element("css selector", "button[value=public]").click()
        _until(driver, lambda d: "A pack is being built already" in d.page_source, "the second build was not refused")
        assert_accessible(driver, "the refusal of a second build")
        driver.get(server.url + headers["location"])
        _until(driver, lambda d: "Exporting" in d.find_element("id", "build").text, "the build page did not follow the build")
        assert_accessible(driver, "the pack being built")
        gate.touch()
        _until(driver, lambda d: "Download the pack (PDF)" in d.find_element("id", "build").text, "the build page never showed the pack")
        assert driver.find_element("id", "build-news").text == "The pack is built."
        assert_accessible(driver, "the pack built, with its downloads")
        driver.get(server.url + "/secretary/pack")
        assert_accessible(driver, "the pack page listing the packs built")
        assert Author(server.url).get("/")[0] == 200
    finally:
        server.stop()

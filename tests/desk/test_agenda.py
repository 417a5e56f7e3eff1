"""The agenda built from the papers' cover sheets: order, the real agenda's shape, warnings."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from helpers.paths import EXAMPLES
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.desk.agenda import action_for, build_agenda
from coversheet.desk.agenda_formats import (
    NOTES_HEADING,
    agenda_markdown,
    write_agenda_docx,
)
from coversheet.model.agenda_items import agenda_key
from coversheet.model.answers import PurposeCategory as P
from coversheet.outputs import OutputExists

runner = CliRunner()


@pytest.mark.parametrize(
    "items",
    [
        ["9", "9.1", "10"],
        ["1", "2", "9", "9.1", "9.2", "9.10", "10", "12", "12a", "12b", "13"],
        ["Item 7", "8", "item 9"],
        ["007", "8", "9" * 5000, "1" + "0" * 5000, "²"],  # numbers of any length; a superscript is text
    ],
)
def test_agenda_items_sort_naturally(items: list[str]) -> None:
    assert sorted(reversed(items), key=agenda_key) == items
    assert agenda_key(None) > agenda_key("999")


@pytest.mark.parametrize(
    ("categories", "action"),
    [([P.APPROVAL], "Approve"), ([P.ENDORSEMENT], "Endorse"), ([P.DISCUSSION], "Discuss"),
     ([P.ASSURANCE], "Assure"), ([P.INFORMATION], "Note"), ([P.DISCUSSION, P.ENDORSEMENT], "Endorse/Discuss"), (None, "")],
)
def test_purpose_categories_become_the_boards_verbs(categories, action: str) -> None:
    assert action_for(categories) == action


def test_the_five_real_papers_make_the_real_agendas_shape(five_papers: Path) -> None:
    agenda = build_agenda(five_papers)
    assert agenda.meeting == dt.date(2020, 12, 2) and agenda.board == "ICS Board"
    assert [e.cells() for e in agenda.entries] == [
        ("5.", "Conclusion of the phase 3 planning process", "Gary Raphael", "—", "Attached"),
        ("7.", "Clinical Strategy - Update", "Andy Curran", "Note", "Attached"),
        ("9.", "Lancashire & South Cumbria ICS System Assurance Framework & Strategic Risk Management Update",
         "Gary Raphael", "Endorse/Discuss", "Attached"),
        ("10.", "ICS Finance Report", "Gary Raphael", "Note", "Attached"),
        ("12.", "ICS Programme Executive Summary Report", "Talib Yaseen", "—", "Attached"),
    ]
    # All five real sheets have real defects: each is named in the notes.
    for item in ("5", "7", "9", "10", "12"):
        assert any(w.startswith(f"Item {item} (") and re.search(r"fails its checks \(CS\d{3} ", w) for w in agenda.warnings), item
    assert any("item-09" in w and "no readable meeting date" in w for w in agenda.warnings)


def test_presenters_are_joined_as_the_real_agenda_writes_them(five_papers: Path) -> None:
    paper = five_papers / "item-09-assurance-framework.yaml"
    paper.write_text(paper.read_text().replace(
        "presented_by:\n  - name: Gary Raphael\n    role: null\n",
        "presented_by:\n  - name: Gary Raphael\n    role: null\n  - name: Emily Kruger\n    role: null\n",
    ))
    entry = next(e for e in build_agenda(five_papers).entries if e.item == "9")
    assert entry.owner == "Gary Raphael/Emily Kruger"


def test_two_papers_with_one_item_and_a_paper_for_another_meeting_are_warned(five_papers: Path) -> None:
    shutil.copy(EXAMPLES / "complete.yaml", five_papers / "finance-copy.yaml")  # also item 10
    other = five_papers / "item-07-clinical-strategy.yaml"
    other.write_text(other.read_text().replace("meeting_date: 2020-12-02", "meeting_date: 2021-02-03"))
    agenda = build_agenda(five_papers)
    assert agenda.meeting == dt.date(2020, 12, 2)
    assert [e.item for e in agenda.entries] == ["5", "9", "10", "10", "12"]
    assert "2 papers have agenda item 10: finance-copy.yaml, item-10-finance-report.yaml." in agenda.warnings
    assert any("2 different meetings" in w and "the one most papers are for" in w for w in agenda.warnings)
    assert any(w.startswith("Item 7 (item-07-clinical-strategy.yaml) is for the meeting on Wednesday 3 February 2021") for w in agenda.warnings)


def test_meeting_option_picks_the_meeting(five_papers: Path) -> None:
    other = five_papers / "item-07-clinical-strategy.yaml"
    other.write_text(other.read_text().replace("meeting_date: 2020-12-02", "meeting_date: 2021-02-03"))
    agenda = build_agenda(five_papers, dt.date(2021, 2, 3))
    assert [e.item for e in agenda.entries] == ["7", "9"]  # 9's date is unreadable: kept, with a note
    assert sum("not on the agenda" in w for w in agenda.warnings) == 3


def test_unreadable_papers_are_left_off_with_a_note(five_papers: Path) -> None:
    (five_papers / "broken.yaml").write_text("title: [unclosed\n")
    agenda = build_agenda(five_papers)
    assert len(agenda.entries) == 5
    assert any(w.startswith("broken.yaml could not be read") for w in agenda.warnings)


def test_markdown_agenda(five_papers: Path) -> None:
    text = agenda_markdown(build_agenda(five_papers))
    lines = text.splitlines()
    assert lines[0] == "# ICS Board Agenda" and "**Wednesday 2 December 2020**" in lines
    table = [line for line in lines if line.startswith("| ")]
    assert table[0] == "| Item | Description | Owner | Action | Format |"
    assert [re.match(r"\| ([^|]+) \|", row).group(1) for row in table[1:]] == ["5.", "7.", "9.", "10.", "12."]
    assert f"> **{NOTES_HEADING}**" in text


def test_word_agenda_has_a_real_table_with_a_marked_header_row(five_papers: Path, tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    target = tmp_path / "agenda.docx"
    agenda = build_agenda(five_papers)
    write_agenda_docx(agenda, target)
    document = Document(str(target))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Item", "Description", "Owner", "Action", "Format"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [row.cells[0].text for row in table.rows[1:]] == ["5.", "7.", "9.", "10.", "12."]
    assert table.rows[4].cells[2].text == "Gary Raphael" and table.rows[4].cells[4].text == "Attached"
    text = "\n".join(p.text for p in document.paragraphs)
    assert NOTES_HEADING in text and "fails its checks" in text
    with pytest.raises(OutputExists):
        write_agenda_docx(agenda, target)


def test_cli_agenda_never_overwrites_without_force(five_papers: Path, tmp_path: Path) -> None:
    target = tmp_path / "agenda.docx"
    first = runner.invoke(app, ["agenda", str(five_papers), "-o", str(target)])
    assert first.exit_code == 0, first.output
    assert target.stat().st_size > 0
    before = target.read_bytes()
    again = runner.invoke(app, ["agenda", str(five_papers), "-o", str(target)])
    assert again.exit_code == 2 and "already exists" in again.output
    assert target.read_bytes() == before
    forced = runner.invoke(app, ["agenda", str(five_papers), "-o", str(target), "--force"])
    assert forced.exit_code == 0, forced.output


def test_cli_agenda_markdown_and_bad_meeting(five_papers: Path) -> None:
    result = runner.invoke(app, ["agenda", str(five_papers), "--format", "md", "--meeting", "2020-12-02"])
    assert result.exit_code == 0, result.output
    assert "| 12. | ICS Programme Executive Summary Report | Talib Yaseen | — | Attached |" in result.stdout
    bad = runner.invoke(app, ["agenda", str(five_papers), "--meeting", "2 Dec"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    word_to_stdout = runner.invoke(app, ["agenda", str(five_papers), "--format", "docx"])
    assert word_to_stdout.exit_code == 2


def test_cli_agenda_gives_each_note_once_where_the_secretary_reads_it(five_papers: Path, tmp_path: Path) -> None:
    notes = build_agenda(five_papers).warnings
    assert len(notes) > 3
    # Markdown on standard output: the notes are in it, and not said again on stderr.
    printed = runner.invoke(app, ["agenda", str(five_papers)])
    assert printed.exit_code == 0, printed.output
    assert printed.stderr == ""
    for note in notes:
        assert printed.output.count(note) == 1, note
    # A Word agenda: the notes are in the document; stderr says how many and where.
    target = tmp_path / "agenda.docx"
    written = runner.invoke(app, ["agenda", str(five_papers), "-o", str(target)])
    assert written.exit_code == 0, written.output
    assert not any(note in written.stderr for note in notes), written.stderr
    assert f"{len(notes)} note(s)" in written.stderr and NOTES_HEADING in written.stderr
    from docx import Document

    document = "\n".join(p.text for p in Document(str(target)).paragraphs)
    for note in notes:
        assert document.count(note) == 1, note
    # A Markdown agenda to a file says what it wrote, like the Word one.
    markdown = tmp_path / "agenda.md"
    saved = runner.invoke(app, ["agenda", str(five_papers), "-o", str(markdown)])
    assert saved.exit_code == 0, saved.output
    assert f"wrote {markdown}" in saved.stderr and not any(note in saved.stderr for note in notes)


def test_a_paper_without_presenter_or_purpose_shows_a_dash_and_is_listed_under_the_table(five_papers: Path) -> None:
    paper = five_papers / "item-10-finance-report.yaml"
    text = paper.read_text()
    text = re.sub(r"(?m)^presented_by:.*\n(  .*\n)*", "presented_by: []\n", text)
    text = re.sub(r"(?m)^sponsor:.*\n(  .*\n)*", "", text)
    text = re.sub(r"(?m)^(  categories:).*$", r"\1 []", text)
    paper.write_text(text)
    agenda = build_agenda(five_papers)
    row = next(e for e in agenda.entries if e.item == "10").cells()
    assert row[2:4] == ("—", "—")
    markdown = agenda_markdown(agenda)
    table, notes = markdown.split(NOTES_HEADING)
    assert "| 10. | ICS Finance Report | — | — | Attached |" in table
    assert "Item 10 (item-10-finance-report.yaml) names no presenter or executive sponsor: its Owner shows —." in notes
    assert "Item 10 (item-10-finance-report.yaml) states no purpose" in notes and "its Action shows —." in notes


ICB = EXAMPLES.parent / "examples-profiles" / "nhs-icb"


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        ("", "Decision/Assurance"),  # nhs-icb's own [actions]
        ('actions = { approval = "Sign off" }', "Sign off/Assurance"),  # one word changed, the board's others kept
    ],
)
def test_the_action_column_is_in_the_boards_words(tmp_path: Path, actions: str, expected: str) -> None:
    (tmp_path / "coversheet.toml").write_text(f'[profile]\nextends = "nhs-icb"\n{actions}\n', encoding="utf-8")
    paper = (ICB / "item-07-winter-plan.yaml").read_text(encoding="utf-8")
    assert "categories: [approval]" in paper
    (tmp_path / "paper.yaml").write_text(paper.replace("categories: [approval]", "categories: [approval, assurance]"), encoding="utf-8")
    [entry] = build_agenda(tmp_path).entries
    assert entry.action == expected


def test_the_default_sheet_keeps_the_2020_agendas_verbs_under_a_profile_that_names_none(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('[profile]\nextends = "ics-board-2020"\n', encoding="utf-8")
    shutil.copy(EXAMPLES / "item-07-clinical-strategy.yaml", tmp_path / "paper.yaml")
    [entry] = build_agenda(tmp_path).entries
    assert entry.action == "Note"


@pytest.mark.parametrize("command", [("agenda",), ("check", "-f", "html"), ("check", "-f", "csv")])
def test_an_agenda_item_of_thousands_of_digits_is_sorted_not_a_crash(tmp_path: Path, command: tuple[str, ...]) -> None:
    for name, item in (("huge.yaml", "9" * 5000), ("small.yaml", "7")):
        draft = (EXAMPLES / "complete.yaml").read_text(encoding="utf-8")
        (tmp_path / name).write_text(re.sub(r"(?m)^agenda_item: .*$", f'agenda_item: "{item}"', draft), encoding="utf-8")
    result = runner.invoke(app, [*command, str(tmp_path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1), result.output
    assert result.output.index("small.yaml" if command[0] == "check" else "7.") < result.output.index("huge.yaml" if command[0] == "check" else "9999")


PLAN = '''
[pack]
time = "10:00 - 12:30"
place = "County Hall, Preston"
published = "25 November 2020"
webcast = "https://example.org/ics-board/live"
quorum = "Four members, including two non-executives"
contact = "Jane Clerk, board.secretary@example.org"
next_meeting = "Wednesday 3 February 2021, 10:00, Preston"
membership = ["David Flory, Chair", "Amanda Doyle, Chief Officer"]
exclusion = "That the press and public be excluded under paragraph 3 (commercial interests)."

[[pack.items]]
item = "2"
title = "Minutes of the Last Meeting"
owner = "Chair"
action = "Approve"
format = "Attached"
paper = "routine/minutes.docx"
confidential = false
description = "To approve the minutes of 4 November 2020"

[[pack.items]]
item = "3"
title = "Action Log"
owner = "Board Secretary"
action = "Note"
paper = "routine/action-log.pdf"
confidential = false

[[pack.items]]
item = "10"
title = "ICS Finance Report"
description = "To receive a report on the month 7 position"
'''


@pytest.fixture
def planned(five_papers: Path) -> Path:
    """The five papers with a meeting plan: a Word paper with no cover sheet (the minutes), a
    planned action log not yet in the folder, and what the published packs print."""
    from docx import Document

    (five_papers / "coversheet.toml").write_text(PLAN, encoding="utf-8")
    (five_papers / "routine").mkdir()
    minutes = Document()
    minutes.add_paragraph("Minutes of the meeting held on 4 November 2020.")
    minutes.save(str(five_papers / "routine" / "minutes.docx"))
    return five_papers


def test_the_plans_papers_without_cover_sheets_and_its_keys_are_on_the_agenda(planned: Path) -> None:
    agenda = build_agenda(planned)
    cells = [e.cells() for e in agenda.entries]
    assert [c[0] for c in cells] == ["2.", "3.", "5.", "7.", "9.", "10.", "12."]
    assert cells[0] == ("2.", "Minutes of the Last Meeting", "Chair", "Approve", "Attached")
    assert cells[1] == ("3.", "Action Log", "Board Secretary", "Note", "To follow")
    assert any("Item 3" in w and "action-log.pdf" in w for w in agenda.warnings)
    assert agenda.entries[5].description == "To receive a report on the month 7 position"
    # The resolution comes before item 9, the first item whose cover sheet says confidential.
    rows = [cells for _, cells in agenda.rows()]
    at = next(i for i, row in enumerate(rows) if row[1].startswith("Exclusion of the press and public"))
    assert rows[at + 1][0] == "9." and "paragraph 3" in rows[at][1]

    md = runner.invoke(app, ["agenda", str(planned), "--format", "md"])
    assert md.exit_code == 0, md.output
    text = md.stdout
    for said in ("10:00 - 12:30", "County Hall, Preston", "25 November 2020", "https://example.org/ics-board/live",
                 "Four members, including two non-executives", "board.secretary@example.org",
                 "Wednesday 3 February 2021", "David Flory, Chair", "Minutes of the Last Meeting",
                 "To approve the minutes of 4 November 2020", "To receive a report on the month 7 position"):
        assert said in text.replace("\\", ""), said
    lines = text.splitlines()
    exclusion = next(i for i, line in enumerate(lines) if "Exclusion of the press and public" in line)
    assert lines[exclusion + 1].startswith("| 9\\.") or lines[exclusion + 1].startswith("| 9.")


def test_the_word_agenda_prints_the_plans_keys_where_the_pack_does(planned: Path, tmp_path: Path) -> None:
    from docx import Document

    out = tmp_path / "agenda.docx"
    result = runner.invoke(app, ["agenda", str(planned), "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = Document(str(out))
    before_table = "\n".join(p.text for p in document.paragraphs)
    for said in ("Time: 10:00 - 12:30", "Webcast: https://example.org/ics-board/live", "Published: 25 November 2020",
                 "Quorum: Four members", "Contact: Jane Clerk", "Next meeting: Wednesday 3 February 2021", "Membership",
                 "Amanda Doyle, Chief Officer"):
        assert said in before_table, said
    rows = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert rows[1][:2] == ["2.", "Minutes of the Last Meeting\nTo approve the minutes of 4 November 2020"]
    at = next(i for i, row in enumerate(rows) if row[1].startswith("Exclusion of the press and public"))
    assert rows[at + 1][0] == "9."

"""The board reader's answer and layout helpers, called on their own: options named by their
words or codes, references by the board's pattern, grids of names with a cell beside each,
governance written in a grid, and a date question's answer."""

from __future__ import annotations

from lxml import etree

from coversheet.word.answers.choices import YES_NO_NA_WORDS, option_named, said_options, value_of
from coversheet.word.answers.dates import date_rows, date_value
from coversheet.word.answers.history import dated_entry, grid_history, split_governance
from coversheet.word.answers.references import STANDARD_REFERENCE, pattern_of, references
from coversheet.word.layout.cells import Cell
from coversheet.word.layout.grids import forums_across, name_value_grid
from coversheet.word.ns import qn


def _row(*texts: str) -> list[Cell]:
    return [Cell(etree.Element(qn("w:p")), text, column) for column, text in enumerate(texts)]


def test_an_option_is_named_by_its_words_or_its_code() -> None:
    options = {"sr1 demand and capacity": "SR1 Demand and Capacity", "sr2 workforce": "SR2 Workforce"}
    assert option_named("SR1 Demand and Capacity", options) == "SR1 Demand and Capacity"
    assert option_named("SR2", options) == "SR2 Workforce"
    assert option_named("SR9 Estates", options) is None
    assert value_of("N/A ☒", YES_NO_NA_WORDS) == "n/a" and value_of("Not applicable", YES_NO_NA_WORDS) == "n/a"
    assert said_options("Information/Noting", lambda line: line if "/" in line else None, 3) == ["Information/Noting"]


def test_references_by_the_standard_pattern_and_the_boards() -> None:
    assert references("BAF 2.1 – Elective recovery; BAF 3.2 – UEC capacity", pattern_of(r"BAF \d\.\d")) == (
        [{"id": "BAF 2.1", "description": "Elective recovery"}, {"id": "BAF 3.2", "description": "UEC capacity"}], None)
    assert references("SR4: Finance\nsee the risk register", STANDARD_REFERENCE) == (
        [{"id": "SR4", "description": "Finance"}], "see the risk register")
    assert references("None", STANDARD_REFERENCE) == ([], None)


def test_references_whose_number_has_a_letter_before_it_and_bare_numbers() -> None:
    # "BSW-Q04": a register's prefix, a dash, then a letter and the number; "4 – Recruit …": a
    # numbered risk where the board gives no pattern
    assert references("BSW-Q04 – Maternity workforce; BSW-Q09 – Neonatal capacity", STANDARD_REFERENCE)[0] == [
        {"id": "BSW-Q04", "description": "Maternity workforce"}, {"id": "BSW-Q09", "description": "Neonatal capacity"}]
    assert references("4 – Recruit and Retain Staff", STANDARD_REFERENCE)[0] == [{"id": "4", "description": "Recruit and Retain Staff"}]


def test_a_grid_of_names_with_a_cell_beside_each_and_forums_across_a_row() -> None:
    grid = name_value_grid([_row("Quality Committee", "19 November 2025", "Audit Committee", "")])
    assert grid == [("Quality Committee", "19 November 2025"), ("Audit Committee", "")]
    assert grid_history(grid) == [{"forum": "Quality Committee", "date": "2025-11-19", "outcome": None}]
    assert name_value_grid([_row("Quality Committee", "19 November 2025")]) is None  # one pair is no grid
    across = forums_across([_row("Finance", "Governance", "Executive"), _row("", "27/11/2025", "25/11/2025")])
    assert across == [("Finance", ""), ("Governance", "27/11/2025"), ("Executive", "25/11/2025")]


def test_governance_written_in_one_cell_and_dates_as_iso() -> None:
    assert split_governance({"forum": "Audit Committee – 14 March 2024 – supported", "date": None, "outcome": None}) == [
        {"forum": "Audit Committee", "date": "2024-03-14", "outcome": "supported"}]
    assert dated_entry({"forum": "Board", "date": "March 2024"})["date"] == "2024-03"
    assert date_value("26th November 2025") == "2025-11-26" and date_value("March 2024") == "March 2024"
    rows = [_row("BoD 26.11.25"), _row("26th November 2025")]
    assert [[cell.text for cell in row] for row in date_rows(rows)] == [["26th November 2025"]]

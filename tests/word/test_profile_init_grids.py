"""`profile init` on grids a blank form marks by hand: the purpose's words as column headers
under a heading that says how to mark them, and a choice whose options are the rows under a
"| ✓" column."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.board_papers import add_table, bold_line
from helpers.init_forms import asked, propose


def test_the_purposes_words_as_column_headers_under_a_heading_that_says_how_to_mark_them(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title of report:", ""], ["Report author(s):", ""]])
    bold_line(document, "Purpose of report (mark one box with X)")
    add_table(document, [["Approval", "Assurance", "Discussion", "Information"], ["", "", "", ""]])
    proposed = asked(propose(tmp_path, document))
    assert proposed["Purpose of report (mark one box with X)"][:2] == ("purpose", "purpose")
    assert "Approval" not in proposed  # (it was taken for the purpose's label, the others its options)


def test_a_choice_whose_options_are_the_rows_under_its_mark_column(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title of report:", ""], ["Report author(s):", ""]])
    add_table(document, [["Trust objectives supported (tick all that apply)", "✓"], ["Provide outstanding care", ""],
                         ["Be an excellent employer", ""], ["Be a sustainable organisation", ""]])
    proposed = asked(propose(tmp_path, document))
    path, kind, options = proposed["Trust objectives supported (tick all that apply)"]
    assert kind == "choice"
    assert options == ["Provide outstanding care", "Be an excellent employer", "Be a sustainable organisation"]
    assert "Provide outstanding care" not in proposed  # (each option was proposed as a question of its own)


def test_two_questions_a_row_each_with_its_yes_no_to_delete(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Title", ""], ["Author", ""]])
    add_table(document, [["Legal", "Yes/No", "Financial", "Yes/No"], ["Equality", "Yes/No", "Workforce", "Yes/No"]])
    proposed = asked(propose(tmp_path, document))
    for label in ("Legal", "Financial", "Equality", "Workforce"):
        assert proposed[label][1] == "yes_no_na", label  # (the second of each row was dropped)


def test_plain_labels_with_room_after_their_colons_and_the_reports_headings_over_their_prompts(tmp_path: Path) -> None:
    # a council report's front page: plain "Label: " lines; past the page break, numbered
    # headings each over the form's prompt in brackets: the questions every report answers
    from docx.enum.text import WD_BREAK

    document = Document()
    bold_line(document, "[Title of report]")
    bold_line(document, "Health and Wellbeing Scrutiny Commission")
    for line in ("Date of meeting: ", "Ward(s) affected: ", "Report author: ", "Author contact details: "):
        document.add_paragraph(line)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for number, heading, prompt in (("1.", "Summary", "[Summarise the report in no more than three paragraphs]"),
                                    ("2.", "Recommended actions/decision", "[Set out the actions the Commission is asked to take]"),
                                    ("3.", "Background and options", "[Set out the background and the options considered]")):
        bold_line(document, f"{number}\t{heading}")
        document.add_paragraph(f"{number}1\t{prompt}")
    proposed = asked(propose(tmp_path, document))
    assert {"Ward(s) affected", "Author contact details", "Summary", "Recommended actions/decision",
            "Background and options"} <= set(proposed)


def test_labels_each_with_room_two_a_row_and_done_yet_questions(tmp_path: Path) -> None:
    document = Document()
    add_table(document, [["Meeting title", "", "Date:", ""], ["Report title", "", "Agenda item:", ""]])
    add_table(document, [["Date paper completed", "", "Author name and title", ""],
                         ["Director name and title", "", "Date paper seen by EC", ""],
                         ["Equality Impact Assessment complete?", "", "Quality Impact Assessment complete?", ""]])
    proposed = asked(propose(tmp_path, document))
    assert proposed["Meeting title"][0] == "board"  # (the row was taken for a history's "Meeting | Date" columns)
    assert proposed["Date"][0] == "meeting_date"
    assert "Date paper seen by EC" in proposed  # (it was taken for the director's prompt)
    assert proposed["Equality Impact Assessment complete?"][1] == "yes_no_na"


def test_implications_a_row_each_under_a_y_n_column_and_a_details_column(tmp_path: Path) -> None:
    # "IMPLICATIONS OF PAPER: | Y/N | Details" over "Risk | | ": each row a yes / no / n/a question
    document = Document()
    add_table(document, [["Title of report:", ""], ["Report author(s):", ""]])
    add_table(document, [["IMPLICATIONS OF PAPER:", "Y/N", "Details"], ["Staffing", "", ""], ["Legal", "", ""],
                         ["Equality Impact Assessment", "", ""]])
    proposed = asked(propose(tmp_path, document))
    assert proposed["Staffing"][1] == "yes_no_na"
    assert proposed["Legal"][1] == "yes_no_na"
    assert proposed["Equality Impact Assessment"][:2] == ("implications.equality", "yes_no_na")


def test_a_history_of_the_boards_committees_to_mark_and_date(tmp_path: Path) -> None:
    # "PREVIOUSLY CONSIDERED BY | Y/N | DATE:" over a committee a row: one question, the history
    document = Document()
    add_table(document, [["Title of report:", ""], ["Report author(s):", ""]])
    add_table(document, [["PREVIOUSLY CONSIDERED BY", "Y/N", "DATE:"], ["EXECUTIVE DIRECTORS", "", ""],
                         ["PEOPLE COMMITTEE", "", ""], ["AUDIT COMMITTEE", "", ""]])
    proposed = asked(propose(tmp_path, document))
    assert proposed["PREVIOUSLY CONSIDERED BY"][:2] == ("governance", "governance")
    assert not {"EXECUTIVE DIRECTORS", "PEOPLE COMMITTEE", "AUDIT COMMITTEE"} & set(proposed)


def test_a_label_with_its_answer_printed_then_a_label_with_room_in_one_row(tmp_path: Path) -> None:
    # "Meeting | NHS Devon ICB Board – meeting in public | Date | ": the meeting printed on the
    # form, then the date's label and room (it was taken for more of the meeting's answer)
    document = Document()
    add_table(document, [["Meeting", "NHS Devon ICB Board – meeting in public", "Date", ""],
                         ["Agenda item", "", "Report title", ""], ["Lead director", "", "Author", ""]])
    proposed = asked(propose(tmp_path, document))
    assert proposed["Date"][:2] == ("meeting_date", "date")
    assert proposed["Report title"][0] == "title"


def test_a_reports_implications_under_headings_are_answered_yes_or_no_in_words(tmp_path: Path) -> None:
    # "Staff Implications" over room to write: the council's implication, answered in words
    # ("There are no staff implications." is no, with its note), not free text
    document = Document()
    add_table(document, [["Title of report:", ""], ["Report author(s):", ""]])
    for heading in ("Staff Implications", "Sustainability Implications", "Background"):
        bold_line(document, heading)
        document.add_paragraph("")
    proposed = asked(propose(tmp_path, document))
    assert proposed["Staff Implications"][1] == "yes_no_na"
    assert proposed["Sustainability Implications"][1] == "yes_no_na"
    assert proposed["Background"][1] == "text"


def test_a_choices_rows_under_its_mark_column_are_options_whatever_questions_their_words_suggest(tmp_path: Path) -> None:
    # "Strategic Goals | ✓" over "High quality care | ", "Financial sustainability | ": options,
    # though "quality" and "financial" are words of the board's impact questions
    document = Document()
    add_table(document, [["Title", ""], ["Author", ""]])
    add_table(document, [["Strategic Goals", "✓"], ["Honest, caring and accountable culture", ""],
                         ["High quality care", ""], ["Financial sustainability", ""]])
    proposed = asked(propose(tmp_path, document))
    path, kind, options = proposed["Strategic Goals"]
    assert kind == "choice"
    assert options == ["Honest, caring and accountable culture", "High quality care", "Financial sustainability"]
    assert "Financial sustainability" not in proposed


def test_the_rows_of_a_table_headed_implication_and_comment_are_impacts_answered_in_words(tmp_path: Path) -> None:
    # "Implications | Impact and mitigation" over "Quality | ", "Legal and regulatory | ": each
    # row a yes / no / n/a question answered in words, the heading row no question
    document = Document()
    add_table(document, [["Title", ""], ["Author", ""]])
    add_table(document, [["Implications", "Impact and mitigation"], ["Quality", ""], ["Financial", ""],
                         ["Legal and regulatory", ""]])
    proposed = asked(propose(tmp_path, document))
    assert proposed["Quality"][:2] == ("implications.quality", "yes_no_na")
    assert proposed["Financial"][:2] == ("implications.financial", "yes_no_na")
    assert proposed["Legal and regulatory"][1] == "yes_no_na"
    assert "Implications" not in proposed


def test_a_councils_unlabelled_header_lines_are_placed_by_number_and_report_by_a_name_is_a_person(tmp_path: Path) -> None:
    # "The Royal Borough of …" / "Health and Wellbeing Board" / "[Date of meeting]" / "[Title of
    # report]" above "Report by: [Name, post]": the board, the date and the title each placed on
    # its line (the council's name above them is none of them); "Report by" asks who, not when
    document = Document()
    bold_line(document, "The Royal Borough of Kingston upon Thames")
    bold_line(document, "Health and Wellbeing Board")
    document.add_paragraph("[Date of meeting]")
    bold_line(document, "[Title of report]")
    line = document.add_paragraph()
    line.add_run("Report by:").bold = True
    line.add_run(" [Name, post]")
    bold_line(document, "Purpose")
    document.add_paragraph("[Why the report is coming to the Board]")
    bold_line(document, "Recommendations")
    document.add_paragraph("[That the Board …]")
    profile = propose(tmp_path, document)
    placed = {question.path: question.line for question in profile.questions if question.line}
    assert placed == {"board": 2, "meeting_date": 3, "title": 4}
    assert asked(profile)["Report by"][1] == "person"


def test_the_page_headers_labels_are_asked_and_report_of_is_the_sponsor(tmp_path: Path) -> None:
    # "Meeting: " / "Date: " / "Agenda item: " in the page header over a label | answer table
    # whose "Report of" names the post the report comes from
    document = Document()
    header = document.sections[0].header.paragraphs[0]
    header.text = "Meeting: "
    document.sections[0].header.add_paragraph("Date: ")
    document.sections[0].header.add_paragraph("Agenda item: ")
    add_table(document, [["Title of report", ""], ["Report of", ""], ["Prepared by", ""]])
    proposed = asked(propose(tmp_path, document))
    assert proposed["Meeting"][0] == "board"
    assert proposed["Date"][:2] == ("meeting_date", "date")
    assert proposed["Agenda item"][0] == "agenda_item"
    assert proposed["Report of"][0] == "sponsor"


def test_a_form_that_numbers_its_rows_asks_the_labels_after_the_numbers(tmp_path: Path) -> None:
    # "1. | Meeting | Quality Committee", "2. | Date of meeting | ": each number was proposed as
    # a question of its own ("1.", "2.", …)
    document = Document()
    add_table(document, [["1.", "Meeting", "Quality Committee"], ["2.", "Date of meeting", ""],
                         ["3.", "Report title", "[Title]"], ["4.", "Report author(s)", "[Name, title]"]])
    proposed = asked(propose(tmp_path, document))
    assert proposed["Date of meeting"][0] == "meeting_date"
    assert proposed["Report title"][0] == "title"
    assert not any(label.rstrip(".").isdigit() for label in proposed)

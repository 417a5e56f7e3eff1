"""`profile init` proposes every question a real board's blank form asks, whatever its layout.

Each test builds a blank form with python-docx in one of the layouts boards print (seen on
real boards' forms, never one board's words), runs `coversheet profile init` on it as a
secretary would, and reads back the profile it wrote: the questions' labels, kinds and
options, and the board's purpose words.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from helpers.board_papers import extract_under, findings_under
from helpers.cli import coversheet
from helpers.init_forms import asked, propose

BOX = "☐"


def label_rows(document, rows: list[tuple[str, str]], columns: int = 2):
    """A table of bold labels, each with its answer cell(s) beside it."""
    table = document.add_table(rows=0, cols=columns)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value
    return table


def standard_rows(document) -> None:
    label_rows(document, [("Report title:", ""), ("Author:", ""), ("Date of meeting:", "")])


def test_options_as_column_headers_with_boxes_below_are_the_questions_options(tmp_path: Path) -> None:
    """"Purpose:" and "Assurance:" each over two rows: the option words, then a box under each
    (the label merged down both rows); neither question is dropped, and only the purpose's
    words are purposes."""
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=0, cols=5)
    for label, options in (("Purpose:", ["Decision/Approval", "Discussion/Review", "Information/Noting"]),
                           ("Assurance:", ["None", "Limited", "Reasonable", "Substantial"])):
        words, boxes = table.add_row().cells, table.add_row().cells
        words[0].merge(boxes[0])
        words[0].paragraphs[0].add_run(label).bold = True
        for index, option in enumerate(options, start=1):
            words[index].text = option
            boxes[index].text = BOX
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Purpose"][0] == "purpose"
    assert questions["Assurance"] == ("questions.assurance", "choice", ["None", "Limited", "Reasonable", "Substantial"])
    assert {"Decision/Approval", "Discussion/Review", "Information/Noting"} <= set(profile.purposes)
    assert not {"None", "Limited", "Reasonable", "Substantial"} & set(profile.purposes)


def test_option_words_that_are_no_purposes_make_a_choice_not_a_purpose(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("Purpose of paper:", f"{BOX} Low {BOX} Medium {BOX} High")])
    profile = propose(tmp_path, document)
    assert asked(profile)["Purpose of paper"] == ("questions.purpose_paper", "choice", ["Low", "Medium", "High"])
    assert not {"Low", "Medium", "High"} & set(profile.purposes)


def test_options_with_their_boxes_in_one_cell_one_a_line(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    table = label_rows(document, [("Link to Strategic Mission:", "")])
    cell = table.rows[-1].cells[1]
    cell.text = f"{BOX} Patient Mission"
    cell.add_paragraph(f"{BOX} People Mission")
    profile = propose(tmp_path, document)
    assert asked(profile)["Link to Strategic Mission"][1:] == ("choice", ["Patient Mission", "People Mission"])


def test_a_grid_of_option_box_pairs_under_a_heading_row(tmp_path: Path) -> None:
    """"Link to Strategic Risk" spanning the table, then "SR1 | ☐ | SR2 | ☐" over two rows."""
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=3, cols=4)
    heading = table.rows[0].cells[0].merge(table.rows[0].cells[3])
    heading.paragraphs[0].add_run("Link to Strategic Risk").bold = True
    for row, codes in zip(table.rows[1:], (("SR1", "SR2"), ("SR3", "SR4"))):
        row.cells[0].text, row.cells[1].text, row.cells[2].text, row.cells[3].text = codes[0], BOX, codes[1], BOX
    profile = propose(tmp_path, document)
    assert asked(profile)["Link to Strategic Risk"][1:] == ("choice", ["SR1", "SR2", "SR3", "SR4"])


def test_one_option_a_row_with_an_empty_cell_for_the_cross(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=3, cols=2)
    heading = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    heading.paragraphs[0].add_run("STRATEGIC OBJECTIVES SUPPORTED BY THIS REPORT:").bold = True
    table.rows[1].cells[0].text = "Improve patient experience"
    table.rows[2].cells[0].text = "Reduce the inequalities gap"
    profile = propose(tmp_path, document)
    assert asked(profile)["STRATEGIC OBJECTIVES SUPPORTED BY THIS REPORT"][1:] == (
        "choice", ["Improve patient experience", "Reduce the inequalities gap"])


def test_two_lists_side_by_side_in_one_table_are_two_questions(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=3, cols=4)
    first, _, second, _ = table.rows[0].cells
    first.paragraphs[0].add_run("Link to CQC Domain:").bold = True
    second.paragraphs[0].add_run("Link to the Strategic Missions:").bold = True
    for row, (domain, mission) in zip(table.rows[1:], (("Safe", "Patient Mission"), ("Caring", "People Mission"))):
        row.cells[0].text, row.cells[1].text, row.cells[2].text, row.cells[3].text = domain, BOX, mission, BOX
    questions = asked(propose(tmp_path, document))
    assert questions["Link to CQC Domain"][1:] == ("choice", ["Safe", "Caring"])
    assert questions["Link to the Strategic Missions"][1:] == ("choice", ["Patient Mission", "People Mission"])


def test_labels_side_by_side_with_their_answer_cells(tmp_path: Path) -> None:
    document = Document()
    table = document.add_table(rows=3, cols=4)
    for row, labels in zip(table.rows, (("Date of Meeting:", None), ("Agenda No:", "Attachment:"), ("Title of Document:", None))):
        row.cells[0].paragraphs[0].add_run(labels[0]).bold = True
        if labels[1]:
            row.cells[2].paragraphs[0].add_run(labels[1]).bold = True
    questions = asked(propose(tmp_path, document))
    assert questions["Agenda No"][0] == "agenda_item"
    assert questions["Attachment"][:2] == ("questions.attachment", "text")


def test_a_drop_down_lists_items_are_the_options(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    table = label_rows(document, [("Purpose:", ""), ("Assurance:", "")])
    for row, items in zip(table.rows[-2:], (("Approval", "Information/Noting"), ("Substantial", "Limited"))):
        listed = "".join(f'<w:listItem w:displayText="{item}" w:value="{item}"/>' for item in items)
        row.cells[1].paragraphs[0]._p.append(parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>'
            f'{listed}</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>Choose an item.</w:t></w:r></w:sdtContent></w:sdt>'))
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Purpose"][0] == "purpose" and {"Approval", "Information/Noting"} <= set(profile.purposes)
    assert questions["Assurance"] == ("questions.assurance", "choice", ["Substantial", "Limited"])


def test_trailing_colons_asterisks_and_footnote_marks_are_no_part_of_a_label(tmp_path: Path) -> None:
    document = Document()
    label_rows(document, [("Report title:*", ""), ("Author:¹", ""), ("Date of meeting", ""),
                          ("Link to Strategic Risk:¹", f"{BOX} SR1 {BOX} SR2")])
    labels = set(asked(propose(tmp_path, document)))
    assert {"Report title", "Author", "Link to Strategic Risk"} <= labels


def test_a_placeholder_after_a_label_is_no_part_of_it(tmp_path: Path) -> None:
    """"Subject:<tab>[Report title]" in a form without tables: the label is "Subject"."""
    document = Document()
    for text in ("Agenda Item", "Subject:\t[Report title]", "Date of meeting:\t[Include all meetings]",
                 "Report of:\t[Relevant Executive Director]"):
        label, _, placeholder = text.partition("\t")
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        if placeholder:
            paragraph.add_run("\t" + placeholder)
    questions = asked(propose(tmp_path, document))
    assert questions["Subject"][0] == "title"
    assert questions["Date of meeting"][0] == "meeting_date"
    assert "Report of" in questions and not any("[" in label for label in questions)


def test_the_committee_and_date_lines_above_the_form(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph().add_run("Health & Wellbeing Board").bold = True
    document.add_paragraph().add_run("Trust Board meeting: Wednesday 11 March 2026").bold = True
    label_rows(document, [("Title", ""), ("Author", ""), ("Summary", "")])
    profile = propose(tmp_path, document)
    keys = {question.key: question for question in profile.questions}
    assert keys["meeting_date"].labels == ["Trust Board meeting"]
    assert "board" in keys  # read from the committee's line, which has no label
    assert profile.description == "Health & Wellbeing Board"


def test_item_number_summary_and_conflicts_rows(tmp_path: Path) -> None:
    """A form without tables: bold labels, each with its placeholder after a tab."""
    document = Document()
    for label, placeholder in (("Item No:", "[number]"), ("Title of report:", "[title]"), ("Report summary:", ""),
                               ("Conflicts of interest:", "[declare any]")):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(f"\t{placeholder}")
        document.add_paragraph("")
    questions = asked(propose(tmp_path, document))
    assert questions["Item No"][0] == "agenda_item"
    assert questions["Report summary"][0] == "executive_summary"
    assert questions["Conflicts of interest"][0] == "conflicts_of_interest"


def test_background_and_a_topic_named_agenda_are_the_boards_own_questions(tmp_path: Path) -> None:
    """"Background" printed before "Executive summary" is not the summary; "Greener NHS agenda"
    is not the agenda item's number."""
    document = Document()
    label_rows(document, [("Title:", ""), ("Author:", ""), ("Background:", ""), ("Executive summary:", ""),
                          ("Greener NHS agenda:", "")])
    questions = asked(propose(tmp_path, document))
    assert questions["Executive summary"][0] == "executive_summary"
    assert questions["Background"][0] == "questions.background"
    assert questions["Greener NHS agenda"][0].startswith("questions.")


def test_yes_no_questions_in_words_and_under_yes_no_columns(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("Have the staff side been consulted on the proposals?", "")])
    table = document.add_table(rows=2, cols=3)
    for cell, word in zip(table.rows[0].cells[1:], ("Yes", "No")):
        cell.text = word
    table.rows[1].cells[0].paragraphs[0].add_run("Carbon impact").bold = True
    questions = asked(propose(tmp_path, document))
    assert questions["Have the staff side been consulted on the proposals?"][1] == "yes_no_na"
    assert questions["Carbon impact"][1] == "yes_no_na"


def test_an_impact_question_with_room_to_write_is_asked_in_words(tmp_path: Path) -> None:
    """"Equality Impact Assessment: | (empty)": no Yes / No on the form, a question answered in
    words, not a Yes / No one that would call every answer missing."""
    document = Document()
    standard_rows(document)
    label_rows(document, [("Equality Impact Assessment:", ""), ("Financial implications:", f"Yes {BOX} No {BOX}")])
    questions = asked(propose(tmp_path, document))
    assert questions["Equality Impact Assessment"][:2] == ("questions.equality_impact_assessment", "text")
    assert questions["Financial implications"][0] == "implications.financial"


def test_a_label_printed_twice_is_one_question(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("Purpose:", f"{BOX} Approval {BOX} Information"), ("Recommendation:", ""), ("Purpose:", "")])
    profile = propose(tmp_path, document)
    assert [question.path for question in profile.questions].count("purpose") == 1
    assert not any(question.path.startswith("questions.purpose") for question in profile.questions)


def test_a_choice_of_public_or_private_is_the_confidentiality_question(tmp_path: Path) -> None:
    """"Classification | Public/Private" in a table, "For general release or Not for publication
    (delete one)" as a line: the public / private question, with the board's words."""
    document = Document()
    standard_rows(document)
    label_rows(document, [("Classification", "Public/Private")])
    profile = propose(tmp_path, document)
    assert asked(profile)["Classification"][0] == "confidential"
    assert (profile.confidentiality.public, profile.confidentiality.private) == ("Public", "Private")

    document = Document()
    for text in ("Subject:", "Date of meeting:", "Contact Officer:", "For general release or Not for publication delete one"):
        document.add_paragraph().add_run(text).bold = True
    (tmp_path / "lines").mkdir()
    profile = propose(tmp_path / "lines", document)
    assert [question.path for question in profile.questions].count("confidential") == 1
    assert (profile.confidentiality.public, profile.confidentiality.private) == ("For general release", "Not for publication")


def test_a_lead_in_printed_in_the_answer_cell_makes_a_list_with_its_help(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("Links to strategic objectives:", "This report supports the following strategic objectives:")])
    question = load_profile_question(propose(tmp_path, document), "Links to strategic objectives")
    assert (question.kind_name, question.help) == ("list", "This report supports the following strategic objectives:")


def load_profile_question(profile, label: str):
    return next(question for question in profile.questions if question.label == label)


def test_a_label_naming_a_role_asks_for_a_person(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("Board Lead(s)", ""), ("Lead Head of Service", ""), ("CONTACT OFFICER", ""), ("REPORT FROM", "")])
    questions = asked(propose(tmp_path, document))
    assert questions["Board Lead(s)"][:2] == ("presented_by", "people")  # "(s)": one or more people
    assert questions["Lead Head of Service"][1] == "person"
    assert questions["REPORT FROM"][0] == "sponsor"
    assert questions["CONTACT OFFICER"][0] == "questions.contact_officer"  # the form's "Author:" is the author


def test_options_written_as_codes_beside_their_words(tmp_path: Path) -> None:
    """A risk grid row "SR1 | Workforce capacity | ☐": the board calls the option SR1."""
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=3, cols=3)
    heading = table.rows[0].cells[0].merge(table.rows[0].cells[2])
    heading.paragraphs[0].add_run("Link to Strategic Risk:").bold = True
    for row, (code, words) in zip(table.rows[1:], (("SR1", "Workforce capacity"), ("SR2", "Financial sustainability"))):
        row.cells[0].text, row.cells[1].text, row.cells[2].text = code, words, BOX
    assert asked(propose(tmp_path, document))["Link to Strategic Risk"][1:] == ("choice", ["SR1", "SR2"])


def test_a_label_asking_for_one_option_makes_a_single_choice(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("Assurance level (tick one box only):", f"{BOX} Substantial {BOX} Limited"),
                          ("CQC domains:", f"{BOX} Safe {BOX} Caring")])
    profile = propose(tmp_path, document)
    assert load_profile_question(profile, "Assurance level (tick one box only)").multiple is False
    assert load_profile_question(profile, "CQC domains").multiple is True


def test_a_purpose_to_tick_once_is_proposed_as_one_purpose(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("Purpose (tick one box only):", f"{BOX} Approval {BOX} Assurance {BOX} Information")])
    profile = propose(tmp_path, document)
    assert "multiple = false" in (tmp_path / "board.toml").read_text()
    assert profile.question("purpose") is not None


def test_a_council_reports_header_lines_are_its_questions(tmp_path: Path) -> None:
    """"Part 1 (Open to the public)<tab>ITEM NO.", "TO THE: Cabinet / Lead Member for ……",
    "ON: [date of meeting]": no label is dropped, each is what it asks."""
    document = Document()
    for text in ("Part 1 (Open to the public)\tITEM NO.", "TO THE: Cabinet / Lead Member for ……………",
                 "ON: [date of meeting]", "TITLE:", "RECOMMENDATIONS:", "EXECUTIVE SUMMARY:"):
        document.add_paragraph().add_run(text).bold = True
    questions = asked(propose(tmp_path, document))
    assert questions["Part 1 (Open to the public)"][0] == "confidential"
    assert questions["ITEM NO."][0] == "agenda_item"
    assert questions["TO THE"][0] == "board"
    assert questions["ON"][0] == "meeting_date"


def test_a_cross_cutting_implications_table_after_the_front_page(tmp_path: Path) -> None:
    """A council report: the front page, a page break, numbered sections, then "Issue |
    Implications | Sign-off" over one row an issue: each issue is a question, the column
    headers are none."""
    from docx.enum.text import WD_BREAK

    document = Document()
    standard_rows(document)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph().add_run("1.\tINTRODUCTION").bold = True
    document.add_paragraph("1.1\tIntroduce the report.")
    table = document.add_table(rows=3, cols=3)
    for cell, word in zip(table.rows[0].cells, ("Issue", "Implications", "Sign-off")):
        cell.paragraphs[0].add_run(word).bold = True
    table.rows[1].cells[0].text, table.rows[2].cells[0].text = "Financial", "Crime and Disorder"
    questions = asked(propose(tmp_path, document))
    assert "Financial" in questions and "Crime and Disorder" in questions
    assert "Issue" not in questions and "INTRODUCTION" not in questions


def test_a_plain_line_under_a_bold_label_is_part_of_its_answer(tmp_path: Path) -> None:
    """"Name of finance officer consulted: <tab>Date consulted:" in plain type under the bold
    "6. Financial implications" is what its answer holds, not two more questions."""
    document = Document()
    for text, bold in (("Subject:", True), ("Date of meeting:", True), ("Contact Officer:", True),
                       ("6.\tFinancial implications", True), ("6.1\t", False),
                       ("Name of finance officer consulted: \tDate consulted: ", False)):
        document.add_paragraph().add_run(text).bold = bold
    questions = asked(propose(tmp_path, document))
    assert "Financial implications" in questions
    assert not any("consulted" in label for label in questions)


def test_a_history_asks_the_parts_its_form_names(tmp_path: Path) -> None:
    """"... meetings where this item has been considered (specify date)": the form asks where
    and when, never what was decided, so no entry is reported as lacking an outcome; a label
    that names neither dates nor outcomes asks where the paper has been; one that names both
    asks all three."""
    document = Document()
    standard_rows(document)
    label_rows(document, [("Committee meetings where this item has been considered (specify date):", "")])
    assert propose(tmp_path, document).question("governance").parts == ["forum", "date"]

    document = Document()
    standard_rows(document)
    label_rows(document, [("Consultation and involvement process:", "")])
    (tmp_path / "route").mkdir()
    profile = propose(tmp_path / "route", document)
    assert asked(profile)["Consultation and involvement process"][0] == "governance"  # where the paper has been
    assert profile.question("governance").parts == ["forum"]

    document = Document()
    standard_rows(document)
    label_rows(document, [("Previously considered by (forum, date and outcome):", "")])
    (tmp_path / "all").mkdir()
    assert propose(tmp_path / "all", document).question("governance").parts is None


def test_a_history_in_a_sentence_under_a_bare_label_is_no_false_error(tmp_path: Path) -> None:
    """"History: This is a regular report to the Board" on a complete paper: the form asks
    where the paper has been, so the paper is not sent back for a date or an outcome."""
    def form(history: str = ""):
        document = Document()
        label_rows(document, [("Title:", history and "Quality report"), ("Author:", history and "Ann Lee, Head of Quality"),
                              ("Date of meeting:", history and "12 March 2026"), ("History:", history),
                              ("Executive summary:", history and "The quarter's quality figures."),
                              ("Recommendation:", history and "The Board is asked to note the report.")])
        return document

    propose(tmp_path, form())
    findings = findings_under(tmp_path, (tmp_path / "board.toml").read_text(encoding="utf-8"),
                              form("This is a regular report to the Board"))
    assert not [finding for finding in findings if finding["code"] == "CS401"], findings


def test_a_question_a_paper_may_leave_empty_is_not_required(tmp_path: Path) -> None:
    """"Does this report impact on any of the following areas": none is an answer; "Management
    meetings where this item has been considered": a new paper has been nowhere. A list of
    references to state is asked of every paper, as any other question of the board's own."""
    document = Document()
    standard_rows(document)
    label_rows(document, [("Board meetings where this item has been considered (specify date):", ""),
                          ("Management meetings where this item has been considered (specify date):", ""),
                          ("Does this report impact on any of the following areas:", f"{BOX} Workforce {BOX} Legal"),
                          ("Which ambitions this paper supports:", f"{BOX} Great care {BOX} Great place to work"),
                          ("Risk register references (please state):", "")])
    profile = propose(tmp_path, document)
    required = {question.label: question.required for question in profile.questions if question.name}
    assert required == {"Management meetings where this item has been considered (specify date)": False,
                        "Does this report impact on any of the following areas": False,
                        "Which ambitions this paper supports": True,
                        "Risk register references (please state)": True}


def test_a_part_1_line_is_the_boards_word_for_a_paper_in_public(tmp_path: Path) -> None:
    """A council report's first line "Part 1 (Open to the public)" is what a public paper
    prints: the profile's word for public is that line, so a paper that prints it is read as
    public, not as an unanswered question."""
    document = Document()
    for text in ("Part 1 (Open to the public)\tITEM NO.", "TITLE:", "RECOMMENDATIONS:", "EXECUTIVE SUMMARY:"):
        document.add_paragraph().add_run(text).bold = True
    profile = propose(tmp_path, document)
    assert profile.confidentiality.public == "Part 1 (Open to the public)"


def test_freedom_of_information_with_room_to_write_is_the_confidentiality_question(tmp_path: Path) -> None:
    """"Freedom of Information: | (room)" is where the paper says Public or Private; a bare
    "Status" with room for a sentence is still the board's own question."""
    document = Document()
    standard_rows(document)
    label_rows(document, [("FREEDOM OF INFORMATION:", ""), ("Status:", "")])
    questions = asked(propose(tmp_path, document))
    assert questions["FREEDOM OF INFORMATION"][0] == "confidential"
    assert questions["Status"][0] == "questions.status"


def test_yes_no_printed_to_delete_one_is_a_choice_of_one(tmp_path: Path) -> None:
    """"KEY DECISION: YES/NO", the author deleting one: a choice of the words as printed, one
    only, so a paper that leaves both is not read as Yes with a note "/NO". Yes / No with
    boxes stays a Yes / No question."""
    document = Document()
    for text in ("TITLE:", "RECOMMENDATIONS:", "KEY DECISION: YES/NO", "CONTACT OFFICER:"):
        document.add_paragraph().add_run(text).bold = True
    label_rows(document, [("Legal implications:", f"Yes {BOX} No {BOX}")])
    profile = propose(tmp_path, document)
    question = load_profile_question(profile, "KEY DECISION")
    assert (question.kind_name.split(" ")[0], question.options, question.multiple) == ("choice", ["YES", "NO"], False)
    assert asked(profile)["Legal implications"][1] == "yes_no_na"


def test_a_label_that_runs_into_its_room_to_write_ends_at_of_the(tmp_path: Path) -> None:
    """"REPORT OF THE STRATEGIC DIRECTOR ……": the words before the dots begin the answer the
    author completes ("... PEOPLE") or replaces ("DIRECTOR OF PUBLIC HEALTH"); the label is
    "REPORT OF THE", the sponsor asked as a post (`named = false`: a post alone is a full answer)."""
    document = Document()
    for text in ("TITLE:", "REPORT OF THE STRATEGIC DIRECTOR ……………", "RECOMMENDATIONS:", "CONTACT OFFICER:"):
        document.add_paragraph().add_run(text).bold = True
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["REPORT OF THE"][0] == "sponsor"
    assert load_profile_question(profile, "REPORT OF THE").named is False
    assert not any(label.startswith("REPORT OF THE STRATEGIC") for label in questions)


def test_departments_consulted_are_named_in_words_not_as_people(tmp_path: Path) -> None:
    """"Other directorates consulted": departments, not people with job titles; "Consulted"
    alone stays the contributors."""
    document = Document()
    standard_rows(document)
    label_rows(document, [("Other directorates consulted:", ""), ("Colleagues consulted:", "")])
    questions = asked(propose(tmp_path, document))
    assert questions["Other directorates consulted"][:2] == ("questions.other_directorates_consulted", "text")
    assert questions["Colleagues consulted"][0] == "contributors"


def test_a_line_to_delete_one_of_is_found_by_the_option_left_standing(tmp_path: Path) -> None:
    """"For general release or Not for publication (delete one)": a paper prints only the one
    left ("For general release"), so each option is one of the question's labels too."""
    document = Document()
    for text in ("Subject:", "Date of meeting:", "Contact Officer:", "For general release or Not for publication delete one"):
        document.add_paragraph().add_run(text).bold = True
    question = propose(tmp_path, document).question("confidential")
    assert set(question.labels) >= {"For general release", "Not for publication"}


def test_rows_under_meeting_and_date_columns_are_the_grids_not_questions(tmp_path: Path) -> None:
    """"Timetable" over "Meeting | Date", then "Committee (please state) | " and "Council (delete
    as appropriate) | ": the rows the author fills in are the timetable's, not questions every
    paper must answer (a "Council" question made every complete paper fail)."""
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=6, cols=2)
    heading = table.rows[0].cells[0].merge(table.rows[0].cells[1])
    heading.paragraphs[0].add_run("Timetable").bold = True
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "Meeting", "Date"
    table.rows[2].cells[0].text = "Committee (please state)"
    table.rows[3].cells[0].text = "Council (delete as appropriate)"
    table.rows[5].cells[0].paragraphs[0].add_run("Interests declared")  # below the grid's empty row: a question
    questions = asked(propose(tmp_path, document))
    assert questions["Timetable"][1] == "text"
    assert questions["Interests declared"][0] == "conflicts_of_interest"
    assert not any(label.startswith(("Committee", "Council")) for label in questions)


# --- batch 2 of the blind corpus: layouts met on forms none of us designed ---------------------


def bold(paragraph, text: str):
    paragraph.add_run(text).bold = True
    return paragraph


def test_one_label_over_two_option_lists_asks_two_questions_and_the_profile_loads(tmp_path: Path) -> None:
    """"For: PUBLIC session ☐ PRIVATE Session ☐", then "For: Decision ☐ Discussion ☐ Noting ☐":
    the public/private question and the purpose, not one list of five (nor a file that does not
    load because two labels meant the same question)."""
    def form(ticked: set[str] = frozenset()):
        document = Document()
        label_rows(document, [("Report title:", "Winter plan" if ticked else ""), ("Author:", "Ann Lee, Head of Quality" if ticked else "")])
        table = document.add_table(rows=2, cols=7)
        for row, options in zip(table.rows, (["PUBLIC session", "PRIVATE Session"], ["Decision", "Discussion", "Noting"])):
            bold(row.cells[0].paragraphs[0], "For:")
            for index, option in enumerate(options):
                row.cells[1 + 2 * index].text = option
                row.cells[2 + 2 * index].text = "☒" if option in ticked else BOX
        return document

    profile = propose(tmp_path, form())
    assert profile.question("confidential") is not None and profile.question("purpose") is not None
    assert {"Decision", "Discussion", "Noting"} <= set(profile.purposes)
    assert not {"PUBLIC session", "PRIVATE Session"} & set(profile.purposes)
    assert (profile.confidentiality.public, profile.confidentiality.private) == ("PUBLIC session", "PRIVATE Session")
    # and a paper on that form is read by the profile as written: each "For:" row to its question
    draft = extract_under(tmp_path, (tmp_path / "board.toml").read_text(encoding="utf-8"), form({"PUBLIC session", "Noting"}))
    assert draft["confidential"] is False
    assert draft["purpose"]["text"] == "Noting"


def test_the_committee_line_and_the_forms_name_above_it_are_no_questions(tmp_path: Path) -> None:
    """"Riverside Quality and Safety Committee" and "Paper Summary Sheet" (words that sound like
    the quality impact and the summary) above a form that asks "Executive summary:": the
    summary's question is the label's, and the profile loads."""
    document = Document()
    bold(document.add_paragraph(), "Riverside Quality and Safety Committee")
    bold(document.add_paragraph(), "Paper Summary Sheet")
    label_rows(document, [("Date of Meeting:", ""), ("Author:", ""), ("Executive summary:", ""), ("Recommendations:", "")])
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Executive summary"][0] == "executive_summary"
    assert "Paper Summary Sheet" not in questions and "Riverside Quality and Safety Committee" not in questions
    assert profile.description == "Riverside Quality and Safety Committee"


def test_options_each_with_an_empty_cell_for_the_x_and_the_explanation_row_below(tmp_path: Path) -> None:
    """"Document is for: (indicate with an x) | Assurance | | Information | | Decision | ",
    "Equality Impact Assessment undertaken? | Yes | | No | | N/A | ", then "If No or N/A,
    please explain:": the purpose, a Yes / No / N/A question, and that answer's explanation."""
    document = Document()
    table = document.add_table(rows=0, cols=7)
    for label, options in (("Date of Meeting:", []), ("Author:", []),
                           ("Document is for: (indicate with an x)", ["Assurance", "Information", "Decision"]),
                           ("Equality Impact Assessment undertaken?", ["Yes", "No", "N/A"]),
                           ("If No or N/A, please explain:", [])):
        cells = table.add_row().cells
        bold(cells[0].paragraphs[0], label)
        for index, option in enumerate(options):
            bold(cells[1 + 2 * index].paragraphs[0], option)
    profile = propose(tmp_path, document)
    assert {"Assurance", "Information", "Decision"} <= set(profile.purposes)
    equality = profile.question("implications.equality")
    assert equality is not None and equality.details == ["If No or N/A, please explain"]
    assert "If No or N/A, please explain" not in asked(profile)


def test_a_paragraph_labels_options_in_the_table_or_the_boxed_line_below_it(tmp_path: Path) -> None:
    document = Document()
    label_rows(document, [("Report title:", ""), ("Author:", ""), ("Date of meeting:", "")])
    bold(document.add_paragraph(), "Strategic considerations")
    table = document.add_table(rows=2, cols=2)
    for row, objective in zip(table.rows, ("1) We will deliver great care", "2) We will be a great place to work")):
        row.cells[0].text, row.cells[1].text = objective, BOX
    bold(document.add_paragraph(), "Links to governor duties")
    document.add_paragraph(f"{BOX} Statutory role {BOX} Holding to account")
    bold(document.add_paragraph(), "Recommendations")
    questions = asked(propose(tmp_path, document))
    assert questions["Strategic considerations"][1:] == (
        "choice", ["1) We will deliver great care", "2) We will be a great place to work"])
    assert questions["Links to governor duties"][1:] == ("choice", ["Statutory role", "Holding to account"])
    assert not any(label.startswith(("1)", "2)")) for label in questions)


def test_the_hint_under_a_heading_says_it_is_the_history(tmp_path: Path) -> None:
    """"Consultation" over "(List the committees or groups that have considered this report,
    with dates.)" is where the paper has been; "Governance or Legal Issues" is not."""
    document = Document()
    label_rows(document, [("Report title:", ""), ("Author:", ""), ("Date of meeting:", "")])
    for heading, hint in (("Consultation", "(List the committees or groups that have considered this report, with dates.)"),
                          ("Governance or Legal Issues", "(Set out any governance, legal or regulatory implications.)")):
        bold(document.add_paragraph(), heading)
        document.add_paragraph(hint).runs[0].italic = True
    questions = asked(propose(tmp_path, document))
    assert questions["Consultation"][0] == "governance"
    assert questions["Governance or Legal Issues"][0] == "questions.governance_or_legal"


def test_committees_as_a_grids_columns_under_seen_by_are_the_history(tmp_path: Path) -> None:
    """"Seen by the following committee(s) on date:" spanning the table, the committees as
    column headers below it and an empty row for the dates: the history, no question per
    committee."""
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=3, cols=4)
    bold(table.rows[0].cells[0].merge(table.rows[0].cells[3]).paragraphs[0], "Seen by the following committee(s) on date:")
    for cell, forum in zip(table.rows[1].cells, ("Finance & Investment", "Integrated Governance", "Executive", "Audit")):
        bold(cell.paragraphs[0], forum)
    questions = asked(propose(tmp_path, document))
    assert questions["Seen by the following committee(s) on date"][0] == "governance"
    assert not {"Finance & Investment", "Integrated Governance", "Executive", "Audit"} & set(questions)


def test_approved_by_is_a_person_and_for_publication_the_public_question(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("For Publication:", ""), ("Approved by:", "")])
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Approved by"][:2] == ("questions.approved", "person")
    assert questions["For Publication"][0] == "confidential"
    assert (profile.confidentiality.public, profile.confidentiality.private) == ("Yes", "No")


def test_ticked_purpose_words_take_the_purpose_from_a_sentence_label(tmp_path: Path) -> None:
    """"Purpose of the report:" with room for a sentence, then "Action required: ☐ To approve ☐
    To note ☐ For assurance": the ticks are the purpose; the sentence the board's own."""
    document = Document()
    standard_rows(document)
    label_rows(document, [("Purpose of the report:", ""),
                          ("Action required:", f"{BOX} To approve {BOX} To note {BOX} For assurance")])
    profile = propose(tmp_path, document)
    questions = asked(profile)
    print(questions)
    assert questions["Action required"][0] == "purpose"
    assert questions["Purpose of the report"][:2] == ("questions.purpose_report", "text")
    assert {profile.purposes[word].value for word in ("To approve", "To note", "For assurance")} == {
        "approval", "information", "assurance"}


def test_a_delete_one_line_above_the_form_and_a_label_in_the_cell_beside_another(tmp_path: Path) -> None:
    """"OPEN / CLOSED" above the form (the paper keeps one word), and "Date of meeting | Item"
    (the item number written after "Item")."""
    document = Document()
    bold(document.add_paragraph(), "OPEN / CLOSED")
    label_rows(document, [("Date of meeting", "Item"), ("TITLE OF PAPER", ""), ("AUTHOR", "")])
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Item"][0] == "agenda_item"
    assert profile.question("confidential") is not None
    assert (profile.confidentiality.public, profile.confidentiality.private) == ("OPEN", "CLOSED")


def test_the_meetings_line_carries_its_date_and_a_title_placeholder_under_it(tmp_path: Path) -> None:
    """"Item", "Council of Governors Meeting", "[Title of report]" as the first lines: the
    meeting's date is written after its line, the title in the placeholder's place."""
    document = Document()
    bold(document.add_paragraph(), "Item")
    bold(document.add_paragraph(), "Council of Governors Meeting")
    bold(document.add_paragraph(), "[Title of report]")
    for heading in ("Purpose of Report", "Executive Summary", "Recommendations", "Report prepared by:"):
        bold(document.add_paragraph(), heading)
    profile = propose(tmp_path, document)
    assert asked(profile)["Council of Governors Meeting"][0] == "meeting_date"
    assert profile.question("title") is not None


def test_who_has_been_involved_names_groups_not_contributors(tmp_path: Path) -> None:
    document = Document()
    standard_rows(document)
    label_rows(document, [("Who has been involved/contributed:", "")])
    assert asked(propose(tmp_path, document))["Who has been involved/contributed"][:2] == (
        "questions.who_been_involved", "text")


def test_a_lead_in_that_runs_into_its_placeholder_and_a_heading_with_a_slash(tmp_path: Path) -> None:
    """A council report: "Health and Wellbeing Board<tab>[Date of meeting]", "Report of the [job
    title]", bold headings; "Strategic/Operational Plans" is a heading's name, not a choice."""
    document = Document()
    bold(document.add_paragraph(), "Health and Wellbeing Board\t[Date of meeting]")
    document.add_paragraph("Report of the [job title of the report's author]")
    bold(document.add_paragraph(), "[Report title]")
    for heading in ("Summary", "Strategic/Operational Plans", "Recommendations"):
        bold(document.add_paragraph(), heading)
        document.add_paragraph("[Text.]")
    questions = asked(propose(tmp_path, document))
    assert questions["Report of the"][:2] == ("sponsor", "person")  # (asked as a post: `named = false`)
    assert questions["Strategic/Operational Plans"][1] == "text"


def test_labels_as_column_headers_with_placeholders_below(tmp_path: Path) -> None:
    """"Author: | Responsible Officer:" in bold across one row, each with its placeholder below
    ("Author's name / Title"), then "Report signed off | (room for a tick) | Date" under the
    second: four questions, none made of a placeholder's words, each of the right kind."""
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=3, cols=4)
    author, officer = table.cell(0, 0), table.cell(0, 1).merge(table.cell(0, 3))
    bold(author.paragraphs[0], "Author:")
    bold(officer.paragraphs[0], "Responsible Officer:")
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Author's name\nTitle\nTeam"
    table.cell(1, 1).merge(table.cell(1, 3)).text = "Officer's name\nTitle"
    table.cell(2, 1).text, table.cell(2, 3).text = "Report signed off", "Date"
    questions = asked(propose(tmp_path, document))
    assert questions["Responsible Officer"][0] == "sponsor"
    assert questions["Report signed off"][1] == "yes_no_na"
    assert questions["Date"][1] == "date"
    assert not any("name" in label.casefold() for label in questions)


def test_a_heading_right_above_a_table_of_labels_asks_nothing(tmp_path: Path) -> None:
    """"Contact Details" in bold, then at once a table whose rows are labels: the table's
    heading (a paper is never sent back for leaving it empty); with a blank line between, where
    its answer would go, it is a question."""
    def form(gap: bool):
        document = Document()
        standard_rows(document)
        bold(document.add_paragraph(), "Contact Details")
        if gap:
            document.add_paragraph("")
        label_rows(document, [("Phone:", ""), ("Email:", "")])
        return document

    assert "Contact Details" not in asked(propose(tmp_path, form(gap=False)))
    (tmp_path / "gap").mkdir()
    assert "Contact Details" in asked(propose(tmp_path / "gap", form(gap=True)))


def test_a_lead_in_over_bulleted_labels_is_their_heading(tmp_path: Path) -> None:
    """"Implications" / "The following implications have been considered:" then bold bullets
    "Financial", "Legal": the bullets are the questions; a lead-in followed by a plain label
    ("The Board is asked to:" then "Report presented by:") is the answer's start."""
    document = Document()
    standard_rows(document)
    bold(document.add_paragraph(), "Implications")
    document.add_paragraph("The following implications have been considered:")
    for name in ("Financial", "Legal"):
        bold(document.add_paragraph(style="List Bullet"), name)
    bold(document.add_paragraph(), "Recommendations")
    document.add_paragraph("The Board is asked to:")
    bold(document.add_paragraph(), "Report presented by:")
    questions = asked(propose(tmp_path, document))
    assert "Implications" not in questions
    assert {"Financial", "Legal", "Recommendations", "Report presented by"} <= set(questions)


def test_a_bold_label_with_its_instruction_after_it_in_one_cell(tmp_path: Path) -> None:
    """"**Specialist Officer(s)**  List information for all" across the table, the next label
    right below: a question answered in that cell (not a heading), in words (several people);
    "For further information please contact the author" asks nothing."""
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=2, cols=2)
    cell = table.cell(0, 0).merge(table.cell(0, 1))
    bold(cell.paragraphs[0], "Specialist Officer(s)")
    cell.paragraphs[0].add_run("  List information for all")
    bold(table.cell(1, 0).paragraphs[0], "Wards affected:")
    bold(document.add_paragraph(), "For further information please contact the author of the report")
    questions = asked(propose(tmp_path, document))
    assert questions["Specialist Officer(s)"][1] == "text"
    assert not any("further information" in label for label in questions)


def test_one_option_beside_room_for_a_tick_is_a_choice_of_it(tmp_path: Path) -> None:
    """"Wards Affected: List wards or tick box to indicate all | (room) | All": a paper
    that ticks it reads "All"; one that ticks nothing has not answered."""
    def form(tick: str = ""):
        document = Document()
        label_rows(document, [("Report title:", "Dental access" if tick is not None else ""),
                              ("Author:", "Ann Lee, Head of Quality"), ("Date of meeting:", "12 March 2026")])
        table = document.add_table(rows=1, cols=3)
        bold(table.cell(0, 0).paragraphs[0], "Wards Affected:")
        table.cell(0, 0).paragraphs[0].add_run("  List wards or tick box to indicate all")
        table.cell(0, 1).text, table.cell(0, 2).text = tick, "All"
        return document

    profile = propose(tmp_path, form())
    assert asked(profile)["Wards Affected"][1:] == ("choice", ["All"])
    board = (tmp_path / "board.toml").read_text(encoding="utf-8")
    assert extract_under(tmp_path, board, form("✓"))["questions"]["wards_affected"] == "All"
    assert not extract_under(tmp_path, board, form("")).get("questions", {}).get("wards_affected")


def test_one_row_asking_the_item_and_the_title_gives_both(tmp_path: Path) -> None:
    """"Agenda Item and title:" with "QSC/25/12/05 Quality and Safety Exception Report" written
    beside it: the proposed profile reads the reference as the agenda item and the rest as the
    title (not one answer of the board's own)."""
    def form(answer: str = ""):
        document = Document()
        label_rows(document, [("Date of Meeting:", answer and "11 December 2025"), ("Agenda Item and title:", answer),
                              ("Author:", answer and "Ann Lee, Head of Quality")])
        return document

    propose(tmp_path, form())
    draft = extract_under(tmp_path, (tmp_path / "board.toml").read_text(encoding="utf-8"),
                          form("QSC/25/12/05 Quality and Safety Exception Report"))
    assert (draft["agenda_item"], draft["title"]) == ("QSC/25/12/05", "Quality and Safety Exception Report")


def test_a_purpose_asked_in_words_is_not_sent_back_for_a_category(tmp_path: Path) -> None:
    """"Purpose of Report:" with room for a sentence and no words to tick: a paper saying "To
    update the Council on the staff survey" has answered it; that it names no category is a
    warning, not an error (for the profile written inline in coversheet.toml too)."""
    def form(purpose: str = ""):
        document = Document()
        label_rows(document, [("Report title:", purpose and "Staff survey"), ("Author:", purpose and "Ann Lee, Head of People"),
                              ("Date of meeting:", purpose and "12 March 2026"), ("Purpose of Report:", purpose)])
        return document

    propose(tmp_path, form())
    board = (tmp_path / "board.toml").read_text(encoding="utf-8")
    cs106 = [f["severity"] for f in findings_under(tmp_path, board, form("To update the Council on the staff survey."))
             if f["code"] == "CS106"]
    assert cs106 == ["warning"]

    (tmp_path / "inline").mkdir()
    form().save(str(tmp_path / "inline" / "blank.docx"))
    result = coversheet("profile", "init", "blank.docx", cwd=tmp_path / "inline")  # written into coversheet.toml
    assert result.returncode == 0, result.stderr
    form("To update the Council on the staff survey.").save(str(tmp_path / "inline" / "paper.docx"))
    checked = coversheet("check", "paper.docx", "-f", "json", cwd=tmp_path / "inline")
    assert checked.returncode == 0, checked.stdout


def test_the_forms_last_label_with_nothing_under_it_is_where_the_report_begins(tmp_path: Path) -> None:
    """A council's front sheet ending with "DETAILS:": on papers the report's numbered text
    follows it ("1. Background"), so no complete paper is sent back for leaving it empty."""
    def form(filled: bool = False):
        document = Document()
        for label, answer in (("TITLE:", "Care home fees 2026/27"), ("REPORT AUTHOR:", "Ann Lee, Head of Commissioning"),
                              ("DATE OF MEETING:", "12 March 2026"), ("RECOMMENDATIONS:", "That Cabinet approves the fees.")):
            bold(document.add_paragraph(), label)
            document.add_paragraph(answer if filled else "")
        bold(document.add_paragraph(), "DETAILS:")
        if filled:
            document.add_paragraph("1.\tBackground")
            document.add_paragraph("1.1\tThe Council commissions care from 83 care homes.")
        return document

    profile = propose(tmp_path, form())
    assert profile.question("questions.details").required is False
    board = (tmp_path / "board.toml").read_text(encoding="utf-8")
    assert not [f for f in findings_under(tmp_path, board, form(filled=True)) if f["code"] == "CS101"]


def test_an_icb_sheets_ticks_lead_in_and_rows_to_answer(tmp_path: Path) -> None:
    """Layouts of an ICB's board sheet: "Paper Type:" over "For Assurance: | ☐ | For Decision: |
    ☐" (options, though each ends with a colon); "Recommendation(s):" over the lead-in "The
    Board is asked to:" (its prompt, not a label); "How does this paper support the aims to:"
    over rows each with room to write across the table (each row a question, the heading none);
    "Paper Reference:" (the paper's own number, not a risk reference)."""
    document = Document()
    standard_rows(document)
    label_rows(document, [("Paper Reference:", "")])
    table = document.add_table(rows=0, cols=8)
    def spanning(text: str) -> None:
        cells = table.add_row().cells
        bold(cells[0].merge(cells[7]).paragraphs[0], text)
    spanning("Paper Type:")
    cells = table.add_row().cells
    for index, word in enumerate(["For Assurance:", "For Decision:", "For Information:"]):
        cells[2 * index].text, cells[2 * index + 1].text = word, BOX
    spanning("Recommendation(s):")
    cells = table.add_row().cells
    cells[0].merge(cells[7]).text = "The Board is asked to:"
    spanning("How does this paper support the ICB's aims to:")
    for aim in ("Improve outcomes in population health.", "Tackle inequalities in access."):
        cells = table.add_row().cells
        cells[0].merge(cells[3]).text = aim
        cells[4].merge(cells[7])
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Paper Type"][0] == "purpose"
    assert {"For Assurance", "For Decision", "For Information"} <= set(profile.purposes)
    assert questions["Recommendation(s)"][0] == "recommendations"
    assert questions["Improve outcomes in population health."][1] == "text"
    assert questions["Tackle inequalities in access."][1] == "text"
    assert not any("aims" in label for label in questions)
    assert questions["Paper Reference"][1] == "text"


def test_words_printed_after_a_labels_colon_on_the_blank_are_the_labels(tmp_path: Path) -> None:
    """"Priority 1: Smoking and Tobacco Control | (room to write)": the priority's name is
    printed on the blank form, so a paper's answer is what is written beside it, not the name;
    "Published documents referred to in this report" lists documents, it is no public/private
    question."""
    def form(answers: tuple[str, str] = ("", "")):
        document = Document()
        label_rows(document, [("Report title:", answers[0] and "Carers strategy"), ("Author:", answers[0] and "Ann Lee, Head of Public Health"),
                              ("Date of meeting:", answers[0] and "28 January 2026"),
                              ("Priority 1: Smoking and Tobacco Control", answers[0]),
                              ("Priority 2: Financial Wellbeing", answers[1]),
                              ("Published documents referred to in this report:", "")])
        return document

    profile = propose(tmp_path, form())
    questions = asked(profile)
    assert "Priority 1: Smoking and Tobacco Control" in questions
    assert "Published documents referred to in this report" in questions
    assert profile.question("confidential") is None
    draft = extract_under(tmp_path, (tmp_path / "board.toml").read_text(encoding="utf-8"),
                          form(("Not applicable.", "Carers are offered benefits advice.")))
    assert (draft["questions"]["priority_1_smoking"], draft["questions"]["priority_2_financial"]) == (
        "Not applicable.", "Carers are offered benefits advice.")


def test_a_drop_down_of_yes_or_no_in_words_is_a_yes_no_question(tmp_path: Path) -> None:
    """A drop-down of "Yes (Include further detail below)" and "There are no specific quality
    implications related to this report.": a Yes / No question answered in words, so a paper's
    "Yes (Include further detail below)" and its detail read as yes with that detail."""
    items = ("Yes (Include further detail below)", "There are no specific quality implications related to this report.")

    def form(chosen: str = "Choose an item.", detail: str = ""):
        document = Document()
        table = label_rows(document, [("Report title:", "IPC annual report" if detail else ""),
                                      ("Author:", "Ann Lee, Head of Nursing" if detail else ""),
                                      ("Date of meeting:", "15 January 2026" if detail else ""),
                                      ("QUALITY AND SAFETY IMPLICATIONS/IMPACT", "")])
        listed = "".join(f'<w:listItem w:displayText="{item}" w:value="{item}"/>' for item in items)
        cell = table.rows[-1].cells[1]
        cell.paragraphs[0]._p.append(parse_xml(
            f'<w:sdt {nsdecls("w")}><w:sdtPr><w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>'
            f'{listed}</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>{chosen}</w:t></w:r></w:sdtContent></w:sdt>'))
        if detail:
            cell.add_paragraph(detail)
        return document

    profile = propose(tmp_path, form())
    assert asked(profile)["QUALITY AND SAFETY IMPLICATIONS/IMPACT"][1] == "yes_no_na"
    draft = extract_under(tmp_path, (tmp_path / "board.toml").read_text(encoding="utf-8"),
                          form(items[0], "Hand hygiene compliance was 97%."))
    assert draft["questions"]["quality_safety_implications"] == {"answer": "yes", "note": "Hand hygiene compliance was 97%."}


def test_option_words_with_colons_each_with_room_for_a_tick_in_the_labels_row(tmp_path: Path) -> None:
    """"REPORT FOR: | Assurance: | (room) | Decision: | (room) | Information: | (room)": one
    question (the purpose: its words are purposes, whatever "report for" sounds like), not three
    labels of their own."""
    document = Document()
    standard_rows(document)
    table = document.add_table(rows=1, cols=7)
    bold(table.cell(0, 0).paragraphs[0], "REPORT FOR:")
    for index, word in enumerate(["Assurance:", "Decision:", "Information:"]):
        table.cell(0, 1 + 2 * index).text = word
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["REPORT FOR"][0] == "purpose"
    assert {"Assurance", "Decision", "Information"} <= set(profile.purposes)
    assert not {"Decision", "Information"} & set(questions)


def test_a_column_of_boxes_each_with_its_label_asks_a_question_a_box(tmp_path: Path) -> None:
    """A one-column table, each box spanning it with its label on the first line ("Aims /
    summary", "Action required from the meeting", "Financial implications"): a question a box,
    none of them the heading of the next; "Submitted by" asks for a person, not a date."""
    document = Document()
    label_rows(document, [("Submitted by:", "")])
    table = document.add_table(rows=0, cols=1)
    for label in ("Aims / summary", "Action required from the meeting", "Financial implications",
                  "Who needs to be told about any decision?"):
        bold(table.add_row().cells[0].paragraphs[0], label)
    questions = asked(propose(tmp_path, document))
    assert {"Aims / summary", "Action required from the meeting", "Financial implications",
            "Who needs to be told about any decision?"} <= set(questions)
    assert questions["Submitted by"][1] == "person"


def _arms_length_form(document) -> None:
    """Title, meeting and date as the first lines (the date a bracketed prompt), a small table, the
    purpose words over empty cells, numbered headings, then "3. Governance" right over a table
    of labels each with room to write."""
    bold(document.add_paragraph(), "[Title of paper]")
    bold(document.add_paragraph(), "Board meeting (Part 1)")
    document.add_paragraph("[Date of meeting]")
    label_rows(document, [("Agenda item", ""), ("Author(s)", ""), ("Responsible Director", "")])
    bold(document.add_paragraph(), "Purpose of paper (mark one with X)")
    purposes = document.add_table(rows=2, cols=4)
    for cell, word in zip(purposes.rows[0].cells, ["For approval", "For discussion", "For assurance", "For noting"]):
        cell.text = word
    bold(document.add_paragraph(), "1. Executive summary")
    document.add_paragraph()
    bold(document.add_paragraph(), "2. Recommendation")
    document.add_paragraph()
    bold(document.add_paragraph(), "3. Governance")
    label_rows(document, [("Link to strategic aim", ""), ("Equality impact assessed?", ""), ("Previously considered by", "")])


def test_the_meetings_line_naming_its_public_part_and_the_date_on_a_line_of_its_own(tmp_path: Path) -> None:
    document = Document()
    _arms_length_form(document)
    profile = propose(tmp_path, document)
    placed = {question.path: question.line for question in profile.questions if question.line is not None}
    assert placed == {"title": 1, "confidential": 2, "board": 2, "meeting_date": 3}
    assert (profile.confidentiality.public, profile.confidentiality.private) == ("Part 1", "Part 2")


def test_a_numbered_headings_one_row_like_the_labels_after_it_is_a_label_not_its_option(tmp_path: Path) -> None:
    document = Document()
    _arms_length_form(document)
    questions = asked(propose(tmp_path, document))
    assert questions["Link to strategic aim"][:2] == ("questions.link_strategic_aim", "text")
    assert "3. Governance" not in questions and "Governance" not in questions
    assert questions["Previously considered by"][0] == "governance"


def test_impact_assessed_is_the_impact_question_and_mark_one_takes_one_purpose(tmp_path: Path) -> None:
    document = Document()
    _arms_length_form(document)
    profile = propose(tmp_path, document)
    assert asked(profile)["Equality impact assessed?"][0] == "implications.equality"
    assert profile.question("purpose").multiple is False


def test_delete_one_words_printed_beside_another_labels_answer_are_a_question_of_their_own(tmp_path: Path) -> None:
    """"Subject: | Public / Non-Public" and "Report of: | For Decision / For Information": the
    label's answer is written in its cell, the words beside it are the confidentiality's and the
    purpose's, each left standing alone on a paper; "Dated:" is the meeting's date."""
    document = Document()
    label_rows(document, [("Committee(s):", "Dated:"), ("Subject:", "Public / Non-Public"),
                          ("Report of:", "For Decision / For Information"), ("Report author:", "")])
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Dated"][0] == "meeting_date"
    assert questions["Subject"][0] == "title"
    assert questions["Report of"][0] == "sponsor"
    assert questions["Public / Non-Public"][0] == "confidential"
    assert (profile.confidentiality.public, profile.confidentiality.private) == ("Public", "Non-Public")
    assert questions["For Decision / For Information"][0] == "purpose"
    paper = Document()
    label_rows(paper, [("Committee(s):\nHealth and Wellbeing Board", "Dated:\n25 November 2026"),
                       ("Subject:\nBetter Care Fund Plan", "Public"),
                       ("Report of:\nDirector of Community and Children's Services", "For Decision"),
                       ("Report author:\nJoanne Hill, Public Health Commissioning Manager", "")])
    draft = extract_under(tmp_path, (tmp_path / "board.toml").read_text(encoding="utf-8"), paper)
    assert (draft["title"], draft["confidential"], draft["meeting_date"]) == ("Better Care Fund Plan", False, "2026-11-25")
    assert draft["purpose"]["categories"] == ["approval"]


def test_options_a_line_each_beside_a_delete_as_appropriate_label_are_the_purposes(tmp_path: Path) -> None:
    """"Paper is (delete as appropriate) | For approval / For information / To ratify", one a
    line in the cell beside: the purposes to strike out, not a question answered in words."""
    document = Document()
    grid = document.add_table(rows=4, cols=2)
    for row, label in enumerate(["Paper title", "Meeting date", "Author"]):
        grid.cell(row, 0).text = label
    grid.cell(3, 0).text = "Paper is (delete as appropriate)"
    grid.cell(3, 1).text = "For approval"
    for word in ("For information", "To ratify"):
        grid.cell(3, 1).add_paragraph(word)
    profile = propose(tmp_path, document)
    assert asked(profile)["Paper is"][0] == "purpose"
    assert set(profile.purposes) == {"For approval", "For information", "To ratify"}


def test_a_grids_header_row_naming_the_answers_column_and_the_comments_column(tmp_path: Path) -> None:
    """"Impact assessment | Completed | Comments" over "Quality impact assessment | Yes ☐ No ☐ | ":
    the grid's column names, not a question whose options are "Completed" and "Comments"; and
    "Link to Board Assurance Framework risks" asks for the framework's risk references."""
    document = Document()
    grid = document.add_table(rows=7, cols=3)
    rows = [("Title", "", ""), ("Date", "", ""), ("Author", "", ""),
            ("Link to Board Assurance Framework risks", "", ""), ("Impact assessment", "Completed", "Comments"),
            ("Quality impact assessment", "Yes ☐   No ☐", ""), ("Equality impact assessment", "Yes ☐   No ☐", "")]
    for row, texts in enumerate(rows):
        for column, text in enumerate(texts):
            grid.cell(row, column).text = text
    questions = asked(propose(tmp_path, document))
    assert "Impact assessment" not in questions
    assert questions["Quality impact assessment"][0] == "implications.quality"
    assert questions["Equality impact assessment"][0] == "implications.equality"
    assert questions["Link to Board Assurance Framework risks"][1] == "references"


def test_a_plain_label_with_room_above_the_first_standard_one_and_the_purpose_asked_twice(tmp_path: Path) -> None:
    """"Paper reference:" in plain type with room after it, first on the form: a question, not a
    header line; "For: Decision / Discussion / Information" then "Purpose of the paper" over a
    sentence: the purpose's words and its text, one question printed twice."""
    document = Document()
    document.add_paragraph("UKHSA Advisory Board").runs[0].bold = True
    document.add_paragraph("Paper reference:")
    for label in ("Title of paper:", "Date:", "Sponsor:", "For: Decision / Discussion / Information"):
        document.add_paragraph().add_run(label).bold = True
    for heading in ("Purpose of the paper", "Recommendations"):
        document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph("")
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert "Paper reference" in questions
    assert profile.question("purpose").labels == ["For", "Purpose of the paper"]
    paper = Document()
    paper.add_paragraph("UKHSA Advisory Board").runs[0].bold = True
    paper.add_paragraph("Paper reference: UKHSA/AB/26/41")
    for label, answer in (("Title of paper:", "Winter preparedness"), ("Date:", "10 December 2026"),
                          ("Sponsor:", "Chief Medical Adviser"), ("For:", "Discussion")):
        line = paper.add_paragraph()
        line.add_run(label).bold = True
        line.add_run(f" {answer}")
    paper.add_paragraph().add_run("Purpose of the paper").bold = True
    paper.add_paragraph("To set out the agency's winter plan.")
    paper.add_paragraph().add_run("Recommendations").bold = True
    paper.add_paragraph("The Board is asked to discuss the plan.")
    (tmp_path / "paper").mkdir()
    draft = extract_under(tmp_path / "paper", (tmp_path / "board.toml").read_text(encoding="utf-8"), paper)
    assert draft["purpose"] == {"categories": ["discussion"], "text": "To set out the agency's winter plan."}


def test_a_grid_of_labels_with_room_and_labels_across_over_their_answers(tmp_path: Path) -> None:
    """"Meeting | | Date | " (a label, then room, twice: not a history's column names), then
    "Agenda item | Meeting date | Paper title" over an empty row (the board's labels as column
    headers, though plain): every one of them a question."""
    document = Document()
    first = document.add_table(rows=1, cols=4)
    for column, text in enumerate(["Meeting", "", "Date", ""]):
        first.cell(0, column).text = text
    document.add_paragraph()
    second = document.add_table(rows=2, cols=3)
    for column, text in enumerate(["Agenda item", "Author", "Paper title"]):
        second.cell(0, column).text = text
    questions = asked(propose(tmp_path, document))
    assert questions["Meeting"][0] == "board"
    assert questions["Date"][0] == "meeting_date"
    assert {"Agenda item", "Author", "Paper title"} <= set(questions)


def test_words_of_a_form_that_ask_who_is_responsible_where_the_paper_has_been_and_what_for(tmp_path: Path) -> None:
    """"Director responsible" is the sponsor; "Decision-making to date" is where the paper has
    been so far, not a day; "Paper is for | Approval / Assurance / Discussion" a line each is the
    purpose's words to mark; "The Committee is asked to" over "Approve / Receive and note / Take
    assurance" is the purpose too (note and assurance, after the verb that leads to them)."""
    document = Document()
    label_rows(document, [("Title", ""), ("Date", ""), ("Author", ""), ("Director responsible", ""),
                          ("Paper is for", "Approval\nAssurance\nDiscussion"), ("Decision-making to date", "")])
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Director responsible"][0] == "sponsor"
    assert questions["Decision-making to date"][0] == "governance"
    assert questions["Paper is for"][0] == "purpose"
    assert set(profile.purposes) == {"Approval", "Assurance", "Discussion"}
    other = Document()
    label_rows(other, [("Title", ""), ("Date", ""), ("Author", "")])
    grid = other.add_table(rows=4, cols=2)
    for row, (word, mark) in enumerate([("The Committee is asked to", "Tick"), ("Approve", ""),
                                        ("Receive and note", ""), ("Take assurance", "")]):
        grid.cell(row, 0).text, grid.cell(row, 1).text = word, mark
    (tmp_path / "other").mkdir()
    profile = propose(tmp_path / "other", other)
    assert asked(profile)["The Committee is asked to"][0] == "purpose"
    assert {word: category.value for word, category in profile.purposes.items()} == {
        "Approve": "approval", "Receive and note": "information", "Take assurance": "assurance"}


def test_a_heading_over_the_labels_of_its_kind_asks_nothing_itself(tmp_path: Path) -> None:
    """"Impact" then "Quality and safety impact:", "Equality impact:" with no room between: the
    heading asks nothing; "Agenda Item" over "TITLE OF REPORT:" and "8. CONSULTATION" over
    "REPORT AUTHOR:" are questions of their own."""
    document = Document()
    for text in ("Agenda Item", "TITLE OF REPORT:", "Date of meeting:", "Author:", "Impact",
                 "Quality and safety impact:", "Equality impact:", "8. CONSULTATION", "REPORT AUTHOR:"):
        document.add_paragraph().add_run(text).bold = True
    questions = asked(propose(tmp_path, document))
    assert "Impact" not in questions
    assert {"Quality and safety impact", "Equality impact", "Agenda Item", "CONSULTATION"} <= set(questions)


def test_running_text_with_a_public_or_private_line_an_implications_heading_and_levels(tmp_path: Path) -> None:
    """"Public or private: Public / Private (delete one)": the words after the label are the
    answers, not labels of their own; "Implications" over "Quality and safety:", "Finance:" asks
    nothing itself; "Level of assurance" takes one grade; "Link to Board Assurance Framework"
    asks for references."""
    document = Document()
    for text in ("Meeting date:", "Report title:", "Report author:"):
        document.add_paragraph().add_run(text).bold = True
    line = document.add_paragraph()
    line.add_run("Public or private:").bold = True
    line.add_run(" Public / Private (delete one)")
    document.add_paragraph().add_run("Link to Board Assurance Framework:").bold = True
    document.add_paragraph().add_run("Implications")
    for text in ("Quality and safety:", "Finance:"):
        document.add_paragraph().add_run(text).bold = True
    grid = document.add_table(rows=1, cols=2)
    grid.cell(0, 0).text = "Level of assurance"
    grid.cell(0, 1).text = "☐ Substantial ☐ Reasonable ☐ Limited"
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert profile.question("confidential").labels == ["Public or private"]
    assert "Implications" not in questions
    assert questions["Link to Board Assurance Framework"][1] == "references"
    assert next(q for q in profile.questions if q.label == "Level of assurance").multiple is False


def test_a_one_column_form_of_label_rows_and_running_text_lines_that_sound_like_a_meeting(tmp_path: Path) -> None:
    """A one-column table, each label a row over its answer's row: "Action required" over
    "Approval ☐   Assurance ☐   Information ☐" is the purpose; "Enquiries to" asks for a person;
    then in running text "Board Assurance Framework risks" is a question, not the meeting's line,
    and "For Decision / For Assurance / For Information" alone is the purpose's words."""
    document = Document()
    grid = document.add_table(rows=0, cols=1)
    for label in ("Title of report", "Date", "Report author", "Enquiries to", "Action required"):
        grid.add_row().cells[0].paragraphs[0].add_run(label).bold = True  # the label's row, its answer's below
        grid.add_row().cells[0].text = "Approval ☐     Assurance ☐     Information ☐" if label == "Action required" else ""
    profile = propose(tmp_path, document)
    questions = asked(profile)
    assert questions["Action required"][0] == "purpose"
    assert set(profile.purposes) == {"Approval", "Assurance", "Information"}
    assert questions["Enquiries to"][1] == "person"
    lines = Document()
    for text in ("Health and Wellbeing Board", "[Date]", "Report title:", "Author:"):
        lines.add_paragraph().add_run(text).bold = True
    for text in ("For Decision / For Assurance / For Information", "Board Assurance Framework risks", "",
                 "Recommendations", ""):
        lines.add_paragraph().add_run(text).bold = True
    (tmp_path / "lines").mkdir()
    profile = propose(tmp_path / "lines", lines)
    questions = asked(profile)
    assert "Board Assurance Framework risks" in questions
    assert set(profile.purposes) == {"For Decision", "For Assurance", "For Information"}


def test_words_to_keep_one_of_that_sound_like_presenters_and_statutory_duties(tmp_path: Path) -> None:
    """"Paper / Oral / Presentation" is a choice of the form's words, not the presenters;
    "Governors' statutory duties this paper supports" is no public / private question ("status"
    opens "statutory" only as words are reduced)."""
    document = Document()
    label_rows(document, [("Title", ""), ("Date of meeting", ""), ("Author", ""),
                          ("Paper / Oral / Presentation", "Paper / Oral / Presentation"),
                          ("Governors' statutory duties this paper supports", "")])
    questions = asked(propose(tmp_path, document))
    assert questions["Paper / Oral / Presentation"][1] == "choice"
    assert questions["Governors' statutory duties this paper supports"][0] != "confidential"


def test_the_meetings_line_with_room_after_its_colon_is_no_question_but_a_plain_first_label_is(tmp_path: Path) -> None:
    """"CABINET MEETING: " first on the form is the meeting's line, its date written after it;
    "Cabinet Member and Portfolio:" there is the form's first question."""
    document = Document()
    for text in ("CABINET MEETING: ", "Cabinet Member and Portfolio:", "Report title:", "Author:"):
        document.add_paragraph().add_run(text).bold = True
    questions = asked(propose(tmp_path, document))
    assert questions.get("CABINET MEETING", ("",))[0] in ("meeting_date", "board", "")
    assert "Cabinet Member and Portfolio" in questions

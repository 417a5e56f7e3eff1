"""Labels and answers on the lines of a report: a long question with its boxes after it, a label
in brackets, "Item 5 on the Agenda", the form's instruction in brackets under a label, a
numbered heading of the board's among the report's own numbered sections, and a stem over
nothing."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from helpers.cli import coversheet
from helpers.board_papers import add_table, bold_line, extract_under, findings_under

PROFILE = '''
description = "An IJB committee's report, for the line tests"
[[questions]]
field = "agenda_item"
labels = ["This Report relates to Item"]
[[questions]]
field = "title"
labels = ["Title/Subject"]
[[questions]]
field = "presented_by"
labels = ["Paper presented by"]
[[questions]]
field = "authors"
labels = ["Author"]
[[questions]]
field = "recommendations"
labels = ["Recommendations"]
[[questions]]
field = "governance"
labels = ["Previously considered by"]
[[questions]]
field = "confidential"
labels = ["Can this report be published on the Trust's website?"]
[confidentiality]
public = "Yes"
private = "No"
'''


def _report(recommendations: list[str], published: str = "☒ Yes   ☐ No") -> Document:
    document = Document()
    document.add_paragraph("This Report relates to Item 5 on the Agenda")
    document.add_paragraph("(Paper presented by Kirsty Watson, Chief Internal Auditor)")
    add_table(document, [["Title/Subject:", "Internal Audit Progress Report"], ["Author", "Kirsty Watson"]])
    bold_line(document, "1.\tIntroduction")
    document.add_paragraph("1.1\tThis report updates the Committee on progress in delivering the plan.")
    bold_line(document, "2.\tRecommendations")
    for line in recommendations:  # the stem, then the recommendations bulleted
        document.add_paragraph(line, style=None if "asked to" in line else "List Bullet")
    bold_line(document, "3.\tPreviously considered by")
    document.add_paragraph("(committee or group, date and outcome)")
    document.add_paragraph("Audit Committee – 10 December 2026 – recommended")
    bold_line(document, "4.\tPublication")
    document.add_paragraph(f"Can this report be published on the Trust's website?{published}")
    return document


def test_labels_running_into_their_answers_on_the_reports_lines(tmp_path: Path) -> None:
    draft = extract_under(tmp_path, PROFILE, _report(["2.1\tThe Committee is asked to:", "Note the progress made."]))
    assert draft["agenda_item"] == "5"  # "Item 5 on the Agenda"
    assert draft["presented_by"] == [{"name": "Kirsty Watson", "role": "Chief Internal Auditor"}]  # no ")" kept
    # "2.<tab>Recommendations" after the report's own "1.<tab>Introduction": the board's question, read
    assert draft["recommendations"] == ["Note the progress made."]
    # the form's instruction in brackets under the label is no entry of the history
    assert draft["governance"] == [{"forum": "Audit Committee", "date": "2026-12-10", "outcome": "recommended"}]


def test_a_long_question_with_its_boxes_after_it_on_the_line(tmp_path: Path) -> None:
    """"Can this report be published on the Trust's website?☒ Yes ☐ No", the board's public word
    "Yes": a public paper; "No" ticked: private (it was read as private either way, the boxes'
    text taken as the reason)."""
    assert extract_under(tmp_path, PROFILE, _report(["Note the progress made."]))["confidential"] is False
    private = extract_under(tmp_path, PROFILE, _report(["Note the progress made."], published="☐ Yes   ☒ No"))
    assert private["confidential"] is True
    assert not private.get("confidential_reason")


def test_a_stem_over_nothing_is_no_recommendation(tmp_path: Path) -> None:
    """"The Board is asked to;" (a slip for the colon) with nothing under it."""
    draft = extract_under(tmp_path, PROFILE, _report(["The Board is asked to;"]))
    assert draft["recommendations"] is None


IMPLICATIONS = '''
[[questions]]
field = "title"
labels = ["Heading"]
[[questions]]
field = "implications.privacy"
labels = ["Privacy Impact"]
[[questions]]
field = "implications.financial"
labels = ["Financial"]
[[questions]]
name = "background_papers"
labels = ["List of Background Papers"]
kind = "text"
'''


def test_an_implication_after_a_dash_and_a_rule_typed_as_underscores(tmp_path: Path) -> None:
    """Renfrewshire's "Privacy Impact – None." a line of the implications, and a rule of
    underscores under the background papers: the answer is "no", and the rule no part of any answer."""
    document = Document()
    document.add_paragraph("Heading:\tChief Officer's Report")
    document.add_paragraph("_" * 60)
    bold_line(document, "Implications of the Report")
    document.add_paragraph("Financial – None.")
    document.add_paragraph("Privacy Impact – None.")
    bold_line(document, "List of Background Papers")
    document.add_paragraph("None.")
    document.add_paragraph("_" * 60)
    draft = extract_under(tmp_path, IMPLICATIONS, document)
    assert draft["title"] == "Chief Officer's Report"
    assert draft["implications"]["privacy"]["answer"] == "no"
    assert draft["implications"]["financial"]["answer"] == "no"
    assert draft["questions"]["background_papers"] == "None."


POSTS = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "sponsor"
labels = ["Report of the"]
named = {named}
[[questions]]
field = "recommendations"
labels = ["Recommendation"]
'''


def test_a_form_that_asks_for_a_post_takes_a_post_alone(tmp_path: Path) -> None:
    """A council report's "Report of the Director of Integrated Adult Social Care": with
    `named = false` the post is the full answer; by default it is sent back for a name."""
    document = Document()
    document.add_paragraph("Title: Provider fee uplifts")
    document.add_paragraph("Report of the Director of Integrated Adult Social Care")
    bold_line(document, "Recommendation")
    document.add_paragraph("That Cabinet approves the uplifts.")
    (tmp_path / "posts").mkdir()
    (tmp_path / "people").mkdir()
    posts = findings_under(tmp_path / "posts", POSTS.format(named="false"), document)
    people = findings_under(tmp_path / "people", POSTS.format(named="true"), document)
    assert not [f for f in posts if "no name" in f["message"]]
    assert [f for f in people if f["code"] == "CS101" and "no name" in f["message"]]


def test_named_belongs_to_the_people_a_paper_names(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text(
        '[profile]\nextends = "nhs-icb"\n[[profile.questions]]\nfield = "title"\nnamed = false\n', encoding="utf-8")
    result = coversheet("profile", "show", tmp_path)
    assert result.returncode == 2 and "named is for the people a paper names" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


KEY_DECISION = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "key_decision"
labels = ["Key decision"]
kind = "choice"
options = ["Yes", "No"]
'''


def test_the_option_struck_through_one_space_from_the_other(tmp_path: Path) -> None:
    """"~~Yes~~ No" in the answer's cell, as LibreOffice saves it (the kept word marked "strike
    off" explicitly): the answer is No."""
    document = Document()
    grid = add_table(document, [["Title:", "Finance monitoring"], ["Key decision:", ""]])
    paragraph = grid.cell(1, 1).paragraphs[0]
    paragraph.add_run("Yes").font.strike = True
    paragraph.add_run(" No").font.strike = False
    assert extract_under(tmp_path, KEY_DECISION, document)["questions"]["key_decision"] == "No"


SBAR = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "purpose_of_paper"
labels = ["Purpose"]
kind = "text"
help = "The purpose of the attached paper is to:"
[[questions]]
field = "governance"
labels = ["Governance Route"]
'''


def test_the_forms_own_lead_ins_under_numbered_headings(tmp_path: Path) -> None:
    """NHS Greater Glasgow and Clyde's "1.<tab>Purpose" over the printed "The purpose of the
    attached paper is to:" (the profile's help) then the purpose; "7.<tab>Governance Route" over
    "This paper has been previously considered by the following groups …:" then the groups."""
    document = Document()
    add_table(document, [["Title:", "Financial Monitoring Report"]])
    bold_line(document, "1.\tPurpose")
    document.add_paragraph("The purpose of the attached paper is to:")
    document.add_paragraph("Provide the Board with an update on the financial position.")
    bold_line(document, "7.\tGovernance Route")
    document.add_paragraph("This paper has been previously considered by the following groups as part of its development:")
    document.add_paragraph("Corporate Management Team – 27 November 2025")
    draft = extract_under(tmp_path, SBAR, document)
    assert draft["questions"]["purpose_of_paper"] == "Provide the Board with an update on the financial position."
    assert draft["governance"] == [{"forum": "Corporate Management Team", "date": "2025-11-27", "outcome": None}]


OVER = '''
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
[[questions]]
field = "title"
labels = ["Report title"]
[[questions]]
field = "authors"
labels = ["Author"]
[[questions]]
field = "sponsor"
labels = ["Executive sponsor"]
[[questions]]
field = "presented_by"
labels = ["Presented by"]
'''


def test_people_under_a_row_of_labels_whose_posts_sound_like_questions(tmp_path: Path) -> None:
    """"Author | Executive sponsor | Presented by" over "Anita Shah, Deputy Director of Finance |
    Richard Lloyd, Executive Director of Finance | …": each answer in its label's column (the
    posts' words suggest the sponsor's question, and all three went to the last label)."""
    document = Document()
    add_table(document, [["Date of meeting", "Report title", ""], ["21 January 2026", "Finance Report – Month 8", ""],
                         ["Author", "Executive sponsor", "Presented by"],
                         ["Anita Shah, Deputy Director of Finance", "Richard Lloyd, Executive Director of Finance",
                          "Anita Shah, Deputy Director of Finance"]])
    draft = extract_under(tmp_path, OVER, document)
    assert draft["authors"] == [{"name": "Anita Shah", "role": "Deputy Director of Finance"}]
    assert draft["sponsor"] == {"name": "Richard Lloyd", "role": "Executive Director of Finance"}
    assert draft["presented_by"] == [{"name": "Anita Shah", "role": "Deputy Director of Finance"}]


NUMBERED_PARTS = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
name = "legal"
labels = ["Legal"]
kind = "text"
[[questions]]
name = "carbon"
labels = ["Carbon and Climate Change"]
kind = "text"
'''


def test_a_long_bold_numbered_part_the_board_does_not_ask_ends_the_answer_above(tmp_path: Path) -> None:
    """Haringey's "9.<tab>Statutory Officers comments (Director of Finance (procurement), Head of
    Legal and Governance, Equalities)" in bold after "8.<tab>Carbon and Climate Change": a part of
    the form's count, no line of the carbon answer."""
    document = Document()
    document.add_paragraph("Title:\tCarers strategy")
    bold_line(document, "7.\tLegal")
    document.add_paragraph("7.1\tThe Care Act 2014 applies.")
    bold_line(document, "8.\tCarbon and Climate Change")
    document.add_paragraph("8.1\tNone.")
    bold_line(document, "9.\tStatutory Officers comments (Director of Finance (procurement), Head of Legal and Governance, Equalities)")
    document.add_paragraph("9.1\tFinance comments are set out below.")
    draft = extract_under(tmp_path, NUMBERED_PARTS, document)
    assert draft["questions"]["carbon"] == "None."


def test_a_label_and_its_answer_as_lines_of_one_paragraph(tmp_path: Path) -> None:
    """pandoc writes a heading block as one paragraph with line breaks: the label on one line of
    it, its answer on the next (it was a traceback)."""
    document = Document()
    for label, answer in (("Title/Subject", "Winter Plan 2026/27"), ("Paper presented by", "Jo Bloggs, Director of Finance")):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run().add_break()
        paragraph.add_run(answer)
    draft = extract_under(tmp_path, PROFILE, document)
    assert draft["title"] == "Winter Plan 2026/27"
    assert draft["presented_by"][0]["name"] == "Jo Bloggs"


PAPER_IS = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "purpose"
labels = ["Paper is (delete as appropriate)"]
multiple = false
[purposes]
"For approval" = "approval"
"For information" = "information"
"To ratify" = "approval"
'''


def test_the_options_struck_through_a_line_each_in_one_cell(tmp_path: Path) -> None:
    """"For approval" / "~~For information~~" / "~~To ratify~~", one a paragraph in the answer's
    cell: the one left standing is the answer."""
    document = Document()
    grid = add_table(document, [["Title:", "Data security toolkit"], ["Paper is (delete as appropriate)", ""]])
    cell = grid.cell(1, 1)
    for index, (word, struck) in enumerate([("For approval", False), ("For information", True), ("To ratify", True)]):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.add_run(word).font.strike = struck
    draft = extract_under(tmp_path, PAPER_IS, document)
    assert draft["purpose"]["categories"] == ["approval"]


def test_the_options_struck_through_on_the_labels_own_line(tmp_path: Path) -> None:
    """"**Purpose:** For approval / ~~For information~~ / ~~To ratify~~" in running text: the
    one left standing is the answer; "Report for: Decision   Assurance ✓" is read by its tick."""
    document = Document()
    bold_line(document, "Title: Data security toolkit")
    line = document.add_paragraph()
    line.add_run("Paper is (delete as appropriate):").bold = True
    for index, (word, struck) in enumerate([(" For approval", False), ("For information", True), ("To ratify", True)]):
        if index:
            line.add_run(" / ")
        line.add_run(word).font.strike = struck
    draft = extract_under(tmp_path, PAPER_IS, document)
    assert draft["purpose"]["categories"] == ["approval"]


def test_the_bullets_typed_before_history_entries(tmp_path: Path) -> None:
    profile = '[[questions]]\nfield = "title"\nlabels = ["Title"]\n[[questions]]\nfield = "governance"\nlabels = ["Previously considered by"]\n'
    document = Document()
    add_table(document, [["Title:", "Corporate plan"],
                         ["Previously considered by", "• Audit and Risk Committee – 26/11/2026 – endorsed\n• Senior Management Team – 24/11/2026 – agreed"]])
    draft = extract_under(tmp_path, profile, document)
    assert [entry["forum"] for entry in draft["governance"]] == ["Audit and Risk Committee", "Senior Management Team"]


def test_a_stem_run_into_its_first_recommendation(tmp_path: Path) -> None:
    """"The Board is asked to:take assurance …;" then the next item a line below (a content
    control's lines after a LibreOffice re-save): the stem is no recommendation."""
    profile = '[[questions]]\nfield = "title"\nlabels = ["Title"]\n[[questions]]\nfield = "recommendations"\nlabels = ["Recommendations"]\n'
    document = Document()
    add_table(document, [["Title:", "Maternity safety"],
                         ["Recommendations", "The Board is asked to:take assurance on safety;\nnote compliance with the ten actions."]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["recommendations"] == ["take assurance on safety;", "note compliance with the ten actions."]


COUNCIL_LINES = '''
[[questions]]
field = "agenda_item"
labels = ["Agenda item"]
[[questions]]
field = "meeting_date"
labels = ["Date of meeting"]
[[questions]]
field = "title"
labels = ["Title of report"]
[[questions]]
field = "purpose"
labels = ["For: Decision / Assurance / Information"]
[[questions]]
field = "authors"
labels = ["Contact"]
[purposes]
"For Decision" = "approval"
"For Assurance" = "assurance"
"For Information" = "information"
'''


def test_a_council_reports_unlabelled_lines_and_a_contacts_telephone(tmp_path: Path) -> None:
    """"AGENDA ITEM 5" then "Friday 13 November 2026" alone (the meeting's date), "For Assurance"
    alone (the purpose, the form's other words deleted), and "Contact: Gerald Hartley (0191) 433
    2914" (the number is how to reach him, no part of his name)."""
    document = Document()
    bold_line(document, "HEALTH AND WELLBEING BOARD")
    bold_line(document, "For Assurance")
    bold_line(document, "AGENDA ITEM 5")
    bold_line(document, "Friday 13 November 2026")
    bold_line(document, "TITLE OF REPORT: Pharmaceutical Needs Assessment")
    bold_line(document, "Contact: Gerald Hartley (0191) 433 2914")
    draft = extract_under(tmp_path, COUNCIL_LINES, document)
    assert draft["meeting_date"] == "2026-11-13"
    assert draft["purpose"]["categories"] == ["assurance"]
    assert draft["authors"] == [{"name": "Gerald Hartley", "role": None}]


RUNNING = '''
[[questions]]
field = "title"
labels = ["Title"]
[[questions]]
field = "executive_summary"
labels = ["SUMMARY"]
[[questions]]
field = "sponsor"
labels = ["Lead Director"]
[[questions]]
name = "direction"
labels = ["Direction Required to"]
kind = "choice"
options = ["No Direction Required", "NHS Western Isles", "Both"]
[[questions]]
name = "priorities"
labels = ["Related priority"]
kind = "choice"
multiple = true
options = ["Start Well", "Live Well", "Age Well"]
'''


def test_answers_on_their_labels_line_numbered_paragraphs_and_a_post_that_sounds_like_a_label(tmp_path: Path) -> None:
    """"Direction Required to:<tab>☐ No Direction Required ☒ Both" (the boxes on the label's line,
    an empty row under it); "Related priority: Live Well / Age Well" (one deleted); "3.1 …" /
    "3.2 …" under SUMMARY (the report's paragraph numbers, no part of the answer); "Brendan
    Keenan, Director of Corporate Governance" under its label ("Governance" is no label here)."""
    document = Document()
    bold_line(document, "Title: Budget recovery plan")
    grid = add_table(document, [["Lead Director"], ["Brendan Keenan, Director of Corporate Governance"]])
    grid.cell(0, 0).paragraphs[0].runs[0].bold = True
    bold_line(document, "SUMMARY")
    document.add_paragraph("3.1\tThe IJB forecasts an overspend of £2.1m.")
    document.add_paragraph("3.2\tThe plan sets out savings of £1.4m.")
    line = document.add_paragraph()
    line.add_run("Direction Required to:").bold = True
    line.add_run("\t☐ No Direction Required   ☐ NHS Western Isles   ☒ Both")
    document.add_paragraph("")
    line = document.add_paragraph()
    line.add_run("Related priority:").bold = True
    line.add_run(" Live Well / Age Well")
    draft = extract_under(tmp_path, RUNNING, document)
    assert draft["questions"]["direction"] == "Both"
    assert draft["questions"]["priorities"] == ["Live Well", "Age Well"]
    assert draft["executive_summary"] == "The IJB forecasts an overspend of £2.1m.\nThe plan sets out savings of £1.4m."
    assert draft["sponsor"] == {"name": "Brendan Keenan", "role": "Director of Corporate Governance"}


def test_risk_references_by_number_where_the_board_gives_no_pattern(tmp_path: Path) -> None:
    """"4 – Recruit and Retain Staff" under a references question with no pattern: the risk's
    number, then its description (it was no reference at all, and the paper was sent back)."""
    profile = ('[[questions]]\nfield = "title"\nlabels = ["Title"]\n[[questions]]\nname = "baf"\n'
               'labels = ["Link to Board Assurance Framework (BAF) risk(s)"]\nkind = "references"\n')
    document = Document()
    add_table(document, [["Title:", "Safe staffing"], ["Link to Board Assurance Framework (BAF) risk(s):", "4 – Recruit and Retain Staff"]])
    draft = extract_under(tmp_path, profile, document)
    assert draft["questions"]["baf"] == [{"id": "4", "description": "Recruit and Retain Staff"}]

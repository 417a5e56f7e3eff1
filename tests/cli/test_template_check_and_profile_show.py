"""`coversheet template check` on a board's own docxtpl template, with and without a profile; `profile show`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
from typer.testing import CliRunner

from coversheet.cli import app

ROOT = Path(__file__).resolve().parents[2]
BOARDS = ROOT / "examples-profiles"
runner = CliRunner()

# A board's own template as a secretary writes it in Word: docxtpl's Jinja tags only, no
# content controls; fields by bare name or under `sheet.`, a loop, a filter, one misspelling
# and one question the ICB's sheet does not ask.
LINES = [
    "Report title: {{ title }}",
    "Date of meeting: {{ sheet.meeting_date }}",
    "Executive lead: {{ sponsor.name }}, {{ sheet.sponsor.role }}",
    "{%p for r in recommendations %}",
    "{{ r }}",
    "{%p endfor %}",
    "Strategic objectives: {{ questions.strategic_objectives | join(', ') }}",
    "{% if sheet.confidential_reason %}Reason: {{ sheet.confidential_reason }}{% endif %}",
    "Summary: {{ sheet.executive_sumary }}",
    "Contributors: {%r for person in contributors or [] %}{{ person.name }}{%r endfor %}",
]


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def jinja_template(folder: Path, lines=LINES) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    path = folder / "our-board.docx"
    document.save(str(path))
    return path


def lines_of(result) -> list[str]:
    return [line.split(": ", 1)[1] for line in result.output.splitlines()]


def test_jinja_tags_are_read_on_the_standard_sheet(tmp_path: Path) -> None:
    result = run("template", "check", jinja_template(tmp_path))
    assert result.exit_code == 1, result.output
    found = lines_of(result)
    assert "tag '{{ sheet.executive_sumary }}' is not a field of the cover sheet" in found
    # Without a profile the ICB's own questions are no field of the 2020 sheet.
    assert "tag '{{ questions.strategic_objectives }}' is not a field of the cover sheet" in found
    never = {line.removeprefix("the template never shows ") for line in found if line.startswith("the template never")}
    for shown in ("'title'", "'meeting_date'", "'sponsor.name'", "'sponsor.role'", "'recommendations'",
                  "'confidential_reason'", "'contributors[*].name'"):
        assert shown not in never, f"{shown} is in the template but reported as never shown"
    assert {"'executive_summary'", "'agenda_item'", "'governance[*].forum'", "'implications.quality'"} <= never


def test_under_a_profile_the_boards_questions_are_the_fields(tmp_path: Path) -> None:
    shutil.copy(BOARDS / "nhs-icb" / "coversheet.toml", tmp_path)  # found beside the template
    result = run("template", "check", jinja_template(tmp_path))
    assert result.exit_code == 1, result.output
    found = lines_of(result)
    assert "tag '{{ sheet.executive_sumary }}' is not a field of the cover sheet" in found
    assert "the template shows 'contributors', which the board's sheet (nhs-icb) does not ask" in found
    assert "the template never shows 'Board Assurance Framework (BAF) risk' (questions.baf_risks)" in found
    assert "the template never shows 'Executive summary' (executive_summary)" in found
    assert not any("strategic_objectives" in line or "'Report title'" in line for line in found), found


def test_a_template_showing_every_question_of_the_board_passes(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('profile = "council-scrutiny"\n')
    lines = [
        "Report to: {{ board }}", "Date: {{ meeting_date }}", "Item No: {{ agenda_item }}", "Title: {{ title }}",
        "{% for a in authors %}{{ a.name }} ({{ a.role }}){% endfor %}",
        "Report sponsor: {{ sponsor.name }}, {{ sponsor.role }}",
        "{{ confidential }} {{ confidential_reason }}",
        "OUTLINE: {{ questions.outline }}",
        "{% for r in recommendations %}{{ r }}{% endfor %}",
        "Invited: {{ questions.invited | join('; ') }}",
    ]
    result = run("template", "check", jinja_template(tmp_path, lines))
    assert result.exit_code == 0, result.output
    assert result.output.endswith("every tag is a question of the board's sheet (council-scrutiny) and every question is shown\n")


def test_the_boards_own_form_passes_its_own_check(tmp_path: Path) -> None:
    shutil.copy(BOARDS / "nhs-icb" / "coversheet.toml", tmp_path)
    assert run("new", tmp_path / "form.docx", "--docx").exit_code == 0
    result = run("template", "check", tmp_path / "form.docx")
    assert result.exit_code == 0, result.output
    standard = run("template", "check", tmp_path / "form.docx", "--profile", "ics-board-2020")
    assert "tag 'questions.baf_risks[*]' is not a field of the cover sheet" in standard.output


def test_render_fills_the_bare_names_that_template_check_accepts(tmp_path: Path) -> None:
    shutil.copy(BOARDS / "nhs-icb" / "coversheet.toml", tmp_path)
    draft = shutil.copy(BOARDS / "nhs-icb" / "item-07-winter-plan.yaml", tmp_path)
    template = jinja_template(tmp_path, LINES[:7])
    out = tmp_path / "out.docx"
    result = run("render", draft, "-o", out, "--template", template)
    assert result.exit_code == 0, result.output
    text = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Report title: Winter Plan 2024/25" in text
    assert "Executive lead: Jo Bloggs, Chief Operating Officer" in text
    assert "The Board is asked to approve the Winter Plan 2024/25." in text
    assert "Strategic objectives: Improving population health and healthcare, Tackling unequal outcomes and access" in text


def test_a_broken_jinja_tag_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run("template", "check", jinja_template(tmp_path, ["{{ title "]))
    assert result.exit_code == 2, result.output
    assert "not a readable Word template" in result.output and "Traceback" not in result.output


def test_a_tagged_template_printing_a_field_in_no_tagged_control_says_check_cannot_read_it(tmp_path: Path) -> None:
    from coversheet.word.ns import qn

    document = docx.Document(str(ROOT / "templates" / "coversheet.docx"))
    for tag in document.element.body.iter(qn("w:tag")):
        if tag.get(qn("w:val")) == "title":
            tag.set(qn("w:val"), "paper_title")
    document.save(str(tmp_path / "ours.docx"))
    result = run("template", "check", tmp_path / "ours.docx")
    assert result.exit_code == 1, result.output
    assert lines_of(result) == [
        "tag 'paper_title' is not a field of the cover sheet",
        "the template prints 'title' in no control tagged 'title': check cannot read it back",
    ]


# --- `coversheet profile show`: which files apply, and every question the board asks ---------


def test_profile_show_names_the_profile_file_and_lists_the_boards_added_impact_questions(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('profile = "our-board.toml"\nimplications = ["safeguarding"]\n')
    (tmp_path / "our-board.toml").write_text('extends = "nhs-icb"\n')
    lines = run("profile", "show", tmp_path).output.splitlines()
    assert lines[1] == f"Configuration: {tmp_path / 'coversheet.toml'}"
    assert lines[2] == f"Profile from: {tmp_path / 'our-board.toml'}"
    row = next(line for line in lines if line.startswith("Safeguarding"))
    assert row.split() == ["Safeguarding", "Impact", "Assessment", "Completed", "implications.safeguarding", "yes_no_na", "CS104"]

    (tmp_path / "coversheet.toml").write_text('[profile]\nextends = "council-scrutiny"\n')
    assert f"Profile from: the [profile] table of {tmp_path / 'coversheet.toml'}" in run("profile", "show", tmp_path).output
    assert "Profile from: shipped with coversheet (nhs-icb)" in run("profile", "show", "--profile", "nhs-icb").output


def test_profile_show_applies_the_settings_of_a_profile_given_with_profile_as_coversheet_toml_does(
    tmp_path: Path, monkeypatch
) -> None:
    # The board's profile switches CS107 to a warning; `--profile our-board.toml` once showed
    # the sponsor as not needed ("no", the shipped setting) where coversheet.toml naming the
    # same file showed "CS107 (warning)".
    (tmp_path / "our-board.toml").write_text(
        'extends = "nhs-icb"\n[settings.rules]\nseverity = {CS107 = "warning"}\nignore = ["CS105"]\n'
    )
    (tmp_path / "coversheet.toml").write_text('profile = "our-board.toml"\n')
    monkeypatch.chdir(tmp_path)

    def needed(*args) -> dict:
        result = run("profile", "show", "--format", "json", *args)
        assert result.exit_code == 0, result.output
        return {q["field"]: q["required"] for q in json.loads(result.output)["questions"]}

    named_in_toml, named_on_the_line = needed(str(tmp_path)), needed("--profile", "our-board.toml")
    assert named_in_toml["sponsor"] == "CS107 (warning)" and named_in_toml["risks"] == "no"
    assert named_on_the_line == named_in_toml

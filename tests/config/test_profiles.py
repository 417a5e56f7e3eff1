"""Board profiles: another board's own cover sheet, described as data, checked, drawn and read back."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import coversheet
from helpers.drafts import without_nulls
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config.files import read_config_file
from coversheet.config.profile import load_profile, shipped_profiles
from coversheet.config.sheet_model import sheet_model
from coversheet.run.configuration import config_for
from coversheet.run.many import check_paths

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
BOARDS = ROOT / "examples-profiles"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def codes_by_field(path: Path, config=None) -> set[tuple[str, str | None]]:
    result = run("check", path, "--format", "json", *(["--config", config] if config else []))
    report = json.loads(result.output)
    return {(f["code"], f["field"]) for f in report["files"][0]["findings"]}


# --- the default profile changes nothing ----------------------------------------------------


def test_naming_the_default_profile_changes_no_finding(tmp_path: Path) -> None:
    config = tmp_path / "coversheet.toml"
    config.write_text('profile = "ics-board-2020"\n')
    plain = json.loads(run("check", EXAMPLES, "--format", "json").output)
    named = json.loads(run("check", EXAMPLES, "--format", "json", "--config", config).output)
    assert named == plain
    assert run("schema", "--profile", "ics-board-2020").output == run("schema").output


def test_every_shipped_profile_loads_and_builds_its_model() -> None:
    # How long the build takes is a figure of `make bench` ("profile: build the draft model").
    assert set(shipped_profiles()) == {"ics-board-2020", "nhs-icb", "council-scrutiny"}
    for name in shipped_profiles():
        profile = load_profile(name)
        schema = sheet_model(profile).model_json_schema()
        for question in profile.own_questions:
            assert question.name in json.dumps(schema), f"{name}: {question.name} is not in the draft model"


def test_a_board_extending_another_with_the_same_questions_gets_a_model_in_its_own_name() -> None:
    ours = sheet_model(load_profile({"extends": "nhs-icb", "name": "our-icb"})).model_json_schema()
    shipped = sheet_model(load_profile("nhs-icb")).model_json_schema()
    assert "(our-icb)" in json.dumps(ours)
    assert "(nhs-icb)" in json.dumps(shipped) and "our-icb" not in json.dumps(shipped)


# --- bad profiles: exit 2, one line naming the file, the key and the reason ------------------

BAD_PROFILES = [
    ('[[questions]]\nname = "x"\nlabels = ["X"]\nkind = "tickbox"', "questions.0.kind", "'tickbox' is not one of"),
    ('[[questions]]\nname = "Strategic Objectives"\nlabels = ["X"]\nkind = "text"', "questions.0.name", "not a key name"),
    ('[[questions]]\nfield = "title"\nlabels = ["Title"]\n[[questions]]\nname = "x"\nlabels = ["title"]\nkind = "text"',
     "questions.1.labels", "claimed by both 'title' and 'x'"),
    ('[[questions]]\nname = "x"\nlabels = ["X"]\nkind = "references"\npattern = "BAF ("', "questions.0.pattern", "not a valid regular expression"),
    ('[[questions]]\nname = "x"\nlabels = ["X"]\nkind = "choice"\noptions = []', "questions.0.options", "non-empty list of options"),
    ('required = ["presented_by"]\n[[questions]]\nfield = "title"', "required", "'presented_by' is required but the board does not ask it"),
    ('[[questions]]\nfield = "presenter"', "questions.0.field", "'presenter' is not a standard question"),
    # An own question named as a standard one would replace it under `extends`, unseen.
    ('[[questions]]\nname = "risks"\nlabels = ["Key risks"]\nkind = "text"', "questions.0.name", "'risks' is a standard question"),
    ('extends = "nhs-icb"\n[[questions]]\nname = "risks"\nlabels = ["Key risks"]\nkind = "text"', "questions.0.name",
     'write field = "risks"'),
    ('extends = "nhs-icb"\ndrop = ["nonsense"]', "drop", "'nonsense' is not a question of 'nhs-icb'"),
    ('extends = "nhs-icb"\n[settings]\nsummary_word_limit = "many"', "settings.summary_word_limit", "integer"),
    ('extends = "nhs-icb"\n[actions]\napprove = "Sign off"', "actions.approve", "'approve' is not one of approval, endorsement"),
    # With `extends`, the key is the one in the user's file, not in the merged profile.
    ('extends = "nhs-icb"\n[[questions]]\nname = "x"\nlabels = ["Report title"]\nkind = "text"',
     "questions.0.labels", "claimed by both 'title' and 'x'"),
    ('extends = "nhs-icb"\n[labels]\nexecutive_summary = ["Report title"]', "labels.executive_summary", "'Report title' is claimed by both"),
    ('extends = "nhs-icb"\n[[questions]]\nfield = "title"\nlabels = ["Executive summary"]', "questions.0.labels",
     "claimed by both 'title' and 'executive_summary'"),
    ('extends = "nhs-icb"\n[settings]\nrules = { ignore = ["CS999"] }', "settings.rules.ignore", "unknown rule 'CS999'"),
    ('extends = "nhs-icb"\n[settings.rules.severity]\nCS998 = "error"', "settings.rules.severity", "unknown rule 'CS998'"),
    ('extends = "nope"', "extends", "unknown profile 'nope'"),
    ('extends = "parent.toml"', "extends", "no such profile file"),
    # A blank label anywhere: never a traceback (under [labels] it was a ValueError).
    ('extends = "nhs-icb"\n[labels]\ntitle = ["Title", "  "]', "labels.title", "a label is empty"),
    ('[[questions]]\nfield = "title"\nlabels = ["\\t"]', "questions.0.labels", "a label is empty"),
    ('[confidentiality]\nreason_label = " "', "confidentiality.reason_label", "a label is empty"),
]


@pytest.mark.parametrize(("profile", "key", "reason"), BAD_PROFILES)
def test_a_bad_profile_is_exit_2_naming_file_key_and_reason(tmp_path: Path, profile: str, key: str, reason: str) -> None:
    (tmp_path / "coversheet.toml").write_text('profile = "board.toml"\n')
    (tmp_path / "board.toml").write_text(profile + "\n")
    draft = tmp_path / "paper.yaml"
    draft.write_text("title: A paper\n")
    result = coversheet("check", draft)  # in this process: `main` turns the error into one line
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith(f"coversheet: {tmp_path / 'board.toml'}: {key}: "), lines[0]
    assert reason in lines[0]


def test_a_bad_extends_in_a_profile_table_names_its_key(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('[profile]\nname = "ours"\nextends = "nope"\n')
    result = run("profile", "show", tmp_path)
    assert result.exit_code == 2
    assert f"{tmp_path / 'coversheet.toml'}: profile.extends: unknown profile 'nope'" in result.output, result.output


def test_an_unknown_profile_name_lists_the_shipped_ones(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('profile = "nhs-icb-2019"\n')
    result = run("profile", "show", tmp_path)
    assert result.exit_code == 2
    assert "unknown profile 'nhs-icb-2019'" in result.output and "nhs-icb" in result.output


# --- the draft model, validation and the rules follow the profile ----------------------------


def test_the_nhs_icb_paper_with_planted_defects_gets_exactly_those() -> None:
    found = codes_by_field(BOARDS / "nhs-icb" / "item-09-community-services.yaml")
    assert found == {
        ("CS101", "questions.baf_risks"),  # a missing BAF reference
        ("CS104", "implications.equality"),  # a blank equality assessment
        ("CS402", "governance.0.date"),  # a committee date after the meeting
    }


@pytest.mark.parametrize("draft", sorted(BOARDS.glob("*/item-0[78]-*.yaml")), ids=lambda p: p.parent.name)
def test_complete_papers_of_each_board_pass(draft: Path) -> None:
    assert run("check", draft).exit_code == 0


def test_a_board_without_a_presenter_row_gets_no_finding_about_it() -> None:
    found = codes_by_field(BOARDS / "council-scrutiny" / "item-06-ics-consultation.yaml")
    assert found == {("CS101", "authors"), ("CS107", "sponsor")}


def test_reports_name_the_problem_by_the_boards_label_and_json_keeps_the_path() -> None:
    result = run("check", BOARDS / "nhs-icb" / "item-09-community-services.yaml", "--format", "json")
    finding = next(f for f in json.loads(result.output)["files"][0]["findings"] if f["code"] == "CS104")
    assert finding["field"] == "implications.equality"
    assert finding["message"].startswith("'Equality impact' is not answered")


def test_answers_to_questions_the_board_does_not_have_are_cs002_with_its_questions(tmp_path: Path) -> None:
    draft = tmp_path / "paper.yaml"
    text = (BOARDS / "nhs-icb" / "item-07-winter-plan.yaml").read_text()
    draft.write_text(text.replace("  legal:", "  strategic_objective: [x]\n  legal:") + "contributors: [{name: A N Other}]\n")
    shutil.copy(BOARDS / "nhs-icb" / "coversheet.toml", tmp_path)
    report = json.loads(run("check", draft, "--format", "json").output)
    messages = {f["field"]: f["message"] for f in report["files"][0]["findings"] if f["code"] == "CS002"}
    assert set(messages) == {"questions.strategic_objective", "contributors"}
    assert "strategic_objectives, baf_risks, health_inequalities" in messages["questions.strategic_objective"]
    assert "does not ask it" in messages["contributors"] and "questions.baf_risks" in messages["contributors"]


def test_own_questions_get_reference_patterns_reasons_and_options_checked(tmp_path: Path) -> None:
    shutil.copy(BOARDS / "nhs-icb" / "coversheet.toml", tmp_path)
    text = (BOARDS / "nhs-icb" / "item-07-winter-plan.yaml").read_text()
    text = text.replace("    - id: BAF 4.3\n", "    - id: risk 7\n")
    text = text.replace("legal: {answer: no, note: No change to statutory duties.}", "legal: {answer: no}")
    text = text.replace("    - Tackling unequal outcomes and access", "    - Levelling up")
    draft = tmp_path / "paper.yaml"
    draft.write_text(text)
    assert codes_by_field(draft) == {
        ("CS302", "questions.baf_risks.1.id"),
        ("CS404", "questions.legal"),
        ("CS003", "questions.strategic_objectives.1"),
    }


def test_a_profile_file_extends_a_shipped_one_with_the_boards_own_question(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text('profile = "our-board.toml"\nsummary_word_limit = 300\n')
    (tmp_path / "our-board.toml").write_text(
        'extends = "nhs-icb"\ndrop = ["presented_by"]\n[labels]\ntitle = ["Subject"]\n'
        '[[questions]]\nname = "clinical_lead"\nlabels = ["Clinical lead"]\nkind = "person"\nrequired = true\n'
        '[settings]\nsummary_word_limit = 200\nmax_recommendations = 3\n'
    )
    config = read_config_file(tmp_path / "coversheet.toml")
    profile = config.custom_profile
    assert profile.question("title").label == "Subject"
    assert "presented_by" in profile.unasked and "presented_by" not in profile.required_standard
    assert (config.summary_word_limit, config.max_recommendations) == (300, 3)  # coversheet.toml wins
    draft = tmp_path / "paper.yaml"
    draft.write_text((BOARDS / "nhs-icb" / "item-07-winter-plan.yaml").read_text().replace(
        "presented_by:\n  - name: Jo Bloggs\n    role: Chief Operating Officer\n", ""))
    assert codes_by_field(draft) == {("CS101", "questions.clinical_lead")}


# --- schema, profile show, new -----------------------------------------------------------------


def test_schema_of_a_profile_has_the_boards_questions_and_not_the_ones_it_does_not_ask() -> None:
    schema = json.loads(run("schema", "--profile", "council-scrutiny").output)
    assert "presented_by" not in schema["properties"] and "implications" not in schema["properties"]
    own = schema["$defs"]["BoardQuestions"]["properties"]
    assert set(own) == {"outline", "invited"}
    assert schema["properties"]["recommendations"]["title"] == "Recommendations/Outcomes"


def test_schema_in_a_boards_folder_is_the_boards_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The schema `check` would validate a paper of this folder against, as CS002/CS003 hints promise."""
    shutil.copy(BOARDS / "nhs-icb" / "coversheet.toml", tmp_path)
    (tmp_path / "papers").mkdir()
    monkeypatch.chdir(tmp_path / "papers")  # the nearest coversheet.toml above, as for check
    result = run("schema")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == json.loads(run("schema", "--profile", "nhs-icb").stdout)
    assert "baf_risks" in result.stdout
    assert "'nhs-icb'" in result.stderr and str(tmp_path / "coversheet.toml") in result.stderr, result.stderr
    written = run("schema", "-o", tmp_path / "board.schema.json")
    assert written.exit_code == 0 and "baf_risks" in (tmp_path / "board.schema.json").read_text()


def test_schema_where_no_coversheet_toml_applies_is_the_default_sheets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # `make schema` runs here: the repository has no coversheet.toml
    assert not any((folder / "coversheet.toml").exists() for folder in (ROOT, *ROOT.parents))
    result = run("schema")
    assert result.exit_code == 0 and result.stderr == ""
    assert json.loads(result.stdout) == json.loads((ROOT / "schemas" / "coversheet.schema.json").read_text())


def test_committed_schemas_are_fresh() -> None:
    toml_schema = json.loads(run("schema", "--toml").output)
    assert toml_schema == json.loads((ROOT / "schemas" / "coversheet-toml.schema.json").read_text()), "run `make schema`"
    for name in ("nhs-icb", "council-scrutiny"):
        printed = json.loads(run("schema", "--profile", name).output)
        committed = json.loads((ROOT / "schemas" / "profiles" / f"{name}.schema.json").read_text())
        assert printed == committed, "run `make examples`"


def test_profile_show_names_the_configuration_and_each_question() -> None:
    result = run("profile", "show", BOARDS / "nhs-icb")
    assert result.exit_code == 0, result.output
    assert str(BOARDS / "nhs-icb" / "coversheet.toml") in result.output
    row = next(line for line in result.output.splitlines() if line.startswith("Board Assurance Framework (BAF) risk"))
    assert row.split()[-3:] == ["questions.baf_risks", "references", "yes"]
    data = json.loads(run("profile", "show", "--profile", "nhs-icb", "--format", "json").output)
    assert data["not_asked"] == ["organisation", "contributors", "submitted_on"]


def test_new_writes_the_boards_draft_which_checks_as_unanswered(tmp_path: Path) -> None:
    shutil.copy(BOARDS / "nhs-icb" / "coversheet.toml", tmp_path)
    draft = tmp_path / "paper.yaml"
    assert run("new", draft).exit_code == 0
    text = draft.read_text()
    assert "baf_risks:" in text and "Board Assurance Framework (BAF) risk" in text and "contributors" not in text
    found = codes_by_field(draft)
    assert ("CS101", "questions.baf_risks") in found and ("CS104", "questions.legal") in found
    assert not any(code in {"CS002", "CS003"} for code, _ in found)


# --- Word: render, new --docx, read back -------------------------------------------------------


def _draft_data(path: Path) -> dict:
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(path.read_text())
    return json.loads(json.dumps(data, default=str))


@pytest.mark.parametrize("draft", sorted(BOARDS.glob("*/*.yaml")), ids=lambda p: p.name)
def test_word_example_reads_back_as_its_draft(draft: Path) -> None:
    result = run("extract", draft.with_suffix(".docx"), "--format", "json")
    assert result.exit_code == 0, result.output
    extracted = {k: v for k, v in json.loads(result.output).items() if v is not None}
    expected = _draft_data(draft)
    assert without_nulls(extracted) == without_nulls(expected)


def test_word_papers_get_the_same_findings_as_their_drafts() -> None:
    results = check_paths(sorted(BOARDS.glob("*/*")))
    by_name = {r.path.name: {(f.code, f.field) for f in r.findings} for r in results.results if r.path.suffix in (".docx", ".yaml")}
    for name, found in by_name.items():
        if name.endswith(".docx"):
            assert found == by_name[name.replace(".docx", ".yaml")], name


def test_render_and_new_docx_draw_the_boards_sheet(tmp_path: Path) -> None:
    draft = BOARDS / "nhs-icb" / "item-07-winter-plan.yaml"
    out = tmp_path / "sheet.docx"
    assert run("render", draft, "-o", out).exit_code == 0
    from docx import Document

    text = "\n".join(cell.text for table in Document(str(out)).tables for row in table.rows for cell in row.cells)
    for label in ("Report title", "Link to strategic objectives", "Board Assurance Framework (BAF) risk", "Legal implications"):
        assert label in text
    assert "Presented By" not in text and "Contributor" not in text
    form = tmp_path / "form.docx"
    assert run("new", form, "--docx", "--config", BOARDS / "nhs-icb" / "coversheet.toml").exit_code == 0
    found = codes_by_field(form, BOARDS / "nhs-icb" / "coversheet.toml")
    assert ("CS101", "questions.strategic_objectives") in found and ("CS104", "questions.sustainability") in found


@pytest.mark.slow
def test_a_libreoffice_resave_reads_back_the_same(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot re-save a Word file")
    source = BOARDS / "nhs-icb" / "item-09-community-services.docx"
    staged = tmp_path / "in" / source.name
    staged.parent.mkdir()
    shutil.copy(source, staged)
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to", "docx:MS Word 2007 XML",
         "--outdir", str(tmp_path / "out"), str(staged)],
        check=True, capture_output=True, timeout=180,
    )
    resaved = tmp_path / "out" / source.name
    original = json.loads(run("extract", source, "--format", "json", "--config", BOARDS / "nhs-icb" / "coversheet.toml").output)
    again = run("extract", resaved, "--format", "json", "--config", BOARDS / "nhs-icb" / "coversheet.toml")
    assert json.loads(again.output) == original


def test_config_for_papers_below_a_board_folder_uses_its_profile() -> None:
    config = config_for(BOARDS / "council-scrutiny" / "item-06-ics-consultation.yaml")
    assert config.custom_profile.name == "council-scrutiny"


def test_checking_under_the_default_sheet_never_builds_a_profiles_draft_model() -> None:
    # The default profile is a profile (every configuration holds one), but its sheet is the
    # standard model: the models drawn from a board's profile are never built for it.
    code = (
        "import sys; from pathlib import Path; from coversheet.run.one_file import check_file;"
        f"check_file(Path({str(EXAMPLES / 'complete.yaml')!r}));"
        "print(sorted(m for m in sys.modules if m in ('coversheet.config.sheet_model', 'coversheet.drafts.profile_draft')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT.parent)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_the_readme_example_profile_is_a_working_profile(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    start = readme.index("# our-board.toml: the front sheet")
    (tmp_path / "our-board.toml").write_text(readme[start:readme.index("```", start)])
    (tmp_path / "coversheet.toml").write_text('profile = "our-board.toml"\n')
    result = run("profile", "show", tmp_path)
    assert result.exit_code == 0, result.output
    assert "questions.clinical_lead" in result.output and "presented_by" in result.output.split("Not asked:")[1]


def test_the_boards_words_for_purposes_are_accepted_in_a_draft_and_by_its_schema(tmp_path: Path) -> None:
    import jsonschema

    (tmp_path / "coversheet.toml").write_text(
        '[profile]\nextends = "nhs-icb"\n[profile.purposes]\n"To approve" = "approval"\n"To note" = "information"\n', encoding="utf-8")
    draft = (BOARDS / "nhs-icb" / "item-07-winter-plan.yaml").read_text(encoding="utf-8")
    assert "categories: [approval]" in draft
    (tmp_path / "paper.yaml").write_text(draft.replace("categories: [approval]", "categories: [To approve, to  NOTE]"), encoding="utf-8")
    result = run("check", tmp_path / "paper.yaml", "--format", "json")
    assert result.exit_code == 0, result.output
    agenda = run("agenda", tmp_path, "-f", "md")
    assert "| Decision/Information |" in agenda.output  # read as approval and information
    schema = json.loads(run("schema", "--config", tmp_path / "coversheet.toml").output)
    validator = jsonschema.Draft202012Validator(schema)
    for words, valid in ((["To approve", "to  NOTE"], True), (["approval"], True), (["To disapprove"], False)):
        assert validator.is_valid({"purpose": {"categories": words}}) is valid, words


def test_profile_show_gives_each_question_the_rule_the_boards_settings_leave_it(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text(
        '[profile]\nextends = "nhs-icb"\n[profile.settings]\nrules = { ignore = ["sponsor-missing"], severity = { CS103 = "error" } }\n',
        encoding="utf-8")
    shown = {q["field"]: q["required"] for q in json.loads(run("profile", "show", tmp_path, "--format", "json").output)["questions"]}
    assert shown["sponsor"] == "no"  # switched off: a paper without it passes
    assert shown["governance"] == "CS103"  # made an error
    assert shown["conflicts_of_interest"] == "CS102" and shown["title"] == "yes"
    plain = {q["field"]: q["required"] for q in json.loads(run("profile", "show", "--profile", "nhs-icb", "--format", "json").output)["questions"]}
    assert plain["sponsor"] == "CS107 (warning)" and plain["governance"] == "CS103 (warning)"



def test_a_rendered_sheet_prints_an_unanswered_question_blank_and_reads_back_the_same(tmp_path: Path) -> None:
    import zipfile

    board = BOARDS / "nhs-icb"
    draft = board / "item-07-winter-plan.yaml"  # a public paper: no reason for a private session
    out = tmp_path / "sheet.docx"
    rendered = run("render", draft, "-o", out, "--config", board / "coversheet.toml")
    assert rendered.exit_code == 0, rendered.output
    with zipfile.ZipFile(out) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert "Reason for private session" in document
    assert "Click or tap" not in document and "Pick a date" not in document  # as published in the pack
    extracted = json.loads(run("extract", out, "-f", "json", "--config", board / "coversheet.toml").output)
    assert extracted["confidential_reason"] is None
    assert without_nulls(extracted) == without_nulls(_draft_data(draft))
    checked = run("check", out, "--config", board / "coversheet.toml")
    assert checked.exit_code == 0, checked.output

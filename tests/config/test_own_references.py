"""A board's own references question keeps each reference's description, as risks.references does.

"BAF 2.1 – Elective recovery" is {id: "BAF 2.1", description: "Elective recovery"} in a draft,
in the draft schema, on the Word sheet `render` draws and in what `extract` reads back from it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config.profile import shipped_profile
from coversheet.config.sheet_model import profile_schema, sheet_model

ROOT = Path(__file__).resolve().parents[2]
ICB = ROOT / "examples-profiles" / "nhs-icb"
WINTER = [{"id": "BAF 2.1", "description": "Urgent and emergency care performance"},
          {"id": "BAF 4.3", "description": "Workforce capacity over winter"}]


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_a_reference_written_as_one_line_is_split_by_the_boards_pattern() -> None:
    model = sheet_model(shipped_profile("nhs-icb"))
    sheet = model.model_validate({"questions": {"baf_risks": [
        "BAF 2.1 – Elective recovery", "BAF 3 - UEC capacity", {"id": "BAF 4.3", "description": "Workforce"}, "BAF 5.1"]}})
    assert sheet.model_dump(mode="json")["questions"]["baf_risks"] == [
        {"id": "BAF 2.1", "description": "Elective recovery"}, {"id": "BAF 3", "description": "UEC capacity"},
        {"id": "BAF 4.3", "description": "Workforce"}, {"id": "BAF 5.1", "description": None}]
    assert model.model_validate({"questions": {"baf_risks": []}}).questions.baf_risks == []  # "none"
    assert model.model_validate({"questions": {"baf_risks": [{"id": None}]}}).questions.baf_risks is None  # a new draft's blank


def test_the_draft_schema_gives_references_an_id_and_a_description() -> None:
    schema = profile_schema(shipped_profile("nhs-icb"))
    text = json.dumps(schema["$defs"])
    field = json.dumps(schema["$defs"]["BoardQuestions"]["properties"]["baf_risks"])
    assert "RiskReference" in field and '"description"' in text


def test_a_wrong_id_is_reported_at_the_id(tmp_path: Path) -> None:
    shutil.copy(ICB / "coversheet.toml", tmp_path)
    draft = tmp_path / "paper.yaml"
    draft.write_text((ICB / "item-07-winter-plan.yaml").read_text().replace("    - id: BAF 4.3\n", "    - id: risk 7\n"))
    report = json.loads(run("check", draft, "--format", "json").output)
    found = [(f["code"], f["field"], f["message"]) for f in report["files"][0]["findings"] if f["code"] == "CS302"]
    assert found == [("CS302", "questions.baf_risks.1.id",
                      "'Board Assurance Framework (BAF) risk': reference 'risk 7' does not match the board's format ^BAF \\d+(\\.\\d+)?$.")]


def test_render_prints_id_and_description_and_extract_reads_both_back(tmp_path: Path) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    shutil.copy(ICB / "coversheet.toml", tmp_path)
    shutil.copy(ICB / "item-07-winter-plan.yaml", tmp_path)
    out = tmp_path / "paper.docx"
    result = run("render", tmp_path / "item-07-winter-plan.yaml", "-o", out)
    assert result.exit_code == 0, result.output
    body = Document(str(out)).element.body
    printed = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]  # controls' text too
    assert "BAF 2.1 – Urgent and emergency care performance" in printed
    extracted = json.loads(run("extract", out, "--format", "json").output)
    assert extracted["questions"]["baf_risks"] == WINTER


def test_the_shipped_example_paper_carries_the_descriptions() -> None:
    extracted = json.loads(run("extract", ICB / "item-07-winter-plan.docx", "--format", "json").output)
    assert extracted["questions"]["baf_risks"] == WINTER

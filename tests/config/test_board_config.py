"""coversheet.toml as a board writes it: mistakes named, the nearest file applies, rules chosen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.paths import EXAMPLES
from typer.testing import CliRunner

from coversheet.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.mark.parametrize(
    ("config_text", "message"),
    [
        ("word_limt = 3\n", "unknown setting 'word_limt'"),
        ("[rules]\nignore = ['CS999']\n", "unknown rule 'CS999'"),
        ("deadline_working_days = 'five'\n", "deadline_working_days"),
        ("risk_reference_pattern = '(['\n", "not a valid regular expression"),
        ("this is not toml", "invalid TOML"),
        ("[glossary]\neqia = 'Equality impact assessment'\n", "'eqia' is not an acronym"),
        ("[glossary]\nE = 'One letter'\n", "'E' is not an acronym"),
    ],
)
def test_bad_configuration_is_exit_2_naming_the_problem(tmp_path: Path, config_text: str, message: str) -> None:
    config = tmp_path / "coversheet.toml"
    config.write_text(config_text)
    result = run("check", EXAMPLES / "complete.yaml", "--config", config)
    assert result.exit_code == 2
    assert message in result.output
    assert str(config) in result.output


def test_nearest_config_applies_to_files_below_it(tmp_path: Path) -> None:
    (tmp_path / "coversheet.toml").write_text("[rules]\nignore = ['risk-without-reference']\nseverity = {CS107 = 'error'}\n")
    papers = tmp_path / "december" / "papers"
    papers.mkdir(parents=True)
    (papers / "item10.yaml").write_text((EXAMPLES / "item-10-finance-report.yaml").read_text())
    report = json.loads(run("check", papers, "-f", "json").output)
    findings = report["files"][0]["findings"]
    assert "CS301" not in {f["code"] for f in findings}
    assert next(f for f in findings if f["code"] == "CS107")["severity"] == "error"


def test_select_runs_only_those_rules(tmp_path: Path) -> None:
    config = tmp_path / "coversheet.toml"
    config.write_text("[rules]\nselect = ['CS301']\n")
    report = json.loads(run("check", EXAMPLES / "item-07-clinical-strategy.yaml", EXAMPLES / "item-10-finance-report.yaml", "-c", config, "-f", "json").output)
    codes = {f["code"] for file in report["files"] for f in file["findings"]}
    assert codes == {"CS301"}

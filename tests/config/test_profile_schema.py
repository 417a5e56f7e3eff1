"""Editors check a board profile file, and coversheet.toml's `[profile]` table, against the
shipped JSON Schemas: the README's example profile and every shipped profile must be valid
there (an editor that marks a working profile red teaches secretaries to ignore it), and a
mistake the loader refuses for its shape must be marked too. Validated with jsonschema."""

from __future__ import annotations

import json

import pytest
from helpers.paths import ROOT
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.errors import ConfigError
from coversheet.resources import tomllib
from coversheet.run.configuration import load_config

SCHEMAS = ROOT / "schemas"
PROFILE_FILE = Draft202012Validator(json.loads((SCHEMAS / "coversheet-profile.schema.json").read_text(encoding="utf-8")))
CONFIG_FILE = Draft202012Validator(json.loads((SCHEMAS / "coversheet-toml.schema.json").read_text(encoding="utf-8")))
SHIPPED = sorted((ROOT / "coversheet" / "data" / "profiles").glob("*.toml"))


def readme_profile() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("# our-board.toml: the front sheet")
    return readme[start:readme.index("```", start)]


PROFILES = [("README our-board.toml", readme_profile())] + [(path.name, path.read_text(encoding="utf-8")) for path in SHIPPED]


def problems(validator: Draft202012Validator, data: dict) -> list[str]:
    return [f"{'.'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(data)]


@pytest.mark.parametrize(("name", "text"), PROFILES, ids=[name for name, _ in PROFILES])
def test_working_profiles_are_valid_as_a_file_and_as_a_profile_table(name: str, text: str) -> None:
    data = tomllib.loads(text)
    if name.startswith("README"):
        assert "name" not in data  # left out, as the README shows: the file's name names it
    assert problems(PROFILE_FILE, data) == []
    assert problems(CONFIG_FILE, {"profile": data, "board": "NHS Example ICB"}) == []


def test_the_committed_profile_file_schema_is_fresh() -> None:
    printed = CliRunner().invoke(app, ["schema", "--profile-file"])
    assert printed.exit_code == 0, printed.output
    assert json.loads(printed.stdout) == json.loads((SCHEMAS / "coversheet-profile.schema.json").read_text()), "run `make schema`"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"questions": [{"name": "x", "labels": ["X"], "kind": "tickbox"}]}, "questions.0.kind"),
        ({"questions": [{"name": "x", "labels": ["X"], "kind": "text", "colour": "red"}]}, "questions.0"),
        ({"settings": {"summary_word_limit": "many"}}, "settings.summary_word_limit"),
        ({"purposes": {"To approve": "approve"}}, "purposes.To approve"),
        ({"extend": "nhs-icb"}, ""),
    ],
    ids=["unknown kind", "unknown question key", "setting of the wrong type", "unknown purpose", "misspelt extends"],
)
def test_a_mistake_the_loader_refuses_is_marked_in_the_editor(tmp_path, change: dict, where: str) -> None:
    data = {"extends": "nhs-icb", **change}
    found = problems(PROFILE_FILE, data)
    assert found and any(problem.startswith(f"{where}: ") for problem in found), found
    lines = [f"{key} = {json.dumps(value)}" for key, value in data.items() if not isinstance(value, (dict, list))]
    tables = {key: value for key, value in data.items() if isinstance(value, (dict, list))}
    (tmp_path / "board.toml").write_text("\n".join(lines) + "\n" + _toml_tables(tables))
    (tmp_path / "coversheet.toml").write_text('profile = "board.toml"\n')
    with pytest.raises(ConfigError):  # what the editor marks, coversheet refuses too
        load_config(tmp_path / "coversheet.toml")


def _toml_tables(tables: dict) -> str:
    text = ""
    for key, value in tables.items():
        if isinstance(value, list):
            for entry in value:
                text += f"[[{key}]]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in entry.items())
        else:
            text += f"[{key}]\n" + "".join(f"{json.dumps(k)} = {json.dumps(v)}\n" for k, v in value.items())
    return text

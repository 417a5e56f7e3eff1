"""The JSON Schema that editors check drafts against agrees with `check`.

An editor that marks a valid draft red teaches authors to ignore it, so the shipped schema
must accept every spelling `check` accepts; and a value `check` refuses as the wrong type or
an invalid value must be marked by the editor too. Validated with a real JSON Schema
validator (jsonschema), dates checked as the "date" format says.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers.examples import examples
from helpers.paths import ROOT
from helpers.truths import rule_case_file
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config import BoardConfig
from coversheet.drafts.read import parse_yaml, read_draft
from coversheet.model.raw import RawDraft
from coversheet.run.one_file import validate_raw

SHIPPED = ROOT / "schemas" / "coversheet.schema.json"
POSITIVE = sorted((ROOT / "tests" / "data" / "positive").iterdir())
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
CASES = sorted((ROOT / "tests" / "rules" / "cases").glob("CS*.yaml"))
COMPLETE = ROOT / "examples" / "complete.yaml"
VALIDATOR = Draft202012Validator(
    json.loads(SHIPPED.read_text(encoding="utf-8")), format_checker=Draft202012Validator.FORMAT_CHECKER
)
# What check refuses as a wrong type or an invalid value, and keys that are not in the format.
REFUSALS = {"CS002", "CS003"}


def tool_refuses(data: dict) -> dict[str, str]:
    """The fields `check` refuses in `data` for what they hold (not for what is missing), with the code.

    An implication the board has not configured is left out: which ones a board asks for is
    its configuration (coversheet.toml), and the one shipped schema serves every board.
    """
    _, findings = validate_raw(RawDraft(data), BoardConfig())
    return {
        f.field: f.code
        for f in findings
        if f.code in REFUSALS and not (f.code == "CS002" and f.field.rpartition(".")[0] == "implications")
    }


def schema_refuses(data: dict) -> set[str]:
    """The paths the schema marks, as an editor underlines them: the deepest value at fault."""
    return {".".join(map(str, error.absolute_path)) for top in VALIDATOR.iter_errors(data) for error in _leaves(top)}


def _leaves(error):
    """An `anyOf` error stands for its branches: follow those that got past the value's type."""
    if error.validator != "anyOf" or not error.context:
        return [error]
    deeper = [e for e in error.context if not (e.validator == "type" and not e.relative_path)]
    return [leaf for e in deeper for leaf in _leaves(e)] or [error]


def where_marked(refused: dict[str, str]) -> set[str]:
    """An invalid value is marked on itself; an unknown key on the mapping that holds it."""
    return {field if code == "CS003" else field.rpartition(".")[0] for field, code in refused.items()}


def _explain(data: dict) -> str:
    return "\n".join(
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for top in VALIDATOR.iter_errors(data) for e in _leaves(top)
    ) or "(the schema accepts it)"


@pytest.mark.parametrize("path", POSITIVE + EXAMPLES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_schema_marks_exactly_what_check_refuses_in_each_example(path: Path) -> None:
    data = read_draft(path).data
    refused = tool_refuses(data)
    if path in POSITIVE:
        assert not refused, f"{path.name} is meant to be a valid draft: {refused}"
    assert schema_refuses(data) == where_marked(refused), _explain(data)


@pytest.mark.parametrize("path", sorted((ROOT / "examples" / "word").glob("*.docx")), ids=lambda p: p.name)
def test_drafts_extracted_from_the_bundled_word_sheets_agree_with_the_schema(path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    data = parse_yaml(result.stdout).data
    assert schema_refuses(data) == where_marked(tool_refuses(data)), _explain(data)


def test_the_new_draft_is_valid_against_the_schema() -> None:
    result = CliRunner().invoke(app, ["new"])
    assert result.exit_code == 0, result.output
    data = parse_yaml(result.output).data
    assert not tool_refuses(data)
    assert VALIDATOR.is_valid(data), _explain(data)


def _merge(base, patch):
    if isinstance(base, dict) and isinstance(patch, dict):
        return {**base, **{k: _merge(base.get(k), v) for k, v in patch.items()}}
    return patch


def _refused_cases():
    base = read_draft(COMPLETE).data
    for path in CASES:
        document = rule_case_file(path)
        for case in document["cases"]:
            data = _merge(base, case.get("patch") or {})
            if case.get("config") or not tool_refuses(data):
                continue
            yield pytest.param(data, id=f"{document['rule']}: {case['name']}")


@pytest.mark.parametrize("data", list(_refused_cases()))
def test_the_schema_refuses_what_check_refuses_for_its_type_or_value(data: dict) -> None:
    assert schema_refuses(data) == where_marked(tool_refuses(data)), _explain(data)


# Where each kind of value sits in a draft.
PLACES = {
    "answer": lambda v: {"implications": {"quality": {"answer": v}}},
    "risks.associated": lambda v: {"risks": {"associated": v}},
    "category": lambda v: {"purpose": {"categories": [v]}},
    "confidential": lambda v: {"confidential": v},
    "agenda_item": lambda v: {"agenda_item": v},
    "title": lambda v: {"title": v},
    "recommendation": lambda v: {"recommendations": [v, "The Board is asked to note it."]},
    "meeting_date": lambda v: {"meeting_date": v},
    "governance.date": lambda v: {"governance": [{"forum": "Finance Committee", "date": v}]},
}
# How people write these values: the words, letters, separators and digits they are made of.
PIECES = [
    "yes", "Yes", "YES", "y", "Y", "no", "No", "n", "N", "NA", "n/a", "N/A", "a", "A", "/", "_", ".",
    " ", "-", "\t", "not", "Not", "applicable", "APPLICABLE", "for", "For", "decision", "approval",
    "Approve", "noting", "note", "endorse", "Discussion", "assurance", "information", "on", "OFF",
    "t", "f", "true", "False", "1", "0", "2020", "-12", "-02", "-13", "-31", "-1", "maybe",
]
VALUES = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=4).map("".join),
    st.booleans(),
    st.sampled_from([0, 1, 2, -1, 7, 0.0, 1.0, 7.5, None]),
)


@pytest.mark.parametrize(
    ("place", "value"),
    [
        ("agenda_item", 7),
        ("answer", "Yes"),
        ("answer", "NA"),
        ("answer", "Not applicable"),
        ("answer", True),
        ("category", "For decision"),
        ("category", "for noting"),
        ("confidential", "no"),
        ("risks.associated", "No"),
        ("governance.date", "2020-11"),
        ("answer", "maybe"),
        ("category", "for fun"),
        ("confidential", "perhaps"),
        ("meeting_date", "December 2020"),
        ("meeting_date", "2020-11-31"),
        ("agenda_item", True),
    ],
)
def test_documented_spellings_agree(place: str, value) -> None:
    data = PLACES[place](value)
    assert (not tool_refuses(data)) == VALIDATOR.is_valid(data), (value, _explain(data))


@settings(max_examples=examples(400), deadline=None)
@given(place=st.sampled_from(sorted(PLACES)), value=VALUES)
def test_schema_and_check_accept_the_same_values(place: str, value) -> None:
    data = PLACES[place](value)
    assert (not tool_refuses(data)) == VALIDATOR.is_valid(data), (value, tool_refuses(data), _explain(data))

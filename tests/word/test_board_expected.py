"""Every file of the other boards' corpus read as a secretary reads it (tests/fixtures/boards).

Each form is read under a profile: a shipped one where it fits (nhs-icb for the ICB front
sheet, council-scrutiny for Buckinghamshire and Hackney), else the profile the board's
secretary would write (tests/fixtures/boards/profiles/). For every file, whoever wrote it
(python-docx, a LibreOffice re-save, pandoc):

- `extract` gives every answer EXPECTED.yaml reads off the sheet, the board's own questions
  included, and invents none (a key the form does not ask is absent or null);
- `check` gives exactly the defects the secretary would send back: the errors are exactly
  the expected ones, every expected warning is given, and any other warning is writing advice
  (CS6xx), never a question reported unanswered that the sheet answers. A blank form
  (EXPECTED.yaml's `blank`, no defects) is not a paper: check finds only unanswered questions
  (CS1xx), the ones the board requires among them, and no reading problem.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest
from helpers.truths import expected
from typer.testing import CliRunner

from coversheet.cli import app

BOARDS = Path(__file__).resolve().parent.parent / "fixtures" / "boards"
EXPECTED = expected(BOARDS / "EXPECTED.yaml")
FIXTURES = EXPECTED["fixtures"]
PROFILE_OF_FORM = {
    "nhs-icb": "nhs-icb",
    "bucks": "council-scrutiny",
    "hackney": "council-scrutiny",
    "reworded": "profiles/harrowdale.toml",
    "two-claims": "profiles/harrowdale.toml",
    "marked": "profiles/northfield.toml",
    "own-board": "profiles/riverside.toml",
    "none": "nhs-icb",
}
ADVICE = "CS6"  # writing advice (acronyms, long sentences): not a defect EXPECTED.yaml lists


def _profile(form: str) -> str:
    spec = PROFILE_OF_FORM[form]
    return str(BOARDS / spec) if spec.endswith(".toml") else spec


@functools.cache
def _config(form: str, folder: Path) -> Path:
    path = folder / f"{form}.coversheet.toml"
    path.write_text(f"profile = {json.dumps(_profile(form))}\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("configs")


def _run(*args) -> object:
    return CliRunner().invoke(app, [str(a) for a in args])


@functools.cache
def _checked(form: str, folder: Path) -> dict[str, dict]:
    """`check --format json` over every file of `form` at once: file name -> its findings."""
    names = [name for name, entry in FIXTURES.items() if entry["form"] == form]
    result = _run("check", *(BOARDS / name for name in names), "--config", _config(form, folder), "--format", "json", "-j", "1")
    assert result.exit_code in (0, 1), result.output
    return {Path(entry["path"]).name: entry for entry in json.loads(result.output)["files"]}


def _subset(found, expected, where: str) -> list[str]:
    """Where `found` differs from `expected`: every expected value equal; extra keys null."""
    if isinstance(expected, dict) and isinstance(found, dict):
        problems = []
        for key, value in expected.items():
            problems += _subset(found.get(key), value, f"{where}.{key}")
        for key in found.keys() - expected.keys():
            if found[key] not in (None, [], {}) and key != "unrecognised":
                problems.append(f"{where}.{key}: read {found[key]!r}, the sheet does not ask it")
        return problems
    if isinstance(expected, list) and isinstance(found, list) and len(found) == len(expected):
        return [p for i, (a, b) in enumerate(zip(found, expected)) for p in _subset(a, b, f"{where}[{i}]")]
    if isinstance(expected, dict) and found is None and all(v is None for v in expected.values()):
        return []  # {"answer": null}: asked, not answered
    if isinstance(found, str) and isinstance(expected, str):  # pandoc's typographic apostrophes read alike
        found, expected = found.replace("\u2019", "'"), expected.replace("\u2019", "'")
    return [] if found == expected else [f"{where}: read {found!r}, expected {expected!r}"]


def _paths(defect) -> list[str]:
    return defect["path"] if isinstance(defect["path"], list) else [defect["path"]]


def _same_question(field: str | None, path: str | None) -> bool:
    if field is None or path is None:
        return field == path
    field, path = (re.sub(r"\[(\d+)\]", r".\1", name).removesuffix(".answer") for name in (field, path))
    return field == path or field.startswith(path + ".")


NAMES = sorted(name for name, entry in FIXTURES.items() if entry["form"] != "none")


@pytest.mark.parametrize("name", NAMES)
def test_extract_reads_what_the_secretary_reads(name: str, folder: Path) -> None:
    entry = FIXTURES[name]
    result = _run("extract", BOARDS / name, "--config", _config(entry["form"], folder), "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    problems = _subset(found, entry["draft"], "draft")
    assert not problems, f"{name} under {PROFILE_OF_FORM[entry['form']]}:\n  " + "\n  ".join(problems)
    assert found.get("unrecognised", []) == entry["unrecognised"]


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_check_gives_exactly_the_expected_defects(name: str, folder: Path) -> None:
    entry = FIXTURES[name]
    findings = _checked(entry["form"], folder)[name]["findings"]
    if entry["blank"]:  # an unfilled form: every question the board requires is unanswered, nothing else
        codes = {f["code"] for f in findings}
        assert "CS101" in codes and all(code.startswith("CS1") for code in codes), (name, findings)
        return
    wanted = [(d["rule"], path) for d in entry["defects"] if d["rule"] for path in _paths(d)]
    errors = [(f["code"], f["field"]) for f in findings if f["severity"] == "error"]
    warnings = [(f["code"], f["field"]) for f in findings if f["severity"] == "warning"]
    given = errors + warnings
    missing = [w for w in wanted if not any(code == w[0] and _same_question(field, w[1]) for code, field in given)]
    extra = [e for e in errors if not any(e[0] == rule and _same_question(e[1], path) for rule, path in wanted)]
    extra += [w for w in warnings if not w[0].startswith(ADVICE)
              and not any(w[0] == rule and _same_question(w[1], path) for rule, path in wanted)]
    messages = "\n  ".join(f"{f['severity']} {f['code']} {f['field']}: {f['message']}" for f in findings)
    assert not missing and not extra, f"{name}: missing {missing}, not expected {extra}; check said:\n  {messages}"

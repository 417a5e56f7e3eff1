"""One read path: every command and the Python API read a file through `read_sheet`, so the same
file gives the same reading findings (codes and fields) whatever reads it.

Every fixture and example goes through `check_file`, `load_draft`, `extract`, `notice` and the
agenda, and each is held against what `read_sheet` found.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from helpers.paths import DATA, DOCX, EXAMPLES, ROOT
from typer.testing import CliRunner

from coversheet.api import DraftInvalid, load_draft
from coversheet.cli import app
from coversheet.desk.agenda import build_agenda
from coversheet.desk.markdown import markdown_text
from coversheet.findings import Severity
from coversheet.model import CoverSheet
from coversheet.rules import RULES
from coversheet.run.configuration import config_for
from coversheet.run.one_file import CheckOptions, check_file, read_sheet

DRAFTS = ("*.yaml", "*.yml", "*.json")
CORPUS = sorted(
    {*DOCX.rglob("*.docx"), *EXAMPLES.rglob("*.docx")}
    | {path for folder in (DATA, EXAMPLES) for pattern in DRAFTS for path in folder.rglob(pattern)}
)
runner = CliRunner()


def fields(findings) -> list[tuple[str, str | None]]:
    return sorted((f.code, f.field) for f in findings)


@cache
def agenda_notes(folder: Path) -> list[str]:
    return build_agenda(folder, options=CheckOptions(jobs=1)).warnings


def test_the_corpus_has_every_kind_of_file() -> None:
    assert {p.suffix for p in CORPUS} == {".docx", ".yaml", ".yml", ".json"} and len(CORPUS) > 40


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_entry_point_reads_a_file_the_same(path: Path) -> None:
    reading = read_sheet(path, config_for(path))
    expected = fields(reading.findings)
    assert all(RULES[code].group == "reading" for code, _ in expected), expected

    checked = check_file(path)
    assert fields(f for f in checked.findings if RULES[f.code].group == "reading") == expected
    assert checked.unreadable == reading.unreadable

    errors = [f for f in reading.findings if f.severity is Severity.ERROR]
    if errors:
        with pytest.raises(DraftInvalid) as raised:
            load_draft(path)
        assert fields(raised.value.findings) == fields(errors)
    else:
        assert load_draft(path) == reading.sheet

    extracted = runner.invoke(app, ["extract", str(path)])
    if reading.unreadable:
        assert extracted.exit_code == 1, extracted.output
        assert extracted.stderr.strip() == f"coversheet: {path}: {reading.findings[0].message}"
    else:
        assert extracted.exit_code == 0, extracted.output
        # Each finding on a field of the sheet is a comment on it (an unknown key is not in the draft to carry one).
        commented = sorted(re.findall(r"# (CS\d{3}): ", extracted.stdout))
        on_the_sheet = [code for code, field in expected if field and field.split(".")[0] in CoverSheet.model_fields]
        assert commented == sorted(on_the_sheet), extracted.stdout

    notice = runner.invoke(app, ["notice", str(path)])
    assert notice.exit_code == (0 if checked.status.value == "pass" else 1), notice.output
    if notice.exit_code == 1:
        for finding in reading.findings:
            if finding.severity is not Severity.INFO:
                # The notice prints every value escaped for Markdown (no HTML or link gets through).
                assert markdown_text(finding.message) in notice.stdout, finding.code

    notes = [n for n in agenda_notes(path.parent) if n.startswith(f"{path.name} could not be read")]
    if reading.unreadable and not path.name.startswith("~$"):  # the agenda, like check, passes over Word's lock files
        first = reading.findings[0]
        assert notes == [f"{path.name} could not be read ({first.code} {first.message.rstrip('.')}): it is not on the agenda."]
    else:
        assert notes == []

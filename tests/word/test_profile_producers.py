"""Each shipped profile's Word papers, from two producers: our own render and a LibreOffice re-save.

For ics-board-2020 (the default sheet), nhs-icb and council-scrutiny: every example draft is
drawn as its board's Word paper (as `render` draws it, but also where the draft has defects)
and that paper is re-saved by LibreOffice Writer (`soffice --convert-to docx`, which drops the
controls' tags). Each file must then say what its draft says: a complete paper passes, a paper
with planted defects gets exactly those errors, and `extract` gives every answer of the draft,
the board's own questions included, field by field. Each board's blank form (`new --docx`),
and its re-save, gets exactly the errors of the blank draft `new` writes.

The re-saves are made once per session, all in one LibreOffice run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers.paths import EXAMPLES, ROOT
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.config import DEFAULT_CONFIG
from coversheet.run.configuration import load_config
from coversheet.run.one_file import read_sheet
from coversheet.word.writing.render import render_sheet

BOARDS = ROOT / "examples-profiles"
runner = CliRunner()


@dataclass(frozen=True)
class Paper:
    profile: str
    draft: Path | None  # None: the board's blank form
    config: Path | None  # the board's coversheet.toml; None: the default sheet
    errors: frozenset[tuple[str, str]]  # (code, field) at error level

    @property
    def name(self) -> str:
        return f"{self.profile}-{self.draft.stem if self.draft else 'form'}"


def _paper(profile: str, draft: str | None, *errors: tuple[str, str]) -> Paper:
    if profile == "ics-board-2020":
        return Paper(profile, EXAMPLES / draft if draft else None, None, frozenset(errors))
    return Paper(profile, BOARDS / profile / draft if draft else None, BOARDS / profile / "coversheet.toml",
                 frozenset(errors))


PAPERS = [
    _paper("ics-board-2020", "complete.yaml"),
    _paper("ics-board-2020", "item-05-phase-3-planning.yaml", ("CS105", "risks.associated"), ("CS106", "purpose.categories")),
    _paper("ics-board-2020", "item-07-clinical-strategy.yaml", ("CS102", "conflicts_of_interest")),
    # The draft's meeting date is no date (CS003): a Word paper can only leave it out (CS101).
    _paper("ics-board-2020", "item-09-assurance-framework.yaml", ("CS101", "meeting_date"),
           ("CS108", "confidential_reason"), ("CS405", "implications.equality")),
    _paper("ics-board-2020", "item-10-finance-report.yaml", ("CS301", "risks.references")),
    _paper("ics-board-2020", "item-12-programme-summary.yaml", ("CS102", "conflicts_of_interest"),
           ("CS106", "purpose.categories"), ("CS108", "confidential_reason")),
    _paper("nhs-icb", "item-07-winter-plan.yaml"),
    _paper("nhs-icb", "item-09-community-services.yaml", ("CS101", "questions.baf_risks"),
           ("CS104", "implications.equality"), ("CS402", "governance.0.date")),
    _paper("council-scrutiny", "item-08-public-feedback-survey.yaml"),
    _paper("council-scrutiny", "item-06-ics-consultation.yaml", ("CS101", "authors")),
]
FORMS = [_paper(profile, None) for profile in ("ics-board-2020", "nhs-icb", "council-scrutiny")]
PRODUCERS = ["render", pytest.param("libreoffice", marks=pytest.mark.slow)]


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def _config_args(paper: Paper) -> list:
    return ["--config", paper.config] if paper.config else []


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> Path:
    """A folder with each paper and form as our render / `new --docx` draws it."""
    folder = tmp_path_factory.mktemp("rendered")
    for paper in PAPERS:
        out = folder / f"{paper.name}.docx"
        if paper.config is None:
            render_sheet(read_sheet(paper.draft, DEFAULT_CONFIG).sheet, out)
        else:  # examples-profiles/ holds them, drawn from the drafts by `make examples` (kept fresh by a test)
            shutil.copy(paper.draft.with_suffix(".docx"), out)
    for form in FORMS:
        result = run("new", folder / f"{form.name}.docx", "--docx", *_config_args(form))
        assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="session")
def resaved(rendered: Path, tmp_path_factory) -> Path:
    """The same files opened and saved again by LibreOffice Writer, in one run."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot re-save a Word file")
    work = tmp_path_factory.mktemp("libreoffice")
    sources = sorted(rendered.glob("*.docx"))
    subprocess.run(
        [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work / "out"), *map(str, sources)],
        check=True, capture_output=True, timeout=300,
    )
    for source in sources:
        assert (work / "out" / source.name).is_file(), f"LibreOffice did not save {source.name}"
    return work / "out"


@pytest.fixture
def folder(request, rendered):
    return rendered if request.param == "render" else request.getfixturevalue("resaved")


def _errors(path: Path, paper: Paper) -> set[tuple[str, str]]:
    result = run("check", path, "--format", "json", *_config_args(paper))
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.output)["files"][0]["findings"]
    return {(f["code"], f["field"]) for f in findings if f["severity"] == "error"}


def _flat(data, prefix: str = "") -> dict:
    """Each answer by its path; a group with nothing answered in it (a person {name: null,
    role: null}) is one unanswered field, as the draft's null is."""
    if isinstance(data, dict) and any(value is not None for value in data.values()):
        flat: dict = {}
        for key, value in data.items():
            flat.update(_flat(value, f"{prefix}{key}."))
        return flat
    if isinstance(data, list) and data:
        flat = {}
        for index, value in enumerate(data):
            flat.update(_flat(value, f"{prefix}{index}."))
        return flat
    if isinstance(data, dict) and data:
        return {prefix.rstrip("."): None}
    return {prefix.rstrip("."): data}


def _ids(paper: Paper) -> str:
    return paper.name


@pytest.mark.parametrize("folder", PRODUCERS, indirect=True)
@pytest.mark.parametrize("paper", PAPERS, ids=_ids)
def test_a_paper_gets_exactly_its_planted_errors(paper: Paper, folder: Path) -> None:
    docx = folder / f"{paper.name}.docx"
    assert _errors(docx, paper) == paper.errors
    if not paper.errors:
        assert run("check", docx, *_config_args(paper)).exit_code == 0


@pytest.mark.parametrize("folder", PRODUCERS, indirect=True)
@pytest.mark.parametrize("paper", PAPERS, ids=_ids)
def test_extract_gives_every_answer_of_the_draft(paper: Paper, folder: Path) -> None:
    config = load_config(paper.config) if paper.config else DEFAULT_CONFIG
    expected = _flat(read_sheet(paper.draft, config).sheet.model_dump(mode="json"))
    result = run("extract", folder / f"{paper.name}.docx", "--format", "json", *_config_args(paper))
    assert result.exit_code == 0, result.output
    extracted = _flat(json.loads(result.output))
    answered = [path for path, value in expected.items() if value is not None]
    assert len(answered) >= 8
    for path, value in expected.items():  # field by field, so a difference names its field
        assert extracted.get(path) == value, path
    assert set(extracted) <= set(expected), set(extracted) - set(expected)


def test_the_papers_answer_each_boards_own_questions() -> None:
    answering = {paper.profile for paper in PAPERS if paper.config is not None
                 and read_sheet(paper.draft, load_config(paper.config)).sheet.model_dump().get("questions")}
    assert answering == {"nhs-icb", "council-scrutiny"}


@pytest.mark.parametrize("folder", PRODUCERS, indirect=True)
@pytest.mark.parametrize("form", FORMS, ids=_ids)
def test_a_blank_form_gets_exactly_the_errors_of_the_blank_draft(form: Paper, folder: Path, tmp_path: Path) -> None:
    draft = tmp_path / "blank.yaml"
    assert run("new", draft, *_config_args(form)).exit_code == 0
    expected = _errors(draft, form)
    assert len(expected) >= 4
    assert _errors(folder / f"{form.name}.docx", form) == expected

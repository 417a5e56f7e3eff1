"""SARIF as code-scanning services take it: Microsoft's own validator, and the URIs it checks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest
from helpers.paths import EXAMPLES, ROOT
from typer.testing import CliRunner

from coversheet.cli import app
from coversheet.report.sarif import artifact_location, file_uri

VALIDATOR = shutil.which("sarif-multitool")
FOLDER = "Board papers — Décembre 2020 Ødegård"  # spaces, a dash and non-ASCII letters


def sarif_of(*args: str) -> dict:
    result = CliRunner().invoke(app, ["check", *args, "--format", "sarif"])
    assert result.exit_code == 1, result.output  # the examples have real defects
    return json.loads(result.output)


def validate(log: Path) -> list[str]:
    """The validator's errors and warnings about `log`, one line each."""
    if VALIDATOR is None:
        pytest.skip("the SARIF validator is not installed (npm install -g @microsoft/sarif-multitool)")
    out = log.with_name(log.name + ".validation.sarif")
    done = subprocess.run(
        [VALIDATOR, "validate", str(log), "--output", str(out), "--quiet"],
        capture_output=True, text=True, timeout=120,
        # It is a .NET program: without this it stops where the ICU library is not installed.
        env={**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    run = json.loads(out.read_text(encoding="utf-8-sig"))["runs"][0]
    assert run["invocations"][0]["executionSuccessful"], done.stdout
    # A result without a level is a warning (SARIF §3.27.10).
    return [
        f"{r.get('level', 'warning')} {r['ruleId']}: {r['message'].get('arguments')}"
        for r in run.get("results", [])
        if r.get("level", "warning") in {"error", "warning"}
    ]


def save(document: dict, folder: Path) -> Path:
    log = folder / "check.sarif"
    log.write_text(json.dumps(document), encoding="utf-8")
    return log


@pytest.fixture
def board(tmp_path: Path) -> Path:
    """The examples, drafts and Word sheets, in a folder named as secretaries name them."""
    folder = tmp_path / FOLDER
    shutil.copytree(EXAMPLES, folder)
    return folder


@pytest.mark.slow
@pytest.mark.parametrize("given", ["relative", "absolute"])
def test_the_validator_accepts_the_examples(given: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    document = sarif_of("examples" if given == "relative" else str(EXAMPLES))
    assert validate(save(document, tmp_path)) == []


@pytest.mark.slow
@pytest.mark.parametrize("given", ["relative", "absolute"])
def test_the_validator_accepts_a_folder_named_with_spaces_and_accents(
    given: str, board: Path, monkeypatch
) -> None:
    monkeypatch.chdir(board.parent)
    document = sarif_of(FOLDER if given == "relative" else str(board))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in document["runs"][0]["results"]}
    assert all("Board%20papers%20%E2%80%94%20D%C3%A9cembre%202020%20%C3%98deg%C3%A5rd/" in uri for uri in uris)
    assert validate(save(document, board.parent)) == []


@pytest.mark.slow
def test_the_validator_finds_what_the_old_form_got_wrong(tmp_path: Path, monkeypatch) -> None:
    """Bare "/..." paths, unencoded spaces and missing regions are what it must report."""
    monkeypatch.chdir(ROOT)
    document = sarif_of(str(EXAMPLES))
    for i, result in enumerate(document["runs"][0]["results"]):
        location = result["locations"][0]["physicalLocation"]
        location["artifactLocation"] = {"uri": "/srv/board/item 5.yaml" if i == 0 else "/srv/board/item-5.yaml"}
        del location["region"]
    rules = {problem.split(":")[0] for problem in validate(save(document, tmp_path))}
    assert rules == {"error SARIF1002", "error SARIF1004", "warning SARIF2017"}


def test_relative_paths_are_against_the_named_working_directory(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    run = sarif_of("examples")["runs"][0]
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == ROOT.as_uri() + "/"
    locations = [r["locations"][0]["physicalLocation"] for r in run["results"]]
    assert {loc["artifactLocation"]["uriBaseId"] for loc in locations} == {"%SRCROOT%"}
    assert "examples/word/item-05-phase-3-planning.docx" in {loc["artifactLocation"]["uri"] for loc in locations}


def test_whole_word_file_findings_start_at_line_1_and_draft_findings_keep_their_line(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    lines: dict[str, set[int]] = {}
    for result in sarif_of("examples")["runs"][0]["results"]:
        location = result["locations"][0]["physicalLocation"]
        lines.setdefault(location["artifactLocation"]["uri"].rsplit(".", 1)[1], set()).add(location["region"]["startLine"])
    assert lines["docx"] == {1}
    assert len(lines["yaml"]) > 1 and max(lines["yaml"]) > 1


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (PureWindowsPath("S:/Board/2020-12-02/item 5 — Décembre.docx"),
         "file:///S:/Board/2020-12-02/item%205%20%E2%80%94%20D%C3%A9cembre.docx"),
        (PureWindowsPath(r"S:\Board\papers#1\50%.docx"), "file:///S:/Board/papers%231/50%25.docx"),
        (PureWindowsPath(r"\\fileserver\board\item 5.docx"), "file://fileserver/board/item%205.docx"),
        (PurePosixPath("/srv/board/Ødegård [draft].yaml"), "file:///srv/board/%C3%98deg%C3%A5rd%20%5Bdraft%5D.yaml"),
    ],
)
def test_absolute_paths_are_percent_encoded_file_uris(path, uri: str) -> None:
    assert file_uri(path) == uri


@pytest.mark.skipif(os.name == "nt", reason="S:/ is a drive on Windows, a folder named S: elsewhere")
def test_a_relative_first_segment_with_a_colon_is_not_read_as_a_scheme(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert artifact_location(Path("S:/Board/item.docx")) == {"uri": "S%3A/Board/item.docx", "uriBaseId": "%SRCROOT%"}


def test_a_relative_path_outside_the_working_directory_is_absolute(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    assert artifact_location(Path("../there/item.yaml")) == {"uri": (tmp_path / "there" / "item.yaml").as_uri()}

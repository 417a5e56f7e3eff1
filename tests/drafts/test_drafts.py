"""Drafts in: good ones pass, each kind of bad file is one clear CS001 finding (status error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.paths import DATA

from coversheet.api import check_file, check_paths, load_draft
from coversheet.drafts.read import parse_yaml
from coversheet.findings import Status

NEGATIVE = parse_yaml((DATA / "negative" / "EXPECTED.yaml").read_text()).data


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_bad_draft_is_one_clear_error(name: str) -> None:
    result = check_file(DATA / "negative" / name)
    assert result.status is Status.ERROR
    assert len(result.findings) == 1, result.findings
    finding = result.findings[0]
    assert finding.code == "CS001"
    assert NEGATIVE[name] in finding.message
    assert "\n" not in finding.message


@pytest.mark.parametrize("path", sorted((DATA / "positive").iterdir()), ids=lambda p: p.name)
def test_good_draft_passes(path: Path) -> None:
    result = check_file(path)
    assert result.status is Status.PASS, [f.message for f in result.findings]


def test_yaml_and_json_drafts_read_the_same() -> None:
    yaml, json = DATA / "positive" / "complete.yaml", DATA / "positive" / "complete.json"
    assert load_draft(yaml) == load_draft(json)
    assert load_draft(yaml).title == "ICS Finance Report"  # a sheet with its answers, not two empty ones
    run = check_paths([yaml, json])
    assert [r.status for r in run.results] == [Status.PASS, Status.PASS]
    assert run.results[0].findings == run.results[1].findings == []


def test_unquoted_yes_is_the_answer_not_a_boolean() -> None:
    data = parse_yaml("implications:\n  quality:\n    answer: yes\nconfidential: no\n").data
    assert data["implications"]["quality"]["answer"] == "yes"
    assert data["confidential"] == "no"


def test_every_key_has_its_line() -> None:
    raw = parse_yaml("title: x\nrisks:\n  references:\n    - id: FIN-07\n      description: y\n")
    assert raw.lines["title"] == 1
    assert raw.lines["risks.references.0.id"] == 4
    assert raw.line_of("risks.references.0.description") == 5
    assert raw.line_of("risks.references.0.missing") == 4


def test_findings_on_a_draft_carry_lines(tmp_path: Path) -> None:
    draft = tmp_path / "paper.yaml"
    draft.write_text("title: Report\nmeeting_date: December 2020\nrecomendations: []\n")
    result = check_file(draft)
    lines = {f.code: f.line for f in result.findings}
    assert lines["CS003"] == 2
    assert lines["CS002"] == 3
    assert all(f.line for f in result.findings if f.field), result.findings


def test_a_refused_value_does_not_hide_other_problems(tmp_path: Path) -> None:
    draft = tmp_path / "paper.yaml"
    draft.write_text("meeting_date: 2020-12-02\nsubmitted_on: yesterday\ntitle: '[Insert title]'\n")
    codes = {f.code for f in check_file(draft).findings}
    assert {"CS003", "CS201", "CS101"} <= codes


def test_alias_bomb_is_refused_in_bounded_memory() -> None:
    import tracemalloc

    tracemalloc.start()
    check_file(DATA / "negative" / "alias-bomb.yaml")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 50_000_000  # expanded, 9**9 strings would need gigabytes


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    import os
    import shutil

    folder = tmp_path / "papers"
    shutil.copytree(DATA, folder)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    check_paths([folder])
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}
    assert before == after
    assert not [p for p in folder.rglob("*") if p not in before and p.is_file()], os.listdir(folder)

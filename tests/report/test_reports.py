"""Every report format, checked as its consumer reads it."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from helpers.paths import NEGATIVE, ROOT

from coversheet.api import check_paths
from coversheet.report import FORMATS, render

BAD = NEGATIVE / "duplicate-key.yaml"


@pytest.fixture(scope="module")
def run():
    return check_paths([*sorted((ROOT / "examples").glob("*.yaml")), BAD])


def test_json_summary_counts_each_status(run) -> None:
    report = json.loads(render(run, "json"))
    assert report["summary"] == {"files": 7, "pass": 1, "fail": 5, "error": 1}
    statuses = {Path(f["path"]).name: f["status"] for f in report["files"]}
    assert statuses["duplicate-key.yaml"] == "error"
    assert statuses["complete.yaml"] == "pass"


def test_sarif_is_structurally_sarif_2_1_0(run) -> None:
    document = json.loads(render(run, "sarif"))
    assert document["version"] == "2.1.0"
    assert document["$schema"].endswith("sarif-2.1.0.json")
    driver = document["runs"][0]["tool"]["driver"]
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    results = document["runs"][0]["results"]
    assert len(results) == sum(len(r.findings) for r in run.results)
    for result in results:
        assert result["level"] in {"error", "warning", "note"}
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"]
        assert location.get("region", {"startLine": 1})["startLine"] >= 1
        assert result["message"]["text"]


def test_junit_is_xml_with_a_case_per_file(run) -> None:
    root = ET.fromstring(render(run, "junit"))
    suite = root.find("testsuite")
    assert suite.get("tests") == "7" and suite.get("failures") == "5" and suite.get("errors") == "1"
    cases = {Path(c.get("name")).name: c for c in suite.iter("testcase")}
    assert cases["complete.yaml"].find("failure") is None
    assert "CS301" in cases["item-10-finance-report.yaml"].find("failure").text
    assert cases["duplicate-key.yaml"].find("error") is not None


def test_github_lines_are_workflow_commands(run) -> None:
    lines = render(run, "github").splitlines()
    assert len(lines) == sum(len(r.findings) for r in run.results)
    for line in lines:
        assert line.startswith(("::error ", "::warning ", "::notice "))
        props, message = line.split("::", 2)[1:]
        assert "file=" in props and "title=" in props
        assert "\n" not in message
    assert any("line=" in line and "CS301" in line for line in lines)


def test_text_report_is_plain_without_a_terminal(run) -> None:
    text = render(run, "text", color=False)
    assert "\x1b[" not in text
    assert "item-10-finance-report.yaml" in text
    assert "CS301" in text and "Give each risk's register reference" in text
    assert "7 file(s): 1 pass, 5 fail, 1 error" in text


def test_plain_summary_has_one_line_per_file_however_long_its_path(run) -> None:
    summary = render(run, "text", color=False).split("Summary\n", 1)[1].splitlines()
    assert summary[0].split() == ["File", "Status", "Errors", "Warnings", "First", "problem"]
    assert len(summary) == 1 + len(run.results) + 1  # headings, a line a file, the totals
    for result, line in zip(run.results, summary[1:], strict=False):
        assert line.startswith(result.path.as_posix() + " ")
        assert result.status.value.upper() in line.split()


def test_coloured_report_draws_the_table_with_rich(run) -> None:
    text = render(run, "text", color=True, width=100)
    assert "\x1b[" in text and "┏" in text
    assert "CS301" in text and "file(s)" in text


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_gives_every_finding_and_names_its_file(run, name: str) -> None:
    shown = render(run, name)
    shown = html.unescape(shown) if name in {"html", "junit"} else shown  # &gt; in the markup is > on screen
    # Several papers share a finding: each must be there as often as it was found.
    for message, times in Counter(f.message for r in run.results for f in r.findings).items():
        assert shown.count(message) >= times, message
    for result in run.results:
        assert {f.code for f in result.findings} <= set(re.findall(r"CS\d{3}", shown))
        if result.findings:
            assert result.path.name in shown

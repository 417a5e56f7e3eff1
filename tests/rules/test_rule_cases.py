"""Each rule's cases, kept as data in cases/CSxxx.yaml, run against a patched complete draft.

A case patches examples/complete.yaml (mappings merge, anything else replaces, null means
"not answered") and states the fields the rule must report (`fail`) or that it stays
silent (`pass`). Every rule with a check has failing and passing cases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers.drafts import TODAY, merge
from helpers.truths import rule_case_file

from coversheet.config import BoardConfig
from coversheet.drafts.read import parse_yaml
from coversheet.model.raw import RawDraft
from coversheet.rules import RULES, Context
from coversheet.rules.running import run_rules
from coversheet.run.one_file import validate_raw

CASES = Path(__file__).parent / "cases"
COMPLETE = Path(__file__).resolve().parents[2] / "examples" / "complete.yaml"


def _load_cases():
    for path in sorted(CASES.glob("CS*.yaml")):
        document = rule_case_file(path)
        for case in document["cases"]:
            yield pytest.param(document["rule"], case, id=f"{document['rule']}: {case['name']}")



def _expand(value):
    """'{words:260}' and '{chars:151}' stand for long text in the case files."""
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    if isinstance(value, str):
        match = re.fullmatch(r"\{(words|chars):(\d+)\}", value)
        if match:
            count = int(match.group(2))
            if match.group(1) == "words":
                return " ".join(["governance"] * count)
            return ("Board paper title " * (count // 10 + 1))[: count - 1] + "s"
    return value


def findings_for(rule_code: str, case: dict):
    base = parse_yaml(COMPLETE.read_text(encoding="utf-8")).data
    raw = RawDraft(merge(base, _expand(case.get("patch") or {})))
    config = BoardConfig.model_validate(case.get("config") or {})
    sheet, reported = validate_raw(raw, config)
    findings = reported + run_rules(sheet, Context(config=config, today=TODAY), raw, reported)
    return [f for f in findings if f.code == rule_code]


@pytest.mark.parametrize(("rule_code", "case"), list(_load_cases()))
def test_rule_case(rule_code: str, case: dict) -> None:
    found = findings_for(rule_code, case)
    fields = sorted({f.field for f in found})
    if case.get("pass"):
        assert not found, f"expected no {rule_code} finding, got: {[f.message for f in found]}"
        return
    assert fields == sorted(case["fail"]), [f.message for f in found]
    if "message" in case:
        assert any(case["message"] in f.message for f in found), [f.message for f in found]


def test_every_rule_with_a_check_has_failing_and_passing_cases() -> None:
    kinds: dict[str, set[str]] = {}
    for param in _load_cases():
        code, case = param.values
        kinds.setdefault(code, set()).add("pass" if case.get("pass") else "fail")
    for code, rule in RULES.items():
        if rule.check is not None:
            assert kinds.get(code) == {"pass", "fail"}, f"{code} needs failing and passing cases"

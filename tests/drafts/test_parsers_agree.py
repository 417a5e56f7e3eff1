"""Drafts read the same whichever YAML parser composes them.

ruamel.yaml composes with libyaml's parser when ruamel.yaml.clib is installed and with its own
pure-Python parser when it is not (PyPy, a platform without a wheel). Both must give the same
values, the same line for every key and the same comma-cut notes, or a finding would point at a
different line on a different machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import ruamel.yaml.main

from coversheet.drafts.read import parse_yaml

ROOT = Path(__file__).resolve().parents[2]
DRAFTS = sorted([*ROOT.glob("examples/*.yaml"), *ROOT.glob("examples-profiles/**/*.yaml")])
TRICKY = [
    "title: yes\nmeeting_date: 2026-01-05\nagenda_item: 012\n",
    "implications:\n  privacy: {answer: n/a, note: Aggregate, anonymised data only.}\n",
    "summary: >\n  Folded\n  text\nrecommendations:\n  - 'quoted: colon'\n  - \"double\"\n",
    "a: &x {b: 1}\nc: *x\n",
]


def _read(text: str) -> tuple:
    draft = parse_yaml(text)
    return draft.data, draft.lines, draft.comma_splits


@pytest.mark.parametrize("text", [path.read_text(encoding="utf-8") for path in DRAFTS] + TRICKY)
def test_libyaml_and_the_pure_parser_read_a_draft_alike(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ruamel.yaml.main.CParser is not None, "ruamel.yaml.clib is a dependency: drafts are parsed by libyaml"
    fast = _read(text)
    monkeypatch.setattr(ruamel.yaml.main, "CParser", None)  # what a machine without the clib wheel runs
    assert _read(text) == fast

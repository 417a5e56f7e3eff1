"""Truth files read once per test process.

Several test modules parametrise over the same EXPECTED.yaml or rule-case files, and each used
to parse them at collection: pure-Python YAML over 80 KB, several times per pytest worker. Each
caller gets its own copy, so a test that changes what it was given cannot change another's.
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path

from ruamel.yaml import YAML

from coversheet.drafts.read import parse_yaml


def expected(path: Path):
    """A truth file as plain data (YAML's safe loader)."""
    return copy.deepcopy(_safe_load(Path(path).resolve()))


def rule_case_file(path: Path):
    """A rule's case file read as coversheet reads a draft (so "no", "N/A" and dates are as in drafts)."""
    return copy.deepcopy(_draft_load(Path(path).resolve()))


@cache
def _safe_load(path: Path):
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@cache
def _draft_load(path: Path):
    return parse_yaml(path.read_text(encoding="utf-8")).data

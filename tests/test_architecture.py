"""The structure the README and pyproject.toml promise, held against the code."""

from __future__ import annotations

import re
from pathlib import Path

from coversheet.resources import tomllib
from coversheet.rules import RULES

ROOT = Path(__file__).resolve().parents[1]


def _contracts() -> list[dict]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def test_every_rule_module_is_held_independent_of_the_others() -> None:
    (independence,) = [c for c in _contracts() if c["type"] == "independence"]
    modules = {f"coversheet.rules.{p.stem}" for p in (ROOT / "coversheet" / "rules").glob("cs*.py")}
    assert set(independence["modules"]) == modules


def test_every_package_of_coversheet_sits_in_a_layer() -> None:
    (layers,) = [c for c in _contracts() if c["type"] == "layers"]
    named = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    top = {p.stem for p in (ROOT / "coversheet").glob("*.py") if p.stem not in {"__init__", "__main__"}}
    top |= {p.name for p in (ROOT / "coversheet").iterdir() if (p / "__init__.py").is_file()}
    assert {f"coversheet.{name}" for name in top} == named


def test_the_readme_rule_table_is_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (CS\d{3}) \| ([a-z-]+) \| ([a-z-]+) \| (error|warning|info) \|$", readme, re.MULTILINE)
    assert rows == [(r.code, r.name, r.group, r.severity.value) for r in RULES.values()]


def test_the_rules_page_is_written_from_the_registry() -> None:
    import runpy

    builder = runpy.run_path(str(ROOT / "tools" / "build_rules_doc.py"))
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == builder["page"](), "run `make docs`"

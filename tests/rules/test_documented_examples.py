"""Every rule's documented examples (`coversheet explain`) run: Fails fails, Passes passes.

An example is a YAML patch on examples/complete.yaml, as the rule cases are; a heading may
name the board's settings it needs, as TOML: `Fails (with meetings = [2020-12-02]):`. An
example shown as it looks on a Word sheet says so (`(on a Word sheet)`); those rules are
exercised by the Word fixtures instead.
"""

from __future__ import annotations

import inspect
import re
import textwrap

import pytest
from helpers.drafts import TODAY, merge
from helpers.paths import EXAMPLES

from coversheet.config import BoardConfig
from coversheet.drafts.read import parse_yaml
from coversheet.model.raw import RawDraft
from coversheet.resources import tomllib
from coversheet.rules import RULES, Context
from coversheet.rules.running import run_rules
from coversheet.run.one_file import validate_raw

_HEADING = re.compile(r"^(Fails|Passes)(?: \((?P<how>[^)]*)\))?:$", re.MULTILINE)


def _examples(rule):
    """(kind, settings, block) for each example in the rule's documentation."""
    doc = inspect.cleandoc(rule.doc)
    headings = list(_HEADING.finditer(doc))
    for index, heading in enumerate(headings):
        end = headings[index + 1].start() if index + 1 < len(headings) else len(doc)
        body = doc[heading.end():end]
        block = textwrap.dedent("\n".join(line for line in body.splitlines() if line.startswith("    ") or not line.strip())).strip("\n")
        block = block.split("\n\n")[0]  # the example ends at the first blank line
        yield heading.group(1), heading.group("how") or "", block


def _params():
    for rule in RULES.values():
        for number, (kind, how, block) in enumerate(_examples(rule)):
            if how != "on a Word sheet":
                yield pytest.param(rule, kind, how, block, id=f"{rule.code}-{kind}-{number}")


def _findings(rule, how: str, block: str):
    settings = tomllib.loads(how.removeprefix("with ")) if how.startswith("with ") else {}
    config = BoardConfig.model_validate(settings)
    if how == "a whole draft":
        from coversheet.errors import UnreadableFile

        try:
            raw = parse_yaml(block + "\n")
        except UnreadableFile:
            return [RULES["CS001"].code]
    else:
        base = parse_yaml((EXAMPLES / "complete.yaml").read_text(encoding="utf-8")).data
        raw = RawDraft(merge(base, parse_yaml(block + "\n").data))
    sheet, reported = validate_raw(raw, config)
    found = reported + run_rules(sheet, Context(config=config, today=TODAY), raw, reported)
    return [f.code for f in found]


def test_every_rule_documents_a_failing_and_a_passing_example() -> None:
    for rule in RULES.values():
        kinds = {kind for kind, _, _ in _examples(rule)}
        assert kinds == {"Fails", "Passes"}, rule.code


def test_only_reading_rules_show_their_examples_on_a_word_sheet() -> None:
    # A rule about the sheet's content shows a draft that runs; only problems of reading a
    # Word file (two boxes ticked, a form that lost its tags) are shown as the page looks.
    on_word = {rule.code for rule in RULES.values() for _, how, _ in _examples(rule) if how == "on a Word sheet"}
    assert on_word and all(RULES[code].group == "reading" for code in on_word)


@pytest.mark.parametrize(("rule", "kind", "how", "block"), list(_params()))
def test_a_documented_example_does_what_it_says(rule, kind, how, block) -> None:
    codes = _findings(rule, how, block)
    if kind == "Fails":
        assert rule.code in codes, f"{rule.code} example should fail:\n{block}"
    else:
        assert rule.code not in codes, f"{rule.code} example should pass:\n{block}"

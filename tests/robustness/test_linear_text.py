"""Every rule reads author text in time that grows linearly with its length.

An author controls every string on a sheet, so a pattern that backtracks (time growing with
the square of a word's length) lets one paper stall a whole run. Each property below feeds
long, adversarial text into every free-text field at two lengths and compares the times: a
linear check takes about 8x as long for 8x the text; a quadratic one 64x. Ratios, not
absolute times, so that a slow or busy machine does not fail the test.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers.examples import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from coversheet.run.configuration import config_for
from coversheet.run.one_file import CheckOptions, check_file

# Slow by design: each probe times every text rule on texts of thousands of characters.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "complete.yaml"
SMALL, LARGE = 3_000, 24_000  # characters; LARGE is 8x SMALL

# Characters the text rules care about: capitals and digits (acronyms), brackets (definitions),
# sentence ends, separators, spaces and tabs, curly quotes.
TRICKY = "AZa1&'’-,.()! \t\n/"


def _draft_with(text: str) -> dict:
    draft = YAML(typ="safe").load(COMPLETE.read_text(encoding="utf-8"))
    draft["title"] = text[:2000]
    draft["purpose"]["text"] = text
    draft["executive_summary"] = text
    draft["recommendations"] = [text, "The Board is asked to note " + text]
    draft["conflicts_of_interest"] = text
    return draft


def _seconds_to_check(text: str, folder: Path) -> float:
    import json

    path = folder / "draft.json"
    path.write_text(json.dumps(_draft_with(text), default=str), encoding="utf-8")
    options = CheckOptions(config=config_for(COMPLETE), jobs=1, time_budget=None)
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        check_file(path, options)
        best = min(best, time.perf_counter() - started)
    return best


def _assert_linear(unit: str, folder: Path) -> None:
    small = _seconds_to_check((unit * (SMALL // len(unit) + 1))[:SMALL], folder)
    large = _seconds_to_check((unit * (LARGE // len(unit) + 1))[:LARGE], folder)
    # 8x the text: linear is ~8x; allow 3x for noise, plus a floor for tiny times.
    assert large <= 24 * small + 0.05, f"{unit!r}: {SMALL} chars {small:.3f}s, {LARGE} chars {large:.3f}s"


@pytest.mark.parametrize(
    "unit",
    [
        "x",  # one 24,000-character word: the probe that took 52 s at 60k
        "X",  # one long word in capitals
        "AB ",  # capitals for emphasis, forever
        " ",  # nothing but spaces
        "a (",  # definitions that never close
        "ABC (a ",
        "1&",
        ". ",
        "'",
        "-",
        ".AA A",  # thousands of two-word capital runs: each acronym was held against every run
    ],
)
def test_known_adversarial_texts_take_linear_time(unit: str, tmp_path: Path) -> None:
    _assert_linear(unit, tmp_path)


@settings(max_examples=examples(12), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unit=st.text(alphabet=TRICKY, min_size=1, max_size=6))
def test_any_repeated_text_takes_linear_time(unit: str, tmp_path: Path) -> None:
    _assert_linear(unit, tmp_path)


def test_a_60k_character_word_is_checked_in_a_tenth_of_a_second(tmp_path: Path) -> None:
    import json

    draft = YAML(typ="safe").load(COMPLETE.read_text(encoding="utf-8"))
    draft["executive_summary"] = "x" * 60_000 + " " + draft["executive_summary"]
    path = tmp_path / "long-word.json"
    path.write_text(json.dumps(draft, default=str), encoding="utf-8")
    options = CheckOptions(config=config_for(COMPLETE), jobs=1, time_budget=None)
    check_file(path, options)  # warm: the glossary and dictionaries load once
    started = time.perf_counter()
    result = check_file(path, options)
    assert time.perf_counter() - started < 0.1 * 3  # 0.1 s target, 3x for a shared CI machine
    assert result.status != "error"

"""Fuzzing the configuration reader with hostile TOML: one line and exit 2, or a run; never a
traceback, never past the time budget.

The inputs are what breaks TOML parsers: brackets and inline tables opened thousands of times
(balanced or not), dotted keys of thousands of parts, strings of every kind left open or
holding brackets, stray bytes. Run in this process (`helpers.cli`), so a traceback fails the
test as a user would see it.
"""

from __future__ import annotations

from pathlib import Path

from helpers.cli import coversheet
from helpers.examples import examples
from helpers.hostile import COMPLETE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coversheet.run.budget import time_budget

EXAMPLES = examples(40)
# A bound, not a speed goal: reading a configuration takes milliseconds, and the bombs it must
# refuse took 11 s and more; 30 s stays clear of a busy two-core machine's worst moments.
BUDGET = 30.0

PIECES = ["[", "]", "{", "}", "{a = ", "[[", "]]", "[a.b]", ",", "=", ".", "a", "1", "1.5", " ", "\n", "#", '"', "'",
          '"""', "'''", "\\", "board = ", "x.y.z", "\x00", "\u202e", "\ud7ff", "[glossary]\n", "[pack]\n"]
FRAGMENT = st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map("".join)
# Hypothesis favours small numbers: the counts that break parsers are asked for outright.
TIMES = st.one_of(st.integers(1, 50), st.sampled_from([300, 1000, 5000]))
REPEATED = st.tuples(st.sampled_from(["", "board = ", "a = ", "[rules]\nignore = "]), FRAGMENT, TIMES, FRAGMENT).map(
    lambda parts: parts[0] + parts[1] * parts[2] + parts[3]
)
HOSTILE_TEXT = st.one_of(REPEATED, st.lists(FRAGMENT, max_size=40).map("".join))


def _is_refused_in_one_line(result, path: Path) -> bool:
    lines = result.stderr.strip().splitlines()
    return result.returncode == 2 and len(lines) == 1 and path.name in lines[0]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=HOSTILE_TEXT)
@example(text="board = " + "[" * 5000 + "]" * 5000)  # the probes of issue 24: RecursionError,
@example(text="board = " + "{a = " * 5000)  # and quadratic time and memory in tomllib
@example(text=".".join("a" * 20_000) + " = 1")
@example(text="board = " + "1" * 5000)  # past Python's 4,300-digit limit: a ValueError, not a TOMLDecodeError
def test_hostile_toml_is_refused_in_one_line_or_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "coversheet.toml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    with time_budget(BUDGET):  # BudgetExceeded escaping fails the test
        result = coversheet("check", "--config", path, COMPLETE)
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert _is_refused_in_one_line(result, path), result.stderr
    else:
        assert result.returncode in (0, 1), result.stderr  # a configuration tomllib and the model accept


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.binary(max_size=4000))
def test_arbitrary_bytes_in_a_profile_are_refused_in_one_line_or_read(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "board.toml"
    path.write_bytes(b"[[questions]]\nname = " + data)
    (tmp_path / "coversheet.toml").write_text('profile = "board.toml"\n', encoding="utf-8")
    with time_budget(BUDGET):
        result = coversheet("check", "--config", tmp_path / "coversheet.toml", COMPLETE)
    assert "Traceback" not in result.stderr
    if result.returncode == 2:
        assert _is_refused_in_one_line(result, path), result.stderr
    else:
        assert result.returncode in (0, 1), result.stderr

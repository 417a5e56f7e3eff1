"""`extends` chains that cannot end well: too deep, or in a cycle however the paths are spelled.

Each is one line naming the file and saying what is wrong in words, exit code 2: a chain of
1,000 profiles was a RecursionError traceback, and a cycle spelled through `x/../` grew its
path until the file system refused it ("cannot write the output: File name too long").
"""

from __future__ import annotations

from pathlib import Path

from helpers.cli import coversheet

from coversheet.config.profile import MAX_EXTENDS_DEPTH


def one_line(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def test_a_chain_of_a_thousand_profiles_is_refused_in_one_line(tmp_path: Path) -> None:
    for number in range(1000):
        parent = f'extends = "p{number + 1}.toml"\n' if number < 999 else ""
        (tmp_path / f"p{number}.toml").write_text(f'name = "p{number}"\n{parent}')
    (tmp_path / "coversheet.toml").write_text('profile = "p0.toml"\n')
    line = one_line(coversheet("profile", "show", tmp_path))
    assert f"more than {MAX_EXTENDS_DEPTH} profiles deep" in line and "p0.toml" in line, line


def test_a_chain_as_deep_as_allowed_loads(tmp_path: Path) -> None:
    files = MAX_EXTENDS_DEPTH - 1  # and the shipped profile at the end of the chain
    for number in range(files):
        parent = f"p{number + 1}.toml" if number < files - 1 else "nhs-icb"
        (tmp_path / f"p{number}.toml").write_text(f'name = "p{number}"\nextends = "{parent}"\n')
    (tmp_path / "coversheet.toml").write_text('profile = "p0.toml"\n')
    result = coversheet("profile", "show", tmp_path)
    assert result.returncode == 0, result.stderr


def test_a_cycle_spelled_through_dot_dot_is_named_as_a_cycle(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "a.toml").write_text('name = "a"\nextends = "x/../b.toml"\n')
    (tmp_path / "b.toml").write_text('name = "b"\nextends = "x/../a.toml"\n')
    (tmp_path / "coversheet.toml").write_text('profile = "a.toml"\n')
    line = one_line(coversheet("profile", "show", tmp_path))
    assert "extends cycle: a.toml -> b.toml -> a.toml" in line, line
    assert "File name too long" not in line


def test_a_profile_extending_itself_is_a_cycle_of_one(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('name = "a"\nextends = "./a.toml"\n')
    line = one_line(coversheet("profile", "show", "--profile", tmp_path / "a.toml"))
    assert "extends cycle: a.toml -> a.toml" in line, line


def test_a_cycle_reached_from_a_profile_table_is_named_in_words(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('name = "a"\nextends = "sub/../b.toml"\n')
    (tmp_path / "b.toml").write_text('name = "b"\nextends = "a.toml"\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "coversheet.toml").write_text('[profile]\nname = "ours"\nextends = "a.toml"\n')
    line = one_line(coversheet("profile", "show", tmp_path))
    assert "extends cycle: a.toml -> b.toml -> a.toml" in line, line

"""An unquoted comma in a YAML flow mapping ends the text there: say so, not "unknown key"."""

from __future__ import annotations

from pathlib import Path

from helpers.paths import COMPLETE

from coversheet.run.one_file import check_file


def _draft(tmp_path: Path, privacy: str) -> Path:
    lines = COMPLETE.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("  privacy:"))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("    "))
    lines[start:end] = [f"  privacy: {privacy}"]
    path = tmp_path / "paper.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, start + 1


def _unknown_keys(path: Path):
    return [f for f in check_file(path).findings if f.code == "CS002"]


def test_text_cut_by_a_comma_is_reported_as_needing_quotes(tmp_path: Path) -> None:
    path, line = _draft(tmp_path, "{answer: n/a, note: Aggregate, anonymised data only.}")
    [finding] = _unknown_keys(path)
    assert finding.field == "implications.privacy.anonymised data only."
    assert finding.line == line
    assert f"unquoted comma on line {line}" in finding.message
    assert "note: Aggregate" in finding.message
    assert finding.hint == 'Put the whole text in quotes: note: "Aggregate, anonymised data only."'


def test_every_piece_of_text_cut_by_commas_names_the_whole_text(tmp_path: Path) -> None:
    path, _ = _draft(tmp_path, "{answer: n/a, note: Aggregate, anonymised, pseudonymised data only.}")
    findings = _unknown_keys(path)
    assert [f.field.removeprefix("implications.privacy.") for f in findings] == ["anonymised", "pseudonymised data only."]
    assert all(f.hint == 'Put the whole text in quotes: note: "Aggregate, anonymised, pseudonymised data only."' for f in findings)


def test_a_misspelt_key_in_a_flow_mapping_is_still_a_misspelt_key(tmp_path: Path) -> None:
    for privacy in ("{answer: n/a, nte: No personal data.}", '{answer: "n/a", anonymised data only.}'):
        path, _ = _draft(tmp_path, privacy)
        [finding] = _unknown_keys(path)
        assert "comma" not in finding.message and "quotes" not in (finding.hint or ""), privacy

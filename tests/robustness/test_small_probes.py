"""The smaller probes: extreme dates and numbers, huge drafts, invisible titles, Markdown injection."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers.hostile import COMPLETE, coversheet

from coversheet.run.one_file import CheckOptions, check_file

pytestmark = pytest.mark.processes  # each case starts coversheet (or its server) as a process of its own

DRAFT = COMPLETE.read_text(encoding="utf-8")


def _draft(tmp_path: Path, text: str, name: str = "draft.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _messages(path: Path) -> list[str]:
    result = check_file(path, CheckOptions(jobs=1, time_budget=None))
    return [f"{f.code} {f.message}" for f in result.findings]


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("field", ["meeting_date", "submitted_on"])
def test_dates_at_the_ends_of_the_calendar_are_implausible_not_a_crash(tmp_path: Path, date: str, field: str) -> None:
    original = "meeting_date: 2020-12-02" if field == "meeting_date" else "submitted_on: 2020-11-24"
    path = _draft(tmp_path, DRAFT.replace(original, f"{field}: {date}"))
    messages = _messages(path)
    assert not any("checker failed" in m for m in messages), messages
    assert any(m.startswith("CS502") for m in messages), messages


def test_a_5000_digit_number_is_not_a_crash(tmp_path: Path) -> None:
    path = _draft(tmp_path, DRAFT.replace('agenda_item: "10"', "agenda_item: " + "9" * 5000))
    messages = _messages(path)
    assert not any("checker failed" in m for m in messages), messages


def test_a_draft_of_60000_keys_is_refused_quickly_and_not_called_an_alias_bomb(tmp_path: Path) -> None:
    path = _draft(tmp_path, DRAFT + "".join(f"key{i}: {i}\n" for i in range(60_000)))
    started = time.perf_counter()
    messages = _messages(path)
    assert time.perf_counter() - started < 1.0
    assert len(messages) == 1 and messages[0].startswith("CS001"), messages
    assert "alias" not in messages[0] and "not a draft" in messages[0]


def test_many_plain_values_without_aliases_are_not_called_an_alias_bomb(tmp_path: Path) -> None:
    path = _draft(tmp_path, DRAFT + "extra: [" + ", ".join(["1"] * 30_000) + "]\n")
    messages = _messages(path)
    assert len(messages) == 1 and "alias" not in messages[0] and "not a draft" in messages[0], messages


def test_a_title_of_zero_width_spaces_is_no_title(tmp_path: Path) -> None:
    path = _draft(tmp_path, DRAFT.replace("title: ICS Finance Report", 'title: "\\u200b\\u200b\\u200b"'))
    assert any(m.startswith("CS101 title") for m in _messages(path))


def test_a_right_to_left_override_in_a_title_is_an_error(tmp_path: Path) -> None:
    path = _draft(tmp_path, DRAFT.replace("title: ICS Finance Report", 'title: "ICS \\u202etropeR ecnaniF"'))
    assert any(m.startswith("CS007") and "U+202E" in m for m in _messages(path))


INJECTED = '<img src=x onerror=alert(1)> [Approve now](https://evil.example) ![x](https://evil.example/t.png)'


def test_notices_and_markdown_agendas_show_html_and_links_as_text(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    text = DRAFT.replace("title: ICS Finance Report", f'title: "{INJECTED}\\n# Approved"').replace(
        "conflicts_of_interest: Not applicable\n", ""
    )  # fails its checks, so it gets a notice
    _draft(folder, text, "paper.yaml")
    notices = tmp_path / "notices"
    assert coversheet("check", folder, "--notices", notices).returncode == 1
    agenda = coversheet("agenda", folder, "-f", "md")
    assert agenda.returncode == 0, agenda.stderr
    for written in [*(p.read_text(encoding="utf-8") for p in notices.iterdir()), agenda.stdout]:
        import re

        assert not re.search(r"(?<!\\)<img", written) and not re.search(r"(?<!\\)\]\(https", written), written
        assert "\\<img" in written and "\\[Approve now\\]" in written
        assert "\n# Approved" not in written

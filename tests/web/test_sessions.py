"""Visits are forgotten when idle, and the oldest go first when there are too many."""

from __future__ import annotations

from pathlib import Path

from coversheet.web import sessions


def test_an_idle_visit_is_forgotten_with_its_paper_body(tmp_path: Path, monkeypatch) -> None:
    visits = sessions.Visits()
    old = visits.new()
    old.body = tmp_path / "body.docx"
    old.body.write_bytes(b"PK")
    old.touched -= sessions.IDLE_SECONDS + 1
    visits.new()
    assert visits.get(old.id) is None
    assert not (tmp_path / "body.docx").exists()


def test_past_the_limit_the_least_recently_used_visit_goes(monkeypatch) -> None:
    monkeypatch.setattr(sessions, "MAX_SESSIONS", 3)
    visits = sessions.Visits()
    first, second, third = visits.new(), visits.new(), visits.new()
    assert visits.get(first.id) is first  # used again: now the most recent
    visits.new()
    assert visits.get(second.id) is None
    assert visits.get(first.id) is first and visits.get(third.id) is third


def test_a_visit_takes_only_its_own_token() -> None:
    visits = sessions.Visits()
    one, other = visits.new(), visits.new()
    assert one.token_ok(one.csrf)
    assert not one.token_ok(other.csrf) and not one.token_ok("") and not one.token_ok(None)

"""A meeting folder for `coversheet serve`: a board with meetings to come and a complete draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ruamel.yaml import YAML

from helpers.hostile import COMPLETE


def next_meetings(today: dt.date | None = None) -> list[dt.date]:
    """Three Wednesdays well after `today`: a paper submitted now is on time for each."""
    today = today or dt.date.today()
    first = today + dt.timedelta(days=40)
    first += dt.timedelta(days=(2 - first.weekday()) % 7)
    return [first, first + dt.timedelta(days=28), first + dt.timedelta(days=56)]


def make_folder(root: Path) -> Path:
    folder = root / "meeting"
    folder.mkdir()
    meetings = ", ".join(d.isoformat() for d in next_meetings())
    (folder / "coversheet.toml").write_text(
        f'board = "ICS Board"\nmeetings = [{meetings}]\ndeadline_working_days = 5\n', encoding="utf-8")
    return folder


def complete_draft() -> dict:
    """examples/complete.yaml for the first meeting to come, not yet submitted."""
    yaml = YAML(typ="safe")
    draft = yaml.load(COMPLETE.read_text(encoding="utf-8"))
    draft["meeting_date"] = next_meetings()[0].isoformat()
    draft.pop("submitted_on", None)
    draft.pop("confidential_reason", None)
    return _plain(draft)


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    return value

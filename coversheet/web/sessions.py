"""An author's visit: a random session id in a cookie, kept only in this server's memory.

It holds the visit's CSRF token, the answers last posted (so that a page without JavaScript
shows them again), the paper's Word body if one was uploaded, and what this visit submitted.
An author sees only their own visit: nothing is looked up by anything but the session id.
Sessions expire after `IDLE_SECONDS` unused; at most `MAX_SESSIONS` are kept (the least
recently used go), and at most `MAX_BODIES` of them hold a paper body.
"""

from __future__ import annotations

import hmac
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

COOKIE = "coversheet_visit"
IDLE_SECONDS = 8 * 3600
MAX_SESSIONS = 2000
# Paper bodies kept at once (each up to --max-upload-mb on the server's disk): past this a new
# one is refused, politely, rather than filling the disk or dropping another author's.
MAX_BODIES = 200


@dataclass
class Receipt:
    """What one submission wrote, for the author's receipt page."""

    file_name: str  # the name the server chose in the folder
    title: str | None
    agenda_item: str | None
    meeting: str | None
    when: str
    with_body: bool
    warnings: int


@dataclass
class Visit:
    id: str
    csrf: str
    touched: float
    values: dict = field(default_factory=dict)
    body: Path | None = None  # the uploaded paper body (in the server's workspace)
    stem: str | None = None  # the name this visit's submissions take in the folder
    receipts: list[Receipt] = field(default_factory=list)

    def token_ok(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf.encode(), token.encode())


class Visits:
    def __init__(self) -> None:
        self._visits: OrderedDict[str, Visit] = OrderedDict()

    def get(self, visit_id: str | None) -> Visit | None:
        if not visit_id:
            return None
        visit = self._visits.get(visit_id)
        now = time.monotonic()
        if visit is None or now - visit.touched > IDLE_SECONDS:
            if visit is not None:
                self._drop(visit_id)
            return None
        visit.touched = now
        self._visits.move_to_end(visit_id)
        return visit

    def bodies(self) -> int:
        return sum(1 for visit in self._visits.values() if visit.body is not None)

    def new(self) -> Visit:
        now = time.monotonic()
        # Least recently used first: forget those idle too long (and their paper bodies).
        while self._visits and now - next(iter(self._visits.values())).touched > IDLE_SECONDS:
            self._drop(next(iter(self._visits)))
        while len(self._visits) >= MAX_SESSIONS:
            self._drop(next(iter(self._visits)))
        visit = Visit(secrets.token_urlsafe(24), secrets.token_urlsafe(24), time.monotonic())
        self._visits[visit.id] = visit
        return visit

    def _drop(self, visit_id: str) -> None:
        visit = self._visits.pop(visit_id, None)
        if visit is not None and visit.body is not None:
            visit.body.unlink(missing_ok=True)

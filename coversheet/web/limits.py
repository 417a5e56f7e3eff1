"""Requests bounded before the application reads them: body size and body time.

A pure ASGI wrapper around the application. A request that announces a body over the limit
(Content-Length) is refused at once, before any of it is read; one that sends more than the
limit without announcing it (chunked) is refused when the limit is passed, so a 1 GB upload
never reaches memory or disk. A body that trickles in (a slow client) is refused when it has
taken longer than `body_seconds` in all. Either way the client gets a short page saying why,
and the server goes on serving everyone else.
"""

from __future__ import annotations

import asyncio
import time

from coversheet.web.pages import refusal_page


class BodyRefused(Exception):
    def __init__(self, status: int, title: str, message: str):
        super().__init__(message)
        self.status, self.title, self.message = status, title, message


class Limits:
    def __init__(self, app, *, max_bytes: int, body_seconds: float):
        self.app, self.max_bytes, self.body_seconds = app, max_bytes, body_seconds

    def _too_large(self) -> BodyRefused:
        megabytes = self.max_bytes / 1_000_000
        return BodyRefused(413, "The file is too large",
                           f"Uploads can be at most {megabytes:g} MB. Nothing was saved. Go back and choose a smaller file.")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            declared = _content_length(scope)
            if declared is not None and declared > self.max_bytes:
                raise self._too_large()
            await self.app(scope, self._bounded(receive), tracked_send)
        except BodyRefused as refused:
            if not started:
                await _send_page(send, refused.status, refusal_page(refused.title, refused.message))

    def _bounded(self, receive):
        received = 0
        deadline = time.monotonic() + self.body_seconds

        async def bounded_receive():
            nonlocal received
            left = deadline - time.monotonic()
            try:
                message = await asyncio.wait_for(receive(), timeout=max(left, 0.001))
            except asyncio.TimeoutError:
                raise BodyRefused(408, "The upload took too long",
                                  "The form took too long to arrive. Nothing was saved. Check your connection and try again.") from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise self._too_large()
            return message

        return bounded_receive


def _content_length(scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _send_page(send, status: int, html: str) -> None:
    body = html.encode("utf-8")
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"text/html; charset=utf-8"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ],
    })
    await send({"type": "http.response.body", "body": body})

"""What every response shares: the short refusal page, downloads, and the security headers."""

from __future__ import annotations

from starlette.responses import HTMLResponse

from coversheet.web.pages import refusal_page

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; connect-src 'self'")
# The report `check --format html` writes carries its own styles inline.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'"


def refused(status: int, title: str, message: str, close: bool = False) -> HTMLResponse:
    response = HTMLResponse(refusal_page(title, message), status_code=status)
    if close:
        response.headers["connection"] = "close"
    return response


def attachment(name: str) -> dict:
    return {"content-disposition": f'attachment; filename="{name}"'}


class SecurityHeaders:
    """Headers on every response: a strict content security policy, no caching of answers."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = {
                    b"content-security-policy": CSP.encode(),
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"x-frame-options": b"DENY",
                    b"cache-control": b"no-store",
                }
                headers += [(name, value) for name, value in extra.items() if name not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)

"""Who may see the secretary's pages: the holder of the key, or a user a trusted proxy names.

The key is printed in the secretary's link when `serve` starts (or read from the environment
variable `COVERSHEET_SECRETARY_KEY`). Opening the link sets a cookie holding a digest of the key
(never the key itself) and sends the browser on to the page without the key in its address, so
it does not linger in history or in logs. Behind an organisation's reverse proxy that
authenticates its users, `--trust-header NAME` lets a request that carries the header NAME
(set by the proxy, which must strip it from what clients send) in as the user it names.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

KEY_VARIABLE = "COVERSHEET_SECRETARY_KEY"
COOKIE = "coversheet_secretary"


class SecretaryAccess:
    def __init__(self, key: str | None, trust_header: str | None):
        self.key = key or secrets.token_urlsafe(24)
        self.trust_header = trust_header.lower() if trust_header else None
        self._cookie_value = hmac.new(self.key.encode(), b"coversheet secretary", hashlib.sha256).hexdigest()
        # The token the secretary's forms carry: a page from another site cannot know it, so
        # cannot make the secretary's browser start a pack (the cookie alone would let it).
        self.csrf = secrets.token_urlsafe(24)

    def token_ok(self, token) -> bool:
        return isinstance(token, str) and bool(token) and hmac.compare_digest(token.encode(), self.csrf.encode())

    def key_matches(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.key.encode())

    @property
    def cookie_value(self) -> str:
        return self._cookie_value

    def who(self, request) -> str | None:
        """The secretary making `request`, or None when it may not see the secretary's pages."""
        if self.trust_header:
            user = request.headers.get(self.trust_header, "").strip()
            if user:
                return user
        cookie = request.cookies.get(COOKIE, "")
        if cookie and hmac.compare_digest(cookie.encode(), self._cookie_value.encode()):
            return "the secretary"
        return None

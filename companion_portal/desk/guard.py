"""The desk's security headers on every answer under /desk, not only on the pages it renders: the
framework's own 404, 405 and 422, the body cap's 413 and the stylesheet too. A header an answer sets
itself (a download's sandbox policy) is kept as it is."""

from __future__ import annotations

from . import HEADERS

PREFIX = "/desk"
_OWN = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in HEADERS.items()
        if name != "Cache-Control"]  # the stylesheet may be cached; everything else says no-store itself


class DeskHeaders:
    """Pure ASGI (it never holds a streamed body: a zip passes through untouched)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path != PREFIX and not path.startswith(PREFIX + "/"):
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _value in headers}
                headers += [(name, value) for name, value in _OWN if name not in present]
                if b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)

"""Request bodies capped before anyone parses them: a Content-Length over the cap is refused at
once, and a body sent without one (chunked) is cut off when it passes the cap. tus PATCH bodies are
not JSON: they are bounded by their upload's Upload-Length instead."""

from __future__ import annotations

import json

import anyio

from .errors import error_body
from . import limits
from .limits import DESK_FORM_BYTES, DESK_SIGN_IN_BYTES, DESK_UPLOAD_BYTES, DESK_UPLOAD_PATH, JSON_BODY_BYTES, SIGN_IN_BODY_BYTES


class BodyLimit:
    def __init__(self, app, api_prefix: str):
        self.app = app
        self.session_path = api_prefix + "/session"
        self.uploads_path = api_prefix + "/uploads/"

    def cap(self, scope) -> int | None:
        if scope["method"] == "PATCH" and scope["path"].startswith(self.uploads_path):
            return None
        if scope["path"] == DESK_UPLOAD_PATH:  # streamed through, bounded by its Content-Length (below)
            return None
        if scope["path"] == "/desk/sign-in":  # anyone's: a login, a password and a token, URL-encoded
            return DESK_SIGN_IN_BYTES
        if scope["path"].startswith("/desk/"):
            return DESK_FORM_BYTES
        return SIGN_IN_BODY_BYTES if scope["path"].rstrip("/") == self.session_path else JSON_BODY_BYTES

    async def __call__(self, scope, receive, send):
        cap = self.cap(scope) if scope["type"] == "http" else None
        if scope["type"] == "http" and scope["path"] == DESK_UPLOAD_PATH and scope["method"] == "POST":
            # a course upload: its declared length is checked up front (the server holds the body to
            # it), the body streams to the desk, which counts it again as it writes it to disk
            length = dict(scope["headers"]).get(b"content-length")
            if length is None or not length.isdigit() or int(length) > DESK_UPLOAD_BYTES + 64 * 1024:
                return await self.refuse(send, DESK_UPLOAD_BYTES, status=413 if length else 411)
            return await self.app(scope, receive, send)
        if cap is None:
            return await self.app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > cap):
            return await self.refuse(send, cap)
        # read the whole (small) body here, refusing it as soon as it passes the cap or takes longer
        # than BODY_SECONDS (a client trickling a byte at a time holds nothing for long), then replay it
        chunks, seen = [], 0
        with anyio.move_on_after(limits.BODY_SECONDS) as deadline:
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return  # the client went away
                chunks.append(message.get("body", b""))
                seen += len(chunks[-1])
                if seen > cap:
                    return await self.refuse(send, cap)
                if not message.get("more_body", False):
                    break
        if deadline.cancelled_caught:
            return await self.refuse(send, cap, status=408, code="too_slow",
                                     message=f"The request body took longer than {limits.BODY_SECONDS:g} s to arrive.")
        body, replayed = b"".join(chunks), False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def refuse(send, cap: int, status: int = 413, code: str = "too_large", message: str = "") -> None:
        body = json.dumps(error_body(code, message or f"The request body is over the limit of {cap} bytes.")).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})

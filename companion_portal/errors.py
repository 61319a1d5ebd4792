"""Refusals in the protocol's shape: ``{"error": {"code", "message", "field"}}`` with a status code.

The class is ``ApiRefusal`` (what the server answers), not to be confused with the desktop client's
``companion.portal.client.PortalError`` (what the client makes of an answer)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 410: "gone",
              412: "precondition_failed", 413: "too_large", 415: "unsupported_media_type"}


class ApiRefusal(Exception):
    """Raised by a route to answer with an error in the protocol's shape."""

    def __init__(self, status: int, code: str, message: str, field: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.field, self.headers = status, code, message, field, headers


def error_body(code: str, message: str, field: str | None = None) -> dict:
    body: dict[str, Any] = {"code": code, "message": message}
    if field:
        body["field"] = field
    return {"error": body}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiRefusal)
    async def _refusal(_request: Request, exc: ApiRefusal):
        return JSONResponse(error_body(exc.code, exc.message, exc.field), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException):
        code = HTTP_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else "request refused"
        return JSONResponse(error_body(code, message), status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        loc = list(first.get("loc", ()))
        where = ".".join(str(p) for p in (loc[1:] if loc[:1] == ["body"] else loc))
        return JSONResponse(error_body("invalid_request", f"{where or 'the request'}: {first.get('msg', 'invalid')}",
                                       where or None), status_code=422)

"""What a call to the portal can end in: the kinds and the error, without the HTTP library, so code that
only sorts outcomes (the sync engine, the downloads, the CLI) does not load requests before it speaks."""

from __future__ import annotations

from companion.domain import reasons
from companion.domain.errors import CompanionError

RETRYABLE, PERMANENT, CONFLICT, AUTH, NOT_FOUND = "retryable", "permanent", "conflict", "auth", "not_found"


class PortalError(CompanionError):
    """A call to the portal failed. ``kind`` sorts it (retryable, permanent, conflict, auth, not found);
    ``code``/``data`` say why for people (``companion.domain.reasons``); ``portal_code`` is the
    portal's own ``error.code`` (PROTOCOL.md), its message is in ``data["message"]``."""

    def __init__(self, kind: str, message: str, *, status: int | None = None, portal_code: str = "",
                 field: str | None = None, retry_after: float | None = None, code: str | None = None,
                 data: dict | None = None):
        super().__init__(message, code=code or reasons.PORTAL_SAID,
                         data={"status": status, "portal_code": portal_code, "field": field, **(data or {})})
        self.kind, self.status, self.portal_code, self.field, self.retry_after = (
            kind, status, portal_code, field, retry_after)

    @property
    def unreachable(self) -> bool:
        return self.kind == RETRYABLE and self.status is None

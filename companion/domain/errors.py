"""Errors the layers below the UI raise: each carries a code and its data (``companion.domain.reasons``);
the UI and the CLI put them into words (``companion.ui.words``). ``str(exc)`` stays an English
sentence for the log."""

from __future__ import annotations

from typing import Any

from . import reasons
from .reasons import Reason
from .untrusted import cut


MAX_SHOWN = 200  # a value from outside is quoted back at most this long


class CompanionError(Exception):
    """An expected failure: ``code`` and ``data`` say what went wrong, ``str()`` is English for logs."""

    default_code = reasons.ERROR

    def __init__(self, message: str = "", *, code: str | None = None, data: dict[str, Any] | None = None):
        super().__init__(message or code or self.default_code)
        self.code = code or self.default_code
        self.data = dict(data or {})

    @property
    def reason(self) -> Reason:
        return Reason(self.code, self.data)


class CourseError(CompanionError):
    """A course package or manifest is not acceptable.

    ``where`` names the place (a file and a JSON path such as ``quizzes[1].questions[3]``).
    """

    default_code = reasons.COURSE_INVALID

    def __init__(self, message: str, *, file: str | None = None, where: str | None = None,
                 code: str | None = None, data: dict[str, Any] | None = None):
        message = cut(message, MAX_SHOWN)
        file, where = cut(file, MAX_SHOWN) if file else file, cut(where, MAX_SHOWN) if where else where
        self.file = file
        self.where = where
        self.problem = message
        parts = []
        if file:
            parts.append(file)
        if where:
            parts.append(f"at {where}")
        prefix = " ".join(parts)
        super().__init__(f"{prefix}: {message}" if prefix else message, code=code,
                         data={"file": file, "where": where, "problem": message, **(data or {})})


class UnknownTimeZone(CompanionError):
    def __init__(self, name: str):
        self.name = name
        super().__init__(
            f"'{name}' is not a known time zone; use an IANA name such as Europe/Madrid or Asia/Seoul",
            code=reasons.UNKNOWN_ZONE, data={"name": name})

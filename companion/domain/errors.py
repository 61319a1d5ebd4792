"""Errors the domain raises, each carrying a sentence a participant can read."""

from __future__ import annotations


class CompanionError(Exception):
    """An expected failure with a message fit to show a user."""


class CourseError(CompanionError):
    """A course package or manifest is not acceptable.

    ``where`` names the place (a file and a JSON path such as ``quizzes[1].questions[3]``).
    """

    def __init__(self, message: str, *, file: str | None = None, where: str | None = None):
        self.file = file
        self.where = where
        self.reason = message
        parts = []
        if file:
            parts.append(file)
        if where:
            parts.append(f"at {where}")
        prefix = " ".join(parts)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class UnknownTimeZone(CompanionError):
    def __init__(self, name: str):
        self.name = name
        super().__init__(
            f"'{name}' is not a known time zone; use an IANA name such as Europe/Madrid or Asia/Seoul"
        )

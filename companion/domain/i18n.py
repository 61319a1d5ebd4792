"""Translation hook shared by every layer (no Qt here).

Text shown to the participant is written ``translate("ui", "Sync now")`` (or with the "domain"
context for sentences the domain composes). ``pyside6-lupdate`` finds these calls in the sources;
at run time the UI installs Qt's translator as the backend, so the same call returns Korean or
Spanish. Without a backend (tests of the domain, the CLI) the English source text is returned.
Numbered placeholders are filled with ``str.format`` after translation: ``"{0} of {1}"``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

_backend: Callable[[str, str], str] | None = None
_dates: Callable[[date, str], str] | None = None


def translate(context: str, text: str) -> str:
    return _backend(context, text) if _backend is not None else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for translation where it is defined (a table); translate it where it is shown."""
    return text


def install(backend: Callable[[str, str], str] | None) -> None:
    global _backend
    _backend = backend


def localized_date(day: date, style: str) -> str | None:
    """``style``: "day" (weekday, day, month), "day_year", "date" (day, month, year),
    "date_weekday". None when no locale formatter is installed (English labels are used)."""
    return _dates(day, style) if _dates is not None else None


def install_dates(formatter: Callable[[date, str], str] | None) -> None:
    global _dates
    _dates = formatter

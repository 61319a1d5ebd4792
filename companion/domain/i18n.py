"""Translation hook shared by every layer (no Qt here).

Text shown to the participant is written ``translate("ui", "Sync now")`` (or with the "domain"
context for sentences the domain composes). ``pyside6-lupdate`` finds these calls in the sources;
at run time the UI installs Qt's translator as the backend (the CLI a reader of the same files), so
the same call returns Korean or Spanish. Without a backend (tests of the domain) the English source
text is returned. Numbered placeholders are filled with ``str.format`` after translation: ``"{0} of {1}"``.

Plurals follow Qt's numerus rules: ``translate("ui", "%n file(s)", None, count)``; ``%n`` becomes the
count written by the locale, and each language gives its own forms (English takes the source
without "(s)" for one and with "s" otherwise). Numbers, sizes and percentages are written by the
locale through :func:`number`, :func:`size` and :func:`percent` (Babel behind them, installed by the
language settings; plain English without it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

Backend = Callable[[str, str, "str | None", int], str]

_backend: Backend | None = None
_dates: Callable[[date, str], str] | None = None
_zone_cities: Callable[[str], "str | None"] | None = None


def english_plural(text: str, n: int) -> str:
    """'%n file(s)' -> '1 file' / '3 files' (the English forms of a numerus source)."""
    return (text.replace("(s)", "" if n == 1 else "s").replace("(es)", "" if n == 1 else "es")
            .replace("(zes)", "" if n == 1 else "zes"))


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    out = _backend(context, text, disambiguation, n) if _backend is not None else text
    if n >= 0:
        if out == text or "(s)" in out or "(zes)" in out:
            out = english_plural(out, n)
        out = re.sub(r"%L?n", number(n), out)
    return out


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a string for translation where it is defined (a table); translate it where it is shown."""
    return text


def install(backend: Backend | None) -> None:
    """``backend(context, text, disambiguation, n)`` returns the translation (``%n`` may stay in it)."""
    global _backend
    _backend = backend


def localized_date(day: date, style: str) -> str | None:
    """``style``: "day" (weekday, day, month), "day_year", "date" (day, month, year),
    "date_weekday". None when no locale formatter is installed (English labels are used)."""
    return _dates(day, style) if _dates is not None else None


def install_dates(formatter: Callable[[date, str], str] | None) -> None:
    global _dates
    _dates = formatter


def localized_zone_city(time_zone: str) -> str | None:
    """The city a zone is named after, as the participant's language writes it ('Bogotá',
    '보고타', 'Nueva York'), from the CLDR data; None when no formatter is installed."""
    return _zone_cities(time_zone) if _zone_cities is not None else None


def install_zone_cities(formatter: Callable[[str], "str | None"] | None) -> None:
    """``formatter(iana_name)`` returns the zone's city in the language (Babel, by the language settings)."""
    global _zone_cities
    _zone_cities = formatter


# ---- numbers ----
@dataclass(frozen=True)
class Numbers:
    """How a locale writes numbers (installed by the language settings)."""

    decimal: Callable[[float, int], str]  # value, fraction digits -> "1.234,5"
    percent: Callable[[float], str]  # 0.42 -> "42 %"
    unit: Callable[[float, str, int], str]  # value, CLDR unit ("digital-megabyte"), digits -> "1,2 MB"


def _plain_decimal(value: float, digits: int) -> str:
    return f"{value:,.{digits}f}"


# Every unit the app asks for, with its short English symbol: the registry the tests check in each
# language, and the last fallback of a locale's formatter (a unit missing here is written bare).
# The "-per-second" speeds are not CLDR units: a locale builds them from the numerator and the denominator.
UNITS = {"digital-byte": "B", "digital-kilobyte": "kB", "digital-megabyte": "MB", "digital-gigabyte": "GB",
         "duration-second": "s", "duration-minute": "min", "duration-hour": "h",
         "kilobit-per-second": "kbit/s", "megabyte-per-second": "MB/s", "kilobyte-per-second": "kB/s"}


def _plain_unit(value: float, unit: str, digits: int) -> str:
    return f"{_plain_decimal(value, digits)} {UNITS.get(unit, unit)}"


ENGLISH = Numbers(_plain_decimal, lambda f: f"{round(f * 100):d}%", _plain_unit)
_numbers: Numbers = ENGLISH


def install_numbers(numbers: Numbers | None) -> None:
    global _numbers
    _numbers = numbers or ENGLISH


def number(value: float, digits: int = 0) -> str:
    """A number as the participant's language writes it: 1,234.5 / 1.234,5."""
    return _numbers.decimal(value, digits)


def percent(fraction: float) -> str:
    """0.42 -> '42%' (en), '42 %' (es), '42%' (ko)."""
    return _numbers.percent(fraction)


def unit(value: float, name: str, digits: int = 0) -> str:
    """A value with a CLDR unit: ``unit(3, "duration-minute")`` -> '3 min' / '3분'."""
    return _numbers.unit(value, name, digits)


def size(n_bytes: float) -> str:
    """A file size: '512 kB', '1.2 MB', '2.50 GB' (decimal units, as file managers show them)."""
    if n_bytes >= 1e9:
        return unit(n_bytes / 1e9, "digital-gigabyte", 2)
    if n_bytes >= 1e5:
        return unit(n_bytes / 1e6, "digital-megabyte", 1)
    if n_bytes >= 1e3:
        return unit(n_bytes / 1e3, "digital-kilobyte", 0)
    return unit(n_bytes, "digital-byte", 0)

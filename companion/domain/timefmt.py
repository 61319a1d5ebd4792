"""Renderings of instants for a participant: their time beside the course's time.

The words go through :func:`companion.domain.i18n.translate` and the dates through the locale's
formatter when one is installed (Babel, by the language settings); the defaults are English.
"""

from __future__ import annotations

from datetime import datetime

from .i18n import localized_date, translate
from .schedule import in_zone, is_night, zone_abbreviation

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_label(local: datetime, with_year: bool = False) -> str:
    localized = localized_date(local.date(), "day_year" if with_year else "day")
    if localized:
        return localized
    text = f"{_DAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"
    return f"{text} {local.year}" if with_year else text


def date_label(day, with_weekday: bool = True) -> str:
    """'Mon 3 Jul 2023' (or '3 Jul 2023')."""
    localized = localized_date(day, "date_weekday" if with_weekday else "date")
    if localized:
        return localized
    text = f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
    return f"{_DAYS[day.weekday()]} {text}" if with_weekday else text


def clock_label(local: datetime) -> str:
    return f"{local.hour:02d}:{local.minute:02d}"


def moment(instant: datetime, time_zone: str, *, with_year: bool = False) -> str:
    """'Wed 19 Jul 23:59 CEST'."""
    local = in_zone(instant, time_zone)
    return f"{day_label(local, with_year)} {clock_label(local)} {zone_abbreviation(instant, time_zone)}"


def _same_offset(instant: datetime, a: str, b: str) -> bool:
    return in_zone(instant, a).utcoffset() == in_zone(instant, b).utcoffset()


def due_line(instant: datetime, user_tz: str, course_tz: str, *, with_year: bool = False) -> str:
    """'Wed 19 Jul 23:59 CEST (course time) · Thu 20 Jul 06:59 KST (your time)'."""
    if _same_offset(instant, user_tz, course_tz):
        return translate("domain", "{0} (your time and course time)").format(
            moment(instant, user_tz, with_year=with_year))
    return translate("domain", "{0} (course time) · {1} (your time)").format(
        moment(instant, course_tz, with_year=with_year), moment(instant, user_tz, with_year=with_year))


def your_time(instant: datetime, user_tz: str, course_tz: str, *, with_year: bool = False) -> str:
    """The participant's half of :func:`due_line`: 'Thu 20 Jul 06:59 KST (your time)'."""
    if _same_offset(instant, user_tz, course_tz):
        return translate("domain", "{0} (your time and course time)").format(
            moment(instant, user_tz, with_year=with_year))
    return translate("domain", "{0} (your time)").format(moment(instant, user_tz, with_year=with_year))


def span(start: datetime, end: datetime, time_zone: str, *, with_year: bool = False) -> str:
    """'Thu 13 Jul 16:00–18:00 KST' (the end's day is named when it differs)."""
    a, b = in_zone(start, time_zone), in_zone(end, time_zone)
    tail = clock_label(b) if a.date() == b.date() else f"{day_label(b)} {clock_label(b)}"
    return f"{day_label(a, with_year)} {clock_label(a)}–{tail} {zone_abbreviation(start, time_zone)}"


def session_line(start: datetime, end: datetime, user_tz: str, course_tz: str, *, with_year: bool = False) -> str:
    """'Thu 13 Jul 16:00–18:00 KST (your time) · Thu 13 Jul 09:00–11:00 CEST (course time)'."""
    if _same_offset(start, user_tz, course_tz):
        return translate("domain", "{0} (your time and course time)").format(
            span(start, end, user_tz, with_year=with_year))
    return translate("domain", "{0} (your time) · {1} (course time)").format(
        span(start, end, user_tz, with_year=with_year), span(start, end, course_tz, with_year=with_year))


def night_note(start: datetime, end: datetime, user_tz: str) -> str:
    """A gentle word when a session falls in the participant's night."""
    if is_night(in_zone(start, user_tz)) or is_night(in_zone(end, user_tz)):
        return translate("domain", "This is at night where you are.")
    return ""

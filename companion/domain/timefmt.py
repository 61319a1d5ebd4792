"""Renderings of instants for a participant: their time beside the course's time.

One rule everywhere: the participant's time comes first, the course's time beside it, each with a
zone name a person knows (the IANA abbreviation where there is a lettered one, CEST, KST; else the
zone's city as the participant's language writes it, 'Bogotá', never a bare 'UTC-5'), so the same
instant is never shown on two dates without both zones named. :func:`instant_line` is the one
helper for "an instant for this participant" (receipts, deadlines, finished attempts).

The words go through :func:`companion.domain.i18n.translate`, the dates and zone cities through
the locale's formatters when installed (Babel, by the language settings); the defaults are English.
"""

from __future__ import annotations

from datetime import datetime

from .i18n import localized_date, localized_zone_city, translate
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


def zone_label(instant: datetime, time_zone: str) -> str:
    """The zone's name at that instant: 'CEST', 'KST', 'EST' where the IANA data has a lettered
    abbreviation; else its city from the CLDR data in the participant's language ('Bogotá',
    'São Paulo', '보고타'); a UTC offset only for zones without a city (Etc/GMT+5)."""
    abbreviation = in_zone(instant, time_zone).tzname() or ""
    if abbreviation and abbreviation[0] not in "+-":
        return abbreviation
    if "/" in time_zone and not time_zone.startswith("Etc/"):
        return localized_zone_city(time_zone) or time_zone.rsplit("/", 1)[1].replace("_", " ")
    return zone_abbreviation(instant, time_zone)


def zone_name(instant: datetime, time_zone: str) -> str:
    """A zone as people know it, for sentences about the zone itself: the abbreviation with the city
    ('CEST (Madrid)', 'KST (서울)'), the city alone where it is the name ('Bogotá'), 'UTC' alone;
    never the IANA id ('Europe/Madrid') nor 'UTC (UTC)'."""
    label = zone_label(instant, time_zone)
    city = None
    if "/" in time_zone and not time_zone.startswith("Etc/"):
        city = localized_zone_city(time_zone) or time_zone.rsplit("/", 1)[1].replace("_", " ")
    return translate("ui", "{0} ({1})").format(label, city) if city and city != label else label


def zone_choice(instant: datetime, time_zone: str) -> str:
    """A zone as a list to pick from names it, the city first so the list reads alphabetically by
    place: 'Madrid (CEST)', '서울 (KST)', 'Bogotá' (where the city is the zone's name), 'UTC'."""
    label = zone_label(instant, time_zone)
    if "/" not in time_zone or time_zone.startswith("Etc/"):
        return label
    city = localized_zone_city(time_zone) or time_zone.rsplit("/", 1)[1].replace("_", " ")
    return translate("ui", "{0} ({1})").format(city, label) if city != label else city


def moment(instant: datetime, time_zone: str, *, with_year: bool = False) -> str:
    """'Wed 19 Jul 23:59 CEST', 'Mon 23 Nov 20:35 Bogotá'."""
    local = in_zone(instant, time_zone)
    return f"{day_label(local, with_year)} {clock_label(local)} {zone_label(instant, time_zone)}"


def short_moment(instant: datetime, time_zone: str) -> str:
    """'Wed 19 Jul 23:59': no year, no zone, for a narrow column whose title says whose time it is
    (its cells' tooltips hold :func:`moment` whole)."""
    local = in_zone(instant, time_zone)
    return f"{day_label(local)} {clock_label(local)}"


def short_span(start: datetime, end: datetime, time_zone: str) -> str:
    """'Thu 13 Jul 16:00–18:00': :func:`span` without the year and the zone, for a narrow column."""
    a, b = in_zone(start, time_zone), in_zone(end, time_zone)
    tail = clock_label(b) if a.date() == b.date() else f"{day_label(b)} {clock_label(b)}"
    return f"{day_label(a)} {clock_label(a)}–{tail}"


def _same_offset(instant: datetime, a: str, b: str) -> bool:
    return in_zone(instant, a).utcoffset() == in_zone(instant, b).utcoffset()


def instant_line(instant: datetime, user_tz: str, course_tz: str, *, with_year: bool = False) -> str:
    """An instant for this participant, theirs first and the course's beside it:
    'Mon 23 Nov 20:35 Bogotá (your time) · Tue 24 Nov 02:35 CET (course time)', or once when
    both zones agree: 'Wed 19 Jul 23:59 CEST (your time and course time)'. Deadlines, receipts,
    finished attempts: every instant a participant reads goes through here."""
    if _same_offset(instant, user_tz, course_tz):
        return translate("domain", "{0} (your time and course time)").format(
            moment(instant, user_tz, with_year=with_year))
    return translate("domain", "{0} (your time) · {1} (course time)").format(
        moment(instant, user_tz, with_year=with_year), moment(instant, course_tz, with_year=with_year))


due_line = instant_line  # a deadline is an instant like any other


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
    return f"{day_label(a, with_year)} {clock_label(a)}–{tail} {zone_label(start, time_zone)}"


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

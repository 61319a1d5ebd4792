"""Wall-clock times in named IANA zones, instants, and what a participant needs to see about them.

A scheduled item (a live session, a deadline) is a wall time in a zone, exactly as a course file
states it. It becomes an instant only through the IANA database, so daylight saving is always right.

Rule for wall times that do not exist or exist twice (documented, tested):
- In a spring-forward gap (e.g. 02:30 on the night clocks jump from 02:00 to 03:00) the wall time is
  read with the offset in force before the jump, which moves it forward by the gap: 02:30 -> 03:30.
- In a fall-back overlap (01:30 happens twice) the first occurrence, the earlier instant, is used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .i18n import translate
from .errors import UnknownTimeZone

UTC = timezone.utc


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``; UnknownTimeZone with a clear sentence otherwise."""
    if not isinstance(name, str) or not name or name.startswith("/") or ".." in name:
        raise UnknownTimeZone(str(name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownTimeZone(name) from None


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except UnknownTimeZone:
        return False
    return True


@lru_cache(maxsize=4096)
def _instant(local: datetime, time_zone: str) -> datetime:
    return local.replace(tzinfo=zone(time_zone), fold=0).astimezone(UTC)


def parse_wall(text: str) -> datetime:
    """Parse ``YYYY-MM-DDTHH:MM`` (seconds allowed) into a naive wall-clock datetime."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is not None:
        raise ValueError(f"'{text}' carries an offset; a wall time must not (the zone is named beside it)")
    return value


def _exists(local: datetime, tz: ZoneInfo) -> bool:
    aware = local.replace(tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == local


@dataclass(frozen=True, order=True)
class WallTime:
    """A wall-clock time in a named zone, as a course file or PROTOCOL.md states it."""

    local: datetime  # naive
    time_zone: str

    def __post_init__(self) -> None:
        if self.local.tzinfo is not None:
            raise ValueError("WallTime.local must be naive; the zone is time_zone")
        zone(self.time_zone)

    @classmethod
    def parse(cls, text: str, time_zone: str) -> "WallTime":
        return cls(parse_wall(text), time_zone)

    @property
    def tz(self) -> ZoneInfo:
        return zone(self.time_zone)

    def instant(self) -> datetime:
        """The UTC instant, by the gap/overlap rule in the module docstring (remembered: a course's
        checklist asks for the same few instants once per participant)."""
        return _instant(self.local, self.time_zone)

    @property
    def in_gap(self) -> bool:
        return not _exists(self.local, self.tz)

    @property
    def ambiguous(self) -> bool:
        tz = self.tz
        a = self.local.replace(tzinfo=tz, fold=0).utcoffset()
        b = self.local.replace(tzinfo=tz, fold=1).utcoffset()
        return a != b and _exists(self.local, tz)

    def shifted(self, weeks: int) -> "WallTime":
        """The same weekday and wall-clock time ``weeks`` weeks later, in the same zone."""
        return WallTime(self.local + timedelta(weeks=weeks), self.time_zone)

    def isoformat(self) -> str:
        return self.local.strftime("%Y-%m-%dT%H:%M")


def in_zone(instant: datetime, time_zone: str) -> datetime:
    """An aware instant seen in ``time_zone``."""
    if instant.tzinfo is None:
        raise ValueError("in_zone needs an aware datetime")
    return instant.astimezone(zone(time_zone))


def zone_abbreviation(instant: datetime, time_zone: str) -> str:
    """The abbreviation in force at that instant (CEST, KST), or the UTC offset where the zone has none."""
    local = in_zone(instant, time_zone)
    abbr = local.tzname() or ""
    if not abbr or abbr[0] in "+-":
        offset = local.utcoffset() or timedelta(0)
        total = int(offset.total_seconds() // 60)
        sign = "+" if total >= 0 else "-"
        hours, minutes = divmod(abs(total), 60)
        return f"UTC{sign}{hours:02d}:{minutes:02d}" if minutes else f"UTC{sign}{hours}"
    return abbr


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(course_start: date, target_week: date) -> int:
    """Whole weeks from the week holding ``course_start`` to the week holding ``target_week``."""
    return (monday_of(target_week) - monday_of(course_start)).days // 7


def is_night(local: datetime) -> bool:
    """True for a local time a person would usually be asleep at (22:00 to 06:59)."""
    return local.hour >= 22 or local.hour < 7


# ---- deadlines and countdowns -------------------------------------------------------------------

class Urgency:
    CALM = "calm"
    SOON = "soon"  # under 72 hours: amber
    URGENT = "urgent"  # under 24 hours: red
    LATE = "late"
    DONE = "done"


def urgency(due: datetime, now: datetime) -> str:
    left = due - now
    if left <= timedelta(0):
        return Urgency.LATE
    if left < timedelta(hours=24):
        return Urgency.URGENT
    if left < timedelta(hours=72):
        return Urgency.SOON
    return Urgency.CALM


def _days(n: int) -> str:
    return translate("domain", "%n day(s)", None, n)


def _hours(n: int) -> str:
    return translate("domain", "%n hour(s)", None, n)


def _minutes(n: int) -> str:
    return translate("domain", "%n minute(s)", None, n)


def humanize_span(delta: timedelta) -> str:
    """'2 days 4 hours', '3 hours 12 minutes', '45 minutes', 'less than a minute' (absolute value;
    numbers and plural forms as the participant's language writes them)."""
    seconds = abs(int(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return _days(days) + (f" {_hours(hours)}" if hours and days < 7 else "")
    if hours:
        return _hours(hours) + (f" {_minutes(minutes)}" if minutes else "")
    if minutes:
        return _minutes(minutes)
    return translate("domain", "less than a minute")


RECENTLY = timedelta(days=7)  # how long a passed deadline is counted in days rather than just "passed"


def countdown(due: datetime, now: datetime, *, course_over: bool = False) -> str:
    """What a deadline means now, in words (never colour alone): '2 days 4 hours left', 'deadline
    passed 3 hours ago', 'deadline passed' (long ago), or, once the whole course is over, 'closed:
    the course has ended' (never "late by 1223 days")."""
    delta = due - now
    if delta > timedelta(0):
        return translate("domain", "{0} left").format(humanize_span(delta))
    if course_over:
        return translate("domain", "closed: the course has ended")
    if -delta < RECENTLY:
        return translate("domain", "deadline passed {0} ago").format(humanize_span(delta))
    return translate("domain", "deadline passed")

"""Calendar export: an .ics file every calendar imports with the right times.

Events carry TZID wall times with VTIMEZONE blocks for their zones (the course's own, so a
"09:00 Europe/Madrid" session stays that across DST), stable UIDs so a second import updates
instead of duplicating, and the join link in URL and description.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from companion import __version__
from companion.domain.agenda import LIVE_SESSION, AgendaItem
from companion.domain.course import Course
from companion.domain.i18n import translate
from companion.domain.schedule import zone

UID_DOMAIN = "companion.course"


def uid(course: Course, item: AgendaItem) -> str:
    return f"{course.id}.{item.id.replace(':', '.')}@{UID_DOMAIN}"


def course_calendar(course: Course, items: list[AgendaItem], now: datetime) -> bytes:
    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", f"-//Companion//Companion {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", course.title)
    cal.add("x-wr-timezone", course.time_zone)
    for item in items:
        tz = zone(item.start.time_zone)
        event = Event()
        event.add("uid", uid(course, item))
        event.add("dtstamp", now)
        event.add("sequence", course.version)
        start = item.start.local.replace(tzinfo=tz)
        if item.kind == LIVE_SESSION:
            event.add("summary", f"{item.title} ({course.title})")
            event.add("dtstart", start)
            event.add("dtend", item.end.local.replace(tzinfo=tz))
            lines = [translate("domain", "Live session hosted by {0}.").format(item.host) if item.host
                     else translate("domain", "Live session."), "", item.description]
            if item.join_url:
                event.add("url", item.join_url)
                event.add("location", item.join_url)
                lines += ["", translate("domain", "Join: {0}").format(item.join_url)]
            event.add("description", "\n".join(lines).strip())
            alarm_lead = timedelta(minutes=15)
        else:
            event.add("summary", translate("domain", "Due: {0} ({1})").format(item.title.removesuffix(" due"),
                                                                               course.title))
            event.add("dtstart", start)
            event.add("dtend", start)  # a deadline is a point in time
            event.add("description", translate("domain", "Deadline of the course {0}.").format(course.title) + " "
                      + (translate("domain", "Required for the certificate.") if item.required
                         else translate("domain", "Optional.")))
            event.add("transp", "TRANSPARENT")
            alarm_lead = timedelta(hours=24)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.title)
        alarm.add("trigger", -alarm_lead)
        event.add_component(alarm)
        cal.add_component(event)
    first = min((i.start.local.date() for i in items), default=date.today()) - timedelta(days=366)
    last = max((i.start.local.date() for i in items), default=date.today()) + timedelta(days=366)
    cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()

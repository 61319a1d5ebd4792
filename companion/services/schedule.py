"""The schedule as a participant uses it: agenda in any zone, reminders, calendar export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain import reasons
from companion.domain.errors import CompanionError
from companion.domain.agenda import LIVE_SESSION, AgendaItem, agenda
from companion.domain.clock import Clock
from companion.domain.reminders import DEFAULT_DEADLINE_LEADS, DEFAULT_SESSION_LEADS, Notice, notice_for, plan
from companion.domain.schedule import in_zone, zone

from .library import Library
from .settings import DEADLINE_LEADS, REMINDERS_ON, SESSION_LEADS, Settings

if TYPE_CHECKING:
    from companion.store.repo import Store



def rfc3339(instant: datetime, time_zone: str) -> str:
    return in_zone(instant, time_zone).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool
    session_leads: tuple[timedelta, ...]
    deadline_leads: tuple[timedelta, ...]


class ScheduleService:
    def __init__(self, store: "Store", library: Library, settings: Settings, clock: Clock):
        self.store = store
        self.library = library
        self.settings = settings
        self.clock = clock

    def items(self, course_id: str) -> list[AgendaItem]:
        return agenda(self.library.course(course_id))

    def as_json(self, course_id: str, time_zone: str) -> dict:
        zone(time_zone)  # refuses an unknown zone with a clear sentence
        out = []
        for item in self.items(course_id):
            end = item.end_instant
            out.append({
                "id": item.id, "kind": "live_session" if item.kind == LIVE_SESSION else "deadline",
                "title": item.title,
                "start": rfc3339(item.start_instant, time_zone),
                "end": rfc3339(end, time_zone) if end else None,
                "course_start": item.start.isoformat(),
                "course_end": item.end.isoformat() if item.end else None,
                "course_time_zone": item.start.time_zone,
            })
        return {"time_zone": time_zone, "items": out}

    # ---- reminders ----
    def reminder_settings(self) -> ReminderSettings:
        session = self.settings.get(SESSION_LEADS)
        deadline = self.settings.get(DEADLINE_LEADS)
        return ReminderSettings(
            self.settings.get(REMINDERS_ON),
            tuple(timedelta(minutes=m) for m in session) if session is not None else DEFAULT_SESSION_LEADS,
            tuple(timedelta(minutes=m) for m in deadline) if deadline is not None else DEFAULT_DEADLINE_LEADS)

    def set_reminder_settings(self, enabled: bool, session_minutes: list[int], deadline_minutes: list[int]) -> None:
        for m in session_minutes + deadline_minutes:
            if not 0 < m <= 14 * 24 * 60:
                raise CompanionError("a reminder lead must be between 1 minute and 14 days", code=reasons.REMINDER_LEAD,
                                     data={"minutes": m})
        self.settings.set(REMINDERS_ON, bool(enabled))
        self.settings.set(SESSION_LEADS, list(session_minutes))
        self.settings.set(DEADLINE_LEADS, list(deadline_minutes))

    def replan(self, course_id: str) -> None:
        prefs = self.reminder_settings()
        planned = plan(self.items(course_id), prefs.session_leads, prefs.deadline_leads) if prefs.enabled else []
        self.store.plan_reminders(course_id, [(p.key, p.agenda_id, p.fire_at) for p in planned])

    def due_notices(self, course_id: str) -> list[Notice]:
        """Reminders whose time has come, each returned once (stored as fired), newest situation first."""
        self.replan(course_id)
        now = self.clock.now()
        due = self.store.due_reminders(course_id, now)
        if not due:
            return []
        items = {i.id: i for i in self.items(course_id)}
        notices: dict[str, Notice] = {}
        for key, agenda_id in due:
            item = items.get(agenda_id)
            notice = notice_for(key, item, now) if item else None
            if notice is not None:
                notices[agenda_id] = notice  # several due at once for one item: say it once
        self.store.mark_reminders_fired(course_id, [key for key, _ in due], now)
        return list(notices.values())

    # ---- calendar export ----
    def export_ics(self, course_id: str, path: Path) -> int:
        from .calendar import course_calendar

        course = self.library.course(course_id)
        items = agenda(course)
        data = course_calendar(course, items, self.clock.now())
        target = Path(path)
        temp = target.with_name(target.name + ".part")
        temp.write_bytes(data)
        temp.replace(target)
        return len(items)

"""Reminders before live sessions and deadlines: planned from the schedule, fired once each, and
caught up after the computer slept ("You missed: the live session started 10 minutes ago")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .agenda import LIVE_SESSION, AgendaItem
from .i18n import translate
from .schedule import humanize_span

DEFAULT_SESSION_LEADS = (timedelta(days=1), timedelta(minutes=15))
DEFAULT_DEADLINE_LEADS = (timedelta(days=1), timedelta(hours=2))


@dataclass(frozen=True)
class PlannedReminder:
    key: str  # stable: "<agenda id>@<lead minutes>"
    agenda_id: str
    fire_at: datetime  # instant
    lead: timedelta


@dataclass(frozen=True)
class Notice:
    """What to tell the participant when a reminder fires."""

    key: str
    agenda_id: str
    title: str
    message: str
    join_url: str
    missed: bool


def plan(items: Iterable[AgendaItem], session_leads: Sequence[timedelta] = DEFAULT_SESSION_LEADS,
         deadline_leads: Sequence[timedelta] = DEFAULT_DEADLINE_LEADS) -> list[PlannedReminder]:
    out = []
    for item in items:
        leads = session_leads if item.kind == LIVE_SESSION else deadline_leads
        for lead in leads:
            minutes = int(lead.total_seconds() // 60)
            out.append(PlannedReminder(f"{item.id}@{minutes}", item.id, item.start_instant - lead, lead))
    return sorted(out, key=lambda r: r.fire_at)


def notice_for(reminder_key: str, item: AgendaItem, now: datetime) -> Notice | None:
    """The notice for a due reminder, or None when there is nothing useful left to say (it is over)."""
    start = item.start_instant
    if item.kind == LIVE_SESSION:
        end = item.end_instant or start
        if now >= end:
            return None
        if now >= start:
            ago = humanize_span(now - start)
            return Notice(reminder_key, item.id, item.title,
                          translate("domain", "You missed the reminder: the live session “{0}” started {1} ago. "
                                    "You can still join.").format(item.title, ago), item.join_url, True)
        return Notice(reminder_key, item.id, item.title,
                      translate("domain", "Live session “{0}” starts in {1}.").format(
                          item.title, humanize_span(start - now)), item.join_url, False)
    if now >= start:
        return None
    return Notice(reminder_key, item.id, item.title,
                  translate("domain", "{0}: {1} left.").format(item.title, humanize_span(start - now)), "", False)

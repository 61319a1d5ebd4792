"""Agenda JSON, calendar export read back with icalendar, and reminders that fire once."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from companion.domain.errors import UnknownTimeZone

COURSE = "caring-cities-2023"
UTC = timezone.utc


def test_schedule_json_in_seoul(app):
    data = app.schedule.as_json(COURSE, "Asia/Seoul")
    assert data["time_zone"] == "Asia/Seoul"
    session = next(i for i in data["items"] if i["id"] == "live_session:session-2")
    assert session == {"id": "live_session:session-2", "kind": "live_session",
                       "title": "Towards Caring Cities: health and mobility perspectives",
                       "start": "2023-07-13T16:00:00+09:00", "end": "2023-07-13T18:00:00+09:00",
                       "course_start": "2023-07-13T09:00", "course_end": "2023-07-13T11:00",
                       "course_time_zone": "Europe/Madrid"}
    deadline = next(i for i in data["items"] if i["id"] == "deadline:quiz-1")
    assert deadline["kind"] == "deadline" and deadline["end"] is None
    assert deadline["start"] == "2023-07-20T06:59:00+09:00"
    with pytest.raises(UnknownTimeZone):
        app.schedule.as_json(COURSE, "Mars/Olympus")


def test_ics_round_trip_gives_the_same_instants(app, tmp_path):
    path = tmp_path / "course.ics"
    count = app.schedule.export_ics(COURSE, path)
    cal = Calendar.from_ical(path.read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert len(events) == count == 4 + 4 + 4
    assert {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")} == {"Europe/Madrid"}
    expected = {i.id: i for i in app.schedule.items(COURSE)}
    for uid, event in events.items():
        agenda_id = next(k for k in expected if uid.startswith(f"{COURSE}.{k.replace(':', '.')}@"))
        item = expected[agenda_id]
        assert event.decoded("DTSTART").astimezone(UTC) == item.start_instant
        if item.end_instant:
            assert event.decoded("DTEND").astimezone(UTC) == item.end_instant
            assert item.join_url in str(event["DESCRIPTION"]) and str(event["URL"]) == item.join_url
    # a second export (after a shift) keeps the UIDs, so calendars update instead of duplicating
    app.library.shift_to_week(COURSE, datetime(2026, 11, 23).date())
    app.schedule.export_ics(COURSE, path)
    again = {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    assert set(again) == set(events)
    shifted = again[f"{COURSE}.live_session.session-2@companion.course"]
    assert shifted.decoded("DTSTART").strftime("%a %H:%M %Z") == "Thu 09:00 CET"


def test_reminders_fire_once_and_survive_a_restart(app, clock):
    from companion.app import build_app

    session = next(i for i in app.schedule.items(COURSE) if i.item_id == "session-2")
    clock.set(session.start_instant - timedelta(days=2))
    assert app.schedule.due_notices(COURSE) == []
    clock.set(session.start_instant - timedelta(hours=23))
    notices = app.schedule.due_notices(COURSE)
    assert [n.agenda_id for n in notices] == ["live_session:session-2"]
    assert "starts in 23 hours" in notices[0].message and notices[0].join_url
    assert app.schedule.due_notices(COURSE) == []  # once only
    # a new process on the same data folder does not repeat it
    other = build_app(app.data_dir, clock=clock)
    assert other.schedule.due_notices(COURSE) == []
    other.close()


def test_missed_reminder_after_sleep_says_so(app, clock):
    session = next(i for i in app.schedule.items(COURSE) if i.item_id == "session-2")
    clock.set(session.start_instant - timedelta(days=3))
    app.schedule.due_notices(COURSE)
    clock.set(session.start_instant + timedelta(minutes=10))  # the laptop slept through both reminders
    notices = [n for n in app.schedule.due_notices(COURSE) if n.agenda_id == "live_session:session-2"]
    assert len(notices) == 1 and notices[0].missed
    assert "started 10 minutes ago" in notices[0].message


def test_reminder_settings_are_applied(app, clock):
    app.schedule.set_reminder_settings(True, [60], [30])
    session = next(i for i in app.schedule.items(COURSE) if i.item_id == "session-3")
    clock.set(session.start_instant - timedelta(hours=2))
    assert all(n.agenda_id != "live_session:session-3" for n in app.schedule.due_notices(COURSE))
    clock.set(session.start_instant - timedelta(minutes=59))
    assert any(n.agenda_id == "live_session:session-3" for n in app.schedule.due_notices(COURSE))
    app.schedule.set_reminder_settings(False, [60], [30])
    clock.set(session.start_instant + timedelta(days=1))
    assert app.schedule.due_notices(COURSE) == []
    from companion.domain.errors import CompanionError
    from companion.ui import words

    with pytest.raises(CompanionError) as refused:
        app.schedule.set_reminder_settings(True, [0], [])
    assert refused.value.code == "settings.reminder_lead"
    assert words.error(refused.value) == "A reminder must come between 1 minute and 14 days ahead."


def test_cli_schedule_and_export(data_dir, tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(data_dir), *a],
                                    capture_output=True, text=True, timeout=120)
    out = run("schedule", "--json", "--tz", "America/Bogota")
    assert out.returncode == 0
    data = json.loads(out.stdout)
    first = data["items"][0]
    assert first["start"] == "2023-07-03T02:00:00-05:00" and first["course_start"] == "2023-07-03T09:00"
    text = run("schedule", "--tz", "America/Bogota").stdout
    assert "at night where you are" in text
    bad = run("schedule", "--tz", "Mars/Olympus")
    assert bad.returncode == 2 and "Mars/Olympus" in bad.stderr
    ics = tmp_path / "c.ics"
    assert run("export-ics", str(ics)).returncode == 0 and ics.read_bytes().startswith(b"BEGIN:VCALENDAR")

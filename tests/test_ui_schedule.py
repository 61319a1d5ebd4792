"""The Schedule page and reminders in the real window, with an injected clock (no waiting)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.ui


def test_week_view_and_both_times(window, qtbot):
    window.go_to("schedule", None)
    page = window.pages["schedule"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 12, timeout=5000)
    page.view.setCurrentIndex(page.view.findData("week"))
    # the fixed clock is Monday 10 July 2023: that week has the 13 July session only
    assert page.model.rowCount() == 1
    assert "Week of Mon 10 Jul 2023" in page.week_label.text()
    assert page.model.index(0, 3).data() == "Thu 13 Jul 09:00–11:00 CEST"
    page.next_week.click()
    titles = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert any("Quiz 1" in t for t in titles) and any("final session" in t for t in titles)
    page.this_week.click()
    assert page.model.rowCount() == 1
    page.select("orientation")  # not this week: the page shows the whole course to find it
    assert page.view.currentData() == "agenda"
    assert "Orientation" in page.detail.text()


def test_export_from_the_schedule_page(window, qtbot, tmp_path):
    page = window.pages["schedule"]
    target = tmp_path / "mine.ics"
    page.export_to(target)
    qtbot.waitUntil(lambda: "Wrote 12 events" in page.detail.text(), timeout=5000)
    assert len(list(Calendar.from_ical(target.read_bytes()).walk("VEVENT"))) == 12


def test_a_reminder_fires_in_the_window(window, qtbot, clock):
    app = window.context.app
    session = next(i for i in app.schedule.items("caring-cities-2023") if i.item_id == "session-2")
    clock.set(session.start_instant - timedelta(minutes=14))
    window.reminders.check()
    bar = window.reminder_bar
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5000)
    assert "starts in 14 minutes" in bar.text.text()
    assert bar.join.isVisible()
    bar.dismiss.click()
    assert not bar.isVisible()
    window.reminders.check()  # fired once: nothing again
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=5000)
    assert not bar.isVisible()


def test_reminder_settings_in_the_settings_page(window, qtbot):
    window.go_to("settings", None)
    page = window.pages["settings"]
    qtbot.waitUntil(lambda: page.reminders.enabled.isChecked(), timeout=5000)
    assert page.reminders.session[0].value() == 24 and page.reminders.session[1].value() == 15
    page.reminders.session[1].setValue(30)
    page.reminders.save_button.click()
    qtbot.waitUntil(lambda: "Saved" in page.reminders.message.text(), timeout=5000)
    leads = window.context.app.schedule.reminder_settings().session_leads
    assert timedelta(minutes=30) in leads and timedelta(hours=24) in leads

"""The main window on the sample course: every page shows real content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.ui.main_window import PAGE_NAMES
from companion.ui.models import Roles

pytestmark = pytest.mark.ui


def settle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)


def test_window_opens_on_the_dashboard(window):
    dash = window.pages["dashboard"]
    assert window.current_page_name() == "dashboard"
    assert dash.heading.text() == "Caring Cities 2023"
    assert "Towards Caring Cities" in dash.session_title.text()  # 10 July 2023: next is the 13 July session
    assert "(course time)" in dash.session_when.text()
    assert dash.deadline_title.text().startswith("Quiz 1")
    assert "left" in dash.deadline_left.text()
    assert dash.model.rowCount() == 12
    assert "0 of 11" in dash.progress.format()
    assert "No portal configured" in window.portal_status.text()
    assert "Nothing waiting" in window.outbox_status.text()


def test_walk_every_page_by_keyboard(window, qtbot):
    for n, name in enumerate(PAGE_NAMES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name
        assert window.stack.currentWidget().isVisible()


def test_lecture_notes_render_offline(window, qtbot):
    window.go_to("lectures", None)
    page = window.pages["lectures"]
    assert page.lecture_model.rowCount() == 4
    qtbot.waitUntil(lambda: "caring city" in page.viewer.toPlainText().lower(), timeout=5000)
    page.select("lecture-3")
    qtbot.waitUntil(lambda: "412" in page.viewer.toPlainText(), timeout=5000)
    assert "100,000" in page.summary.text() or "100,000" in page.viewer.toPlainText()
    # an online-only preview says so and offers the browser
    row = next(i for i, m in enumerate(page.material_model.rows) if m.kind == "link")
    page.materials.setCurrentIndex(page.material_model.index(row, 0))
    assert "online only" in page.viewer_caption.text()
    assert not page.open_button.isHidden()


def test_schedule_lists_sessions_and_deadlines_in_both_zones(window, qtbot):
    window.go_to("schedule", None)
    page = window.pages["schedule"]
    settle(qtbot, window)
    texts = [page.model.index(r, 2).data() for r in range(page.model.rowCount())]
    assert sum(t.startswith("Live session") for t in texts) == 4
    assert any("Quiz 1" in t for t in texts)
    course_time = [page.model.index(r, 3).data() for r in range(page.model.rowCount())]
    assert "Thu 13 Jul 09:00–11:00 CEST" in course_time


def test_mark_attendance_updates_the_checklist(window, qtbot):
    window.go_to("schedule", "orientation")
    page = window.pages["schedule"]
    page.select("orientation")
    assert page.attend.isEnabled()
    page.attend.click()
    settle(qtbot, window)
    window.go_to("dashboard", None)  # a hidden dashboard reloads when it is shown again
    dash = window.pages["dashboard"]
    qtbot.waitUntil(lambda: "1 of 11" in dash.progress.format(), timeout=5000)


def test_settings_change_time_zone_everywhere(window, qtbot):
    window.go_to("settings", None)
    page = window.pages["settings"]
    settle(qtbot, window)
    page.time_zone.tz.setCurrentText("Asia/Seoul")
    page.time_zone.apply.click()
    qtbot.waitUntil(lambda: "KST (Seoul)" in window.zone_status.text(), timeout=5000)
    assert "Asia/Seoul" not in window.zone_status.text()  # the status bar names it as people know it too
    assert page.time_zone.tz.currentText() == "Seoul (KST)"  # the box shows the picked zone by its name
    # the sentences name the zone as people know it, never by its IANA id
    assert page.time_zone.message.text() == "Times are now shown in KST (Seoul)."
    qtbot.waitUntil(lambda: "KST (Seoul)" in page.time_zone.note.text(), timeout=5000)
    assert "Asia/Seoul" not in page.time_zone.note.text()
    window.go_to("schedule", None)
    schedule = window.pages["schedule"]
    qtbot.waitUntil(lambda: "KST (Seoul)" in schedule.zones.text(), timeout=5000)
    assert "/" not in schedule.zones.text(), schedule.zones.text()
    window.go_to("dashboard", None)
    dash = window.pages["dashboard"]
    qtbot.waitUntil(lambda: "KST (your time)" in dash.session_when.text(), timeout=5000)
    page.time_zone.tz.setCurrentText("Mars/Olympus")
    page.time_zone.apply.click()
    qtbot.waitUntil(lambda: "is not a time zone this computer knows" in page.time_zone.message.text(), timeout=5000)
    assert "IANA" not in page.time_zone.message.text()  # the list and a city are what a person knows
    assert "KST (Seoul)" in window.zone_status.text()


def test_portal_address_rules(window, qtbot):
    page = window.pages["settings"]
    page.portal.address.setText("http://portal.example.org")
    page.portal.save_button.click()
    qtbot.waitUntil(lambda: "only allowed on this computer" in page.portal.message.text(), timeout=5000)
    page.portal.address.setText("http://127.0.0.1:8765")
    page.portal.save_button.click()
    qtbot.waitUntil(lambda: "Portal: http://127.0.0.1:8765" in window.portal_status.text(), timeout=5000)


def test_shift_the_sample_course_from_the_dashboard(window, qtbot, clock):
    from datetime import datetime, timezone

    dash = window.pages["dashboard"]
    clock.set(datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc))  # Monday, before the first session's hour
    dash.refresh()
    qtbot.waitUntil(lambda: dash.banner.isVisible() and "Run it from this week" == dash.banner_button.text(), timeout=5000)
    assert "Mon 23 Nov 2026" in dash.banner_text.text()
    # later that Monday this week's first session is over: the button says the course starts next week
    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=timezone.utc))
    dash.refresh()
    qtbot.waitUntil(lambda: "Run it from next week" == dash.banner_button.text(), timeout=5000)
    assert "next week, on Mon 30 Nov 2026" in dash.banner_text.text()
    assert "practice" in dash.banner_text.text()  # not "late by 1223 days": the course has ended
    dash.banner_button.click()
    qtbot.waitUntil(lambda: "shifted by 178 weeks" in dash.banner_text.text().lower(), timeout=5000)
    assert "Mon 30 Nov 2026" in dash.subtitle.text()
    assert "09:00–11:00 CET" in dash.session_when.text()


def test_essay_autosaves_and_submit_queues_it(window, qtbot):
    window.go_to("submissions", "essay")
    page = window.pages["submissions"]
    page.select("essay")
    qtbot.waitUntil(lambda: page.assignment is not None and page.assignment.id == "essay", timeout=5000)
    page.text.setFocus()
    qtbot.keyClicks(page.text, "Seoul Learn shows how a city can open education to everyone.")
    qtbot.waitUntil(lambda: page.saved.text() == "Saved on this computer", timeout=5000)
    draft = window.context.app.store.get_draft("caring-cities-2023", "essay")
    assert draft and "Seoul Learn" in draft[0]["text"]
    assert "11 words" in page.words.text()
    page.submit.click()
    qtbot.waitUntil(lambda: "waiting for a connection" in page.sub_state.text(), timeout=5000)
    qtbot.waitUntil(lambda: "1 item waiting to be sent" in window.outbox_status.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.outbox_model.rowCount() == 1, timeout=5000)
    assert "waiting for a connection" in page.sub_state.text()  # still said after the page reloads
    assert page.outbox_model.index(0, 1).data() == "Waiting for a connection"


def test_broken_data_folder_is_reported_not_crashed(qtbot, tmp_path, clock):
    from companion.ui.main import open_app
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    runner = TaskRunner()
    win = MainWindow(runner)
    qtbot.addWidget(win)
    win.show()
    runner.run(lambda: open_app(blocker, clock), win.attach, win.failed_to_open)
    qtbot.waitUntil(lambda: "could not open" in win.statusBar().currentMessage().lower(), timeout=10_000)


def test_pages_are_made_when_first_shown(qtbot, data_dir, clock):
    """Only the dashboard exists after start (the others cost memory nobody asked for yet); a page
    reached by the sidebar, a shortcut or a search is made then and shows its data."""
    from .support.windows import open_window

    win = open_window(qtbot, data_dir, clock)
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=20_000)
    assert [p.objectName() for p in win.pages.made()] == ["page-dashboard"]
    assert list(win.pages) == list(PAGE_NAMES) and len(win.menuBar().actions()) == 3
    go = win.menuBar().actions()[1].menu().actions()
    assert [a.text() for a in go] == ["Dashboard", "Lectures", "Schedule", "Quizzes", "Review", "Submissions", "Settings"]
    qtbot.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page_name() == "lectures"
    lectures = win.pages.made_page("lectures")
    assert lectures is not None and lectures.isVisible()
    qtbot.waitUntil(lambda: lectures.lecture_model.rowCount() == 4, timeout=10_000)
    win.go_to("quizzes", None)
    assert [p.objectName() for p in win.pages.made()] == ["page-dashboard", "page-lectures", "page-quizzes"]
    # a page first reached from the checklist or a search opens at the item asked for, once it has loaded
    win.go_to("schedule", "quiz-3")
    schedule = win.pages["schedule"]
    qtbot.waitUntil(lambda: schedule.table.currentIndex().isValid() and "quiz-3" in str(
        schedule.model.data(schedule.table.currentIndex(), Roles.KEY)), timeout=10_000)
    win.go_to("submissions", "essay")
    submissions = win.pages["submissions"]
    qtbot.waitUntil(lambda: submissions.model.data(submissions.list.currentIndex(), Roles.KEY) == "essay",
                    timeout=10_000)
    win.close()


def test_a_hidden_dashboard_reloads_once_when_shown_again(window, qtbot):
    """Typing an essay autosaves every few seconds; the dashboard behind it is not reloaded each time,
    but once, when the participant comes back to it."""
    from companion.ui import ops
    from companion.ui.ops import outbox as outbox_ops

    dash = window.pages["dashboard"]
    loads: list[int] = []
    dash.ops_loaded = dash.show_data
    dash.show_data = lambda data: (loads.append(1), dash.ops_loaded(data))
    window.go_to("submissions", None)
    for n in range(3):
        ops.run(window.context, outbox_ops.save_draft, window.context.course_id, "essay",
                {"text": "A caring city " * (n + 1)}).run()
        qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    assert loads == [] and dash.stale
    window.go_to("dashboard", None)
    qtbot.waitUntil(lambda: loads == [1], timeout=10_000)
    assert not dash.stale
    ops.run(window.context, outbox_ops.save_draft, window.context.course_id, "essay", {"text": "Seen."}).run()
    qtbot.waitUntil(lambda: loads == [1, 1], timeout=10_000)  # on screen: reloaded at once

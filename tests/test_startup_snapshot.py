"""The course on screen before the store opens: the dashboard snapshot left by the last close."""

from __future__ import annotations

import sys

import pytest

from companion.app import build_app
from companion.services import snapshot


def _dashboard(app, course_id):
    from companion.ui.ops.course import dashboard

    return dashboard(app, course_id).value


def test_snapshot_gives_the_dashboard_the_store_gives(data_dir, clock):
    first = build_app(data_dir, clock=clock)
    course_id = first.library.default_course_id()
    first.progress.set_attended(course_id, first.library.course(course_id).live_sessions[0].id, True)
    first.close()

    snap = snapshot.read(data_dir)
    assert snap is not None and snap.course_id == course_id
    from companion.ui.pages.dashboard import dashboard_from_snapshot

    quick = dashboard_from_snapshot(snap, snap.clock(clock))
    second = build_app(data_dir, clock=clock)
    try:
        full = _dashboard(second, course_id)
    finally:
        second.close()
    assert quick.status.checklist == full.status.checklist
    assert quick.status.checklist.done_count == 1
    assert quick.status.course.title == full.status.course.title
    assert (quick.next_session, quick.next_deadline) == (full.next_session, full.next_deadline)
    assert (quick.published_start, quick.published_end) == (full.published_start, full.published_end)
    assert quick.run_now_starts == full.run_now_starts


def test_a_write_after_the_snapshot_makes_it_unused(data_dir, clock):
    build_app(data_dir, clock=clock).close()
    assert snapshot.read(data_dir) is not None
    other = build_app(data_dir, clock=clock)  # e.g. `companion attend` while the app is closed
    course_id = other.library.default_course_id()
    other.progress.set_attended(course_id, other.library.course(course_id).live_sessions[0].id, True)
    assert snapshot.read(data_dir) is None  # the database files changed: not shown
    other.close()
    fresh = snapshot.read(data_dir)
    assert fresh is not None and len(fresh.attended) == 1


def test_a_damaged_snapshot_is_ignored(data_dir, clock):
    build_app(data_dir, clock=clock).close()
    (data_dir / snapshot.FILE).write_text('{"format": 1, "app": "garbage', encoding="utf-8")
    assert snapshot.read(data_dir) is None


def test_preview_loads_without_the_store_or_the_services(data_dir, clock):
    build_app(data_dir, clock=clock).close()
    import subprocess

    code = ("import sys; from companion.ui.main import read_preview; p = read_preview(sys.argv[1]); "
            "heavy = [m for m in ('sqlalchemy', 'alembic', 'requests', 'jsonschema', 'companion.store', "
            "'companion.services.progress') if m in sys.modules]; print(p.data.status.course.title, heavy)")
    out = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "Caring Cities 2023 []"


@pytest.mark.ui
def test_window_shows_the_snapshot_then_the_store(qtbot, data_dir, clock):
    from companion.ui.main import open_app, read_preview
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    build_app(data_dir, clock=clock).close()
    runner = TaskRunner()
    win = MainWindow(runner)
    win.quiet_errors = True
    qtbot.addWidget(win)
    win.show()
    preview = read_preview(data_dir, clock)
    with qtbot.waitSignal(win.course_shown, timeout=10_000):
        assert win.show_preview(preview)
    from companion.ui.pages.dashboard import DashboardPage

    page = win.centralWidget().findChild(DashboardPage)
    assert page.heading.text() == "Caring Cities 2023"
    assert page.model.rowCount() == 12
    assert win.context is None  # nothing opened the store yet
    with qtbot.waitSignal(win.ready, timeout=20_000):
        runner.run(lambda: open_app(data_dir, clock), win.attach, win.failed_to_open)
    dash = win.pages["dashboard"]
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert dash.heading.text() == "Caring Cities 2023" and dash.model.rowCount() == 12
    assert "0 of 11" in dash.progress.format()
    win.close()

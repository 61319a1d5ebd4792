"""One truth on every screen (issue 21, point 5): state changes under each page from outside it
(a sync pass, the download queue, a date shift run through the operations, never the page's own
buttons) and every page that shows that state says the new thing without being chosen again.

Against the reference portal on 127.0.0.1 with real downloadable slides (the media portal)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from companion.ui import ops
from companion.ui.ops import downloads as download_ops
from companion.ui.ops import outbox as outbox_ops
from companion.ui.ops import settings as settings_ops

pytestmark = [pytest.mark.ui, pytest.mark.integration]
COURSE = "caring-cities-2023"


def settle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy and not window.sync.running and not window.downloads.running,
                    timeout=30_000)
    qtbot.wait(50)


def synced(window, qtbot) -> None:
    """A sync pass as the timer or the status bar starts it, not any page."""
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    before = window.sync.last
    window.sync.sync(now=True)
    qtbot.waitUntil(lambda: window.sync.last is not before and not window.sync.running, timeout=30_000)
    settle(window, qtbot)


def cell(model, key, column: int) -> str:
    row = model.row_of_key(key)
    return model.index(row, column).data() if row >= 0 else ""


def test_every_page_redraws_what_changed_under_it(window, qtbot, media_portal, clock):
    app, context = window.context.app, window.context
    app.sync.sign_in(media_portal.url, "ana", "secret-pw")
    synced(window, qtbot)

    # ---- a quiz result, queued, then delivered by a sync the result page did not start ----
    window.go_to("quizzes", "quiz-2")
    quizzes = window.pages["quizzes"]
    qtbot.waitUntil(lambda: quizzes.current is not None and quizzes.current.quiz.id == "quiz-2", timeout=5000)
    quizzes.start_button.click()
    runner = quizzes.runner
    qtbot.waitUntil(lambda: quizzes.stack.currentWidget() is runner and bool(runner.views), timeout=5000)
    for view in runner.views:
        view.set_selected(sorted(view.question.correct))
        view.changed.emit(view.question.id, view.selected())
    runner.show_review()
    runner.submit_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page, timeout=5000)
    assert "It is queued for the portal." in runner.result_detail.text()
    synced(window, qtbot)
    qtbot.waitUntil(lambda: "The portal has received it." in runner.result_detail.text(), timeout=5000)
    assert "queued" not in runner.result_detail.text()
    submissions = window.pages["submissions"]
    quiz_row = next(r for r, s in enumerate(submissions.outbox_model.rows) if s.kind == "quiz_attempt")
    assert submissions.outbox_model.index(quiz_row, 1).data() == "Delivered"
    assert "Nothing waiting" in window.outbox_status.text()
    # an earlier attempt reviewed from the list says where its result is, too
    runner.done_button.click()
    qtbot.waitUntil(lambda: quizzes.stack.currentWidget() is quizzes.overview_page
                    and quizzes.history_model.rowCount() == 1, timeout=5000)
    quizzes.review_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page
                    and "The portal has received it." in runner.result_detail.text(), timeout=5000)

    # ---- an essay handed in and delivered while the Submissions page is not the one shown ----
    window.go_to("dashboard", None)
    dashboard = window.pages["dashboard"]
    essay_key = next(i.key for i in dashboard.model.rows if i.key.endswith("essay"))
    essay_before = cell(dashboard.model, essay_key, 1)
    for step in (ops.run(context, outbox_ops.save_draft, COURSE, "essay", {"text": "Care is a public matter. " * 40}),
                 ops.run(context, outbox_ops.submit_assignment, COURSE, "essay")):
        step.run()
        settle(window, qtbot)
    assert cell(submissions.model, "essay", 1) == "Submitted, waiting to be sent"
    synced(window, qtbot)
    qtbot.waitUntil(lambda: cell(submissions.model, "essay", 1) == "Delivered", timeout=5000)
    qtbot.waitUntil(lambda: cell(dashboard.model, essay_key, 1) != essay_before, timeout=5000)  # the checklist too
    window.go_to("submissions", "essay")
    qtbot.waitUntil(lambda: submissions.sub_state.text().startswith("Delivered · arrived at the portal"), timeout=5000)

    # ---- slides downloaded and verified by the queue, not by the Lectures page's buttons ----
    lectures = window.pages["lectures"]
    settings = window.pages["settings"]
    window.go_to("schedule", None)
    qtbot.waitUntil(lambda: lectures.material_model.row_of_key("lecture-1-slides") >= 0, timeout=30_000)
    assert cell(lectures.material_model, "lecture-1-slides", 2).startswith("Online only")
    lectures.materials.setCurrentIndex(lectures.material_model.index(lectures.material_model.row_of_key("lecture-1-slides"), 0))
    qtbot.waitUntil(lambda: "not on this computer yet" in lectures.viewer.toPlainText(), timeout=5000)
    used_before = cell(settings.storage.model, COURSE, 1)
    ops.run(context, download_ops.enqueue, COURSE, ["lecture-1-slides"]).run()
    settle(window, qtbot)
    window.downloads.start()
    qtbot.waitUntil(lambda: cell(lectures.material_model, "lecture-1-slides", 2) == "Available offline", timeout=30_000)
    qtbot.waitUntil(lambda: cell(settings.storage.model, COURSE, 1) != used_before, timeout=5000)
    # the detail shown: the slides themselves, not "not on this computer yet"
    qtbot.waitUntil(lambda: lectures.viewers.currentWidget() is lectures.pdf_view, timeout=5000)
    assert "available offline · 6 pages" in lectures.viewer_caption.text()

    # ---- attendance the organisers recorded on the portal, brought by a sync ----
    clock.set(clock.now() + timedelta(hours=2))  # the portal's progress is asked for at most hourly
    dashboard = window.pages["dashboard"]
    schedule = window.pages["schedule"]
    session_key = next(i.key for i in dashboard.model.rows if i.key.endswith("orientation"))
    session_before = cell(dashboard.model, session_key, 1)
    orientation = next(r for r, item in enumerate(schedule.model.rows) if item.item_id == "orientation")
    assert schedule.model.index(orientation, 1).data() != "Attended"
    media_portal.app.state.record_attendance("ana", COURSE, "orientation")
    synced(window, qtbot)
    qtbot.waitUntil(lambda: schedule.model.index(orientation, 1).data() == "Attended", timeout=5000)
    window.go_to("dashboard", None)  # a hidden dashboard redraws when shown again
    qtbot.waitUntil(lambda: cell(dashboard.model, session_key, 1) != session_before, timeout=5000)

    # ---- the course's dates shifted to run from this week (an operation, not the pages' buttons) ----
    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=timezone.utc))  # months after the course ended
    schedule = window.pages["schedule"]
    for page in (dashboard, schedule, quizzes, settings):  # as each page's own clock tick would
        page.refresh()
    window.go_to("dashboard", None)
    settle(window, qtbot)
    quizzes.select("quiz-3")
    assert "every date is in the past" in dashboard.banner_text.text()
    assert dashboard.session_title.text() == "No live sessions ahead."
    assert "The deadline has passed" in quizzes.info.text()
    assert not any(schedule.model.index(r, 1).data().startswith("In ") for r in range(schedule.model.rowCount()))
    dates_before = settings.dates.dates.text()
    ops.run(context, settings_ops.shift_course_to_now, COURSE).run()
    settle(window, qtbot)
    qtbot.waitUntil(lambda: dashboard.banner_text.text().startswith("Dates shifted by"), timeout=5000)
    assert dashboard.session_title.text() != "No live sessions ahead."
    assert "The deadline has passed" not in quizzes.info.text()
    assert any(schedule.model.index(r, 1).data().startswith("In ") for r in range(schedule.model.rowCount()))
    assert settings.dates.dates.text() != dates_before and "Shifted by" in settings.dates.dates.text()

"""The search box in the real window: Ctrl+K, type, pick a result, and the page opens at the place."""

from __future__ import annotations

import hashlib
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.ui


@pytest.fixture
def slides_course(data_dir, clock, sample_copy):
    """The sample course (version 2) with a slide PDF inside the package for lecture 2."""
    from companion.app import build_app
    from companion_portal.media import _slides

    pdf = sample_copy / "media" / "lecture-2-slides.pdf"
    pdf.parent.mkdir()
    _slides(pdf, "Lecture 2", ["Streets for everyone", "Parks close to home", "Wrist Doctor 9988 helps residents",
                               "Night buses for carers"], 4, 2)
    manifest = json.loads((sample_copy / "course.json").read_text(encoding="utf-8"))
    manifest["version"] = 2
    data = pdf.read_bytes()
    manifest["lectures"][1]["materials"].append({
        "id": "lecture-2-slides", "title": "Lecture 2 slides (PDF)", "kind": "pdf",
        "variants": [{"name": "original", "mime": "application/pdf", "path": "media/lecture-2-slides.pdf",
                      "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}]})
    (sample_copy / "course.json").write_text(json.dumps(manifest), encoding="utf-8")
    app = build_app(data_dir, clock=clock)
    try:
        app.library.import_package(sample_copy)
    finally:
        app.close()


def search(qtbot, window, text, shortcut=Qt.Key.Key_K):
    controller = window.search
    window.activateWindow()
    qtbot.keyClick(window, shortcut, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is controller.box)
    qtbot.keyClicks(controller.box, text)
    qtbot.waitUntil(lambda: controller.panel.isVisible() and bool(controller.panel.model.hits)
                    and controller.panel.status.text() not in ("", "Searching…"), timeout=10_000)
    return controller


def pick(qtbot, controller, kind, part_id=None):
    rows = [i for i, h in enumerate(controller.panel.model.hits)
            if h.kind == kind and (part_id is None or h.part_id == part_id)]
    assert rows, [(h.kind, h.part_id) for h in controller.panel.model.hits]
    view = controller.panel.list
    qtbot.keyClick(controller.box, Qt.Key.Key_Down)  # into the results
    assert QApplication.focusWidget() is view
    view.setCurrentIndex(controller.panel.model.index(rows[0], 0))
    hit = controller.panel.model.hits[rows[0]]
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not controller.panel.isVisible()
    return hit


def test_ctrl_k_finds_notes_and_opens_them_at_the_words(qtbot, window):
    controller = search(qtbot, window, "bogota")
    hit = pick(qtbot, controller, "notes", "lecture-1-notes")
    lectures = window.pages["lectures"]
    assert window.current_page_name() == "lectures"
    qtbot.waitUntil(lambda: lectures.viewer.textCursor().selectedText() == "Bogotá", timeout=10_000)
    assert hit.match == "Bogotá"
    assert lectures.material_model.row_object(lectures.materials.currentIndex().row()).id == "lecture-1-notes"
    assert lectures.lecture_model.row_object(lectures.list.currentIndex().row()).id == "lecture-1"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lectures.viewer, timeout=5000)  # focus is on the words found


def test_ctrl_f_opens_a_live_session_in_the_schedule(qtbot, window):
    controller = search(qtbot, window, "households", shortcut=Qt.Key.Key_F)
    pick(qtbot, controller, "session")
    schedule = window.pages["schedule"]
    assert window.current_page_name() == "schedule"
    row = schedule.table.currentIndex().row()
    assert schedule.model.rows[row].item_id == "session-1"
    # focus follows to the result (a screen reader says where it went), not left in the search box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is schedule.table, timeout=5000)


def test_a_pdf_hit_opens_the_pdf_at_its_page(qtbot, slides_course, window):
    controller = search(qtbot, window, "wrist doctor")
    hit = pick(qtbot, controller, "pdf", "lecture-2-slides")
    lectures = window.pages["lectures"]
    assert window.current_page_name() == "lectures" and hit.page >= 2
    qtbot.waitUntil(lambda: lectures.viewers.currentWidget() is lectures.pdf_view, timeout=10_000)
    qtbot.waitUntil(lambda: lectures.pdf_view.pageNavigator().currentPage() == hit.page - 1, timeout=10_000)
    assert lectures.pdf_search.searchString() == "Wrist Doctor"


def test_a_question_opens_its_quiz_and_escape_closes_the_results(qtbot, window):
    controller = search(qtbot, window, "slogan")
    qtbot.keyClick(controller.box, Qt.Key.Key_Escape)
    assert not controller.panel.isVisible() and controller.box.text() == "slogan"
    qtbot.keyClick(controller.box, Qt.Key.Key_Escape)
    assert controller.box.text() == ""
    controller = search(qtbot, window, "slogan")
    hit = pick(qtbot, controller, "question")
    quizzes = window.pages["quizzes"]
    assert window.current_page_name() == "quizzes" and quizzes.current.quiz.id == hit.item_id


def test_an_explanation_appears_after_an_attempt_and_opens_its_review(qtbot, window):
    app, course_id = window.context.app, window.context.course_id
    quiz = app.library.course(course_id).quizzes[0]
    question = next(q for q in quiz.questions if q.explanation)
    words = " ".join(question.explanation.split()[:4])
    window.search.box.setText(f'"{words}"')
    window.search.run()
    qtbot.waitUntil(lambda: window.search.panel.status.text() not in ("", "Searching…"), timeout=10_000)
    assert not [h for h in window.search.panel.model.hits if h.kind == "explanation"]
    window.search.panel.hide()
    attempt = app.quizzes.start(course_id, quiz.id)
    app.quizzes.finish(attempt.id)
    window.context.changed.emit(frozenset({"quiz"}))
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    window.search.box.clear()
    controller = search(qtbot, window, f'"{words}"')
    hit = pick(qtbot, controller, "explanation")
    quizzes = window.pages["quizzes"]
    assert hit.part_id == question.id and window.current_page_name() == "quizzes"
    qtbot.waitUntil(lambda: quizzes.stack.currentWidget() is quizzes.runner, timeout=10_000)
    qtbot.waitUntil(lambda: quizzes.runner.result_view.textCursor().selectedText() == question.prompt, timeout=10_000)

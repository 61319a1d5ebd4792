"""Importing a course file in the window: File → Import course file… and a file dropped on the window."""

from __future__ import annotations

import json
import zipfile

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from companion.services.bundles import write_package_bundle

pytestmark = [pytest.mark.ui, pytest.mark.filterwarnings("ignore:Function.*QDragEnterEvent:DeprecationWarning")]


def course_file(package, tmp_path, name, **changes):
    data = json.loads((package / "course.json").read_text(encoding="utf-8"))
    data.update(changes)
    (package / "course.json").write_text(json.dumps(data), encoding="utf-8")
    return write_package_bundle(package, tmp_path / name).path


def settle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)


def test_import_through_the_file_menu_then_open_the_course(window, qtbot, sample_copy, tmp_path):
    path = course_file(sample_copy, tmp_path, "2024.ccb", id="caring-cities-2024", title="Caring Cities 2024")
    action = window.findChild(QAction, "import-course-file")
    assert action in window.menuBar().actions()[0].menu().actions()
    assert action.text().replace("&", "") == "Import course file…"
    asked = []
    window.ask_course_file = lambda: asked.append(True) or str(path)
    action.trigger()
    settle(qtbot, window)
    assert asked
    message = window.statusBar().full_message()
    assert "Added 'Caring Cities 2024'" in message and "4 files are now available offline" in message
    assert window.notice.isVisible() and window.notice.action.text() == "Open this course"
    assert window.course_picker.count() == 2 and window.course_picker.isVisible()
    window.notice.action.click()
    settle(qtbot, window)
    assert window.context.course_id == "caring-cities-2024"
    lectures = window.pages["lectures"]
    settle(qtbot, window)
    assert "lecture-1-notes" in lectures.offline  # it counts as offline: the Lectures page says so
    window.go_to("lectures", None)
    qtbot.waitUntil(lambda: "caring city" in lectures.viewer.toPlainText().lower(), timeout=5000)


def drop(window, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    accepted = enter.isAccepted()
    event = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return accepted


def test_a_dropped_course_file_updates_the_course_and_keeps_work(window, qtbot, sample_copy, tmp_path):
    app = window.context.app
    app.store.save_draft("caring-cities-2023", "essay", {"text": "Half an essay"}, app.clock.now())
    path = course_file(sample_copy, tmp_path, "v2.ccb", version=2, title="Caring Cities 2023 (revised)")
    assert window.acceptDrops()
    assert drop(window, path)
    settle(qtbot, window)
    assert "from version 1 to 2" in window.statusBar().full_message()
    assert window.pages["dashboard"].heading.text() == "Caring Cities 2023 (revised)"
    assert app.store.get_draft("caring-cities-2023", "essay")[0] == {"text": "Half an essay"}


def test_a_dropped_broken_file_is_refused_in_words(window, qtbot, tmp_path):
    broken = tmp_path / "broken.ccb"
    broken.write_bytes(b"PK\x03\x04" + bytes(200))
    other = tmp_path / "notes.odt"
    other.write_text("not a course")
    assert not drop(window, other)  # only course files (and question banks) are taken
    notes = tmp_path / "notes.txt"  # .txt may be a GIFT question bank: taken, then refused in words
    notes.write_text("not a course")
    assert drop(window, notes)
    settle(qtbot, window)
    message = window.statusBar().full_message()
    assert "notes.txt" in message and "GIFT" in message
    assert drop(window, broken)
    settle(qtbot, window)
    message = window.statusBar().full_message()
    assert message.startswith("Nothing was imported.") and "incomplete" in message
    assert window.context.app.library.course("caring-cities-2023").version == 1


def test_export_this_course_from_the_file_menu(window, qtbot, tmp_path):
    action = window.findChild(QAction, "export-course-file")
    suggested = []
    target = tmp_path / "for-a-colleague"
    window.ask_export_file = lambda proposal: suggested.append(proposal) or str(target)
    action.trigger()
    settle(qtbot, window)
    assert suggested[0].endswith("caring-cities-2023.ccb")
    written = tmp_path / "for-a-colleague.ccb"  # the extension is added when left out
    assert written.is_file()
    message = window.statusBar().full_message()
    assert message.startswith(f"Wrote {written}") and "4 material files" in message
    with zipfile.ZipFile(written) as zf:
        assert zf.read("course.json") and "bundle.json" in zf.namelist()

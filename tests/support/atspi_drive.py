"""The app's side of the screen-reader test (tests/test_ui_atspi.py): run under Xvfb with a private
D-Bus session and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, it opens the real window on a fresh data folder,
lets tests/support/atspi_reader.py (Debian's python3 with pyatspi) read it over AT-SPI, works it with
the keyboard alone, and prints one JSON report.

    dbus-run-session -- xvfb-run -a -s "-screen 0 1024x600x24" python atspi_drive.py DATA_DIR
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
READER = ROOT / "tests" / "support" / "atspi_reader.py"
SKIP_ROLES = {"table cell", "list item", "menu item", "page tab", "column header", "row header"}


def main() -> int:
    os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from PySide6.QtCore import QPoint, QProcess, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    qapp = QApplication(["companion"])
    qapp.setApplicationName("Companion")
    from companion.ui.main import open_app
    from companion.ui.main_window import PAGE_NAMES, MainWindow
    from companion.ui.tasks import TaskRunner

    runner = TaskRunner()
    window = MainWindow(runner)
    window.move(0, 0)
    window.resize(1024, 560)
    window.show()

    from tests.support.process_window import open_window, settle as settle_runner, wait

    def settle() -> None:
        settle_runner(runner, 150)

    open_window(runner, window, lambda: open_app(sys.argv[1]), 150)
    window.raise_()
    window.activateWindow()
    for _ in range(200):
        if qapp.activeWindow() is window:
            break
        wait(25)

    def reader(*args: str) -> QProcess:
        process = QProcess()
        process.start("/usr/bin/python3", [str(READER), *args])
        return process

    def finish(process: QProcess) -> dict | list:
        for _ in range(600):
            if process.state() == QProcess.ProcessState.NotRunning:
                break
            wait(25)
        out = bytes(process.readAllStandardOutput()).decode().strip().splitlines()
        if process.exitCode() != 0 or not out:
            raise SystemExit("reader failed: " + bytes(process.readAllStandardError()).decode()[-2000:])
        return json.loads(out[-1])

    def visible_text(node: dict) -> str:
        x, y, w, h = node["extents"] or (0, 0, 0, 0)
        widget = qapp.widgetAt(QPoint(x + w // 2, y + h // 2))
        for candidate in (widget, widget.parentWidget() if widget else None):
            if isinstance(candidate, QAbstractButton):
                return candidate.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        return ""

    report: dict = {"pages": {}, "unnamed": [], "name_lacks_text": [], "groups": [], "tab": {}, "heard": [], "combos": []}
    for name in PAGE_NAMES:
        window.go_to(name, None)
        settle()
        tree = finish(reader("tree"))
        nodes = [n for n in tree["focusable"] if n["role"] not in SKIP_ROLES]
        report["pages"][name] = len(nodes)
        for node in nodes:
            if node["role"] == "combo box":  # on Linux Qt names a combo box by its value: its label is a relation
                report["combos"].append(f"{name}: {node['name']!r} labelled by {node['labelled_by']!r}")
            text = visible_text(node)
            if not node["name"].strip():
                report["unnamed"].append(f"{name}: {node['role']} at {node['extents']}")
            elif text and not node["name"].startswith(text):
                report["name_lacks_text"].append(f"{name}: {node['role']} {node['name']!r} shows {text!r}")

    def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(qapp.focusWidget() or window, key, modifier)
        wait(30)

    def tab_to(target, limit: int = 80) -> list:
        """Press Tab until ``target`` has focus; the focus widgets passed on the way."""
        passed = []
        for _ in range(limit):
            if qapp.focusWidget() is target:
                return passed
            press(Qt.Key.Key_Tab)
            passed.append(qapp.focusWidget())
        raise SystemExit(f"Tab never reached {target!r}; passed {[type(w).__name__ for w in passed[-10:]]}")

    # the essay: Tab leaves the editor (forward), and reaches Submit
    window.go_to("submissions", None)
    settle()
    subs = window.pages["submissions"]
    for row in range(subs.model.rowCount()):
        if subs.model.row_object(row).kind == "essay":
            subs.list.selectRow(row)
    settle()
    editor = subs.text_editor.text
    editor.setFocus()
    wait(50)
    press(Qt.Key.Key_Tab)
    report["tab"]["essay_left_editor"] = qapp.focusWidget() is not editor and "\t" not in editor.toPlainText()
    report["tab"]["essay_description"] = editor.accessibleDescription()
    tab_to(subs.submit)  # raises if Submit cannot be reached forward
    report["tab"]["essay_submit_reached"] = True

    # a quiz with the keyboard alone, while the reader listens
    listener = reader("listen", "25")
    for _ in range(200):
        if listener.canReadLine() or listener.state() == QProcess.ProcessState.NotRunning:
            break
        wait(25)
    press(Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Go → Quizzes
    settle()
    quizzes = window.pages["quizzes"]
    tab_to(quizzes.table)
    press(Qt.Key.Key_Home)
    settle()
    tab_to(quizzes.start_button)
    press(Qt.Key.Key_Space)
    settle()
    run = quizzes.runner
    first_after_options = []
    while True:
        view = run.views[run.position]
        tab_to(view.buttons[0])
        press(Qt.Key.Key_Space)
        passed = tab_to(run.next_button if run.position < len(run.views) - 1 else run.review_button)
        first_after_options.append(next((w for w in passed if w not in view.buttons), None))
        if run.position == len(run.views) - 1:
            break
        press(Qt.Key.Key_Space)
        settle()
    report["tab"]["quiz_after_options"] = sorted({type(w).__name__ + ":" + (w.text() if hasattr(w, "text") else "")
                                                  for w in first_after_options if w is not None})
    report["tab"]["quiz_after_options_in_quiz"] = all(w is not None and run.isAncestorOf(w) for w in first_after_options)
    tree = finish(reader("tree"))
    report["groups"] = [g["name"] + " | " + g["description"] for g in tree["groups"]]
    press(Qt.Key.Key_Space)  # Review and submit
    settle()
    tab_to(run.submit_button)
    press(Qt.Key.Key_Space)
    settle()
    wait(500)
    report["score"] = run.result_page.headline.text()

    # an organizer's answer arrives (as a sync pass hands it over): announced, then readable beside the essay
    from datetime import datetime, timezone

    from companion.domain.feedback import FeedbackRecord
    from companion.ui import ops

    app, course_id = window.context.app, window.context.course_id
    app.assignments.save_draft(course_id, "essay", {"text": "Care is a public service. " * 20})
    sent = app.assignments.submit(course_id, "essay")
    answer = FeedbackRecord(sent.id, course_id, "essay", "needs_revision", "Please add one example from your city.",
                            datetime(2023, 7, 22, 8, 15, tzinfo=timezone.utc))
    fresh = app.store.merge_feedback(course_id, [answer], datetime.now(timezone.utc))
    window._new_feedback(fresh)
    window.context.changed.emit(frozenset({ops.FEEDBACK, ops.OUTBOX}))
    settle()
    window.go_to("submissions", "essay")
    settle()
    wait(300)
    report["feedback_groups"] = [g["name"] + " | " + g["description"] for g in finish(reader("tree"))["groups"]
                                 if "organizer" in g["name"]]
    wait(300)
    listener.kill()
    listener.waitForFinished(2000)
    lines = bytes(listener.readAllStandardOutput()).decode().strip().splitlines()
    for line in lines:
        event = json.loads(line)
        if event.get("kind"):
            report["heard"].append(event)
    window.close()
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

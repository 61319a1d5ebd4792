"""Does the real window fit a small screen and a doubled font? Run in its own process (the screen and
the font are the platform's, fixed before Qt starts):

    python tests/support/fit_check.py --screen 1024x600 [--dpi 192] [--data-dir DIR]

It builds the main window on a fresh data folder exactly as the app does (the window picks its own
size), visits every page and the states behind them (a quiz taken to its result, each kind of
assignment, the sign-in dialog), and prints one JSON object: the screen, the window's size and
minimum size, and every problem found (a window larger than the screen, a minimum size wider than
the screen, a visible horizontal scroll bar, a button or label whose text is cut).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def platform_config(width: int, height: int, dpi: int) -> str:
    """The offscreen platform with one screen of this size and font resolution (dpi 192 = a doubled font)."""
    path = Path(tempfile.mkdtemp(prefix="companion-fit-")) / "screen.json"
    path.write_text(json.dumps({"screens": [{"name": "fit", "x": 0, "y": 0, "width": width, "height": height,
                                             "logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={path}"


def problems_in(root, where: str) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QLineEdit, QScrollArea, QTabBar

    found: list[str] = []
    for w in [root, *root.findChildren(QAbstractScrollArea)]:
        if isinstance(w, QAbstractScrollArea) and w.isVisible():
            bar = w.horizontalScrollBar()
            if bar.isVisible() and type(w).__name__ not in ("QPdfView",):
                found.append(f"{where}: sideways scroll bar in {type(w).__name__} {w.accessibleName()!r} "
                             f"({bar.maximum()} px hidden)")
        if isinstance(w, QScrollArea) and w.isVisible() and w.widget() is not None:
            need = w.widget().minimumSizeHint().width()
            if need > w.viewport().width() + 1:  # a scroll area without a sideways bar cuts it instead
                found.append(f"{where}: content of {w.objectName() or type(w.widget()).__name__} needs {need} px "
                             f"wide, has {w.viewport().width()}")
    from PySide6.QtWidgets import QTableView

    for w in root.findChildren(QTableView):
        if w.isVisible() and w.model() is not None and w.model().columnCount() > 1:
            if w.horizontalHeader().length() > w.viewport().width() + 1:
                found.append(f"{where}: columns of {w.accessibleName()!r} cut: need {w.horizontalHeader().length()} px, "
                             f"have {w.viewport().width()}")
    if root.isWindow() and root.windowTitle():
        need = root.fontMetrics().horizontalAdvance(root.windowTitle()) + 120  # the frame's buttons and icon
        if root.width() < need:
            found.append(f"{where}: title {root.windowTitle()!r} cut: needs {need} px, window is {root.width()}")
    for w in root.findChildren(QLineEdit):
        if w.isVisible() and w.placeholderText() and not w.text():
            need = w.fontMetrics().horizontalAdvance(w.placeholderText()) + 12
            if need > w.width():
                found.append(f"{where}: hint {w.placeholderText()!r} cut: needs {need} px, has {w.width()}")
    for w in root.findChildren(QAbstractButton):
        if not w.isVisible() or not w.text() or isinstance(w.parentWidget(), QTabBar):
            continue
        if w.objectName().startswith("qt_") and not w.text():
            continue
        if w.hasHeightForWidth() and w.width() >= w.minimumSizeHint().width() \
                and w.height() + 2 >= w.heightForWidth(w.width()):  # its text wraps, and all of it is seen
            continue
        if w.sizeHint().width() > w.width() + 1 or w.sizeHint().height() > w.height() + 4:
            found.append(f"{where}: button {w.text()!r} cut: needs {w.sizeHint().width()}x{w.sizeHint().height()}, "
                         f"has {w.width()}x{w.height()}")
    for w in root.findChildren(QLabel):
        if not w.isVisible() or not w.text() or w.pixmap() is not None and not w.pixmap().isNull():
            continue
        if w.property("elides"):  # status text that ends in "…" and keeps the whole text in its tooltip
            continue
        if w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > w.height() + 2:
                found.append(f"{where}: label {w.text()[:60]!r} cut: needs {need} px high, has {w.height()}")
        elif w.sizeHint().width() > w.width() + 1:
            found.append(f"{where}: label {w.text()[:60]!r} cut: needs {w.sizeHint().width()} px, has {w.width()}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--screen", default="1024x600")
    parser.add_argument("--dpi", type=int, default=96)
    parser.add_argument("--data-dir")
    parser.add_argument("--explain", type=int, default=0, help="list widgets wanting at least this many px of width")
    args = parser.parse_args()
    width, height = map(int, args.screen.split("x"))
    os.environ["QT_QPA_PLATFORM"] = platform_config(width, height, args.dpi)
    os.environ["QT_ENABLE_HIGHDPI_SCALING"] = "0"
    os.environ.setdefault("LANGUAGE", "en")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

    from PySide6.QtWidgets import QApplication

    from companion.domain.clock import FixedClock
    from companion.ui.main import open_app
    from companion.ui.main_window import PAGE_NAMES, MainWindow
    from companion.ui.tasks import TaskRunner

    qapp = QApplication([])
    available = qapp.primaryScreen().availableGeometry()
    data = Path(args.data_dir or tempfile.mkdtemp(prefix="companion-fit-data-"))
    clock = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))  # the 2023 course is over: its banner shows
    runner = TaskRunner()
    window = MainWindow(runner)
    window.quiet_errors = True
    window.show()

    from tests.support.process_window import open_window, settle as settle_runner, wait

    def settle() -> None:
        settle_runner(runner, 60)

    open_window(runner, window, lambda: open_app(data, clock), 60)
    report = {"screen": [width, height], "dpi": args.dpi, "available": [available.width(), available.height()],
              "window": [window.width(), window.height()],
              "frame": [window.frameGeometry().width(), window.frameGeometry().height()],
              "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
              "states": [], "problems": []}
    problems: list[str] = report["problems"]

    def check(where: str) -> None:
        settle()
        report["states"].append(where)
        if window.width() > available.width() or window.height() > available.height():
            problems.append(f"{where}: window {window.width()}x{window.height()} is larger than the screen "
                            f"{available.width()}x{available.height()}")
        hint = window.minimumSizeHint()
        if hint.width() > available.width():
            problems.append(f"{where}: minimum width {hint.width()} px is wider than the screen")
        problems.extend(problems_in(window, where))

    if args.explain:
        from PySide6.QtWidgets import QWidget

        for name in PAGE_NAMES:
            window.go_to(name, None)
            settle()
            wide = [w for w in window.findChildren(QWidget) if w.isVisible()
                    and max(w.minimumSizeHint().width(), w.minimumWidth()) >= args.explain]
            leaves = [w for w in wide if not any(o is not w and w.isAncestorOf(o) for o in wide)]
            for w in leaves:
                print(name, type(w).__name__, w.objectName(), repr(getattr(w, "text", lambda: "")()[:40]),
                      w.minimumSizeHint().width(), w.minimumWidth(), file=sys.stderr)
    for name in PAGE_NAMES:
        window.go_to(name, None)
        check(name)
    # the dashboard after "Run it from this week"
    window.go_to("dashboard", None)
    dashboard = window.pages["dashboard"]
    if dashboard.banner_button.isVisible():
        dashboard.banner_button.click()
        check("dashboard shifted")
    # every kind of assignment
    window.go_to("submissions", None)
    subs = window.pages["submissions"]
    for row in range(subs.model.rowCount()):
        subs.list.selectRow(row)
        check(f"submissions: {subs.model.row_object(row).kind}")
    # an organizer's answer beside the essay (as a sync pass hands it over), with its longest comment
    from companion.domain.feedback import COMMENT_CHARS, FeedbackRecord
    from companion.ui import ops

    app, course_id = window.context.app, window.context.course_id
    app.assignments.save_draft(course_id, "essay", {"text": "Care is a public service. " * 20})
    sent = app.assignments.submit(course_id, "essay")
    comment = ("Thank you: please add one example from your own district, who runs it and what changed. " * 50)
    fresh = app.store.merge_feedback(course_id, [FeedbackRecord(sent.id, course_id, "essay", "needs_revision",
                                                                comment[:COMMENT_CHARS], clock.now())], clock.now())
    window._new_feedback(fresh)
    window.context.changed.emit(frozenset({ops.FEEDBACK}))  # not OUTBOX: that would start a sync pass
    settle()
    window.go_to("submissions", "essay")
    check("submissions: essay with feedback")
    # a quiz: questions, review, result
    window.go_to("quizzes", None)
    quizzes = window.pages["quizzes"]
    quizzes.table.selectRow(0)
    settle()
    quizzes._start()
    settle()
    check("quiz: question")
    quizzes.runner.show_review()
    check("quiz: review")
    quizzes.runner.submit_button.click()
    settle()
    check("quiz: result")
    quizzes.runner.done_button.click()
    check("quizzes after a try")
    # the sign-in dialog
    window.sign_in("Your sign-in has expired.")
    settle()
    dialog = window.sign_in_dialog
    report["sign_in"] = [dialog.width(), dialog.height()]
    if dialog.width() > available.width() or dialog.height() > available.height():
        problems.append(f"sign-in dialog {dialog.width()}x{dialog.height()} is larger than the screen")
    problems.extend(problems_in(dialog, "sign-in dialog"))
    dialog.reject()
    report["problems"] = sorted(set(problems), key=problems.index)
    window.close()
    settle()
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Is the real window usable, not only fitting? Run in its own process (the screen and the font are the
platform's, fixed before Qt starts):

    python tests/support/room_check.py --screen 1024x600 --dpi 192 --language es [--data-dir DIR] [--shots DIR]

It opens the main window on a fresh data folder as the app does (as tests/support/fit_check.py does),
visits every page and each state that has a work area (an essay, a survey, the photos, a quiz's
question, review and result, a lecture's notes), and for each prints what a person gets:

- ``nested``: scroll areas showing a scroll bar inside an ancestor that itself scrolls (two scroll
  bars for one page: the inner one is the one that is hard to use);
- ``lines``: how many lines of each text editor can be seen at once, clipped by everything above it;
- ``rows``: how many rows of each table can be seen at once (and how many it has);
- ``viewers``: the seen height of each viewer (lecture notes, a PDF) against the page's height;
- ``actions``: the task's buttons, and whether each is whole inside the window where it is now,
  without scrolling anything;
- ``cut_cells``: every table cell whose text is shown cut ("…") without the whole text as its tooltip
  and accessible description, and every State cell that is cut at all.

With ``--pdf`` the course gets a slide PDF in lecture 2 and the walk measures the PDF viewer too: it
keeps its own scroll bar (a search jumps to a page in it), so on a page that scrolls it is reported
as nested, and its height says whether it fills the window once scrolled to.

One JSON object is printed; tests/test_ui_room.py holds the limits.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.support.fit_check import platform_config  # noqa: E402


def seen_rect(widget):
    """The part of ``widget`` (in its own coordinates) not clipped by any ancestor, up to the window."""
    from PySide6.QtCore import QPoint, QRect

    rect = widget.rect()
    child, parent = widget, widget.parentWidget()
    offset = QPoint(0, 0)
    while parent is not None:
        offset += child.pos()
        clip = QRect(-offset, parent.size())
        rect = rect.intersected(clip)
        if child.isWindow():
            break
        child, parent = parent, parent.parentWidget()
    return rect


def sidebar(window) -> dict:
    """The sidebar's width, and each section entry: its text's width in the list's font against the
    room its line has, its tooltip and accessible name."""
    from PySide6.QtCore import Qt

    nav = window.nav
    metrics = nav.fontMetrics()
    entries = []
    for i in range(nav.count()):
        item = nav.item(i)
        line = nav.visualItemRect(item)
        entries.append({"text": item.text(), "text_px": metrics.horizontalAdvance(item.text()),
                        "line_px": min(line.width(), nav.viewport().width()) - 2 * 10,  # the item's padding
                        "tooltip": item.toolTip(), "accessible": item.data(Qt.ItemDataRole.AccessibleTextRole)})
    return {"width": window.side.width(), "hint": window.search.box.placeholderText(), "entries": entries,
            "search_px": window.search.box.width(), "hint_px": window.search.hint_width(window.search.box.placeholderText())}


def scrolls(area) -> bool:
    """``area`` shows a scroll bar that moves something."""
    bars = (area.verticalScrollBar(), area.horizontalScrollBar())
    return any(b.isVisible() and b.maximum() > b.minimum() for b in bars)


def nested_scrolls(root) -> list[str]:
    """Every shown scroll area under ``root`` that scrolls inside an ancestor that scrolls too."""
    from PySide6.QtWidgets import QAbstractScrollArea

    found = []
    for area in root.findChildren(QAbstractScrollArea):
        if not area.isVisible() or not scrolls(area):
            continue
        parent = area.parentWidget()
        while parent is not None and parent is not root.window().parentWidget():
            if isinstance(parent, QAbstractScrollArea) and scrolls(parent):
                found.append(f"{type(area).__name__} {area.accessibleName() or area.objectName()!r} "
                             f"in {type(parent).__name__} {parent.objectName() or parent.accessibleName()!r}")
                break
            parent = parent.parentWidget()
    return found


def scroll_areas_around(widget) -> list:
    """The scroll areas that hold ``widget``, outermost first."""
    from PySide6.QtWidgets import QScrollArea

    chain = []
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            chain.append(parent)
        parent = parent.parentWidget()
    return chain[::-1]


def scroll_to(widget) -> None:
    """Scroll every scroll area around ``widget`` so its top is at the top of the area's viewport, as
    a person scrolls a page to the part they work on."""
    from PySide6.QtCore import QPoint

    for area in scroll_areas_around(widget):
        area.verticalScrollBar().setValue(widget.mapTo(area.widget(), QPoint(0, 0)).y())


def measure_work(window, work, actions: list, kind: str | None = None) -> dict:
    """How much of the work area is seen at once with the page scrolled to it, and whether the task's
    buttons are in reach: seen whole where they are when the page does not scroll; when it does, no
    further than a third of the page's height from the work area (right above or below it) and seen
    whole once scrolled to."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPlainTextEdit, QTableView, QWidget

    result = {"name": work.accessibleName() or type(work).__name__, "kind": "other", "actions": {}}
    scroll_to(work)
    QApplication.processEvents()
    page = window.stack.currentWidget()
    result["page_px"] = page.height()
    viewport = work.viewport() if isinstance(work, QAbstractScrollArea) else work
    result["seen_px"] = seen_rect(viewport).height()
    if isinstance(work, QPlainTextEdit):
        result["kind"] = "editor"
        result["lines"] = seen_rect(work.viewport()).height() // work.fontMetrics().lineSpacing()
    elif isinstance(work, QTableView):
        result["kind"] = "table"
        clip = seen_rect(work.viewport())
        count = work.model().rowCount()
        result["rows"] = count
        result["seen_rows"] = sum(1 for r in range(count) if work.rowViewportPosition(r) >= clip.top()
                                  and work.rowViewportPosition(r) + work.rowHeight(r) <= clip.bottom() + 1)
        result["five_rows_px"] = sum(sorted(work.rowHeight(r) for r in range(count))[:5])
    elif kind == "question":  # the question on show, with its options: seen whole when it can be
        result["kind"] = "question"
        shown = [v for v in work.widget().findChildren(QWidget) if v.isVisible() and v.parentWidget() is work.widget()]
        result["content_px"] = max((v.geometry().bottom() for v in shown), default=0) - \
            min((v.geometry().top() for v in shown), default=0)
        result["seen_px"] = sum(seen_rect(v).height() for v in shown)
    elif kind == "pdf":  # keeps its own scroll bar (a search jumps to a page in it): the room it has
        result["kind"] = "pdf"
        result["seen_px"] = seen_rect(work).height()
        result["pages"] = work.document().pageCount() if work.document() is not None else 0
    elif kind == "list":  # a list written as text (a quiz's answers): lines of it seen at once
        result["kind"] = "list"
        result["lines"] = seen_rect(work.viewport()).height() // work.fontMetrics().lineSpacing()
        result["content_lines"] = int(work.document().size().height()) // work.fontMetrics().lineSpacing()
    elif type(work).__name__ in ("PageView", "QPdfView", "QTextBrowser"):
        result["kind"] = "viewer"
        result["content_px"] = int(work.document().size().height()) if hasattr(work, "document") else 10**6
    scrolling = [a for a in scroll_areas_around(work) if a.verticalScrollBar().maximum() > 0]
    for button in actions:
        if button is None or not button.isVisibleTo(window):
            continue
        entry = {}
        if scrolling:
            area = scrolling[-1]
            top = work.mapTo(area.widget(), QPoint(0, 0)).y()
            b_top = button.mapTo(area.widget(), QPoint(0, 0)).y()
            gap = b_top - (top + work.height()) if b_top >= top + work.height() else top - (b_top + button.height())
            entry["gap_px"] = max(0, gap)
            entry["near"] = gap <= area.viewport().height() // 3
            for a in scroll_areas_around(button):
                a.ensureWidgetVisible(button, 0, 0)
            QApplication.processEvents()
        entry["whole"] = seen_rect(button) == button.rect()
        result["actions"][button.text()] = entry
    scroll_to(work)
    return result


def measure(window, where: str, actions: list, *, state_column: dict | None = None, work: list | None = None) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QTableView, QTextEdit

    from companion.ui.page_view import PageView

    nested = nested_scrolls(window)
    lines = []
    for edit in window.findChildren(QPlainTextEdit) + [w for w in window.findChildren(QTextEdit)
                                                         if not w.isReadOnly()]:
        if edit.isVisible():
            seen = seen_rect(edit.viewport()).height()
            lines.append({"name": edit.accessibleName(), "lines": seen // edit.fontMetrics().lineSpacing()})
    rows = []
    for table in window.findChildren(QTableView):
        if not table.isVisible() or table.model() is None:
            continue
        clip = seen_rect(table.viewport())
        count = table.model().rowCount()
        whole = 0
        for r in range(count):
            top = table.rowViewportPosition(r)
            if top >= clip.top() and top + table.rowHeight(r) <= clip.bottom() + 1:
                whole += 1
        # rows scrolled past still count as reachable rows of the same view: what the view can show at once
        height = sum(table.rowHeight(r) for r in range(count)) / count if count else 1
        rows.append({"name": table.accessibleName(), "rows": count, "seen": whole,
                     "room": int(clip.height() // max(1, height)), "scrolls": scrolls(table)})
    page_height = window.centralWidget().height() if window.centralWidget() is not None else window.height()
    holder = window.stack.currentWidget() if hasattr(window, "stack") else None
    if holder is not None:
        page_height = holder.height()
    viewers = []
    for view in window.findChildren(QAbstractScrollArea):
        if view.isVisible() and (isinstance(view, PageView) or type(view).__name__ == "QPdfView"):
            viewers.append({"name": view.accessibleName(), "seen": seen_rect(view).height(), "page": page_height})
    shown_actions = []
    for button in actions:
        if button is None or button.isHidden() or not button.isVisibleTo(window):
            continue
        clip = seen_rect(button)
        shown_actions.append({"text": button.text(), "whole": clip == button.rect() and button.isVisible()})
    cut_cells = []
    for table in window.findChildren(QTableView):
        if not table.isVisible() or table.model() is None:
            continue
        model = table.model()
        metrics = table.fontMetrics()
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
                if not text:
                    continue
                # the text's room as the item delegate lays it out: the column less a margin each side
                width = table.columnWidth(c) - 2 * (table.style().pixelMetric(
                    table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
                if table.wordWrap():
                    need = metrics.boundingRect(0, 0, max(1, width), 10_000,
                                                int(Qt.TextFlag.TextWordWrap), text).height()
                    cut = need > table.rowHeight(r) or any(metrics.horizontalAdvance(word) > width for word in text.split())
                else:
                    cut = metrics.horizontalAdvance(text) > width
                if not cut:
                    continue
                header = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
                described = str(model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole) or "")
                entry = f"{table.accessibleName()!r} row {r} {header!r}: {text!r} in {width} px"
                if state_column is not None and header in state_column.get(table.accessibleName(), ()):
                    cut_cells.append(f"state cut: {entry}")
                elif text not in tip or text not in described:
                    cut_cells.append(f"cut without tooltip/description: {entry} (tooltip {tip[:40]!r})")
    from PySide6.QtWidgets import QListView

    for view in window.stack.findChildren(QListView):  # lists: every item's whole text in reach the same way
        if not view.isVisible() or view.model() is None:
            continue
        model = view.model()
        for r in range(model.rowCount(view.rootIndex())):
            index = model.index(r, view.modelColumn(), view.rootIndex())
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            tip = str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")
            described = str(model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole) or "")
            if text and (text not in tip or text not in described):
                cut_cells.append(f"list item without its whole text as tooltip/description: "
                                 f"{view.accessibleName()!r} row {r}: {text[:40]!r}")
    del QAccessible
    works = [measure_work(window, w[0], w[1], *w[2:]) for w in (work or []) if w[0].isVisible()]
    if os.environ.get("ROOM_DEBUG"):
        for table in window.findChildren(QTableView):
            if table.isVisible():
                print(where, table.accessibleName(), table.viewport().width(), table.horizontalHeader().length(),
                      [table.columnWidth(c) for c in range(table.model().columnCount())], file=sys.stderr)
    return {"where": where, "nested": nested, "lines": lines, "rows": rows, "viewers": viewers,
            "actions": shown_actions, "cut_cells": cut_cells, "page": page_height, "work": works}


def status_parts(window) -> dict:
    """The status bar as shown: each part's text, whether it is shown, whole and inside the bar, and
    the temporary message in full and as shown."""
    bar = window.status
    return {"parts": [{"text": p.text(), "shown": p.isVisible(), "whole": p.width() >= p.sizeHint().width(),
                       "inside": p.geometry().left() >= 0 and p.geometry().right() <= bar.width()} for p in bar.parts],
            "message": bar.full_message(), "shown_message": bar.currentMessage()}


def add_slides(data: Path, clock) -> None:
    """The sample course, version 2, with a slide PDF in lecture 2 (as tests/test_ui_search.py makes it)."""
    import hashlib
    import shutil

    from companion.app import build_app
    from companion_portal.media import _slides

    package = Path(tempfile.mkdtemp(prefix="companion-room-course-")) / "package"
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources" / "courses" / "caring-cities-2023", package)
    pdf = package / "media" / "lecture-2-slides.pdf"
    pdf.parent.mkdir(exist_ok=True)
    _slides(pdf, "Lecture 2", ["Streets for everyone", "Parks close to home", "Night buses for carers"], 4, 2)
    manifest = json.loads((package / "course.json").read_text(encoding="utf-8"))
    manifest["version"] = 2
    blob = pdf.read_bytes()
    manifest["lectures"][1]["materials"].append({
        "id": "lecture-2-slides", "title": "Lecture 2 slides (PDF)", "kind": "pdf",
        "variants": [{"name": "original", "mime": "application/pdf", "path": "media/lecture-2-slides.pdf",
                      "size": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}]})
    (package / "course.json").write_text(json.dumps(manifest), encoding="utf-8")
    app = build_app(data, clock=clock)
    try:
        app.library.import_package(package)
    finally:
        app.close()
    shutil.rmtree(package.parent, ignore_errors=True)


def walk(window, settle, check) -> None:
    """Every page, and each state with a work area, measured by ``check``."""
    from PySide6.QtCore import Qt

    def state_header(table, column: int) -> dict:
        return {table.accessibleName(): (table.model().headerData(column, Qt.Orientation.Horizontal),)}

    window.go_to("dashboard", None)
    dashboard = window.pages["dashboard"]
    check("dashboard", [], work=[(dashboard.table, [])], state_column=state_header(dashboard.table, 1))
    window.go_to("lectures", None)  # a lecture's notes in the viewer
    lectures = window.pages["lectures"]
    settle()
    lectures.list.setCurrentIndex(lectures.lecture_model.index(0, 0))
    settle()
    if lectures.material_model.rowCount():
        lectures.materials.selectRow(0)
    check("lectures", [], work=[(lectures.materials, [lectures.download_button]), (lectures.viewer, [])],
          state_column=state_header(lectures.materials, 2))
    if lectures.lecture_model.rowCount() > 1:  # a slide PDF, where the course has one (--pdf)
        lectures.list.setCurrentIndex(lectures.lecture_model.index(1, 0))
        settle()
        pdf = next((r for r in range(lectures.material_model.rowCount())
                    if lectures.material_model.row_object(r).kind == "pdf"), None)
        if pdf is not None:
            lectures.materials.selectRow(pdf)
            settle()
            check("lectures: pdf", [], work=[(lectures.pdf_view, [], "pdf")])
    window.go_to("schedule", None)
    schedule = window.pages["schedule"]
    settle()
    schedule.table.selectRow(0)
    check("schedule", [], work=[(schedule.table, [schedule.join, schedule.attend])],
          state_column=state_header(schedule.table, 1))
    window.go_to("quizzes", None)
    quizzes = window.pages["quizzes"]
    settle()
    quizzes.table.selectRow(0)
    check("quizzes", [], work=[(quizzes.table, [quizzes.start_button])], state_column=state_header(quizzes.table, 1))
    quizzes._start()
    settle()
    run = quizzes.runner
    check("quiz: question", [run.next_button, run.review_button, run.leave_button],
          work=[(run.scroll, [run.next_button, run.review_button], "question")])
    run.show_review()
    check("quiz: review", [run.submit_button, run.back_button], work=[(run.review_list, [run.submit_button], "list")])
    run.submit_button.click()
    settle()
    check("quiz: result", [run.done_button, run.again_button], work=[(run.result_view, [run.done_button], "list")])
    run.done_button.click()
    settle()
    check("quizzes after a try", [], work=[(quizzes.history, [quizzes.review_button])],
          state_column=state_header(quizzes.history, 1))
    window.go_to("review", None)
    check("review", [])
    window.go_to("submissions", None)
    subs = window.pages["submissions"]
    settle()
    for row in range(subs.model.rowCount()):
        subs.list.selectRow(row)
        kind = subs.model.row_object(row).kind
        editor = {"photos": subs.photo_editor, "survey": subs.survey_editor}.get(kind, subs.text)
        check(f"submissions: {kind}", [], work=[(subs.list, []), (editor, [subs.submit])],
              state_column=state_header(subs.list, 1))
    window.go_to("settings", None)
    settings = window.pages["settings"]
    check("settings", [], work=[(settings.storage.table, [])])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1024x600,1366x768",
                        help="screen sizes, the first the screen's: the window a first start gives on each, smallest "
                             "first (made larger, as a person does; the sidebar keeps the first screen's width)")
    parser.add_argument("--dpi", type=int, default=96)
    parser.add_argument("--language", default="en")
    parser.add_argument("--data-dir")
    parser.add_argument("--shots", help="also save a PNG of each state here")
    parser.add_argument("--pdf", action="store_true", help="the course with a slide PDF in lecture 2, measured too")
    parser.add_argument("--display", action="store_true",
                        help="use the display there is (xvfb-run, with QT_FONT_DPI) instead of Qt's offscreen screen")
    args = parser.parse_args()
    sizes = [tuple(map(int, size.split("x"))) for size in args.sizes.split(",")]
    if not args.display:
        os.environ["QT_QPA_PLATFORM"] = platform_config(*sizes[0], args.dpi)
    os.environ["QT_ENABLE_HIGHDPI_SCALING"] = "0"
    os.environ["LANGUAGE"] = args.language
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication, QTableView

    from companion.domain.clock import FixedClock
    from companion.ui.main import open_app
    from companion.ui.main_window import MainWindow
    from companion.ui.placement import fitting_rect
    from companion.ui.tasks import TaskRunner
    from tests.support.process_window import open_window, wait

    qapp = QApplication([])
    data = Path(args.data_dir or tempfile.mkdtemp(prefix="companion-room-data-"))
    clock = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))
    if args.pdf:
        add_slides(data, clock)
    runner = TaskRunner()
    window = MainWindow(runner)
    window.quiet_errors = True
    window.show()

    def settle() -> None:  # the task runner idle, then the layouts done
        wait(10)
        for _ in range(400):
            if not runner.busy:
                break
            wait(20)
        wait(20)

    open_window(runner, window, lambda: open_app(data, clock), 60)
    shots = Path(args.shots) if args.shots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)
    report = {"dpi": args.dpi, "language": args.language, "sizes": []}
    for width, height in sizes:
        # the window a first start gives on a screen of this size (the taskbar and frame left room)
        window.setGeometry(fitting_rect(QRect(0, 0, width, height)))
        settle()
        states: list[dict] = []
        name = f"{args.language}-{width}x{height}-{args.dpi}"

        def check(where: str, actions: list, **kw) -> None:
            settle()
            if shots:  # as the page opens, before the walk scrolls it to its work areas
                window.grab().save(str(shots / f"{name}-{where.replace(': ', '-').replace(' ', '-')}-top.png"))
            state = measure(window, where, actions, **kw)
            state["status"] = status_parts(window)
            states.append(state)
            if shots:
                settle()
                stem = f"{name}-{where.replace(': ', '-').replace(' ', '-')}"
                for i, table in enumerate(t for t in window.findChildren(QTableView) if t.isVisible()):
                    table.grab().save(str(shots / f"{stem}-table{i}.png"))
                window.grab().save(str(shots / f"{stem}.png"))

        walk(window, settle, check)
        # a temporary message too long for the bar, and a short one: each shown whole or replaced
        from companion.domain.i18n import translate

        messages = []
        for text in (translate("ui", "Ready"),
                     translate("ui", "Your sign-in has expired or was removed. Your work is kept; sign in again and "
                                     "Companion carries on where it stopped.") * 2):
            window.status.showMessage(text, 60_000)
            settle()
            messages.append({"full": window.status.full_message(), "shown": window.status.currentMessage(),
                             "tooltip": window.status.toolTip(), **status_parts(window)})
        window.status.clearMessage()
        report["sizes"].append({"size": [width, height], "window": [window.width(), window.height()], "states": states,
                                "messages": messages, "sidebar": sidebar(window)})
    window.close()
    settle()
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

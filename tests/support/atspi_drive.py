"""The app's side of the screen-reader test (tests/test_ui_atspi.py): run under Xvfb with a private
D-Bus session and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, it opens the real window on a fresh data folder,
lets tests/support/atspi_reader.py (Debian's python3 with pyatspi) read it over AT-SPI, works it with
the keyboard alone, and prints one JSON report.

    dbus-run-session -- xvfb-run -a -s "-screen 0 1024x600x24" python atspi_drive.py DATA_DIR [LANG]

With LANG (es, ko: the real translations, resources/i18n/*.qm) the data folder is set to that
language before the window opens, and only the pages are read and walked with Tab (the quiz and the
feedback, whose words the test knows in English, are worked in English only).
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
    from PySide6.QtCore import QPoint, QProcess, QRect, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QComboBox, QLabel, QScrollArea, QScrollBar, QWidget

    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    if language != "en":
        from companion.app import build_app
        from companion.services.locale import LANGUAGE

        prepared = build_app(sys.argv[1])
        prepared.settings.set(LANGUAGE, language)
        prepared.close()
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

    def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(qapp.focusWidget() or window, key, modifier)
        wait(30)

    def describe(w) -> str:
        text = w.text() if hasattr(w, "text") and isinstance(getattr(w, "text")(), str) else ""
        return f"{type(w).__name__}:{(w.accessibleName() or text)[:40]}"

    def tab_stops(page) -> list:
        """Every widget of ``page`` that Tab should reach: shown, enabled, taking focus by Tab."""
        return [w for w in page.findChildren(QWidget) if w.isVisible() and w.isEnabled() and w.focusProxy() is None
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QScrollBar)
                and not (isinstance(w.parentWidget(), QAbstractScrollArea) and w is w.parentWidget().viewport())]

    def tab_walk(page) -> dict:
        """Tab from the sidebar through ``page`` and out of it: the page's stops in the order reached,
        those never reached, and each step that goes back against reading order (up without moving to
        a column further right, or left along the same row)."""
        window.nav.setFocus(Qt.FocusReason.TabFocusReason)
        wait(30)
        expected = tab_stops(page)
        order, seen = [], set()
        for _ in range(len(expected) * 2 + 20):
            press(Qt.Key.Key_Tab)
            w = qapp.focusWidget()
            if w is None or w is window.nav:
                break
            if page.isAncestorOf(w):
                if id(w) in seen:
                    break
                seen.add(id(w))
                order.append(w)
            elif order:  # left the page after visiting it
                break
        backward = []
        rects = [QRect(w.mapTo(page, QPoint(0, 0)), w.size()) for w in order]
        tolerance = 4
        for step, ((a, ra), (b, rb)) in enumerate(zip(zip(order, rects), zip(order[1:], rects[1:]))):
            # up to the top of a column further right (side-by-side cards) is reading order only when
            # nothing below there, in that column, was visited before
            column_visited = any(r.top() > rb.top() and r.left() < rb.right() and r.right() > rb.left()
                                 for r in rects[:step + 1])
            above = rb.bottom() < ra.top() + tolerance and (rb.left() < ra.right() - tolerance or column_visited)
            same_row = rb.top() < ra.bottom() and ra.top() < rb.bottom()
            leftwards = same_row and rb.right() < ra.left() + tolerance
            if above or leftwards:
                backward.append(f"{describe(a)} -> {describe(b)}")
        return {"order": [describe(w) for w in order], "backward": backward, "rects": [r.getRect() for r in rects],
                "unreached": [describe(w) for w in expected if id(w) not in seen]}

    def widget_of(node: dict):
        """The widget the node stands for: the one under its middle (or that one's parent; a scroll
        area for its viewport) that covers most of the node's extents and little more, or None."""
        x, y, w, h = node["extents"] or (0, 0, 0, 0)
        extents = QRect(x, y, max(1, w), max(1, h))
        under = qapp.widgetAt(QPoint(x + w // 2, y + h // 2))
        for candidate in (under, under.parentWidget() if under else None):
            if candidate is None:
                continue
            area = candidate.parentWidget()
            if isinstance(area, QAbstractScrollArea) and candidate is area.viewport():
                candidate = area
            rect = QRect(candidate.mapToGlobal(QPoint(0, 0)), candidate.size())
            common = rect.intersected(extents)
            overlap = common.width() * common.height()
            if overlap >= 0.8 * extents.width() * extents.height() and overlap >= 0.8 * rect.width() * rect.height():
                return candidate
        return None

    def read_page(page):
        """Every focusable node of ``page`` as the screen reader reads it, each once, with the widget
        on screen under it: the page is scrolled a screen at a time (a node is checked only while its
        whole extent is on screen, where its widget can be found)."""
        scroller = page.parentWidget()
        while scroller is not None and not isinstance(scroller, QScrollArea):
            scroller = scroller.parentWidget()
        viewport = QRect(scroller.viewport().mapToGlobal(QPoint(0, 0)), scroller.viewport().size())
        read_page.seen = []
        done: set[int] = set()
        stops = tab_stops(page)
        inner = [a for a in page.findChildren(QScrollArea) if a.isVisible() and a.verticalScrollBar().maximum() > 0]
        for area in [scroller] + inner:  # one read per screenful of whatever scrolls
            bar = area.verticalScrollBar()
            value = 0
            while True:
                bar.setValue(value)
                wait(60)
                for node in finish(reader("tree"))["focusable"]:
                    if node["role"] in SKIP_ROLES or not node["extents"]:
                        continue
                    widget = widget_of(node)
                    if widget is None:  # Qt reports some check boxes' extents from an earlier layout: by name
                        named = [w for w in stops if node["name"] in (w.accessibleName(), plain(w))]
                        widget = named[0] if len(named) == 1 else None
                    elif not viewport.contains(QRect(*node["extents"])):
                        continue
                    if widget is None or not page.isAncestorOf(widget) or id(widget) in done:
                        continue
                    done.add(id(widget))
                    node["widget"] = widget
                    read_page.seen.append(node)
                    yield node
                if value >= bar.maximum():
                    break
                value = min(bar.maximum(), value + max(1, bar.pageStep() - 40))
            bar.setValue(0)
        read_page.unread = [describe(w) for w in tab_stops(page) if id(w) not in done]

    def plain(w) -> str:
        text = w.text() if isinstance(w, (QAbstractButton, QLabel)) else ""
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

    def visible_text(node: dict) -> str:
        """What the node shows as its own words: a button's or check box's text, a label's text."""
        widget = node.get("widget")
        for candidate in (widget, widget.parentWidget() if widget else None):
            if isinstance(candidate, QAbstractButton):
                return candidate.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            if isinstance(candidate, QLabel) and node["role"] == "label":
                return " ".join(candidate.text().split())
        return ""

    def field_labels(widget) -> list[str]:
        """The words of the shown labels tied to ``widget`` (or to the control it is part of) as buddy."""
        owners = {id(widget), id(widget.parentWidget())} if widget.parentWidget() else {id(widget)}
        return [" ".join(lab.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":： ").split())
                for lab in window.findChildren(QLabel)
                if lab.buddy() is not None and id(lab.buddy()) in owners and lab.isVisible() and lab.text().strip()]

    def label_shown(widget, labelled: list) -> bool:
        """The combo box's labelled-by names are the words of a label shown on screen, tied to it."""
        combo = next((c for c in (widget, widget.parentWidget() if widget else None) if isinstance(c, QComboBox)), None)
        shown = [lab.text().rstrip(":： ") for lab in window.findChildren(QLabel)
                 if lab.buddy() is combo and combo is not None and lab.isVisible()]
        return bool(shown) and combo.accessibleName().startswith(shown[0]) and all(
            any(n.startswith(t) for t in shown) for n in labelled)

    report: dict = {"pages": {}, "unnamed": [], "name_lacks_text": [], "groups": [], "tab": {}, "heard": [], "combos": [],
                    "same_name": [], "name_lacks_label": [], "tab_order": {}, "tab_unreached": {}, "tab_backward": {}}
    def check_page(name: str, page) -> None:
        """Walk ``page`` (as it is now) with Tab, then read it over the bus, under ``name``."""
        walk = tab_walk(page)
        report["tab_order"][name] = walk["order"]
        report["tab_unreached"][name] = walk["unreached"]
        report["tab_backward"][name] = walk["backward"]
        report.setdefault("tab_rects", {})[name] = walk["rects"]
        report["pages"][name] = 0
        for node in read_page(page):
            report["pages"][name] += 1
            if node["role"] == "combo box":  # on Linux Qt names a combo box by its value: its label is a relation
                report["combos"].append({"page": name, "value": node["name"], "labelled_by": node["labelled_by"],
                                         "label_shown": label_shown(node["widget"], node["labelled_by"])})
            text = visible_text(node)
            own_words = isinstance(node["widget"], QAbstractButton)  # a check box's own text is its label
            for shown in [] if own_words else field_labels(node["widget"]):  # a field's shown label starts its name
                heard = node["labelled_by"] if node["role"] == "combo box" else [node["name"]]
                if not any(" ".join(h.split()).lower().startswith(shown.lower()) for h in heard):
                    report["name_lacks_label"].append(f"{name}: {node['role']} {heard!r} labelled {shown!r}")
            if not node["name"].strip():
                report["unnamed"].append(f"{name}: {node['role']} at {node['extents']}")
            elif text and not " ".join(node["name"].split()).startswith(text):
                report["name_lacks_text"].append(f"{name}: {node['role']} {node['name']!r} shows {text!r}")
            same = [n for n in read_page.seen if (n["role"], n["name"]) == (node["role"], node["name"])
                    and not node["widget"].isAncestorOf(n["widget"]) and not n["widget"].isAncestorOf(node["widget"])]  # an editable combo box and its field are one control
            if node["name"].strip() and len(same) > 1:  # four reminder spin boxes that sound alike
                report["same_name"].append(f"{name}: {node['role']}s named {node['name']!r}: "
                                           + ", ".join(describe(n["widget"]) for n in same))
        report.setdefault("unread", {})[name] = read_page.unread

    for name in PAGE_NAMES:
        window.go_to(name, None)
        settle()
        check_page(name, window.pages[name])
    report["language"] = window.language
    if language != "en":
        window.close()
        print(json.dumps(report, ensure_ascii=False))
        return 0

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
    check_page("quiz result", quizzes)  # the result page: score, detail, the answers, what next
    window.go_to("submissions", None)  # the quiz's result now waits in the outbox: its line and its details
    settle()
    subs.outbox_panel.table.selectRow(0)
    settle()
    check_page("submissions with an outbox item", subs)

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
    window.context.changed.emit(frozenset({ops.FEEDBACK}))  # not OUTBOX: that would start a sync pass
    settle()
    window.go_to("submissions", "essay")
    settle()
    wait(300)
    read = finish(reader("tree"))
    report["feedback_groups"] = [g["name"] + " | " + g["description"] for g in read["groups"] if "organizer" in g["name"]]
    report["feedback_comment"] = [n["name"] for n in read["focusable"] if n["description"] == "The organizer's comment"]
    window.notice.hide()
    settle()
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

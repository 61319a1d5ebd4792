"""Usable, not only fitting (issue 21, point 2). The real window runs in its own process
(tests/support/room_check.py: the screen and the font resolution are the platform's, fixed before Qt
starts, as QT_FONT_DPI=192 does on X11), in English, Spanish and Korean, at 100 % and 200 % font, and
for each it is given the window a first start gives on a 1024x600 and on a 1366x768 screen. On every
page and in each state with a work area it measures, and here we hold:

- one scroll area per page: no scroll area showing a scroll bar inside one that itself scrolls;
- a quiz question is seen whole with its options (when the page can hold it), the essay editor
  shows at least 10 lines at once, a table at least 5 rows (or all it has, or, when
  its rows are that tall, most of the page and at least 3 rows; the schedule's and the dashboard's
  always 5), a list written as text (a quiz's answers before and
  after submitting) at least 5 lines (as a table 5 rows), a viewer (the lecture notes) at least half
  the page's height (or all it holds);
- a PDF keeps its own scroll bar (its search jumps to a page): at least half the page's height, and
  on a page that scrolls as tall as the window shows (the one scroll area moving once scrolled to);
- the task's buttons are seen whole where they are when the page does not scroll, and when it does,
  they sit right by the work area (within a third of the page's height) and are seen whole there;
- no State cell is cut, and every other cut cell has its whole text as tooltip and accessible
  description;
- the sidebar is no wider than its longest section name needs (or a fifth of the window), and every
  name is whole, with its tooltip and accessible name;
- the status bar's parts are each shown whole, inside the bar, or not at all; a temporary message is
  shown whole or replaced by its first sentences or words ending in "…" (the whole in the tooltip).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.ui
CHECK = ROOT / "tests" / "support" / "room_check.py"
MIN_LINES, MIN_ROWS, MIN_LIST_LINES = 10, 5, 5
MIN_TALL_ROWS = 3  # rows so tall (a doubled font at 1024x600) that 5 do not fit: still at least 3 at once
# ... but not the schedule's and the dashboard's tables: narrow for their font, they show a short date
# (no year, no zone: the column's title says whose time) and leave the details to the State's
# tooltip, so five rows fit at every size, font and language
FIVE_ROWS_ALWAYS = {"dashboard", "schedule"}


def room_report(language: str, dpi: int, tmp_path) -> dict:
    result = subprocess.run([sys.executable, str(CHECK), "--sizes", "1024x600,1366x768", "--dpi", str(dpi),
                             "--language", language, "--data-dir", str(tmp_path / "data"), "--pdf"],
                            capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def room_problems(report: dict) -> list[str]:
    problems = []
    for size in report["sizes"]:
        for state in size["states"]:
            where = f"{report['language']} {size['size'][0]}x{size['size'][1]} {report['dpi']} dpi, {state['where']}"
            pdf = next((w for w in state["work"] if w["kind"] == "pdf"), None)
            for n in state["nested"]:
                # the one exception: a PDF keeps its own scroll bar (a search jumps to a page in it), and
                # on a page that scrolls it is as tall as the window shows, so once scrolled to it is
                # the only thing that moves
                if n.startswith("QPdfView") and pdf is not None and pdf["seen_px"] >= pdf["page_px"] - 4:
                    continue
                problems.append(f"{where}: a scroll area inside a scrolling one: {n}")
            if pdf is not None and pdf["seen_px"] < pdf["page_px"] // 2:
                problems.append(f"{where}: the PDF viewer is {pdf['seen_px']} px high on a page of {pdf['page_px']}")
            problems += [f"{where}: {c}" for c in state["cut_cells"]]
            for part in state["status"]["parts"]:
                if part["shown"] and not (part["whole"] and part["inside"]):
                    problems.append(f"{where}: status part {part['text']!r} cut")
            for work in state["work"]:
                name = f"{where}: {work['kind']} {work['name']!r}"
                if work["kind"] == "editor" and work["lines"] < MIN_LINES:
                    problems.append(f"{name} shows {work['lines']} lines")
                if work["kind"] == "table" and work["seen_rows"] < min(MIN_ROWS, work["rows"]) \
                        and (state["where"] in FIVE_ROWS_ALWAYS
                             or work["seen_px"] < min(work["five_rows_px"], 0.8 * work["page_px"])
                             or work["seen_rows"] < min(MIN_TALL_ROWS, work["rows"])):
                    problems.append(f"{name} shows {work['seen_rows']} of {work['rows']} rows in {work['seen_px']} px")
                if work["kind"] == "list" and work["lines"] < min(MIN_LIST_LINES, work["content_lines"]):
                    problems.append(f"{name} shows {work['lines']} lines")
                if work["kind"] == "question" and work["seen_px"] < min(work["content_px"], 0.8 * work["page_px"]):
                    problems.append(f"{name}: {work['seen_px']} of the question's {work['content_px']} px seen")
                if work["kind"] == "viewer" and work["seen_px"] < min(work["content_px"], work["page_px"] // 2):
                    problems.append(f"{name} is {work['seen_px']} px high on a page of {work['page_px']}")
                for text, button in work["actions"].items():
                    if not button["whole"] or not button.get("near", True):
                        problems.append(f"{name}: button {text!r} out of reach {button}")
        for message in size.get("messages", []):
            where = f"{report['language']} {size['size'][0]}x{size['size'][1]} {report['dpi']} dpi"
            if not whole_or_cut_between_words(message["full"], message["shown"]):
                problems.append(f"{where}: message shown as {message['shown']!r}")
            if message["shown"] != message["full"] and message["tooltip"] != message["full"]:
                problems.append(f"{where}: a shortened message without its whole text in the tooltip")
            for part in message["parts"]:
                if part["shown"] and not (part["whole"] and part["inside"]):
                    problems.append(f"{where}: status part {part['text']!r} cut beside a message")
    return problems


def whole_or_cut_between_words(full: str, shown: str) -> bool:
    if shown == full:
        return True
    head = shown.rstrip("…").rstrip()
    return shown.endswith("…") and bool(head) and full.startswith(head) and \
        (full[len(head):][:1].isspace() or head[-1] in ".!?。")


@pytest.mark.parametrize("language", ["en", "es", "ko"])
@pytest.mark.parametrize("dpi", [96, 192], ids=["font100", "font200"])
def test_every_page_gives_its_work_area_the_room_and_keeps_its_buttons_in_reach(language, dpi, tmp_path):
    report = room_report(language, dpi, tmp_path)
    assert [s["size"] for s in report["sizes"]] == [[1024, 600], [1366, 768]]
    for size in report["sizes"]:
        where = {s["where"] for s in size["states"]}
        # the walk is not vacuous: every page and each state with a work area was measured
        assert {"dashboard", "lectures", "lectures: pdf", "schedule", "quizzes", "quiz: question", "quiz: review", "quiz: result",
                "quizzes after a try", "review", "submissions: essay", "submissions: survey", "submissions: photos",
                "settings"} <= where, where
        kinds = {w["kind"] for s in size["states"] for w in s["work"]}
        assert {"editor", "table", "viewer", "list", "question"} <= kinds
        assert size["window"][0] <= size["size"][0] and size["window"][1] <= size["size"][1], size["window"]
        assert len(size["messages"]) == 2 and size["messages"][0]["shown"] == size["messages"][0]["full"]
        assert sidebar_problems(size) == [], sidebar_problems(size)
    assert not room_problems(report), "\n".join(room_problems(report))


def sidebar_problems(size: dict) -> list[str]:
    """The sidebar gives the page the room: every section's name whole on its line, with its tooltip and
    accessible name, the search box's hint whole, and the sidebar no wider than its longest name needs
    (with its padding) unless that is still within a fifth of the window (the long search hint)."""
    side = size["sidebar"]
    problems = [f"{e['text']!r} needs {e['text_px']} px, its line has {e['line_px']}"
                for e in side["entries"] if e["text_px"] > e["line_px"]]
    problems += [f"{e['text']!r}: tooltip {e['tooltip']!r}, accessible name {e['accessible']!r}"
                 for e in side["entries"] if not e["tooltip"].startswith(e["text"]) or e["accessible"] != e["text"]]
    if side["hint_px"] > side["search_px"]:
        problems.append(f"the search hint {side['hint']!r} needs {side['hint_px']} px in a box of {side['search_px']}")
    widest = max(e["text_px"] for e in side["entries"])
    if side["width"] > max(widest + 60, size["window"][0] // 5):
        problems.append(f"the sidebar is {side['width']} px for names of at most {widest} px in a window "
                        f"{size['window'][0]} px wide")
    return problems


# ---- the page scroller itself, in this process ----
def _page_with_a_table_and_an_editor(rows: int):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

    from companion.ui.widgets import make_table, page_scroller

    page = QWidget()
    layout = QVBoxLayout(page)
    model = QStandardItemModel(0, 2)
    for r in range(rows):
        model.appendRow([QStandardItem(f"Session {r}"), QStandardItem("Next")])
    table = make_table(model, "Sessions")
    editor = QPlainTextEdit("\n".join(f"line {n}" for n in range(60)))
    submit = QPushButton("Submit")
    layout.addWidget(table, 1)
    layout.addWidget(editor, 2)
    layout.addWidget(submit)
    return page_scroller(page), table, editor, submit


def test_a_short_window_scrolls_the_page_once_and_its_views_grow_to_what_they_hold(qtbot):
    sys.path.insert(0, str(CHECK.parent))
    from room_check import nested_scrolls

    scroller, table, editor, _submit = _page_with_a_table_and_an_editor(30)
    qtbot.addWidget(scroller)
    scroller.resize(500, 160)  # shorter than the table's five rows and the editor together
    scroller.show()
    qtbot.waitExposed(scroller)
    qtbot.waitUntil(lambda: scroller.verticalScrollBar().maximum() > 0)
    qtbot.wait(50)
    assert scroller.growing
    assert not nested_scrolls(scroller), nested_scrolls(scroller)
    # everything the views hold is on the page: the table's 30 rows and the editor's 60 lines
    assert table.height() >= table.maximumHeightForRows() - 1
    assert editor.verticalScrollBar().maximum() <= 0 or not editor.verticalScrollBar().isVisible()
    assert editor.height() >= 60 * editor.fontMetrics().lineSpacing()
    # made tall again: the page stops scrolling and the views take the room and scroll themselves
    scroller.resize(500, 900)
    qtbot.waitUntil(lambda: scroller.verticalScrollBar().maximum() == 0)
    qtbot.wait(50)
    assert not scroller.growing
    assert table.verticalScrollBar().isVisible() or editor.verticalScrollBar().isVisible()
    assert table.height() < table.maximumHeightForRows()
    assert not nested_scrolls(scroller)


def test_the_room_check_sees_a_scroll_area_inside_a_scrolling_page(qtbot):
    """What the walk would report on the faults of issue 21 (an editor scrolling inside a page that
    scrolls), checked on a plain QScrollArea that does not grow its views."""
    from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

    sys.path.insert(0, str(CHECK.parent))
    from room_check import nested_scrolls

    area = QScrollArea()
    area.setWidgetResizable(True)
    body = QWidget()
    column = QVBoxLayout(body)
    editor = QPlainTextEdit("\n".join(f"line {n}" for n in range(80)))
    editor.setFixedHeight(80)
    column.addWidget(editor)
    column.addSpacing(2000)
    area.setWidget(body)
    area.resize(300, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    found = nested_scrolls(area)
    assert found and "QPlainTextEdit" in found[0], found


def test_a_state_cell_gets_its_width_first_and_every_cell_keeps_its_whole_text(qtbot):
    """A long Spanish state in a narrow four-column table: the State column is never cut (whole, or
    wrapped between words), and every cell answers its whole text as tooltip and description."""
    from PySide6.QtCore import Qt

    from companion.ui.models import Column, RowModel
    from companion.ui.widgets import make_table

    rows = [("Sesión en directo: orientación del programa", "Plazo vencido: solo práctica", "0",
             "mié, 19 jul 2023 21:59 UTC (tu hora)")] * 3
    model = RowModel([Column(t, lambda r, i=i: r[i]) for i, t in enumerate(("Qué", "Estado", "Intentos", "Plazo"))],
                     key=lambda r: r[0], state=lambda r: "overdue")
    model.set_rows(rows)
    table = make_table(model, "Cuestionarios")
    qtbot.addWidget(table)
    table.resize(420, 400)
    table.show()
    qtbot.waitExposed(table)
    qtbot.wait(50)
    metrics = table.fontMetrics()
    state_width = table.columnWidth(1) - 6
    assert all(metrics.horizontalAdvance(word) <= state_width for word in rows[0][1].split())
    assert table.wordWrap()  # the row wraps rather than cutting the state
    assert table.rowHeight(0) >= metrics.boundingRect(0, 0, state_width, 10_000, int(Qt.TextFlag.TextWordWrap),
                                                      rows[0][1]).height()
    assert table.horizontalHeader().length() <= table.viewport().width() + 1
    for column in range(4):
        index = model.index(0, column)
        assert model.data(index, Qt.ItemDataRole.ToolTipRole) == rows[0][column]
        assert model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole) == rows[0][column]


def test_typing_at_the_end_of_an_editor_that_grew_keeps_the_cursor_in_sight(qtbot):
    """The editor cannot scroll to its cursor once it grew to its text: the page follows it."""
    from PySide6.QtCore import QPoint, Qt

    scroller, _table, editor, _submit = _page_with_a_table_and_an_editor(30)
    qtbot.addWidget(scroller)
    scroller.resize(500, 160)
    scroller.show()
    qtbot.waitExposed(scroller)
    qtbot.waitUntil(lambda: scroller.growing and scroller.verticalScrollBar().maximum() > 0)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "the last words")
    qtbot.wait(50)
    rect = editor.cursorRect()
    seen = editor.viewport().mapTo(scroller.viewport(), rect.center())
    assert scroller.verticalScrollBar().value() > 0
    assert scroller.viewport().rect().contains(QPoint(seen.x(), seen.y())), (seen, scroller.viewport().rect())


def test_tab_to_a_field_below_scrolls_the_pages_around_it(qtbot):
    """A pane's own page scroller inside the page's (the Submissions detail): Tab to its button
    scrolls the outer page, though the inner one does not move while it grows with the page (each
    scroll area Qt passes the Tab through brings the field into its sight)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from companion.ui.widgets import page_scroller

    inner_page = QWidget()
    column = QVBoxLayout(inner_page)
    first = QPushButton("First")
    column.addWidget(first)
    column.addSpacing(900)
    last = QPushButton("Submit")
    column.addWidget(last)
    outer_page = QWidget()
    outer_column = QVBoxLayout(outer_page)
    heading = QWidget()
    heading.setMinimumHeight(400)  # the page above the pane is taller than the window: the page scrolls
    outer_column.addWidget(heading)
    outer_column.addWidget(page_scroller(inner_page))
    outer = page_scroller(outer_page)
    qtbot.addWidget(outer)
    outer.resize(400, 300)
    outer.show()
    qtbot.waitExposed(outer)
    qtbot.waitUntil(lambda: outer.verticalScrollBar().maximum() > 0)
    outer.activateWindow()
    qtbot.waitUntil(outer.isActiveWindow)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(last.hasFocus)
    seen = last.mapTo(outer.viewport(), last.rect().center())
    assert outer.viewport().rect().contains(seen), (seen, outer.viewport().rect())


def test_a_column_said_again_elsewhere_gives_way_on_a_narrow_table_and_comes_back(qtbot):
    """The Schedule's course time: hidden while the columns do not fit (the row's time keeps both in
    its tooltip and description), shown again when they do."""
    from PySide6.QtCore import Qt

    from companion.ui.models import Column, RowModel
    from companion.ui.widgets import make_table

    rows = [("lun, 3 jul 2023 07:00–09:00 UTC", "Terminada", "Sesión en directo: orientación", "lun, 3 jul 09:00–11:00 CEST")]
    model = RowModel([Column("Tu hora", lambda r: r[0], lambda r: f"{r[0]} · {r[3]}"), Column("Estado", lambda r: r[1]),
                      Column("Qué", lambda r: r[2]), Column("Hora del curso", lambda r: r[3])],
                     key=lambda r: r[0], state=lambda r: "done")
    model.set_rows(rows)
    table = make_table(model, "Sesiones", stretch=(2,), wrap=True)
    table.optional_columns = (3,)
    qtbot.addWidget(table)
    table.resize(420, 300)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: table.isColumnHidden(3))
    assert table.horizontalHeader().length() <= table.viewport().width() + 1
    index = model.index(0, 0)
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        assert rows[0][3] in model.data(index, role) and rows[0][0] in model.data(index, role)
    table.resize(1600, 300)
    qtbot.waitUntil(lambda: not table.isColumnHidden(3))


def test_an_editor_that_grew_gives_the_room_back_when_its_text_is_removed(qtbot):
    scroller, _table, editor, _submit = _page_with_a_table_and_an_editor(30)
    qtbot.addWidget(scroller)
    scroller.resize(500, 160)
    scroller.show()
    qtbot.waitExposed(scroller)
    qtbot.waitUntil(lambda: scroller.growing and editor.height() >= 60 * editor.fontMetrics().lineSpacing())
    long_page = scroller.verticalScrollBar().maximum()
    editor.setPlainText("one line")
    qtbot.waitUntil(lambda: editor.height() < 10 * editor.fontMetrics().lineSpacing())
    assert scroller.verticalScrollBar().maximum() < long_page


def test_a_table_narrow_for_its_font_shows_short_dates_and_gives_up_the_details_with_the_whole_in_tooltips(qtbot):
    """The dashboard's and the schedule's way to five rows at a doubled font on a small screen: the
    date in the locale's own short form (Babel's, no year, no zone), the details column hidden with its
    text in the State's tooltip; every cell's whole text in its tooltip and description; on a wide
    table the whole texts and the column come back."""
    from datetime import datetime, timezone

    from PySide6.QtCore import Qt

    from companion.domain import i18n
    from companion.domain.timefmt import moment, short_moment
    from companion.services.locale import babel_dates
    from companion.ui.models import Column, RowModel
    from companion.ui.widgets import make_table

    due = datetime(2023, 7, 19, 21, 59, tzinfo=timezone.utc)
    i18n.install_dates(babel_dates("es"))
    try:
        whole, short = moment(due, "Europe/Madrid", with_year=True), short_moment(due, "Europe/Madrid")
    finally:
        i18n.install_dates(None)
    assert whole == "mié, 19 jul 2023 23:59 CEST" and short == "mié, 19 jul 23:59", (whole, short)
    rows = [("Quiz 1: What is a Caring City?", "Atrasado", "Aún sin intentar; nota para aprobar 60/100", whole, short)]
    model = RowModel([Column("Elemento", lambda r: r[0]), Column("Estado", lambda r: r[1], lambda r: f"{r[1]}\n{r[2]}"),
                      Column("Detalles", lambda r: r[2]), Column("Plazo (tu hora)", lambda r: r[3], short=lambda r: r[4])],
                     key=lambda r: r[0], state=lambda r: "overdue")
    model.set_rows(rows)
    table = make_table(model, "Lista", stretch=(0, 2), wrap=True)
    table.short_optional_columns = (2,)
    qtbot.addWidget(table)
    digit = table.fontMetrics().horizontalAdvance("0")
    table.resize(40 * digit, 300)
    table.show()
    qtbot.waitExposed(table)
    qtbot.waitUntil(lambda: table.isColumnHidden(2))
    assert model.data(model.index(0, 3)) == short
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        assert model.data(model.index(0, 3), role) == whole
        assert model.data(model.index(0, 1), role) == f"{rows[0][1]}\n{rows[0][2]}"
    table.resize(120 * digit, 300)
    qtbot.waitUntil(lambda: not table.isColumnHidden(2))
    assert model.data(model.index(0, 3)) == whole

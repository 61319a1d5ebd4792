"""The main window: navigation on the left, one page at a time, a status bar that tells the truth."""

from __future__ import annotations

import sys

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
# Only what the first paint needs is named here: PySide6 sets each class up on first use, and the
# rest (menus, navigation, dialogs) is built once the course is open.
from PySide6.QtWidgets import QMainWindow, QPushButton

from companion import __version__

from companion.domain.i18n import number, translate

from . import context as ctx
from . import ops, theme, wheel_guard, words
from .menus import build_menus, placeholder_menus
from .page_host import PAGE_MODULES, PAGE_NAMES, PAGES, Pages, page_class  # noqa: F401 (named here for callers)
from .pages import TITLES
from .placement import WindowPlacement, keep_on_screen
from .tasks import TaskRunner, settle_memory
from .status_bar import WindowStatus
from .widgets import Banner, label

SIDE_WIDTH = 210


def found_place(page: QtWidgets.QWidget, key: object) -> QtWidgets.QWidget | None:
    """The list or table where an item opened by search or a link now is selected: a material of a
    lecture in the materials table, else the page's list or table."""
    names = (("materials",) if getattr(key, "part_id", None) else ()) + ("table", "list")
    for name in names:
        view = getattr(page, name, None)
        if isinstance(view, QtWidgets.QAbstractItemView) and view.isVisibleTo(page):
            return view
    return None


class MainWindow(QMainWindow):
    ready = Signal()  # the course is open and the dashboard has been asked to load (other pages load when shown)
    first_paint = Signal()  # the window is on screen: heavy work may start without delaying it
    course_shown = Signal()  # the dashboard with the course's data has been painted (once)

    def __init__(self, runner: TaskRunner, state_file=None):
        super().__init__()
        self.runner = runner
        wheel_guard.install()  # the wheel over an unfocused spin box, combo box or slider scrolls the page
        self.placement = WindowPlacement(state_file)  # state_file: where the last size and place are kept
        self.context: ctx.UiContext | None = None
        self.pages: Pages | dict = {}  # a Pages once the store is open
        self.setWindowTitle(translate("ui", "Companion"))
        self.setWindowIcon(theme.app_icon())
        self.start_maximised = self.placement.restore(self)
        self.loading = label(translate("ui", "Opening your course…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.loading)
        self.status = WindowStatus(self)
        self.setStatusBar(self.status)
        # the status bar's parts, named on the window too (the pages' tests and the fit checks read them)
        self.portal_status, self.outbox_status = self.status.portal_status, self.status.outbox_status
        self.zone_status, self.sync_status = self.status.zone_status, self.status.sync_status
        self.download_status, self.download_bar = self.status.download_status, self.status.download_bar
        self.sync_button = self.status.sync_button
        self.sync_button.clicked.connect(lambda: self.sync.sync(now=True))
        self.demo_server = None
        self.statusBar().showMessage(translate("ui", "Starting…"))
        self._painted = False
        self.installEventFilter(self)
        self.preview: object | None = None  # companion.ui.main.Preview while the store opens
        self._shown_page = None

    def _retranslate_chrome(self) -> None:
        self.status.retranslate()

    def eventFilter(self, watched, event) -> bool:
        if watched is self and not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.first_paint.emit)  # after this paint has finished
        elif watched is self._shown_page and event.type() == QEvent.Type.Paint:
            self._shown_page.removeEventFilter(self)
            self._shown_page = None
            QTimer.singleShot(0, self.course_shown.emit)
        return False

    def show_placed(self) -> None:
        """Show at the size and place chosen by ``placement`` (maximised if it was when last closed)."""
        if self.start_maximised:
            self.showMaximized()
        else:
            self.show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, lambda: keep_on_screen(self))  # the window manager's frame is known now

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        kind = event.type()
        if self.context is None:
            return
        if kind in (QEvent.Type.ApplicationFontChange, QEvent.Type.FontChange):
            theme.refresh_fonts(self)
            self._fit_sidebar()
        if kind in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange, QEvent.Type.ApplicationFontChange):
            if not getattr(self, "_restyling", False):
                self._restyling = True
                try:
                    if kind != QEvent.Type.ApplicationFontChange:  # the desktop's palette changed
                        from .contrast_style import keep_readable

                        keep_readable(QtWidgets.QApplication.instance())
                    self.setStyleSheet(theme.style_sheet())
                finally:
                    self._restyling = False

    def _fit_sidebar(self) -> None:
        """As wide as the longest section name (in this language and font), whole, and no wider than
        it needs: the search box's long hint widens it only while the sidebar stays within a fifth of
        the window (a narrow window with a big font gets the short hint and gives the page the room)."""
        metrics = QtGui.QFontMetrics(self.nav.font())
        padding = 2 * 10 + 2 * 8 + 12  # the item's padding, the sidebar's margins, the list's frame
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=80)
        width = max(widest + padding, metrics.averageCharWidth() * 10)
        search = getattr(self, "search", None)
        if search is not None:  # the hint, the clear button and the frame
            long_hint = search.hint_width() + 2 * 8
            width = max(width, long_hint if long_hint <= max(140, self.width() // 5) else 0,
                        search.hint_width(search.short_hint) + 2 * 8)
            search.fit_hint(width - 2 * 8)  # a shorter hint where the long one does not fit
        self.side.setFixedWidth(width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.context is not None and hasattr(self, "nav"):
            self._fit_sidebar()  # how much the search hint may take depends on the window's width

    def _watch_course_shown(self, page: QtWidgets.QWidget) -> None:
        """Emit course_shown after ``page`` (the dashboard, with data) is next painted, the first time."""
        if self._shown_page is None and not getattr(self, "_course_was_shown", False):
            self._course_was_shown = True
            self._shown_page = page
            page.installEventFilter(self)

    def show_preview(self, preview) -> bool:
        """The dashboard from the last start's snapshot, inert until the store is open (then replaced).
        Returns False when it cannot be shown (the store opens all the same)."""
        if self.context is not None:
            return False
        from .language import apply as apply_language
        from .pages.dashboard import DashboardPage

        class _PreviewApp:  # all the dashboard asks of the app before the store is open
            clock = preview.clock

        apply_language(preview.language)
        self.language = preview.language.code
        self._retranslate_chrome()
        self.setStyleSheet(theme.style_sheet())
        page = DashboardPage(ctx.UiContext(_PreviewApp(), self.runner, preview.course_id, preview.user_tz))
        page.ticker.stop()
        page.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.show_data(preview.data)
        self.preview = preview
        # the frame the full window will have (menu bar, a navigation column), so nothing jumps when it comes
        placeholder_menus(self)
        frame = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QtWidgets.QWidget()
        side.setFixedWidth(SIDE_WIDTH)
        row.addWidget(side)
        row.addWidget(page, 1)
        self.setCentralWidget(frame)
        self.statusBar().showMessage(translate("ui", "Opening your course…"))
        self._watch_course_shown(page.table.viewport())
        return True

    # ---- opening ----
    def attach(self, opened: tuple) -> None:
        # imported here, after the first paint: they bring the domain and the services along
        from .downloads import DownloadController
        from .reminders import ReminderBar, ReminderWatcher
        from .sync import SyncController

        from .language import apply as apply_language

        app, course_id, user_tz, language = opened
        if self.preview is None or self.language != language.code:
            apply_language(language)  # before any page is built: their strings are translated as they are made
            self.language = language.code
            self._retranslate_chrome()
        self.context = ctx.UiContext(app, self.runner, course_id, user_tz)
        self.context.error.connect(self.show_error)
        self.context.navigate.connect(self.go_to)
        self.context.changed.connect(self._changed)
        self.runner.on_unhandled_error = self.context.report
        if self.preview is None:
            self.setStyleSheet(theme.style_sheet())  # after the first paint: polishing with a style sheet is not free

        central = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QtWidgets.QWidget()
        side.setObjectName("sidebar")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.side = side
        side_layout = QtWidgets.QVBoxLayout(side)
        side_layout.setContentsMargins(8, 12, 8, 12)
        self.course_picker = QtWidgets.QComboBox()
        self.course_picker.setAccessibleName(translate("ui", "Course"))
        self.course_picker.activated.connect(self._course_picked)
        from .search import SearchController

        self.search = SearchController(self.context, central, self)  # Ctrl+K / Ctrl+F
        side_layout.addWidget(self.search.box)
        side_layout.addWidget(self.course_picker)
        self.nav = QtWidgets.QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(translate("ui", "Sections"))
        theme.set_font_role(self.nav, "nav")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(QtCore.QSize(0, 0))
        self.stack = QtWidgets.QStackedWidget()
        self.downloads = DownloadController(self.context, self)
        self.context.downloads = self.downloads
        self.downloads.progress.connect(self._download_progress)
        self.downloads.finished.connect(self._downloads_finished)
        self.pages = Pages(self.context, self.stack)
        for n, name in enumerate(PAGE_NAMES, start=1):
            title = translate("ui", TITLES[name])
            item = QtWidgets.QListWidgetItem(title)
            item.setToolTip(translate("ui", "{0} (Ctrl+{1})").format(title, n))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        self._fit_sidebar()
        dashboard = self.pages["dashboard"]  # the first page is made now, the others when first shown
        if self.preview is not None and self.preview.course_id == course_id:
            dashboard.show_data(self.preview.data)  # no empty flash while it loads afresh
        dashboard.shown.connect(lambda: self._watch_course_shown(dashboard.table.viewport()))
        self.preview = None
        side_layout.addWidget(self.nav, 1)
        row.addWidget(side)
        right = QtWidgets.QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        self.reminder_bar = ReminderBar()
        right.addWidget(self.reminder_bar)
        self.notice = Banner(translate("ui", "Notice"))
        right.addWidget(self.notice)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.reminders = ReminderWatcher(self.context, self.reminder_bar, self)
        self.sync = SyncController(self.context, self)
        self.sync.started.connect(lambda: self.sync_status.setText(translate("ui", "Syncing…")))
        self.sync.finished.connect(self._synced)
        self.context.sign_in_requested.connect(self.sign_in)
        self.context.sync_requested.connect(lambda: self.sync.sync(now=True))
        self.context.demo_requested.connect(self.start_demo_portal)
        self.sync_button.setEnabled(True)
        self.setCentralWidget(central)
        build_menus(self)
        self.setAcceptDrops(True)  # a course file (.ccb, .imscc) or a question bank dropped on the window is imported
        self.nav.setCurrentRow(0)
        self.nav.setFocus()
        self._reload_all()
        self.reminders.check()
        self.sync.sync(now=False)
        from .updates import UpdateWatcher

        self.updates = UpdateWatcher(self.context, self)
        settle_memory()
        self.ready.emit()
        self.statusBar().showMessage(translate("ui", "Ready"), 4000)
        self.ticker = QTimer(self)
        self.ticker.setInterval(60_000)
        self.ticker.timeout.connect(self._refresh_status)
        self.ticker.start()

    def failed_to_open(self, exc: BaseException) -> None:
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.addStretch(1)
        from . import words

        message = label(translate("ui", "Companion could not open your data.\n\n{0}\n\nNothing was changed or deleted.").format(
            words.error(exc)))
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        quit_button = QPushButton(translate("ui", "Quit"))
        quit_button.clicked.connect(self.close)
        layout.addWidget(message)
        layout.addWidget(quit_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.setCentralWidget(box)
        self.statusBar().showMessage(translate("ui", "Could not open the data folder"))

    # ---- navigation ----
    def go_to(self, name: str, key: object) -> None:
        if name not in PAGE_NAMES:
            return
        fresh = isinstance(self.pages, Pages) and self.pages.made_page(name) is None
        self.nav.setCurrentRow(PAGE_NAMES.index(name))
        page = self.pages[name]
        if not key:
            return

        def open_at(_none=None) -> None:
            if not isinstance(key, str) and hasattr(page, "show_hit"):
                page.show_hit(key)  # a search result: open it at the place found
            elif hasattr(page, "select"):
                page.select(str(key))
            place = found_place(page, key)
            if place is not None:  # focus follows to what was opened (not left in the search box)
                place.setFocus(Qt.FocusReason.OtherFocusReason)

        if fresh:  # a page made just now is still loading its rows: the database lane answers in order,
            self.runner.run(lambda: None, open_at)  # so this comes back after that first load
        else:
            open_at()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(PAGE_NAMES):
            try:
                self.pages[PAGE_NAMES[row]]  # made on its first showing
            finally:  # the sidebar and the page shown never disagree, even if making it failed
                self.stack.setCurrentIndex(row)

    def current_page_name(self) -> str:
        return PAGE_NAMES[self.stack.currentIndex()]

    # ---- refreshing ----
    def _reload_all(self) -> None:
        for page in self.pages.made():
            page.refresh()
        self._refresh_status()
        self._load_courses()

    def _changed(self, flags: frozenset) -> None:
        self._refresh_status()
        if flags & {ctx.COURSE, ctx.SETTINGS}:
            self.reminders.check()

    def _load_courses(self) -> None:
        from .ops import library as library_ops

        ops.run(self.context, library_ops.courses).success(self._show_courses).run()

    def _show_courses(self, infos) -> None:
        self.course_picker.clear()
        for info in infos:
            self.course_picker.addItem(info.title, info.id)
        self.course_picker.setCurrentIndex(max(0, self.course_picker.findData(self.context.course_id)))
        self.course_picker.setVisible(len(infos) > 1)
        current = next((i for i in infos if i.id == self.context.course_id), None)
        if current:
            self.setWindowTitle(translate("ui", "{0} · Companion").format(current.title))

    def _course_picked(self, index: int) -> None:
        course_id = self.course_picker.itemData(index)
        if course_id and course_id != self.context.course_id:
            from .ops import library as library_ops

            pages = self.pages

            def switched(_r) -> None:
                self.context.course_id = course_id
                quizzes = pages.made_page("quizzes")
                if quizzes is not None:
                    quizzes.leave_running_quiz()
                self._load_courses()  # the pages redraw for the course change the operation announces

            ops.run(self.context, library_ops.switch_course, course_id).success(switched).run()

    def _download_progress(self, p) -> None:
        self.status.show_download(p)

    def _downloads_finished(self, report) -> None:
        self.status.downloads_finished(report)

    def _refresh_status(self) -> None:
        if not self.context:
            return
        from .ops import sync as sync_ops

        ops.run(self.context, sync_ops.status_facts, self.context.course_id).success(self._show_status).run()

    def _synced(self, report) -> None:
        from companion.domain.timefmt import moment

        from .sync import connection_words

        when = moment(report.finished_at, self.context.user_tz) if report.finished_at else ""
        text = connection_words(report, self.sync.next_in_s, when)
        self.status.show_connection(text)
        if not report.no_portal:
            self.statusBar().showMessage(words.sync_report(report), 10_000)
        if report.signed_out and self.context.portal_url and self.context.login:
            self.notice.show_message(translate("ui", "Your sign-in has expired or was removed. Your work is kept; sign in again and "
                                     "Companion carries on where it stopped."), translate("ui", "Sign in…"),
                                     lambda: self.sign_in(translate("ui", "Your sign-in has expired.")))
        elif report.feedback:
            self._new_feedback(report.feedback)
        elif report.changes:
            changes = words.reasons(report.changes)
            summary = " ".join(changes[:2]) + (" " + translate("ui", "And %n more change(s).", None, len(changes) - 2)
                                               if len(changes) > 2 else "")
            self.notice.show_message(translate("ui", "Course updated from the portal: {0}").format(summary),
                                     translate("ui", "Show all changes") if len(changes) > 2 else None,
                                     lambda: QtWidgets.QMessageBox.information(self, translate("ui", "Course updated"),
                                                                     "\n".join(f"• {c}" for c in changes)))
        elif report.clock_is_off:
            minutes = abs(report.clock_offset_s) / 60
            self.notice.show_message(translate("ui", "This computer's clock is off by about {0} minutes. Companion judges deadlines by the portal's time; consider setting the clock right.").format(number(minutes)))
        elif report.certificates:
            self._certificate_arrived(report.certificates[-1])
        self._refresh_status()

    def _new_feedback(self, records: list) -> None:
        """An organizer answered: a notice across the window (read out to a screen reader) and, where
        the desktop has one, a tray notification; Show opens the assignment with its feedback."""
        from .ops import sync as sync_ops
        from .pages.submission_words import feedback_notice
        from .widgets import announce

        def tell(found: list) -> None:
            if not found:
                return
            text = feedback_notice([f.title for f in found], [f.verdict for f in found])
            here = next((f for f in found if f.course_id == self.context.course_id), None)
            if here is not None:  # Show opens the answered assignment of the course on screen
                self.notice.show_message(text, translate("ui", "Show feedback"),
                                         lambda: self.context.navigate.emit("submissions", here.item_id))
            else:  # another course's: no button that would lead nowhere
                self.notice.show_message(text)
            announce(self.notice, text)
            tray = getattr(self.reminders, "tray", None)
            if tray is not None:
                tray.showMessage(translate("ui", "Companion"), text, QtWidgets.QSystemTrayIcon.MessageIcon.Information,
                                 15_000)

        ops.run(self.context, sync_ops.new_feedback, list(records)).success(tell).run()

    def _certificate_arrived(self, held) -> None:
        """A certificate came at this sync: a notice with the way to it, and the desktop's notification."""
        text = translate("ui", "Your certificate for {0} has arrived.").format(held.course_title)
        def show() -> None:  # the dashboard of the course the certificate is for, not only the one on screen
            if held.course_id != self.context.course_id:
                self._switch_course(held.course_id)
            self.context.navigate.emit("dashboard", None)

        self.notice.show_message(text, translate("ui", "Show certificate"), show)
        tray = getattr(self.reminders, "tray", None)
        if tray is not None:
            tray.showMessage(translate("ui", "Companion"), text, QtWidgets.QSystemTrayIcon.MessageIcon.Information,
                             15_000)

    def sign_in(self, reason: str = "") -> None:
        from .dialogs import SignInDialog

        dialog = SignInDialog(self.context, self, portal=self.context.portal_url or "", login=self.context.login or "",
                              reason=reason)
        dialog.setModal(True)

        def accepted() -> None:
            info = dialog.result_info
            if info is not None:
                note = f" {words.no_keyring()}" if not info.persisted else ""
                self.statusBar().showMessage(translate("ui", "Signed in as {0}.{1}").format(info.name, note), 10_000)
                self.notice.hide()
            self.sync.sync(now=True)  # the sign-in operation announced SETTINGS itself

        dialog.accepted.connect(accepted)
        dialog.open()
        self.sign_in_dialog = dialog

    def start_demo_portal(self) -> None:
        """Start the reference portal on 127.0.0.1 and sign in its demo participant."""
        if self.demo_server is not None:
            self.statusBar().showMessage(translate("ui", "The demo portal is already running at {0}.").format(self.demo_server.url), 8000)
            return
        app = self.context.app
        self.statusBar().showMessage(translate("ui", "Starting a demo portal on this computer…"))

        def done(server) -> None:
            self.demo_server = server
            self.notice.show_message(translate("ui", "A demo portal runs at {0} (login 'demo'). Submit something and watch it travel; the portal keeps what it receives in {1}.").format(server.url, app.data_dir / 'demo-portal'))
            self.sync.sync(now=True)

        def failed(exc: BaseException) -> None:
            from companion.services.demo_portal import DemoPortalError

            if not isinstance(exc, DemoPortalError):
                return self.context.report(exc)
            self.show_error({
                "not_installed": translate("ui", "This installation of Companion does not include the demo portal."),
                "timeout": translate("ui", "The demo portal did not start in time."),
            }.get(exc.code) or translate("ui", "The demo portal stopped at once: {0}").format(exc.detail))

        from .ops import demo as demo_ops

        ops.run(self.context, demo_ops.start_demo, lane="net").success(done).failure(failed).run()

    def _show_status(self, facts) -> None:
        self.context.user_tz = facts.time_zone
        self.context.portal_url, self.context.login = facts.portal_url, facts.login
        self.status.show_facts(facts)

    # ---- actions ----
    def import_package(self) -> None:
        if not self.context:
            return
        folder = QtWidgets.QFileDialog.getExistingDirectory(self, translate("ui", "Choose a course package folder (it holds course.json)"))
        if folder:
            self.import_folder(folder)

    def import_folder(self, folder: str) -> None:
        from .ops import library as library_ops

        def done(result) -> None:
            self.statusBar().showMessage(words.import_result(result), 8000)
            self._load_courses()

        ops.run(self.context, library_ops.import_course_folder, folder).success(done).run()

    # ---- course files (.ccb) ----
    def ask_course_file(self) -> str:
        """The course file the participant picks (empty when they cancel)."""
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self, translate("ui", "Import course file"), "",
            translate("ui", "Course files (*.ccb *.imscc);;Companion course files (*.ccb);;Common Cartridge (*.imscc);;"
                            "Question banks: Moodle XML, GIFT, QTI (*.xml *.gift *.txt *.qti *.zip);;All files (*)"))
        return path

    def ask_export_file(self, suggested: str) -> str:
        path, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self, translate("ui", "Export course file"), suggested, translate("ui", "Course files (*.ccb)"))
        return path

    def import_course_file(self) -> None:
        if self.context:
            path = self.ask_course_file()
            if path:
                self.import_bundle(path)

    def import_bundle(self, path: str) -> None:
        """Import a course file off the GUI thread; every file is checked before it counts as offline."""
        from pathlib import Path

        from . import words
        from companion.domain.bundle import BundleError
        from companion.domain.errors import CompanionError

        from . import ops
        from .ops import library as library_ops

        self.statusBar().showMessage(translate("ui", "Importing {0}…").format(Path(path).name))

        def done(result) -> None:
            if hasattr(result, "report"):  # a cartridge: what came in and what did not, in a window of its own
                self.show_import_report(result.report)
                text = words.import_report(result.report).split("\n", 1)[0]
                self.statusBar().showMessage(text, 15_000)
                course_id = result.report.course_id
                if course_id != self.context.course_id:
                    self.notice.show_message(text, translate("ui", "Open this course"),
                                             lambda: self._switch_course(course_id))
                else:
                    self.notice.show_message(text)
                self._load_courses()
                return
            text = words.bundle_imported(result)
            self.statusBar().showMessage(text, 15_000)
            if result.course_id != self.context.course_id:
                self.notice.show_message(text, translate("ui", "Open this course"),
                                         lambda: self._switch_course(result.course_id))
            else:
                self.notice.show_message(text)
            self._load_courses()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, BundleError):
                self.show_error(words.bundle_refused(exc))
            elif isinstance(exc, CompanionError):  # a question bank or cartridge refused: its code in words
                self.show_error(words.reason(exc.reason))
            else:
                self.context.report(exc)

        # the "net" lane: unpacking and hashing a large file must not hold up the saving of drafts
        ops.run(self.context, library_ops.import_course_file, path, lane="net").success(done).failure(failed).run()

    def show_import_report(self, report) -> None:
        """The import report in a window: the course, what came in, what did not and why."""
        from . import words

        box = QtWidgets.QMessageBox(self)
        box.setObjectName("import-report")
        box.setWindowTitle(translate("ui", "Import report"))
        box.setAccessibleName(translate("ui", "Import report"))
        lines = words.import_report(report).split("\n")
        box.setTextFormat(Qt.TextFormat.PlainText)  # titles come from the file: plain text only
        box.setText("\n".join(lines[:2]))
        if len(lines) > 2:
            box.setDetailedText("\n".join(lines[2:]))
            box.setInformativeText(lines[2])
        self.import_report_box = box
        box.open()

    def export_course_file(self) -> None:
        if not self.context:
            return
        from pathlib import Path

        from . import words
        from companion.domain.bundle import EXTENSION, BundleError

        from . import ops
        from .ops import library as library_ops

        course_id = self.context.course_id
        path = self.ask_export_file(str(Path.home() / f"{course_id}{EXTENSION}"))
        if not path:
            return
        target = Path(path) if Path(path).suffix else Path(path).with_suffix(EXTENSION)
        self.statusBar().showMessage(translate("ui", "Writing {0}…").format(target.name))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, BundleError):
                self.show_error(words.bundle_fault(exc))
            else:
                self.context.report(exc)

        ops.run(self.context, library_ops.export_course_file, course_id, target, lane="net").success(
            lambda result: self.statusBar().showMessage(words.bundle_exported(result), 15_000)).failure(failed).run()

    def _switch_course(self, course_id: str) -> None:
        index = self.course_picker.findData(course_id)
        if index >= 0:
            self.course_picker.setCurrentIndex(index)
            self._course_picked(index)

    @staticmethod
    def _course_files(event) -> list[str]:
        from companion.domain.bundle import EXTENSION

        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls()
                if u.isLocalFile() and u.toLocalFile().lower().endswith((EXTENSION, ".imscc", ".xml", ".gift", ".txt",
                                                                              ".qti", ".zip"))]

    def dragEnterEvent(self, event: QtGui.QDragEnterEvent) -> None:
        if self.context and self._course_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QtGui.QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QtGui.QDropEvent) -> None:
        paths = self._course_files(event) if self.context else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in paths:
            self.import_bundle(path)

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        if self.isVisible() and not getattr(self, "quiet_errors", False):
            QtWidgets.QMessageBox.warning(self, translate("ui", "Companion"), message)

    def show_about(self) -> None:
        box = QtWidgets.QMessageBox(self)
        box.setWindowTitle(translate("ui", "About Companion"))
        box.setIconPixmap(theme.app_icon().pixmap(96, 96))
        box.setText(f"Companion {__version__}")
        box.setInformativeText(translate("ui", "An offline-first companion for online training courses.\n\nYour data: {0}").format(
            self.context.app.data_dir if self.context else ""))
        box.setAccessibleName(translate("ui", "About Companion"))
        self.about_box = box
        box.open()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.placement.save(self)
        submissions = self.pages.made_page("submissions") if isinstance(self.pages, Pages) else None
        if submissions is not None:
            submissions.flush()
        if self.demo_server is not None:  # the demo portal goes with the app: the app forgets it
            from .ops import demo as demo_ops

            ops.run(self.context, demo_ops.end_demo).run()
        self.runner.shutdown()  # waits for queued writes: nothing typed is lost
        if "companion.services.demo_portal" in sys.modules:  # also one that was still starting
            sys.modules["companion.services.demo_portal"].DemoPortal.stop_all()
        if self.context:
            self.context.app.close()
        super().closeEvent(event)

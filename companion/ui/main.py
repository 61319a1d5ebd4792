"""Starting the desktop app."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from typing import NamedTuple

from companion.domain.clock import Clock
from companion.domain.errors import CompanionError


class Opened(NamedTuple):
    app: object
    course_id: str
    user_tz: str
    language: object  # companion.ui.language.LanguagePack


class Preview(NamedTuple):
    """The dashboard as of the last time the store was open (companion.services.snapshot)."""
    course_id: str
    user_tz: str
    language: object  # companion.ui.language.LanguagePack
    clock: Clock
    data: object  # companion.ui.pages.dashboard.DashboardData


def read_preview(data_dir, clock: Clock | None = None) -> Preview | None:
    """Runs on a worker before the store opens: no SQLAlchemy, no services, only a small JSON file."""
    from companion.paths import data_dir as resolve_data_dir
    from companion.services import snapshot

    snap = snapshot.read(resolve_data_dir(data_dir))
    if snap is None:
        return None
    from .language import read_language_choice
    from .pages.dashboard import dashboard_from_snapshot

    corrected = snap.clock(clock)
    return Preview(snap.course_id, snap.user_tz, read_language_choice(snap.language), corrected,
                   dashboard_from_snapshot(snap, corrected))


def open_app(data_dir, clock: Clock | None = None):
    """Runs on a worker thread: open the store, make sure the sample course is there."""
    from companion.app import build_app

    from .language import read_language

    app = build_app(data_dir, clock=clock)
    from .ops.demo import end_demo

    end_demo(app)  # a demo portal left behind by a crash is gone: do not sync with it, nor say "expired"
    from .ops.share import open_network

    try:
        open_network(app)  # share again if chosen; colleagues sharing are tried before the portal
    except CompanionError as exc:  # the port is taken: the Settings page says so; the app opens anyway
        logging.getLogger(__name__).warning("sharing did not start: %s", exc)
    opened = Opened(app, app.library.default_course_id(), app.settings.time_zone(), read_language(app.settings))
    # The first page's code is imported here too, so the GUI thread does not pay for it (no widget is
    # made here); the other pages' code is imported when each is first shown (4-17 ms each), so an app
    # left on its dashboard does not hold it.
    from .pages import dashboard  # noqa: F401
    return opened


def run_gui(data_dir: str | None = None, *, self_test: bool = False, clock: Clock | None = None,
            self_test_portal: tuple[str, str, str] | None = None,
            confirm_start: Callable[[], bool] | None = None) -> int:
    """``confirm_start``: the first start of an updated version confirms itself through it once the
    window has shown the participant's data (and, in a self-test, once the test passed); a start that
    never gets there is rolled back at the next one (companion/services/app_folders.py)."""
    if self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .qtboot import keep_imports_light, keep_none_alive

    keep_none_alive()  # PySide6 6.12 on Python 3.11 takes a reference from None at every void call
    keep_imports_light()  # before the store and the services are imported (~25 MB less at idle)
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow
    from .tasks import TaskRunner

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("Companion")
    qapp.setApplicationDisplayName("Companion")
    qapp.setOrganizationName("Companion")
    qapp.setDesktopFileName("companion")  # the .desktop file (and its icon) on Linux desktops
    from . import theme
    from companion.paths import data_dir as resolve_data_dir

    theme.apply_app_theme(qapp)
    runner = TaskRunner()
    window = MainWindow(runner, state_file=None if self_test else resolve_data_dir(data_dir) / "window.ini")
    window.show_placed()
    outcome = {"code": 0}

    if self_test:
        window.quiet_errors = True

        def failed(exc: BaseException) -> None:
            print(f"self-test: could not open the data: {exc}", file=sys.stderr)
            outcome["code"] = 1
            window.close()
            qapp.quit()

        def check() -> None:
            from .selftest import run

            outcome["code"] = run(window, self_test_portal)
            if outcome["code"] == 0 and confirm_start is not None:
                confirm_start()
            window.close()
            qapp.quit()

        window.ready.connect(lambda: QTimer.singleShot(1500, check))
        QTimer.singleShot(240_000, lambda: (print("self-test: timed out", file=sys.stderr), outcome.update(code=1), qapp.quit()))
        opened, failed_cb = window.attach, failed
    else:
        opened, failed_cb = window.attach, window.failed_to_open
        if confirm_start is not None:  # up for a few seconds with the data shown: this version starts well
            window.ready.connect(lambda: outcome.update(ready=True))
            window.ready.connect(lambda: QTimer.singleShot(
                3000, lambda: runner.run(confirm_start, None, lambda exc: logging.getLogger(__name__).error(
                    "could not confirm this version's start: %s", exc))))
    # open the data once the window is painted: the worker's imports would otherwise compete for the GIL
    started = {"done": False}

    def start_opening() -> None:
        if not started["done"]:
            started["done"] = True
            runner.run(lambda: read_preview(data_dir, clock), previewed, lambda _exc: open_store())

    def open_store() -> None:
        runner.run(lambda: open_app(data_dir, clock), opened, failed_cb)

    def previewed(preview) -> None:
        # the course from the last start's snapshot first; the store opens once that is painted, so its
        # imports (SQLAlchemy, the services) do not compete with the painting for the interpreter
        if preview is None or not window.show_preview(preview):
            open_store()
            return
        window.course_shown.connect(open_store, Qt.ConnectionType.SingleShotConnection)

    window.first_paint.connect(start_opening)
    QTimer.singleShot(2000, start_opening)  # a window that is never painted (minimised) opens all the same
    code = qapp.exec()
    if confirm_start is not None and outcome.get("ready") and not self_test:
        confirm_start()  # closed within those seconds after the data showed: it started well all the same
    return outcome["code"] if self_test else code

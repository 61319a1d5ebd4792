"""What every page shares: the services, the task runner, the current course and change signals.

After Anki's OpChanges: a mutation names what it changed, and each page redraws only for that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

# change flags (declared with the operations; named here too for the pages that read them)
from .ops import ALL, ATTEMPT, ATTENDANCE, COURSE, DOWNLOADS, DRAFTS, FEEDBACK, OUTBOX, QUIZ, SETTINGS, UPDATES  # noqa: F401
from .tasks import TaskRunner

if TYPE_CHECKING:
    from companion.app import App


class UiContext(QObject):
    changed = Signal(object)  # frozenset of flags
    error = Signal(str)  # a sentence for the participant
    navigate = Signal(str, object)  # page name, optional item key
    sign_in_requested = Signal(str)  # why (may be empty)
    sync_requested = Signal()
    demo_requested = Signal()

    def __init__(self, app: "App", runner: TaskRunner, course_id: str, user_tz: str):
        super().__init__()
        self.app = app
        self.runner = runner
        self.course_id = course_id
        self.user_tz = user_tz
        self.portal_url: str | None = None  # cached by the main window's status refresh
        self.login: str | None = None
        # the window's one download queue, a companion.ui.downloads.DownloadController (set by the main
        # window; a page alone makes its own). Not imported here: the controller imports this module.
        self.downloads: QObject | None = None

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, lane: str = "db") -> None:
        self.runner.run(fn, on_done, on_error or self.report, lane)

    def mutate(self, fn: Callable[[], Any], flags: set[str] | frozenset[str],
               on_done: Callable[[Any], None] | None = None, on_error=None) -> None:
        def done(result: Any) -> None:
            if on_done:
                on_done(result)
            self.changed.emit(frozenset(flags))

        self.run(fn, done, on_error)

    def report(self, exc: BaseException) -> None:
        from . import words

        self.error.emit(words.error(exc))

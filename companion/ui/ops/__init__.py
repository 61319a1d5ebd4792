"""Operations: one named function per use case, each saying what it changed (after Anki's
``CollectionOp`` / ``OpChanges``).

An operation is a plain function ``op(app, *args) -> Changed`` that runs on a worker (the task
runner's "db" lane by default) and returns its value together with the change flags it caused. A
page never picks flags itself: it runs the operation and every page redraws for exactly what
changed::

    run(ctx, outbox_ops.submit_assignment, course_id, assignment_id).success(done).failure(refused)

Queries (reads) are operations that change nothing: ``Changed(value)``. The per-area modules in
this package (``quizzes``, ``outbox``, ``settings``, ...) hold the operations themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from companion.app import App

T = TypeVar("T")

# what an operation can change; each page redraws for the flags it shows
COURSE = "course"
QUIZ = "quiz"  # finished, started or discarded attempts (scores, the checklist)
ATTEMPT = "attempt"  # the answers or place of an attempt in progress (only its quiz's page shows them)
ATTENDANCE = "attendance"
OUTBOX = "outbox"
SETTINGS = "settings"
DRAFTS = "drafts"
DOWNLOADS = "downloads"
REVIEW = "review"  # review cards: a review given, or a finished attempt's answers becoming cards
FEEDBACK = "feedback"  # organizers' answers to submissions, read from the portal
CERTIFICATES = "certificates"  # a certificate arrived from the portal
UPDATES = "updates"  # an update of the app checked, offered, fetched or staged
ALL = frozenset({COURSE, QUIZ, ATTEMPT, ATTENDANCE, OUTBOX, SETTINGS, DRAFTS, DOWNLOADS, REVIEW, FEEDBACK, CERTIFICATES,
                 UPDATES})


@dataclass(frozen=True)
class Changed(Generic[T]):
    """An operation's result: its value and what it changed (empty for a query)."""

    value: T = None  # type: ignore[assignment]
    changes: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        unknown = set(self.changes) - ALL
        if unknown:
            raise ValueError(f"unknown change flags: {sorted(unknown)}")
        object.__setattr__(self, "changes", frozenset(self.changes))


def changed(value: Any = None, *flags: str) -> Changed:
    """``changed(record, OUTBOX)``: shorthand for an operation's return."""
    return Changed(value, frozenset(flags))


class OpContext(Protocol):
    """What an operation needs of the UI context (companion.ui.context.UiContext is one): the app, the
    task runner, the change signal and the error report. Named here so the operations never import the
    context, which imports them (no import circle inside the UI)."""

    app: "App"
    runner: Any  # companion.ui.tasks.TaskRunner
    changed: Any  # Signal(frozenset of flags)

    def report(self, exc: BaseException) -> None: ...


class Op:
    """Runs an operation off the GUI thread; callbacks come back on the GUI thread. After a
    success the context announces the changes, so every page redraws what it shows of them."""

    def __init__(self, ctx: OpContext, fn: Callable[..., Changed], *args: Any, lane: str = "db"):
        self._ctx, self._fn, self._args, self._lane = ctx, fn, args, lane
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> "Op":
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> "Op":
        self._failure = callback
        return self

    def run(self) -> None:
        app, fn, args = self._ctx.app, self._fn, self._args

        def work() -> Changed:
            result = fn(app, *args)
            if not isinstance(result, Changed):
                raise TypeError(f"operation {fn.__name__} returned {type(result).__name__}, not Changed")
            return result

        def done(result: Changed) -> None:
            if self._success is not None:
                self._success(result.value)
            if result.changes:
                self._ctx.changed.emit(result.changes)

        self._ctx.runner.run(work, done, self._failure or self._ctx.report, self._lane)


def run(ctx: OpContext, fn: Callable[..., Changed], *args: Any, lane: str = "db") -> Op:
    """Build an operation; call ``.success(...)``/``.failure(...)`` then ``.run()``."""
    return Op(ctx, fn, *args, lane=lane)


__all__ = ["ALL", "ATTEMPT", "ATTENDANCE", "CERTIFICATES", "COURSE", "DOWNLOADS", "DRAFTS", "FEEDBACK", "OUTBOX", "QUIZ",
           "REVIEW", "SETTINGS", "UPDATES", "Changed", "Op", "OpContext",
           "changed", "run"]

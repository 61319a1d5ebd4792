"""The real window opened in a checker's own process (tests/support/*_check.py, atspi_drive.py):
waiting with the event loop running, settling until the task runner is idle, and opening the data
folder the way the app does. One copy for every checker that runs the window in a process of its own."""

from __future__ import annotations

from collections.abc import Callable


def wait(ms: int = 60) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(runner, tail_ms: int = 60) -> None:
    """Wait until the task runner has nothing left to do (10 s at most), then ``tail_ms`` more."""
    wait(60)
    for _ in range(400):
        if not runner.busy:
            break
        wait(25)
    wait(tail_ms)


def open_window(runner, window, opener: Callable, tail_ms: int = 60) -> None:
    """Open the store off the GUI thread as the app does and wait (20 s at most) for the pages."""
    runner.run(opener, window.attach, window.failed_to_open)
    for _ in range(800):
        if window.context is not None and window.pages:
            break
        wait(25)
    settle(runner, tail_ms)

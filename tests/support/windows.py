"""The real main window, opened on a data folder the way the app opens it."""

from __future__ import annotations


def open_window(qtbot, data_dir, clock, *, size: tuple[int, int] | None = None):
    """Build the window, show it, open the store on the worker and wait until the window is ready
    (only the dashboard is made then; the other pages when first asked for)."""
    from companion.ui.main import open_app
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    runner = TaskRunner()
    win = MainWindow(runner)
    win.quiet_errors = True
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=20_000):
        runner.run(lambda: open_app(data_dir, clock), win.attach, win.failed_to_open)
    return win

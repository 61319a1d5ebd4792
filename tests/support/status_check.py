"""Does the status bar show what matters, whole, on a small screen with a doubled font? Run in its own
process (the screen and the font are the platform's, fixed before Qt starts):

    python tests/support/status_check.py --screen 1024x600 --dpi 192 --language ko [--data-dir DIR]

It opens the real main window on a fresh data folder (as tests/support/fit_check.py does), then
prints one JSON object: each status part's text, whether it is shown and whether it is shown whole,
and for a short and a long temporary message what the bar shows and the room it has.
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--screen", default="1024x600")
    parser.add_argument("--dpi", type=int, default=96)
    parser.add_argument("--language", default="en")
    parser.add_argument("--data-dir")
    args = parser.parse_args()
    width, height = map(int, args.screen.split("x"))
    os.environ["QT_QPA_PLATFORM"] = platform_config(width, height, args.dpi)
    os.environ["QT_ENABLE_HIGHDPI_SCALING"] = "0"
    os.environ["LANGUAGE"] = args.language
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

    from PySide6.QtWidgets import QApplication

    from companion.domain.clock import FixedClock
    from companion.ui.main import open_app
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    qapp = QApplication([])
    data = Path(args.data_dir or tempfile.mkdtemp(prefix="companion-status-data-"))
    clock = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc))
    runner = TaskRunner()
    window = MainWindow(runner)
    window.quiet_errors = True
    window.show()

    from tests.support.process_window import open_window, settle as settle_runner, wait

    def settle() -> None:
        settle_runner(runner, 120)

    open_window(runner, window, lambda: open_app(data, clock), 120)
    bar = window.status
    bar.clearMessage()
    settle()

    def parts() -> list[dict]:
        return [{"text": p.text(), "shown": p.isVisible(), "whole": p.width() >= p.sizeHint().width(),
                 "inside": p.geometry().right() <= bar.width() and p.geometry().left() >= 0} for p in bar.parts]

    def message_room() -> int:  # as QStatusBar paints it: from its left margin to the first shown part
        shown = [w for w in (*bar.parts, bar.download_bar, bar.sync_button) if w.isVisible()]
        return min((w.geometry().left() for w in shown), default=bar.width() - 12) - 2 - 6

    report = {"bar": bar.width(), "qapp": qapp.font().pointSize(), "parts": parts(), "messages": []}
    from companion.domain.i18n import translate

    long = translate("ui", "Your sign-in has expired or was removed. Your work is kept; sign in again and "
                           "Companion carries on where it stopped.") * 2
    for text in (translate("ui", "Ready"), long):
        bar.showMessage(text, 60_000)
        settle()
        shown = bar.currentMessage()
        report["messages"].append({"full": text, "shown": shown, "width": bar.fontMetrics().horizontalAdvance(shown),
                                   "room": message_room(), "full_kept": bar.full_message(),
                                   "parts": parts()})
    bar.clearMessage()
    settle()
    report["after"] = parts()
    window.close()
    settle()
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

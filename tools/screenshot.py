"""Screenshots of the real window, page by page, for the README and for looking at what we build.

    xvfb-run -a -s "-screen 0 1280x800x24" python tools/screenshot.py docs/
    (or QT_QPA_PLATFORM=offscreen python tools/screenshot.py docs/)

Uses a fresh data folder with the sample course shifted to run from this week.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    pages = sys.argv[2].split(",") if len(sys.argv) > 2 else None
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from companion.ui.main import open_app
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    data = tempfile.mkdtemp(prefix="companion-shot-")
    app, course_id, _tz, _language = open_app(data)
    app.library.shift_to_now(course_id)
    app.settings.set_time_zone("Asia/Seoul")
    app.close()
    qapp = QApplication.instance() or QApplication([])
    runner = TaskRunner()
    window = MainWindow(runner)
    window.quiet_errors = True
    window.resize(1280, 800)
    window.show()
    names = pages or ["dashboard", "lectures", "schedule", "quizzes", "submissions", "settings"]

    def shoot(i: int = 0) -> None:
        if i >= len(names):
            window.close()
            qapp.quit()
            return
        window.go_to(names[i], None)
        QTimer.singleShot(700, lambda: (window.grab().save(str(out / f"{names[i]}.png")), shoot(i + 1)))

    window.ready.connect(lambda: QTimer.singleShot(1200, shoot))
    runner.run(lambda: open_app(data), window.attach, window.failed_to_open)
    qapp.exec()
    print(f"screenshots in {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

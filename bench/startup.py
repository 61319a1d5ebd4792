"""Start-up benchmark: process start to the main window's first paint, against a bare PySide6 window.

    python bench/startup.py [--runs 7]

Each run is a fresh process. The child reports (by wall clock, which parent and child share):
  first paint  - the first Paint event of the top-level window;
  course shown - the dashboard filled with the sample course (Companion only);
and, for Companion, resident memory once idle. Printed as medians with the ratio to the bare window.
Runs under the current QT_QPA_PLATFORM (xcb under xvfb-run for a real window; offscreen otherwise).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print("PAINT", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1200, 800)
watch = Watch(); w.installEventFilter(watch)
w.show()
app.exec()
"""

APP = r"""
import sys, time, threading
sys.path.insert(0, ROOT)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from companion.ui.main import open_app
from companion.ui.main_window import MainWindow
from companion.ui.tasks import TaskRunner
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print("PAINT", time.time(), flush=True)
        return False
app = QApplication(sys.argv)
runner = TaskRunner()
w = MainWindow(runner); w.resize(1200, 800)
watch = Watch(); w.installEventFilter(watch)
w.show()
def shown():
    dash = w.pages["dashboard"]
    def check():
        if dash.data is None:
            QTimer.singleShot(5, check); return
        print("READY", time.time(), flush=True)
        def rss():
            with open("/proc/self/status") as f:
                for line in f:
                    if line.startswith("VmRSS"):
                        print("RSS", int(line.split()[1]) * 1024, flush=True)
            w.close(); app.quit()
        QTimer.singleShot(2000, rss)
    check()
w.ready.connect(shown)
w.first_paint.connect(lambda: runner.run(lambda: open_app(DATA), w.attach, w.failed_to_open))  # as run_gui does
app.exec()
"""


def run_child(code: str) -> dict[str, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ))
    marks: dict[str, float] = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("PAINT", "READY"):
            marks[key] = float(value) - start
        elif key == "RSS":
            marks[key] = float(value)
    if "PAINT" not in marks:
        raise SystemExit(f"child failed:\n{out.stderr[-2000:]}")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    data = tempfile.mkdtemp(prefix="companion-bench-")
    app_code = APP.replace("ROOT", repr(str(ROOT)), 1).replace("DATA", repr(data))
    run_child(app_code)  # first start: creates the database and imports the sample course (not counted)
    bare, paint, ready, rss = [], [], [], []
    for _ in range(args.runs):
        bare.append(run_child(BARE)["PAINT"])
        marks = run_child(app_code)
        paint.append(marks["PAINT"])
        ready.append(marks["READY"])
        rss.append(marks["RSS"])
    b, p, r = statistics.median(bare), statistics.median(paint), statistics.median(ready)
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, runs: {args.runs} (medians)")
    print(f"bare PySide6 window, first paint : {b * 1000:7.0f} ms")
    print(f"Companion, first paint           : {p * 1000:7.0f} ms   ratio {p / b:.2f}  (target <= 1.5)")
    print(f"Companion, course shown          : {r * 1000:7.0f} ms   ratio {r / b:.2f}")
    print(f"Companion, resident memory idle  : {statistics.median(rss) / 2**20:7.0f} MB   (target <= 150 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

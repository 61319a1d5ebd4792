"""Start-up benchmark: process start to the main window's first paint, against a bare PySide6 window.

    python bench/startup.py [--runs 7]

Each run is a fresh process. The child reports (by wall clock, which parent and child share):
  first paint  - the first Paint event of the top-level window;
  course shown - the dashboard with the sample course's data painted (the window's course_shown:
                 from the last start's snapshot when it is current, else from the store);
  store open   - the store open and the dashboard asked to load afresh (the window's ready; the other
                 pages are made when first shown);
and resident memory 3 s after that (idle; the bare window's 3 s after its first paint). Printed as
medians with the ratio to the bare window (and the fastest run of each, which noise cannot flatter), and which heavy libraries were imported before the
course was shown. The app runs exactly as ``companion`` does (run_gui), only watched.
Runs under the current QT_QPA_PLATFORM (xcb under xvfb-run for a real window; offscreen otherwise).
The app's modules are compiled to bytecode first (as an installed or frozen app has them), so a
machine with PYTHONDONTWRITEBYTECODE set does not time the compiler at every start.
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
            QTimer.singleShot(3000, idle)
        return False
def idle():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                print("RSS", int(line.split()[1]) * 1024, flush=True)
    app.quit()
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("bare"); w.resize(1200, 800)
watch = Watch(); w.installEventFilter(watch)
w.show()
app.exec()
"""

APP = r"""
import sys, time
sys.path.insert(0, ROOT)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from companion.ui.main import run_gui
from companion.ui.qtboot import keep_imports_light
keep_imports_light()  # run_gui's first step, done here because main_window is imported to be watched
import companion.ui.main_window as mw
class Watch(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            print("PAINT", time.time(), flush=True)
        return False
Original = mw.MainWindow
class Measured(Original):  # run_gui's own window, watched
    def __init__(self, runner, **kwargs):
        super().__init__(runner, **kwargs)
        self.watch = Watch(); self.installEventFilter(self.watch)
        self.course_shown.connect(lambda: print("COURSE", time.time(), flush=True))
        self.course_shown.connect(lambda: print("HEAVY", ",".join(sorted(m for m in HEAVY_MODULES if m in sys.modules)) or "-", flush=True))
        self.ready.connect(self._measured_ready)
    def _measured_ready(self):
        print("READY", time.time(), flush=True)
        def rss():
            with open("/proc/self/status") as f:
                for line in f:
                    if line.startswith("VmRSS"):
                        print("RSS", int(line.split()[1]) * 1024, flush=True)
            self.close(); QApplication.instance().quit()
        QTimer.singleShot(3000, rss)
mw.MainWindow = Measured
run_gui(DATA)
"""

HEAVY = ["sqlalchemy", "alembic", "requests", "jsonschema", "babel", "PIL", "keyring", "icalendar"]


def run_child(code: str) -> dict[str, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ))
    marks: dict[str, float] = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("PAINT", "READY", "COURSE"):
            marks[key] = float(value) - start
        elif key == "HEAVY":
            marks[key] = value
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
    import compileall

    compileall.compile_dir(str(ROOT / "companion"), quiet=1)  # what pip or PyInstaller leave beside an install
    app_code = (APP.replace("ROOT", repr(str(ROOT)), 1).replace("DATA", repr(data))
                .replace("HEAVY_MODULES", repr(HEAVY), 1))
    run_child(app_code)  # first start: creates the database and imports the sample course (not counted)
    bare, bare_rss, paint, shown, ready, rss, heavy = [], [], [], [], [], [], set()
    for _ in range(args.runs):
        marks = run_child(BARE)
        bare.append(marks["PAINT"])
        bare_rss.append(marks["RSS"])
        marks = run_child(app_code)
        paint.append(marks["PAINT"])
        shown.append(marks["COURSE"])
        ready.append(marks["READY"])
        rss.append(marks["RSS"])
        heavy.add(marks.get("HEAVY", "?"))
    b, p, c, r = (statistics.median(x) for x in (bare, paint, shown, ready))
    fb, fp, fc = min(bare), min(paint), min(shown)  # the fastest start of each: noise only ever adds time
    m, bm = statistics.median(rss), statistics.median(bare_rss)
    print(f"platform: {os.environ['QT_QPA_PLATFORM']}, runs: {args.runs} (medians), side by side in this run")
    print(f"bare PySide6 window, first paint  : {b * 1000:7.0f} ms")
    print(f"Companion, first paint            : {p * 1000:7.0f} ms   ratio {p / b:.2f}  (target <= 1.5)")
    print(f"Companion, course shown           : {c * 1000:7.0f} ms   ratio {c / b:.2f}  (target <= 3)")
    print(f"Companion, dashboard loaded afresh: {r * 1000:7.0f} ms   ratio {r / b:.2f}")
    print(f"fastest of {args.runs}: bare {fb * 1000:.0f} ms, first paint {fp * 1000:.0f} ms (ratio {fp / fb:.2f}), "
          f"course shown {fc * 1000:.0f} ms (ratio {fc / fb:.2f})")
    print(f"bare PySide6 window, memory       : {bm / 2**20:7.0f} MB")
    print(f"Companion, resident memory idle   : {m / 2**20:7.0f} MB   ratio {m / bm:.2f}  (target <= 110 MB)")
    print(f"heavy modules imported before the course was shown: {' | '.join(sorted(heavy))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of the real window, page by page, for the README and for looking at what we build.

    xvfb-run -a python tools/screenshot.py docs/screenshots --all      # every set, in one command
    xvfb-run -a -s "-screen 0 1024x600x24" python tools/screenshot.py /tmp/shots --lang es --maximised
    QT_QPA_PLATFORM=offscreen python tools/screenshot.py /tmp/shots --size 1366x768 --font 2 --dark

One set is: every page, and (with --states) a quiz question, a quiz result, the survey, the photos
and the sign-in dialog, as ``<prefix>-<page>.png``. ``--all`` runs one process per set, each on a
screen of its own size (a fresh Xvfb when xvfb-run is there, else Qt's offscreen screen), with the
font doubled the way a person does it before start-up (QT_FONT_DPI=192), in Spanish and Korean, and
with a dark palette. Each set uses a fresh data folder with the sample course shifted to run from
this week.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ["dashboard", "lectures", "schedule", "quizzes", "submissions", "settings"]
STATES = ["quiz-question", "quiz-result", "survey", "photos", "sign-in"]
# (prefix, screen, language, zone, font scale, dark, maximised, with states)
SETS = [
    ("en-1366x768", "1366x768", "en", "America/Bogota", 1, False, False, True),
    ("es-1366x768", "1366x768", "es", "America/Bogota", 1, False, False, True),
    ("ko-1366x768", "1366x768", "ko", "Asia/Seoul", 1, False, False, True),
    ("en-1024x600-maximised", "1024x600", "en", "Africa/Nairobi", 1, False, True, True),
    ("es-1024x600-maximised", "1024x600", "es", "America/Bogota", 1, False, True, False),
    ("ko-1024x600-maximised", "1024x600", "ko", "Asia/Seoul", 1, False, True, False),
    ("en-dark-1366x768", "1366x768", "en", "Asia/Jakarta", 1, True, False, True),
    ("en-font200-1366x768", "1366x768", "en", "America/Bogota", 2, False, False, True),
    ("en-font200-1024x600-maximised", "1024x600", "en", "America/Bogota", 2, False, True, False),
]


def prepare_data(folder: Path, language: str, zone: str) -> None:
    from companion.app import build_app
    from companion.services.locale import LANGUAGE

    app = build_app(folder)
    course_id = app.library.default_course_id()
    app.settings.set_time_zone(zone)
    app.library.shift_to_now(course_id, zone)
    app.settings.set(LANGUAGE, language)
    app.close()


def shoot_set(out: Path, prefix: str, *, states: bool, maximised: bool) -> list[Path]:
    """In this process: open the window as the app does, and save each page (and state) as a PNG."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from companion.ui import theme
    from companion.ui.main import open_app
    from companion.ui.main_window import MainWindow
    from companion.ui.tasks import TaskRunner

    data = Path(os.environ["COMPANION_SHOT_DATA"])
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    qapp.setApplicationName("Companion")
    theme.apply_app_theme(qapp)
    runner = TaskRunner()
    window = MainWindow(runner)
    window.quiet_errors = True
    if maximised:
        window.setGeometry(qapp.primaryScreen().availableGeometry())
    window.show()
    saved: list[Path] = []

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(ms: int = 300) -> None:
        wait(ms)
        for _ in range(400):
            if not runner.busy:
                break
            wait(25)
        wait(150)

    def save(name: str, widget=None) -> None:
        target = out / f"{prefix}-{name}.png"
        (widget or window).grab().save(str(target))
        saved.append(target)

    runner.run(lambda: open_app(data), window.attach, window.failed_to_open)
    for _ in range(800):
        if window.context is not None and window.pages:
            break
        wait(25)
    settle(800)
    for name in PAGES:
        window.go_to(name, None)
        settle()
        save(name)
    if states:
        window.go_to("quizzes", None)
        quizzes = window.pages["quizzes"]
        settle()
        quizzes.table.selectRow(0)
        settle()
        quizzes.start_button.click()
        settle(500)
        runner_page = quizzes.runner
        from PySide6.QtWidgets import QRadioButton

        options = [b for b in runner_page.findChildren(QRadioButton) if b.isVisible()]
        if options:
            options[min(1, len(options) - 1)].click()
            settle()
        save("quiz-question")
        review = getattr(runner_page, "show_review", None)
        if review is not None:
            review()
            settle()
        submit = getattr(runner_page, "submit_button", None)
        if submit is not None:
            submit.click()
            settle(600)
        save("quiz-result")
        done = getattr(runner_page, "done_button", None)
        if done is not None:
            done.click()
        window.go_to("submissions", None)
        subs = window.pages["submissions"]
        settle()
        kinds = {subs.model.row_object(r).kind: r for r in range(subs.model.rowCount())}
        for kind, name in (("survey", "survey"), ("photos", "photos")):
            if kind in kinds:
                subs.list.selectRow(kinds[kind])
                settle()
                save(name)
        window.sign_in("")
        settle()
        save("sign-in", window.sign_in_dialog)
        window.sign_in_dialog.reject()
    window.close()
    settle(100)
    return saved


def compress(paths: list[Path]) -> None:
    """Fewer bytes in the repository: 256 colours are plenty for a window (text stays sharp)."""
    try:
        from PIL import Image
    except ImportError:
        return
    for path in paths:
        with Image.open(path) as image:
            small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        small.save(path, optimize=True)


def run_one(out: Path, spec: tuple, only: list[str] | None) -> int:
    prefix, screen, language, zone, font, dark, maximised, states = spec
    data = Path(tempfile.mkdtemp(prefix="companion-shot-"))
    env = dict(os.environ, COMPANION_SHOT_DATA=str(data), LANGUAGE=language, LANG="C.UTF-8",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", QT_ENABLE_HIGHDPI_SCALING="0")
    env.pop("COMPANION_THEME", None)
    if dark:
        env["COMPANION_THEME"] = "dark"
    width, height = screen.split("x")
    args = [sys.executable, str(Path(__file__).resolve()), str(out), "--one", prefix]
    if states:
        args.append("--states")
    if maximised:
        args.append("--maximised")
    if shutil.which("xvfb-run"):
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("DISPLAY", None)
        env["QT_FONT_DPI"] = str(96 * font)
        args = ["xvfb-run", "-a", "-s", f"-screen 0 {width}x{height}x24 -dpi 96", *args]
    else:
        config = data / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "shot", "x": 0, "y": 0, "width": int(width),
                                                   "height": int(height), "logicalDpi": 96 * font,
                                                   "logicalBaseDpi": 96, "dpr": 1}]}))
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    prepare_env = dict(env)
    subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]);"
                    "from tools.screenshot import prepare_data; from pathlib import Path;"
                    "prepare_data(Path(sys.argv[2]), sys.argv[3], sys.argv[4])", str(ROOT), str(data), language,
                    zone], env={**prepare_env, "QT_QPA_PLATFORM": "offscreen"}, check=True, cwd=ROOT)
    result = subprocess.run(args, env=env, cwd=ROOT)
    shutil.rmtree(data, ignore_errors=True)
    return result.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshots of every page of the real window.")
    parser.add_argument("out", nargs="?", default="docs/screenshots")
    parser.add_argument("--all", action="store_true", help="every set: en/es/ko, 1366x768 and 1024x600, dark, "
                                                            "doubled font")
    parser.add_argument("--only", help="with --all: only the sets whose name contains this")
    parser.add_argument("--size", default="1366x768", help="the screen for one set (e.g. 1024x600)")
    parser.add_argument("--lang", default="en", help="en, es or ko")
    parser.add_argument("--zone", default="America/Bogota")
    parser.add_argument("--font", type=int, default=1, help="font scale set before start-up (2 = doubled)")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument("--maximised", action="store_true", help="the window as large as the screen allows")
    parser.add_argument("--states", action="store_true", help="also a quiz question and result, the survey, the "
                                                               "photos and the sign-in dialog")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: shoot one set in this process
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if args.one:
        saved = shoot_set(out, args.one, states=args.states, maximised=args.maximised)
        compress(saved)
        print(f"{args.one}: {len(saved)} screenshots")
        return 0
    if args.all:
        sets = [s for s in SETS if not args.only or args.only in s[0]]
        for old in out.glob("*.png"):
            if any(old.name.startswith(s[0] + "-") for s in sets):
                old.unlink()
        failed = [s[0] for s in sets if run_one(out, s, None) != 0]
        print(f"screenshots in {out}/" + (f"; failed: {', '.join(failed)}" if failed else ""))
        return 1 if failed else 0
    prefix = f"{args.lang}{'-dark' if args.dark else ''}{'-font200' if args.font == 2 else ''}-{args.size}" \
             f"{'-maximised' if args.maximised else ''}"
    spec = (prefix, args.size, args.lang, args.zone, args.font, args.dark, args.maximised, args.states)
    code = run_one(out, spec, None)
    print(f"screenshots in {out}/")
    return code


if __name__ == "__main__":
    sys.exit(main())

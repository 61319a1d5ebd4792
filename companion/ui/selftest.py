"""``companion --self-test``: the installed app checks itself (the installer's smoke test runs it).

Always: every page shows, the course schema and the store are there, Korean dates render (Babel
data), Qt's PDF and multimedia modules load. With ``--self-test-portal URL --self-test-login NAME``
(password on standard input), against a portal such as the demo portal: sign in (the token goes to
the keyring and is read back from it), sync, download the slides PDF and the welcome video, open
the PDF and render its first page, play the video's first second, run a quiz and deliver the
attempt with a second sync. Each check prints one line ``self-test: <check>: ok|FAILED ...`` on
stderr; the exit code is 0 only when all pass. The messages are for the installer's log, not for
participants, so they are not translated.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from . import words


def say(text: str) -> None:
    print(f"self-test: {text}", file=sys.stderr, flush=True)


def wait_until(condition, seconds: float) -> bool:
    """Spin the event loop until ``condition()`` (the self-test alone may block this way)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start()
    deadline.start(int(seconds * 1000))
    if not condition():
        loop.exec()
    timer.stop()
    return bool(condition())


def check_window(window) -> list[str]:
    problems = []
    if not window.pages:
        problems.append("the main window has no pages")
    for name in window.pages:
        window.go_to(name, None)
        if window.current_page_name() != name:
            problems.append(f"cannot show the {name} page")
    app = window.context.app
    if not (app.resources / "schema" / "course.schema.json").is_file():
        problems.append("the course schema is missing")
    if app.db.current_revision() is None:
        problems.append("the store has no schema")
    from companion.services.locale import babel_dates

    from datetime import date

    if "7" not in babel_dates("ko")(date(2023, 7, 13), "day"):
        problems.append("Korean dates do not render")
    from PySide6.QtCore import QCollator, QLocale

    if QCollator(QLocale("es")).compare("ñu", "nube") <= 0:  # Spanish sorts ñ after n: ICU's es data is there
        problems.append("Spanish collation (ICU data) is missing")
    return problems


def open_pdf(path: Path) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    doc.load(str(path))
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        raise RuntimeError(f"QPdfDocument could not open {path.name} (status {doc.status().name})")
    image = doc.render(0, QSize(400, 225))
    if image.isNull():
        raise RuntimeError("the first page did not render")
    colours = {image.pixel(x, y) for x in range(0, 400, 20) for y in range(0, 225, 15)}
    if len(colours) < 3:
        raise RuntimeError("the first page rendered blank")
    return f"{path.name}: {doc.pageCount()} pages, page 1 rendered"


def play_first_second(path: Path) -> str:
    from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

    player = QMediaPlayer()
    sink = QVideoSink()
    frames = []
    sink.videoFrameChanged.connect(lambda frame: frames.append(frame.size()) if frame.isValid() else None)
    player.setVideoSink(sink)
    errors = []
    player.errorOccurred.connect(lambda _e, text: errors.append(text))
    player.setSource(QUrl.fromLocalFile(str(path)))
    player.play()
    wait_until(lambda: errors or (frames and player.position() >= 1000), 20)
    position = player.position()
    player.stop()
    if errors:
        raise RuntimeError(f"the player failed: {errors[0]}")
    if not frames or position < 1000:
        raise RuntimeError(f"only {position} ms played, {len(frames)} frames decoded")
    size = frames[0]
    return f"{path.name}: {len(frames)} frames ({size.width()}x{size.height()}) in the first {position} ms"


def portal_round(app, url: str, login: str, password: str) -> list[str]:
    """Sign in, sync, download, open a PDF, play a video, read the keyring, run a quiz, sync again."""
    from companion.credentials import Credentials

    problems = []

    def step(name, fn):
        try:
            detail = fn()
            say(f"{name}: ok" + (f" ({detail})" if detail else ""))
            return True
        except Exception as exc:  # report every step, keep going where it makes sense
            say(f"{name}: FAILED {exc.__class__.__name__}: {exc}")
            problems.append(name)
            return False

    course_id = app.library.default_course_id()
    signed = {}

    def sign_in():
        result = app.sync.sign_in(url, login, password)
        signed["persisted"] = result.persisted
        return f"as {result.name}" + ("" if result.persisted else "; no keyring: the token is kept in memory")

    def keyring_read():
        if not signed.get("persisted"):
            raise RuntimeError("no keyring on this system, so the token could not be stored and read back")
        token = Credentials().get_token(app.settings.portal_url(), login)  # a fresh object: from the keyring
        if not token:
            raise RuntimeError("the token is not in the keyring")
        import keyring

        backend = keyring.get_keyring()
        return f"token read back from {type(backend).__module__}.{type(backend).__name__}"

    def sync():
        report = app.sync.run(course_id, now=True)
        if report.exit_code != 0:
            raise RuntimeError(f"exit code {report.exit_code}: {words.sync_report(report)}")
        return words.sync_report(report)

    materials = {}

    def download():
        course = app.library.course(course_id)
        for lecture in course.lectures:
            for material in lecture.materials:
                if material.kind in ("pdf", "video") and material.kind not in materials and not material.online_only:
                    materials[material.kind] = material.id
        if set(materials) != {"pdf", "video"}:
            raise RuntimeError(f"the portal's course has no PDF and video to download (found {sorted(materials)})")
        app.downloads.enqueue(course_id, [materials["pdf"]], "original")
        app.downloads.enqueue(course_id, [materials["video"]], "low")
        report = app.downloads.run(course_id)
        if report.exit_code != 0:
            raise RuntimeError(words.download_report(report))
        return words.download_report(report)

    def quiz():
        quiz_id = app.library.course(course_id).quizzes[0].id
        attempt = app.quizzes.start(course_id, quiz_id)
        for question_id, options in app.quizzes.order(attempt):
            app.quizzes.answer(attempt.id, question_id, options[:1])
        finished = app.quizzes.finish(attempt.id)
        return f"{quiz_id}: score {finished.result.score:.0f}%" + (", queued for the portal" if finished.submission_id else "")

    def delivered():
        sync()
        summary = app.outbox.summary(course_id)
        if summary.waiting or summary.needs_attention:
            raise RuntimeError(f"{summary.waiting} waiting, {summary.needs_attention} needing attention")
        return f"{summary.delivered} delivered, nothing waiting"

    if not step("sign in", sign_in):
        return problems
    step("keyring read", keyring_read)
    if step("sync", sync) and step("download PDF and video", download):
        step("open PDF", lambda: open_pdf(app.downloads.offline_file(course_id, materials["pdf"])))
        step("play video", lambda: play_first_second(app.downloads.offline_file(course_id, materials["video"])))
    if step("quiz", quiz):
        step("sync the attempt", delivered)
    step("office sharing discovery", discover_on_loopback)
    return problems


def discover_on_loopback() -> str:
    """Office sharing's DNS-SD (zeroconf, shipped as pure Python in the installer): one Companion
    announces on 127.0.0.1 and another finds it."""
    from companion.domain.sharing import Peer
    from companion.sync.discovery import Discovery

    sharer, colleague = Discovery(["127.0.0.1"]), Discovery(["127.0.0.1"])
    try:
        sharer.announce("SELF-TEST", 8765, "127.0.0.1")
        found = colleague.peers()
        if Peer("SELF-TEST", "127.0.0.1", 8765) not in found:
            raise RuntimeError(f"the announcement was not found (found {found})")
        return "announced and found on 127.0.0.1"
    finally:
        sharer.close()
        colleague.close()


def run(window, portal: tuple[str, str, str] | None) -> int:
    """On the GUI thread once the window is ready; returns the exit code."""
    problems = check_window(window)
    say("window, pages, store, resources, Korean dates, Spanish collation: " + ("; ".join(problems) if problems else "ok"))
    try:
        import PySide6.QtMultimedia  # noqa: F401
        import PySide6.QtPdf  # noqa: F401
    except ImportError as exc:
        problems.append(f"Qt module missing: {exc}")
    if portal is not None:
        problems += portal_round(window.context.app, *portal)
    say("ok" if not problems else "FAILED: " + "; ".join(problems))
    QApplication.instance().processEvents()
    return 1 if problems else 0

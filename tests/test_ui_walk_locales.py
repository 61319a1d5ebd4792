"""The window in real Spanish and Korean with numbers flowing (issue 21, point 1): the real
translations (resources/i18n/*.qm) and real Babel/CLDR formatting, never the pseudo-translator, while
slides download over a throttled local portal, a quiz is taken to its result, and a sync brings back a
receipt. In es and ko every download progress update used to raise (CLDR has no
"megabyte-per-second"); walks under a pseudo-translation with English numbers never saw it.

It fails on any exception or warning logged by the app, on any error a page reports (the window
fixture), on any exception raised in a slot (pytest-qt), and on any English string shown where the
translation files have the language's words. What each page says is read against the translations
as the .ts files hold them (parsed here, not through Qt) and against CLDR's number and date shapes."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTextEdit

from .test_ui_walk import visible_texts

pytestmark = [pytest.mark.ui, pytest.mark.integration]
I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"
COURSE = "caring-cities-2023"
# CLDR's shapes: Spanish writes "1,2 MB/s" and "42 %" (a no-break space), Korean "1.2MB/s" and "42%";
# the receipt's day as each writes July (the fixed clock is in July 2023)
SHAPES = {"es": {"speed": r"\d,\d\sMB/s|\d+\skB/s", "percent": r"\d+\s%", "july": r"\b\d{1,2} jul\b"},
          "ko": {"speed": r"\d\.\dMB/s|\d+kB/s", "percent": r"\d+%", "july": r"7월 \d{1,2}일"}}


def translations(code: str) -> dict[str, str]:
    """The finished translations of the 'ui' context in the language's .ts file: source -> text."""
    root = ET.parse(I18N / f"companion_{code}.ts").getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") not in ("ui", "domain"):
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                out[message.findtext("source") or ""] = tr.text
    return out


@pytest.fixture(params=["es", "ko"])
def language(request, data_dir):
    """The app set to Spanish or Korean before the window opens, downloads capped at 1600 kbit/s so
    that progress with a speed shows for a few seconds."""
    from companion.app import build_app
    from companion.domain import i18n
    from companion.services.locale import LANGUAGE

    app = build_app(data_dir)
    app.settings.set(LANGUAGE, request.param)
    app.store.set_setting("download_bandwidth_kbit", 1600)
    app.close()
    yield request.param
    from companion.ui.language import LanguagePack, apply

    apply(LanguagePack("en", None, None))
    i18n.install(None)


@pytest.fixture
def logged(caplog):
    """Every record the app logs at warning or above, or with an exception, during the test."""
    caplog.set_level(logging.WARNING)
    yield caplog
    bad = [f"{r.name}: {r.levelname}: {r.getMessage()}" for r in caplog.records
           if r.name.startswith("companion") and (r.levelno >= logging.WARNING or r.exc_info)]
    assert not bad, "logged while walking:\n" + "\n".join(bad)


def settle(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy and not window.sync.running and not window.downloads.running,
                    timeout=30_000)
    qtbot.wait(50)


def synced(window, qtbot) -> None:
    qtbot.waitUntil(lambda: not window.sync.running, timeout=30_000)
    before = window.sync.last
    window.sync.sync(now=True)
    qtbot.waitUntil(lambda: window.sync.last is not before and not window.sync.running, timeout=30_000)
    settle(window, qtbot)


def has_words(template: str, text: str) -> bool:
    """``text`` carries every fixed piece of the translated ``template`` ("{0} 다운로드 중 · {1}")."""
    return all(piece.strip(" ·") in text for piece in re.split(r"\{\d\}", template))


def english_left(root, words: dict[str, str]) -> list[str]:
    """Whole strings shown in English although the language's file translates them."""
    texts = visible_texts(root) + [("text", w.toPlainText()) for w in root.findChildren(QTextEdit) if w.isVisibleTo(root)]
    return [f"{kind}: {text!r}" for kind, text in texts
            if text in words and words[text] != text and len(re.findall(r"[A-Za-z]{3,}", text)) >= 1]


def test_download_quiz_and_receipt_in_the_language(language, logged, window, qtbot, media_portal):
    code, shapes, words = language, SHAPES[language], translations(language)
    assert window.language == code
    app = window.context.app
    app.sync.sign_in(media_portal.url, "ana", "secret-pw")
    synced(window, qtbot)
    english: list[str] = []

    # ---- slides downloading: percent, speed and time left as CLDR writes them ----
    window.go_to("lectures", None)
    lectures = window.pages["lectures"]
    qtbot.waitUntil(lambda: lectures.material_model.row_of_key("lecture-1-slides") >= 0, timeout=30_000)
    settle(window, qtbot)
    english += [f"lectures: {e}" for e in english_left(lectures, words)]
    lectures.materials.setCurrentIndex(lectures.material_model.index(lectures.material_model.row_of_key("lecture-1-slides"), 0))
    window.download_status.setText("")
    lectures.download_button.click()
    seen: list[str] = []
    qtbot.waitUntil(lambda: bool(seen.append(window.download_status.text()) or re.search(shapes["speed"], seen[-1])),
                    timeout=30_000)
    assert re.search(shapes["percent"], seen[-1]), seen[-1]
    assert has_words(words["Downloading {0} · {1}"], seen[-1]), seen[-1]
    row = lambda: lectures.material_model.row_of_key("lecture-1-slides")  # noqa: E731
    qtbot.waitUntil(lambda: lectures.material_model.index(row(), 2).data() == words["Available offline"], timeout=30_000)
    qtbot.waitUntil(lambda: not window.download_status.isVisible(), timeout=30_000)  # the progress line goes when done

    # ---- a quiz taken to its result: the score and the way to the portal in the language ----
    window.go_to("quizzes", "quiz-2")
    quizzes = window.pages["quizzes"]
    qtbot.waitUntil(lambda: quizzes.current is not None and quizzes.current.quiz.id == "quiz-2", timeout=5000)
    english += [f"quizzes: {e}" for e in english_left(quizzes, words)]
    quizzes.start_button.click()
    runner = quizzes.runner
    qtbot.waitUntil(lambda: quizzes.stack.currentWidget() is runner and bool(runner.views), timeout=5000)
    english += [f"quiz: {e}" for e in english_left(runner, words)]
    for view in runner.views:
        view.set_selected(sorted(view.question.correct))
        view.changed.emit(view.question.id, view.selected())
    runner.show_review()
    english += [f"quiz review: {e}" for e in english_left(runner, words)]
    runner.submit_button.click()
    qtbot.waitUntil(lambda: runner.stack.currentWidget() is runner.result_page, timeout=5000)
    assert runner.result_headline.text() == words["Score {0}/100 · {1} (pass mark {2})"].format(
        "100", words["Passed"], "60")
    assert words["It is queued for the portal."] in runner.result_detail.text()

    # ---- an essay handed in on the page, then one sync: receipts in the language ----
    window.go_to("submissions", "essay")
    submissions = window.pages["submissions"]
    qtbot.waitUntil(lambda: submissions.assignment is not None and submissions.assignment.id == "essay", timeout=5000)
    qtbot.keyClicks(submissions.text, "Cuidar ")  # typed; the rest comes as an input method commits it
    submissions.text.insertPlainText("es una tarea pública: 돌봄은 공공의 일입니다. " * 3)
    submissions.submit.click()
    qtbot.waitUntil(lambda: words["Submitted, waiting to be sent"] == submissions.model.index(
        submissions.model.row_of_key("essay"), 1).data(), timeout=5000)
    synced(window, qtbot)
    delivered = words["Delivered · {0}"].format("")
    qtbot.waitUntil(lambda: submissions.sub_state.text().startswith(delivered), timeout=10_000)
    receipt = submissions.sub_state.text()
    assert has_words(words["arrived at the portal {0}"], receipt) and words["accepted as on time"] in receipt, receipt
    assert re.search(shapes["july"], receipt), receipt  # the day it arrived, as CLDR writes it
    assert words["Nothing waiting to be sent"] in window.outbox_status.text()
    english += [f"submissions: {e}" for e in english_left(submissions, words)]
    window.go_to("quizzes", None)
    qtbot.waitUntil(lambda: words["The portal has received it."] in runner.result_detail.text(), timeout=5000)
    english += [f"quiz result: {e}" for e in english_left(runner, words)]

    # ---- every page once more, with the numbers now in them ----
    for name in window.pages:
        window.go_to(name, None)
        settle(window, qtbot)
        english += [f"{name}: {e}" for e in english_left(window.pages[name], words)]
    english += [f"status bar: {e}" for e in english_left(window.statusBar(), words)]
    assert not english, "English left where the translation has the words:\n" + "\n".join(sorted(set(english)))

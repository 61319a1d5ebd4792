"""The feedback loop in the real window, in English and under the real Spanish and Korean
translations: an essay delivered with no answer yet; the organizer asks for a revision on the desk
(its real HTTP forms) and the next sync shows a notice, the verdict in the participant's words and the
comment as plain text beside the essay; the participant submits a revision (delivered once); the
organizer accepts it and the essay shows as done. Clicks go through the window's own buttons."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from .test_feedback_loop import COMMENT, answer_on_the_desk, desk_portal, essay_rows  # noqa: F401 (fixture)

pytestmark = [pytest.mark.ui, pytest.mark.integration]
COURSE = "caring-cities-2023"

# what the participant reads, as the translators wrote it (resources/i18n)
WORDS = {
    "en": {"delivered": "Delivered", "needs": "Needs revision", "revise": "Submit a revision",
           "asked": "The organizer asked for a revision.", "accepted": "Accepted",
           "accepted_sentence": "The organizer accepted this work.", "notice": "New feedback from the organizer",
           "show": "Show feedback", "again": "Submit again",
           "revised": "You sent a new version after this answer; the organizer has not answered it yet.",
           "done": "Accepted by the organizer"},
    "es": {"delivered": "Entregado", "needs": "Necesita revisión", "revise": "Entregar una revisión",
           "asked": "La organización pidió una revisión.", "accepted": "Aceptado",
           "accepted_sentence": "La organización aceptó este trabajo.",
           "notice": "Nuevos comentarios de la organización", "show": "Ver comentarios",
           "revised": "Envió una nueva versión después de esta respuesta; la organización aún no la ha respondido.",
           "done": "Aceptado por la organización"},
    "ko": {"delivered": "전달됨", "needs": "수정 필요", "revise": "수정본 제출",
           "asked": "주최 측이 수정을 요청했습니다.", "accepted": "승인됨",
           "accepted_sentence": "주최 측이 이 과제를 승인했습니다.", "notice": "주최 측의 새 피드백",
           "show": "피드백 보기", "revised": "이 답변 뒤에 새 버전을 보냈습니다. 주최 측은 아직 답하지 않았습니다.",
           "done": "주최 측이 승인함"},
}


@pytest.fixture(params=["en", "es", "ko"])
def delivered_essay(request, data_dir, clock, desk_portal):  # noqa: F811 (the fixture imported above)
    """An essay handed in and delivered, the participant signed in, the app in the language asked
    for; the window opens afterwards on this data folder."""
    from companion.app import build_app
    from companion.services.locale import LANGUAGE

    app = build_app(data_dir, clock=clock)
    try:
        app.settings.set(LANGUAGE, request.param)
        app.sync.sign_in(desk_portal.url, "ana", "secret-pw")
        app.assignments.save_draft(COURSE, "essay", {"text": "Care is a public service in every district. " * 10})
        first = app.assignments.submit(COURSE, "essay")
        assert app.sync.run(now=True).delivered == 1
    finally:
        app.close()
    yield request.param, first.id
    from companion.domain import i18n
    from companion.ui.language import LanguagePack, apply

    apply(LanguagePack("en", None, None))
    i18n.install(None)


def essay_row_text(page) -> str:
    row = page.model.row_of_key("essay")
    return page.model.index(row, 1).data(Qt.ItemDataRole.DisplayRole)


def sync_and_wait(window, qtbot) -> None:
    with qtbot.waitSignal(window.sync.finished, timeout=20_000):
        window.sync_button.click()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)


def test_feedback_states_in_the_window(delivered_essay, window, qtbot, desk_portal, clock, caplog):  # noqa: F811
    lang, first = delivered_essay
    w = WORDS[lang]
    caplog.set_level(logging.ERROR)
    assert window.language == lang
    window.go_to("submissions", "essay")
    page = window.pages["submissions"]
    qtbot.waitUntil(lambda: page.assignment is not None and page.assignment.id == "essay", timeout=10_000)

    # no feedback yet: delivered, no card, Submit again
    assert essay_row_text(page) == w["delivered"]
    assert not page.feedback_card.isVisible()

    # the organizer asks for a revision on the desk; the next sync brings a notice
    answer_on_the_desk(desk_portal.url, first, "needs_revision", COMMENT)
    sync_and_wait(window, qtbot)
    qtbot.waitUntil(lambda: window.notice.isVisible() and w["notice"] in window.notice.text.text(), timeout=10_000)
    assert window.notice.action.text() == w["show"]
    window.go_to("dashboard", None)
    window.notice.action.click()  # Show feedback: back to the essay
    from companion.ui.page_host import PAGE_NAMES

    qtbot.waitUntil(lambda: window.nav.currentRow() == PAGE_NAMES.index("submissions"), timeout=10_000)
    qtbot.waitUntil(lambda: page.feedback_card.isVisible(), timeout=10_000)
    card = page.feedback_card
    assert card.verdict.text() == w["asked"]
    assert card.comment.text() == COMMENT and card.comment.textFormat() == Qt.TextFormat.PlainText
    assert COMMENT in card.accessibleDescription() and w["asked"] in card.accessibleDescription()
    assert essay_row_text(page) == w["needs"]
    assert page.submit.text() == w["revise"] and page.submit.isEnabled()
    dashboard = window.pages["dashboard"]
    window.go_to("dashboard", None)  # the checklist redraws for the change when it shows again
    qtbot.waitUntil(lambda: next(i for i in dashboard.model.rows if i.item_id == "essay").state == "to_do",
                    timeout=10_000)
    window.go_to("submissions", "essay")

    # a day later the participant revises and submits again, then syncs: delivered once
    clock.set(clock.now() + timedelta(days=1))
    page.text.setPlainText("Care is a public service in every district, as in ours. " * 10)
    page.submit.click()
    qtbot.waitUntil(lambda: len([s for s in page.items if s.item_id == "essay"]) == 2, timeout=10_000)
    sync_and_wait(window, qtbot)
    qtbot.waitUntil(lambda: essay_row_text(page) == w["delivered"], timeout=10_000)
    assert card.isVisible() and card.next_step.text() == w["revised"]
    assert len(essay_rows(desk_portal)) == 2

    # the organizer accepts the revision: done, nothing more to submit
    second = next(s.id for s in page.items if s.item_id == "essay" and s.id != first)
    answer_on_the_desk(desk_portal.url, second, "accepted", "")
    sync_and_wait(window, qtbot)
    qtbot.waitUntil(lambda: essay_row_text(page) == w["accepted"], timeout=10_000)
    assert card.verdict.text() == w["accepted_sentence"] and not card.comment.isVisible()
    assert not page.submit.isEnabled()
    window.go_to("dashboard", None)
    qtbot.waitUntil(lambda: next(i for i in dashboard.model.rows if i.item_id == "essay").detail == w["done"],
                    timeout=10_000)
    assert len(essay_rows(desk_portal)) == 2
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

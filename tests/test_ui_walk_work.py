"""Walk every state a participant reaches on the Submissions, Settings and Lectures pages and in the
status bar, under a pseudo-translation, and fail on any English text (issue 11: the first state of
each page is not enough).

The states are reached for real: a submission waits while the portal cannot be reached (a proxy
that refuses connections), is delivered by the reference portal on 127.0.0.1, is refused with a 4xx,
meets another version sent from another computer; sync runs signed out and against a stopped
portal; a download waits for the data budget, runs and finishes; each Settings section is saved.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from datetime import datetime, timezone

import pytest

from companion_portal.testing import FaultProxy

from .test_ui_walk import Pseudo, course_texts, settle, untranslated, visible_texts

pytestmark = [pytest.mark.ui, pytest.mark.integration]

COURSE = "caring-cities-2023"
I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def catalogue(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message a translator has translated in ``ts``."""
    import xml.etree.ElementTree as ET

    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            tr = m.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                out.add((name, m.findtext("source") or ""))
    return out


class CataloguedPseudo(Pseudo):
    """Wraps only what the Spanish catalogue translates: a string the translators never got (one
    lupdate cannot find, say) stays bare English and the walk sees it."""

    def __init__(self):
        super().__init__()
        self.known = catalogue(I18N / "companion_es.ts")
        # Qt's own words (standard buttons: Cancel, OK) come from Qt's catalogue, installed beside ours
        from PySide6.QtCore import QLibraryInfo, QTranslator

        self.qt = QTranslator()
        assert self.qt.load(str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_es.qm"))

    def translate(self, context, source, disambiguation=None, n=-1):
        known = (context, source) in self.known or bool(self.qt.translate(context, source, disambiguation, n))
        return f"⟦{source}⟧" if known else source


@pytest.fixture
def pseudo(qapp):
    from .test_ui_walk import installed

    yield from installed(qapp, CataloguedPseudo())


# what the portal itself says (its own words, like the course's) may show inside a translated sentence
PORTAL_WORDS = ["a fault injected for testing"]


def english_on_screen(window, where: str, extra: list[str] = (), content: list[str] = ()) -> list[str]:
    """Every visible text of the window (and the status bar's message) left in English."""
    known = sorted(set(course_texts() + list(content)), key=len, reverse=True) + PORTAL_WORDS
    texts = visible_texts(window) + [("status message", window.status.full_message())]  # the whole text (a narrow bar may show its first words)
    texts += [("extra", t) for t in extra]
    out = []
    for kind, text in texts:
        words = untranslated(text, known)
        if words:
            out.append(f"{where}: {kind}: {text!r} -> {' '.join(words)}")
    return out


def look(window, qtbot, where: str, problems: list[str], extra: list[str] = (), content: list[str] = ()) -> None:
    settle(window, qtbot)
    problems += english_on_screen(window, where, extra, content)


def essay_page(window, qtbot, assignment: str = "essay"):
    window.go_to("submissions", assignment)
    page = window.pages["submissions"]
    page.select(assignment)
    qtbot.waitUntil(lambda: page.assignment is not None and page.assignment.id == assignment, timeout=5000)
    return page


def select_outbox_row(page, qtbot, state: str) -> None:
    qtbot.waitUntil(lambda: any(s.state == state for s in page.outbox_model.rows), timeout=30_000)
    row = next(i for i, s in enumerate(page.outbox_model.rows) if s.state == state)
    page.outbox.selectRow(row)


def test_submission_states_speak_the_language(pseudo, window, qtbot, portal):
    app = window.context.app
    problems: list[str] = []
    proxy = FaultProxy(portal.port)
    try:
        app.sync.sign_in(proxy.url, "ana", "secret-pw")
        proxy.mode = "refuse"
        page = essay_page(window, qtbot)
        qtbot.keyClicks(page.text, "Caring cities put care on the public agenda.")
        qtbot.waitUntil(lambda: bool(page.saved.text()), timeout=5000)
        look(window, qtbot, "essay typed", problems)

        # queued: the portal cannot be reached
        page.submit.click()
        qtbot.waitUntil(lambda: bool(page.sub_state.text()), timeout=5000)
        window.sync.sync(now=True)
        qtbot.waitUntil(lambda: window.sync.last is not None and window.sync.last.unreachable, timeout=30_000)
        select_outbox_row(page, qtbot, "queued")
        look(window, qtbot, "queued, offline", problems)
        assert page.outbox_model.rowCount() == 1 and window.sync_status.text()

        # delivered by the reference portal
        proxy.mode = "pass"
        window.sync.sync(now=True)
        select_outbox_row(page, qtbot, "delivered")
        qtbot.waitUntil(lambda: app.outbox.summary(COURSE).delivered == 1, timeout=30_000)
        qtbot.waitUntil(lambda: "arrived at the portal" in page.sub_state.text(), timeout=30_000)
        look(window, qtbot, "delivered", problems)
        page.outbox_panel.details_button.click()  # the receipt's number and fingerprint
        qtbot.waitUntil(lambda: page.outbox_panel.details.isVisible(), timeout=5000)
        look(window, qtbot, "delivered, details", problems)
        page.outbox_panel.details_button.click()

        # refused: the portal answers 422
        portal.faults.fail_next(1, 422, path_contains="/submissions/")
        plan = essay_page(window, qtbot, "action-plan")
        qtbot.keyClicks(plan.text, "Open a care desk in every district office by spring.")
        plan.submit.click()
        qtbot.waitUntil(lambda: any(s.item_id == "action-plan" for s in plan.items), timeout=5000)
        window.sync.sync(now=True)
        select_outbox_row(plan, qtbot, "needs_attention")
        qtbot.waitUntil(lambda: plan.outbox_panel.send_anyway.isVisible(), timeout=5000)
        look(window, qtbot, "refused", problems)

        # another computer sent the essay; ours meets it
        token = app.sync.client().token
        from companion.portal.client import PortalClient
        from companion.services.outbox import content_sha256

        body = {"text": "Written on the office computer."}
        PortalClient(portal.url, token).put_submission(COURSE, str(uuid.uuid4()), {
            "kind": "essay", "item_id": "essay", "body": body, "files": [], "clock_offset_s": 0,
            "submitted_at": datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"),
            "content_sha256": content_sha256("essay", "essay", body, [])})
        page = essay_page(window, qtbot)
        page.text.setPlainText("A second version, written at home.")
        page.flush()
        page.submit.click()
        qtbot.waitUntil(lambda: sum(s.item_id == "essay" for s in page.items) == 2, timeout=5000)
        window.sync.sync(now=True)
        qtbot.waitUntil(lambda: any(s.item_id == "essay" and s.state == "needs_attention"
                                    for s in page.outbox_model.rows), timeout=30_000)
        row = next(i for i, s in enumerate(page.outbox_model.rows) if s.item_id == "essay"
                   and s.state == "needs_attention")
        page.outbox.selectRow(row)
        qtbot.waitUntil(lambda: page.outbox_panel.keep_portal.isVisible(), timeout=5000)
        look(window, qtbot, "conflict", problems)
        page.outbox_panel.keep_portal.click()
        qtbot.waitUntil(lambda: any(s.state == "kept_local" for s in app.outbox.items(COURSE)), timeout=5000)
        qtbot.waitUntil(lambda: any(s.state == "kept_local" for s in page.outbox_model.rows), timeout=5000)
        select_outbox_row(page, qtbot, "kept_local")
        look(window, qtbot, "kept the portal's", problems)
    finally:
        proxy.close()
    assert not problems, "English left on screen:\n" + "\n".join(sorted(set(problems)))


def test_sync_signed_out_and_failing_speak_the_language(pseudo, window, qtbot, portal):
    app = window.context.app
    problems: list[str] = []
    app.settings.set_portal_url(portal.url)  # an address, no sign-in
    window.context.changed.emit(frozenset({"settings"}))
    window.sync.sync(now=True)
    qtbot.waitUntil(lambda: window.sync.last is not None and window.sync.last.signed_out, timeout=30_000)
    look(window, qtbot, "signed out", problems)
    assert window.sync_status.text() == "⟦Not signed in⟧"
    window.go_to("settings", None)
    look(window, qtbot, "settings, signed out", problems)

    app.sync.sign_in(portal.url, "ana", "secret-pw")
    window.context.changed.emit(frozenset({"settings"}))
    qtbot.waitUntil(lambda: window.context.login == "ana", timeout=5000)
    window.sync.sync(now=True)
    qtbot.waitUntil(lambda: window.sync.last is not None and not window.sync.running
                    and not window.sync.last.signed_out and not window.sync.last.unreachable, timeout=30_000)
    look(window, qtbot, "synced", problems)

    portal.stop()  # the portal is gone
    window.sync.sync(now=True)
    qtbot.waitUntil(lambda: window.sync.last is not None and not window.sync.running
                    and window.sync.last.unreachable, timeout=60_000)
    window.go_to("submissions", None)
    look(window, qtbot, "portal stopped", problems)
    assert window.sync_status.isVisible() and window.sync_status.text().startswith("⟦Offline")
    assert not problems, "English left on screen:\n" + "\n".join(sorted(set(problems)))


def test_download_states_speak_the_language(pseudo, window, qtbot, media_portal):
    from PySide6.QtWidgets import QMessageBox

    app = window.context.app
    problems: list[str] = []
    content = course_texts(media_portal.package)
    app.store.set_setting("download_daily_budget_mb", 2)
    app.sync.sign_in(media_portal.url, "ana", "secret-pw")
    window.sync.sync(now=True)
    window.go_to("lectures", None)
    page = window.pages["lectures"]
    qtbot.waitUntil(lambda: page.material_model.row_of_key("lecture-1-welcome") >= 0, timeout=30_000)
    qtbot.waitUntil(lambda: not window.sync.running and not window.runner.busy, timeout=30_000)
    look(window, qtbot, "lectures before downloading", problems, content=content)

    seen: list[str] = []

    def during(p) -> None:  # while a file downloads: the table and the status bar
        row = page.material_model.row_of_key(p.material_id)
        seen.append(page.material_model.index(row, 2).data() or "")
        seen.append(window.download_status.text())

    window.downloads.progress.connect(during)
    page.all_button.click()
    qtbot.waitUntil(lambda: getattr(page, "cost_box", None) is not None and page.cost_box.isVisible(), timeout=5000)
    problems += english_on_screen(window, "cost preview", [page.cost_box.text(), page.cost_box.informativeText()]
                                  + [b.text() for b in page.cost_box.buttons()], content)
    with qtbot.waitSignal(window.downloads.finished, timeout=30_000):
        next(b for b in page.cost_box.buttons()
             if page.cost_box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    assert seen, "no progress was seen"
    problems += [f"downloading: {t!r} -> {' '.join(w)}" for t in seen if (w := untranslated(t, course_texts() + content))]
    video = page.material_model.row_of_key("lecture-1-welcome")
    qtbot.waitUntil(lambda: app.downloads.states(COURSE) and any(
        r.state == "queued" for r in app.downloads.states(COURSE).values()), timeout=5000)
    page.materials.setCurrentIndex(page.material_model.index(video, 0))
    look(window, qtbot, "held by the data budget, others done", problems, content=content)
    states = [page.material_model.index(r, 2).data() for r in range(page.material_model.rowCount())]
    assert any(s.count("⟦") >= 2 for s in states), states  # a state with its reason, both translated

    window.go_to("settings", None)
    look(window, qtbot, "settings after downloads", problems, content=content)
    assert not problems, "English left on screen:\n" + "\n".join(sorted(set(problems)))


def test_settings_sections_after_save_speak_the_language(pseudo, window, qtbot):
    problems: list[str] = []
    window.go_to("settings", None)
    page = window.pages["settings"]
    settle(window, qtbot)
    page.time_zone.tz.setCurrentText("America/Bogota")
    page.time_zone.apply.click()
    qtbot.waitUntil(lambda: bool(page.time_zone.message.text()), timeout=5000)
    page.reminders.save_button.click()
    qtbot.waitUntil(lambda: bool(page.reminders.message.text()), timeout=5000)
    page.downloads.bandwidth.setValue(256)
    page.downloads.budget.setValue(100)
    page.downloads.unmetered.setChecked(True)
    page.downloads.offpeak.setChecked(True)
    page.downloads.save_button.click()
    qtbot.waitUntil(lambda: bool(page.downloads.message.text()), timeout=5000)
    page.portal.address.setText("http://127.0.0.1:9")
    page.portal.save_button.click()
    qtbot.waitUntil(lambda: bool(page.portal.message.text()), timeout=5000)
    page.dates.shift_now.click()
    qtbot.waitUntil(lambda: page.dates.shift_reset.isEnabled(), timeout=5000)
    assert "Europe/Madrid" not in page.dates.dates.text()  # the course's zone as people know it (CET, Madrid)
    page.language.save_button.click()
    qtbot.waitUntil(lambda: page.language.restart_button.isVisible(), timeout=5000)
    page.storage.free()
    look(window, qtbot, "settings saved", problems)

    # refusals are said in the language too
    saved = page.time_zone.message.text(), page.portal.message.text()
    page.time_zone.tz.setCurrentText("Mars/Olympus")
    page.time_zone.apply.click()
    page.portal.address.setText("http://portal.example.org")
    page.portal.save_button.click()
    qtbot.waitUntil(lambda: (page.time_zone.message.text(), page.portal.message.text()) != saved
                    and page.time_zone.message.text() != saved[0] and page.portal.message.text() != saved[1],
                    timeout=5000)
    look(window, qtbot, "settings refused", problems)
    assert not problems, "English left on screen:\n" + "\n".join(sorted(set(problems)))

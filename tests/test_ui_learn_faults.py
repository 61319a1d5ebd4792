"""The small faults of issue 11 in the learning pages, each caught: the demo portal that outlived
itself ("session expired" on the next start), the shift explanation lost after the demo, the
double full stop before the night note, and the demo slides (tofu for "Bogotá", text off the page)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from companion.services.settings import DEMO_PORTAL

from .support.windows import open_window

COURSE = "caring-cities-2023"


@pytest.mark.ui
def test_the_demo_portal_is_forgotten_with_it_and_its_shift_is_explained(window, qtbot, data_dir, clock):
    window.start_demo_portal()
    qtbot.waitUntil(lambda: window.demo_server is not None, timeout=60_000)
    qtbot.waitUntil(lambda: window.sync.last is not None and not window.sync.running
                    and window.sync.last.finished_at is not None and not window.sync.last.signed_out, timeout=30_000)
    app = window.context.app
    assert app.settings.get(DEMO_PORTAL)["url"] == window.demo_server.url
    # the portal runs the course from this week: the dashboard says so, with the published dates
    dash = window.pages["dashboard"]
    dash.refresh()
    qtbot.waitUntil(lambda: "The portal runs this course" in dash.banner_text.text(), timeout=10_000)
    assert "3 Jul 2023" in dash.banner_text.text() and not dash.banner_button.isVisible()
    assert "Europe/Madrid" not in dash.banner_text.text()
    # Settings -> Course dates tells the same truth: not "As published"
    window.go_to("settings", None)
    dates = window.pages["settings"].dates.dates
    qtbot.waitUntil(lambda: "The portal runs this course" in dates.text(), timeout=10_000)
    assert "As published" not in dates.text() and "3 Jul 2023" in dates.text(), dates.text()
    window.close()  # the demo portal stops with the app

    again = open_window(qtbot, data_dir, clock)
    qtbot.waitUntil(lambda: again.sync.last is not None and not again.sync.running, timeout=30_000)
    assert again.sync.last.no_portal and not again.sync.last.signed_out
    assert not again.notice.isVisible() or "expired" not in again.notice.text.text()
    assert again.context.app.settings.get(DEMO_PORTAL) is None
    again.close()


def test_a_demo_left_by_a_crash_is_forgotten_at_the_next_start(data_dir, clock):
    from companion.app import build_app
    from companion.ui.main import open_app

    app = build_app(data_dir, clock=clock)
    app.sync.use_portal("https://portal.example.org", "ana")  # the participant's own portal
    app.settings.set(DEMO_PORTAL, {"url": "http://127.0.0.1:9", "previous_url": "https://portal.example.org",
                                   "previous_login": "ana"})
    app.sync.use_portal("http://127.0.0.1:9", "demo")  # then the demo, and the app was killed
    app.close()
    opened = open_app(data_dir, clock)
    try:
        assert opened.app.settings.portal_url() == "https://portal.example.org"
        assert opened.app.sync.login() == "ana"
        assert opened.app.settings.get(DEMO_PORTAL) is None
    finally:
        opened.app.close()


@pytest.mark.ui
def test_a_night_session_note_has_one_full_stop(window, qtbot, clock):
    window.context.user_tz = "America/Bogota"  # 09:00 in Madrid is 02:00 in Bogotá
    dash = window.pages["dashboard"]
    dash.refresh()
    qtbot.waitUntil(lambda: "night" in dash.session_note.text(), timeout=5000)
    note = dash.session_note.text()
    assert ".." not in note and note.startswith("Starts in ") and note.endswith("This is at night where you are.")
    assert "Bogotá" in dash.session_when.text() and "UTC-5" not in dash.session_when.text()


def test_demo_slides_draw_accents_and_stay_on_the_page():
    from PIL import Image, ImageDraw

    from companion_portal.media import slide_font, wrap

    font = slide_font(26)

    def ink(text: str) -> bytes:
        img = Image.new("L", (200, 60), 0)
        ImageDraw.Draw(img).text((5, 5), text, font=font, fill=255)
        return img.tobytes()

    assert ink("á") != ink("\uffff") and ink("á") != ink("a")  # a real glyph, not the missing-glyph box
    text = "Seoul Learn, Bogotá and Medellín open their services to every resident " * 4
    lines = wrap(text, font, 1400)
    assert len(lines) > 1 and all(font.getlength(line) <= 1400 for line in lines)
    assert " ".join(lines) == " ".join(text.split())


@pytest.mark.ui
def test_a_published_course_long_over_says_so_plainly(window, qtbot, clock):
    clock.set(datetime(2026, 11, 23, 19, 0, tzinfo=timezone.utc))  # 1223 days after the last deadline
    window.go_to("schedule", None)
    page = window.pages["schedule"]
    page.refresh()
    qtbot.waitUntil(lambda: page.model.row_of_key("deadline:quiz-1") >= 0, timeout=5000)
    statuses = [page.model.index(r, 1).data() for r in range(page.model.rowCount())]
    assert "closed: the course has ended" in statuses
    assert not any("late by" in s or "days" in s for s in statuses)

"""The operations of the Submissions, Settings and Lectures pages: each does its use case and says
exactly what it changed (they are plain functions over the app: no window needed)."""

from __future__ import annotations

from datetime import time as dt_time

import pytest
from PIL import Image

from companion.domain import reasons
from companion.domain.errors import CompanionError
from companion.ui import ops, words
from companion.ui.ops import downloads as download_ops
from companion.ui.ops import library as library_ops
from companion.ui.ops import outbox as outbox_ops
from companion.ui.ops import settings as settings_ops

COURSE = "caring-cities-2023"


def test_drafts_photos_and_submit_say_what_they_changed(app, tmp_path):
    saved = outbox_ops.save_draft(app, COURSE, "essay", {"text": "Care is public work."})
    assert saved.changes == {ops.DRAFTS}
    assert outbox_ops.load_draft(app, COURSE, "essay").value.body["text"] == "Care is public work."
    assert outbox_ops.load_draft(app, COURSE, "essay").changes == frozenset()  # a query changes nothing

    picture = tmp_path / "selfie.jpg"
    Image.effect_noise((800, 600), 40).convert("RGB").save(picture, "JPEG")
    not_a_picture = tmp_path / "notes.jpg"
    not_a_picture.write_text("not a picture")
    added = outbox_ops.add_photos(app, COURSE, "selfies", [picture, not_a_picture])
    draft, refused = added.value
    assert added.changes == {ops.DRAFTS}
    assert len(draft.files) == 1  # the good one went in, the bad one is named with its reason
    assert [name for name, _exc in refused] == ["notes.jpg"] and "notes.jpg" in words.error(refused[0][1])
    removed = outbox_ops.remove_photo(app, COURSE, "selfies", draft.files[0].sha256)
    assert removed.value.files == () and removed.changes == {ops.DRAFTS}

    sent = outbox_ops.submit_assignment(app, COURSE, "essay")
    assert sent.changes == {ops.OUTBOX} and sent.value.state == "queued"
    course, deliveries, items, feedback = outbox_ops.submissions_view(app, COURSE).value
    assert deliveries["essay"] == "waiting" and items[0].id == sent.value.id and course.id == COURSE
    assert feedback == {}  # no organizer has answered


def test_submit_refused_names_every_reason_and_changes_nothing(app):
    with pytest.raises(CompanionError) as refused:
        outbox_ops.submit_assignment(app, COURSE, "selfies")
    assert "photo" in words.error(refused.value).lower()
    assert app.outbox.items(COURSE) == []


def test_each_settings_section_saves_through_the_registry(app):
    chosen = settings_ops.DownloadSettings(256, "low", True, 100, (dt_time(22, 0), dt_time(6, 0)), 40)
    saved = settings_ops.save_download_settings(app, chosen)
    assert saved.changes == {ops.SETTINGS}
    assert settings_ops.download_settings(app).value == chosen
    with pytest.raises(CompanionError) as bad:
        settings_ops.save_download_settings(app, settings_ops.DownloadSettings(variant="hologram"))
    assert bad.value.code == reasons.SETTING_INVALID

    zone = settings_ops.set_time_zone(app, "America/Bogota")
    assert zone.value == "America/Bogota" and zone.changes == {ops.SETTINGS}
    with pytest.raises(CompanionError) as unknown:
        settings_ops.set_time_zone(app, "Mars/Olympus")
    assert "Mars/Olympus" in words.error(unknown.value)
    assert settings_ops.zone_view(app).value.chosen == "America/Bogota"

    reminders = settings_ops.save_reminders(app, True, [30], [120])
    assert reminders.changes == {ops.SETTINGS} and reminders.value.enabled

    assert settings_ops.set_portal_url(app, "http://127.0.0.1:9").value == "http://127.0.0.1:9"
    view = settings_ops.portal_view(app).value
    assert view.url == "http://127.0.0.1:9" and not view.signed_in
    assert settings_ops.set_language(app, "es").changes == {ops.SETTINGS}
    assert settings_ops.language(app).value == "es"


def test_course_dates_and_import_change_the_course(app, sample_copy):
    shifted = settings_ops.shift_course_to_now(app, COURSE)
    assert shifted.changes == {ops.COURSE} and shifted.value > 0
    assert settings_ops.reset_course_shift(app, COURSE).changes == {ops.COURSE}
    assert settings_ops.course(app, COURSE).value.shift_weeks == 0
    imported = library_ops.import_course_folder(app, sample_copy)
    assert imported.changes == {ops.COURSE} and imported.value.action == "unchanged"


def test_storage_reports_what_each_course_keeps(app):
    policy, used_today, rows = download_ops.data_use(app).value
    assert used_today == 0 and rows and all(size == 0 for _id, _title, size in rows)
    assert download_ops.free_course_space(app, COURSE).changes == {ops.DOWNLOADS}

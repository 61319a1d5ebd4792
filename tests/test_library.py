"""Importing, updating and shifting courses without losing the participant's work."""

from __future__ import annotations

import json
from datetime import date

import pytest

from companion.ui import words
from companion.domain.errors import CompanionError, CourseError


def bump(package, version, **changes):
    data = json.loads((package / "course.json").read_text(encoding="utf-8"))
    data["version"] = version
    data.update(changes)
    (package / "course.json").write_text(json.dumps(data), encoding="utf-8")


def test_sample_course_is_always_there(app):
    assert [c.id for c in app.library.courses()] == ["caring-cities-2023"]
    assert app.library.default_course_id() == "caring-cities-2023"


def test_import_a_new_course_copies_it_into_the_data_folder(app, sample_copy):
    data = json.loads((sample_copy / "course.json").read_text())
    data["id"] = "caring-cities-2024"
    data["title"] = "Caring Cities 2024"
    (sample_copy / "course.json").write_text(json.dumps(data))
    result = app.library.import_package(sample_copy)
    assert result.action == "added"
    folder = app.library.package_dir("caring-cities-2024")
    assert folder.is_relative_to(app.data_dir)
    assert (folder / "notes" / "lecture-1.html").is_file()
    course = app.library.course("caring-cities-2024")
    assert app.library.material_file(course.id, course.lectures[0].materials[0]).is_file()


def test_newer_version_updates_without_losing_work(app, sample_copy):
    course_id = "caring-cities-2023"
    attempt = app.quizzes.start(course_id, "quiz-1")
    app.quizzes.answer(attempt.id, "q1", ["true"])
    app.store.save_draft(course_id, "essay", {"text": "My draft"}, app.clock.now())
    bump(sample_copy, 2, title="Caring Cities 2023 (revised)")
    result = app.library.import_package(sample_copy)
    assert result.action == "updated" and result.previous_version == 1
    assert "kept" in words.import_result(result)
    assert app.library.course(course_id).title == "Caring Cities 2023 (revised)"
    assert app.quizzes.open_attempt(course_id, "quiz-1").answers == {"q1": ("true",)}
    assert app.store.get_draft(course_id, "essay")[0] == {"text": "My draft"}


def test_same_version_changes_nothing_and_older_is_refused(app, sample_copy):
    assert app.library.import_package(sample_copy).action == "unchanged"
    bump(sample_copy, 3)
    app.library.import_package(sample_copy)
    bump(sample_copy, 2)
    with pytest.raises(CourseError, match="older than the installed version 3"):
        app.library.import_package(sample_copy)


def test_a_broken_package_changes_nothing(app, sample_copy):
    (sample_copy / "course.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(CourseError):
        app.library.import_package(sample_copy)
    assert app.library.course("caring-cities-2023").version == 1


def test_shift_keeps_weekday_and_madrid_wall_time(app):
    weeks = app.library.shift_to_week("caring-cities-2023", date(2026, 11, 25))
    assert weeks == 177
    course = app.library.course("caring-cities-2023")
    assert course.starts_on == date(2026, 11, 23) and course.shift_weeks == 177
    first = course.live_sessions[0]
    assert first.start.local.strftime("%a %H:%M") == "Mon 09:00"
    assert first.start.time_zone == "Europe/Madrid"
    assert first.start.instant().hour == 8  # CET in November
    assert course.quizzes[0].due.local.strftime("%a %H:%M") == "Wed 23:59"
    app.library.reset_shift("caring-cities-2023")
    assert app.library.course("caring-cities-2023").starts_on == date(2023, 7, 3)


def test_unknown_course(app):
    with pytest.raises(CompanionError, match="no course 'nope'.*caring-cities-2023"):
        app.library.course("nope")

"""The course package loader: the sample course loads; every broken package is refused with a
message naming the file, the place and the fault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.domain.errors import CourseError
from companion.domain.quiz import seal_answer_key
from companion.services.course_package import load_package


def write(package: Path, data: dict) -> None:
    (package / "course.json").write_text(json.dumps(data), encoding="utf-8")


def read(package: Path) -> dict:
    return json.loads((package / "course.json").read_text(encoding="utf-8"))


def refusal(package: Path) -> CourseError:
    with pytest.raises(CourseError) as info:
        load_package(package)
    return info.value


def test_sample_course_is_the_whole_programme(sample_copy):
    course = load_package(sample_copy).course
    assert course.id == "caring-cities-2023"
    assert len(course.lectures) == 4
    assert [s.start.isoformat() for s in course.live_sessions] == [
        "2023-07-03T09:00", "2023-07-06T09:00", "2023-07-13T09:00", "2023-07-20T09:00"]
    assert all(s.start.time_zone == "Europe/Madrid" for s in course.live_sessions)
    # 09:00 CEST is 07:00 UTC
    assert course.live_sessions[0].start.instant().hour == 7
    assert [s.start.local.strftime("%a") for s in course.live_sessions] == ["Mon", "Thu", "Thu", "Thu"]
    assert len(course.quizzes) == 4
    for quiz in course.quizzes:
        assert len(quiz.questions) == 10
        assert quiz.pass_score == 60
        assert quiz.due.isoformat() == "2023-07-19T23:59"
        assert {q.type for q in quiz.questions} == {"true_false", "single_choice", "multiple_choice"}
        assert all(q.explanation for q in quiz.questions)
    kinds = {a.kind: a for a in course.assignments}
    assert set(kinds) == {"essay", "photos", "survey", "action_plan"}
    assert (kinds["photos"].min_files, kinds["photos"].max_files) == (2, 3)
    assert not kinds["action_plan"].required
    assert set(course.completion.required_assignments) == {"essay", "selfies", "survey"}
    assert "23:59" in course.notes and "Europe/Madrid" in course.notes
    for lecture in course.lectures:
        notes = [m for m in lecture.materials if m.kind == "html"]
        assert notes and not notes[0].online_only


def test_answer_keys_are_not_plain_text(sample_copy):
    text = (sample_copy / "course.json").read_text(encoding="utf-8")
    data = json.loads(text)
    question = data["quizzes"][0]["questions"][0]
    assert set(question["answer_key"]) == {"scheme", "salt", "correct"}
    assert "correct\": [\"true\"]" not in text and "\"answer\"" not in text


def test_bad_json_names_line_and_column(sample_copy):
    (sample_copy / "course.json").write_text('{"id": "x",\n  "title": }', encoding="utf-8")
    err = refusal(sample_copy)
    assert "course.json" in str(err) and "line 2" in str(err) and "not valid JSON" in str(err)


def test_missing_field_is_named(sample_copy):
    data = read(sample_copy)
    del data["quizzes"][1]["questions"][4]["prompt"]
    write(sample_copy, data)
    err = refusal(sample_copy)
    assert err.where == "quizzes[1].questions[4]"
    assert "'prompt' is missing" in str(err)


def test_unknown_time_zone(sample_copy):
    data = read(sample_copy)
    data["live_sessions"][2]["time_zone"] = "Mars/Olympus"
    write(sample_copy, data)
    err = refusal(sample_copy)
    assert err.where == "live_sessions[2].time_zone"
    assert "Mars/Olympus" in str(err) and "not a known time zone" in str(err)


def test_answer_not_among_options(sample_copy):
    data = read(sample_copy)
    question = data["quizzes"][0]["questions"][1]
    question["answer_key"] = seal_answer_key(question["id"], ["z"], "0123456789abcdef")
    write(sample_copy, data)
    err = refusal(sample_copy)
    assert err.where == "quizzes[0].questions[1].answer_key"
    assert "not among the question's options" in str(err)


def test_answer_key_with_a_stray_entry(sample_copy):
    data = read(sample_copy)
    question = data["quizzes"][2]["questions"][8]  # multiple choice
    ids = [o["id"] for o in question["options"]]
    question["answer_key"] = seal_answer_key(question["id"], [ids[0], "nope"], "0123456789abcdef")
    write(sample_copy, data)
    err = refusal(sample_copy)
    assert "match no option" in str(err)


def test_single_choice_with_two_answers(sample_copy):
    data = read(sample_copy)
    question = data["quizzes"][0]["questions"][1]
    assert question["type"] == "single_choice"
    question["answer_key"] = seal_answer_key(question["id"], ["a", "b"], "0123456789abcdef")
    write(sample_copy, data)
    assert "exactly one correct option" in str(refusal(sample_copy))


@pytest.mark.parametrize("path", ["../secrets.html", "notes/../../etc/passwd", "/etc/passwd", "C:/x.html",
                                  "notes\\lecture-1.html"])
def test_material_path_escaping_the_package(sample_copy, path):
    data = read(sample_copy)
    data["lectures"][0]["materials"][0]["variants"][0]["path"] = path
    write(sample_copy, data)
    err = refusal(sample_copy)
    assert err.where == "lectures[0].materials[0].variants[0].path"
    assert path in str(err)


def test_missing_material_file(sample_copy):
    (sample_copy / "notes" / "lecture-3.html").unlink()
    err = refusal(sample_copy)
    assert "lecture-3.html" in str(err) and "missing" in str(err)


def test_material_file_changed_after_packaging(sample_copy):
    (sample_copy / "notes" / "lecture-2.html").write_text("tampered", encoding="utf-8")
    assert "sha256" in str(refusal(sample_copy))


def test_duplicate_ids(sample_copy):
    data = read(sample_copy)
    data["live_sessions"][1]["id"] = data["live_sessions"][0]["id"]
    write(sample_copy, data)
    err = refusal(sample_copy)
    assert "used twice" in str(err) and err.where == "live_sessions[1].id"


def test_session_ending_before_it_starts(sample_copy):
    data = read(sample_copy)
    data["live_sessions"][0]["end"] = "2023-07-03T08:00"
    write(sample_copy, data)
    assert "ends before it starts" in str(refusal(sample_copy))


def test_quiz_for_an_unknown_lecture(sample_copy):
    data = read(sample_copy)
    data["quizzes"][0]["lecture_id"] = "lecture-9"
    write(sample_copy, data)
    assert "lecture-9" in str(refusal(sample_copy))


def test_wrong_type_and_unknown_field(sample_copy):
    data = read(sample_copy)
    data["quizzes"][0]["pass_score"] = "sixty"
    write(sample_copy, data)
    err = refusal(sample_copy)
    assert err.where == "quizzes[0].pass_score"
    data["quizzes"][0]["pass_score"] = 60
    data["lectures"][0]["colour"] = "red"
    write(sample_copy, data)
    assert "colour" in str(refusal(sample_copy))


def test_not_a_package_folder(tmp_path):
    err = refusal(tmp_path)
    assert "no course.json" in str(err)

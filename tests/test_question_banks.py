"""Moodle XML and GIFT question banks read into practice quizzes: the real Moodle files in
../shared/real-courses (counts as their README gives them) and GIFT syntax from Moodle's docs."""

from __future__ import annotations

import pytest

from companion.domain.interchange.gift import GiftFault, read_gift
from companion.domain.interchange.moodle_xml import read_moodle_xml
from companion.domain.interchange.report import TYPE_NOT_SUPPORTED, ImportReport
from companion.domain.interchange.xmltools import XmlFault
from companion.domain.quiz import grade, pair

from .test_qti import REAL, course_of, needs_real


def bank_of(reader, data: bytes, source: str):
    report = ImportReport("x")
    bank = reader(data, source=source, report=report)
    return bank, report, course_of(bank.quizzes)


def q(course, qid):
    quiz = next(z for z in course.quizzes if z.question(qid))
    return quiz, quiz.question(qid)


@needs_real
def test_moodle_gift_fixture_every_question_and_its_grading():
    bank, report, course = bank_of(read_gift, (REAL / "moodle-questions.gift.txt").read_bytes(), "questions.gift.txt")
    assert report.questions_by_type() == {"essay": 1, "matching": 1, "multiple_choice": 1, "numerical": 1,
                                          "short_answer": 1, "single_choice": 1, "true_false": 3}
    assert not report.skipped
    quiz, animal = q(course, "shortanswer")
    assert [grade(quiz, {"shortanswer": [x]}, ["shortanswer"]).score for x in ("frog", "Cat", "Dog")] == [100, 50, 0]
    assert grade(quiz, {"shortanswer": ["Dog"]}, ["shortanswer"]).questions[0].feedback == ("Completely wrong",)
    _, colours = q(course, "colours")
    ids = {o.text: o.id for o in colours.options}
    assert grade(quiz, {"colours": [ids["yellow"], ids["off-beige"]]}, ["colours"]).score == 100
    assert grade(quiz, {"colours": [ids["yellow"], ids["red"]]}, ["colours"]).score == 0
    assert grade(quiz, {"q5": ["4,9"]}, ["q5"]).score == 100 and grade(quiz, {"q5": ["5.5"]}, ["q5"]).score == 0
    _, tf = q(course, "q1")
    assert tf.option("true").feedback == "42 is the Ultimate Answer."  # shown to whoever answers wrong
    assert tf.explanation.startswith("This is, of course")
    _, match = q(course, "moodle-activities")
    assert len(match.stems) == 4 and len(match.options) == 5  # "= -> Chat" is a distractor
    assert [x.id for x in course.quizzes[0].questions if x.type == "true_false"] == ["q1", "2-08-tsl", "2-08-tsl-2"]


@needs_real
def test_moodle_xml_images_and_nested_categories():
    bank, report, course = bank_of(read_moodle_xml, (REAL / "moodle-truefalse.xml").read_bytes(), "truefalse.xml")
    assert report.questions_by_type() == {"true_false": 2}
    images = [i for quiz in course.quizzes for x in quiz.questions for i in x.images]
    assert images and all(i.path in bank.files and bank.files[i.path][:2] == b"\xff\xd8" for i in images)
    bank, report, course = bank_of(read_moodle_xml,
                                   (REAL / "moodle-nested_categories_with_questions.xml").read_bytes(), "n.xml")
    assert report.questions_by_type() == {"essay": 1, "true_false": 4}
    assert [z.section for z in course.quizzes] == ["Iota", "Iota / Kappa", "Iota / Kappa / Lambda", "Iota / Mu"]


CLOZE_XML = b"""<?xml version="1.0" encoding="UTF-8"?><quiz>
<question type="category"><category><text>$course$/Top/City services</text></category></question>
<question type="multianswer"><name><text>Cloze</text></name>
<questiontext format="html"><text><![CDATA[<p>Seoul is in {1:MC:=Korea#Yes~Japan#No}. It has {2:NUMERICAL:=25:1} districts and its river is the {1:SA:=Han~%50%Han river}.</p>]]></text></questiontext></question>
<question type="numerical"><name><text>Length</text></name><questiontext format="plain_text"><text>How long is the bridge?</text></questiontext>
<answer fraction="100"><text>1.5</text><tolerance>0.1</tolerance><feedback><text>Good</text></feedback></answer>
<units><unit><multiplier>1</multiplier><unit_name>km</unit_name></unit><unit><multiplier>1000</multiplier><unit_name>m</unit_name></unit></units></question>
<question type="matching"><name><text>Match</text></name><questiontext format="html"><text>Match them</text></questiontext>
<subquestion format="html"><text>Seoul</text><answer><text>Korea</text></answer></subquestion>
<subquestion format="html"><text>Lima</text><answer><text>Peru</text></answer></subquestion>
<subquestion format="html"><text></text><answer><text>Chile</text></answer></subquestion></question>
<question type="gapselect"><name><text>Gaps</text></name><questiontext format="html"><text>The [[1]] sat on the [[2]].</text></questiontext>
<selectoption><text>cat</text><group>1</group></selectoption><selectoption><text>mat</text><group>2</group></selectoption>
<selectoption><text>dog</text><group>1</group></selectoption></question>
<question type="ddmarker"><name><text>Map</text></name><questiontext format="html"><text>x</text></questiontext></question>
<question type="description"><name><text>Intro</text></name><questiontext format="html"><text>Read this.</text></questiontext></question>
</quiz>"""


def test_moodle_cloze_units_matching_gaps_and_what_is_left_out():
    bank, report, course = bank_of(read_moodle_xml, CLOZE_XML, "bank.xml")
    assert report.questions_by_type() == {"cloze": 2, "matching": 1, "numerical": 1}
    assert sorted(s.data["type"] for s in report.skipped) == ["ddmarker", "description"]
    assert all(s.reason == TYPE_NOT_SUPPORTED for s in report.skipped)
    quiz = course.quizzes[0]
    assert quiz.section == "City services"
    cloze = quiz.question("cloze")
    assert cloze.prompt.startswith("Seoul is in {{b1}}. It has {{b2}} districts")
    korea = next(o.id for o in cloze.blank("b1").options if o.text == "Korea")
    answers = [pair("b1", korea), pair("b2", "24,5"), pair("b3", "han river")]
    assert grade(quiz, {"cloze": answers}, ["cloze"]).score == 87.5  # weights 1 + 2 + 1, the river half right
    assert grade(quiz, {"length": ["1550 m"]}, ["length"]).score == 100
    gaps = quiz.question("gaps")
    assert [o.text for o in gaps.blank("b1").options] == ["cat", "dog"]


def test_gift_syntax_from_moodles_docs():
    text = r"""// comment line
$CATEGORY: $course$/Practice/Numbers

::Escapes::What is 2 \= 2? Write it with \{braces\}. {=yes \~ really ~no}

::Range::Pick a number in the range.{#1..5}

::Multi::Which are even? {
  =%100%2 =%50%4#half
  ~3
}

Missing {=word ~thing} in the middle.

[markdown]Just a description, no braces.
"""
    bank, report, course = bank_of(read_gift, text.encode(), "practice.gift")
    quiz = course.quizzes[0]
    assert quiz.section == "Practice / Numbers"
    escapes = quiz.question("escapes")
    assert escapes.prompt == "What is 2 = 2? Write it with {braces}."
    assert [o.text for o in escapes.options] == ["yes ~ really", "no"]
    assert grade(quiz, {"range": ["3,5"]}, ["range"]).score == 100
    missing = next(x for x in quiz.questions if x.prompt.startswith("Missing"))
    assert missing.prompt == "Missing _____ in the middle."
    assert [(s.reason, s.data.get("type")) for s in report.skipped] == [(TYPE_NOT_SUPPORTED, "description")]
    with pytest.raises(GiftFault):
        read_gift(b"no questions here", source="x.txt", report=ImportReport("gift"))
    with pytest.raises(XmlFault):
        read_moodle_xml(b"<notaquiz/>", source="x.xml", report=ImportReport("moodle_xml"))


# ---- companion courses add FILE (the real CLI in a subprocess) ----

@needs_real
def test_cli_imports_banks_as_practice_courses_and_into_a_course(data_dir):
    import json as _json

    from .test_cli import run

    gift = REAL / "moodle-questions.gift.txt"
    out = run(data_dir, "courses", "--json", "add", str(gift))
    assert out.returncode == 0, out.stderr
    report = _json.loads(out.stdout)
    assert report["questions"]["true_false"] == 3 and report["updated"] is False
    course_id = report["course_id"]
    again = _json.loads(run(data_dir, "courses", "--json", "add", str(gift)).stdout)
    assert again["course_id"] == course_id and again["updated"] is True  # same bank, same course, updated
    listed = _json.loads(run(data_dir, "courses", "--json").stdout)
    assert course_id in [c["id"] for c in listed]
    moodle = run(data_dir, "courses", "add", "--into", "caring-cities-2023", str(REAL / "moodle-truefalse.xml"),
                 lang="es_ES.UTF-8")
    assert moodle.returncode == 0 and "Caring" in moodle.stdout and "verdadero o falso" in moodle.stdout, moodle.stdout
    qti = _json.loads(run(data_dir, "courses", "--json", "add", str(REAL / "text2qti-geometry-quiz.zip")).stdout)
    assert qti["questions"] == {"multiple_choice": 1, "numerical": 1, "single_choice": 1, "true_false": 1}
    notes = data_dir / "notes.txt"
    notes.write_text("just some notes\n", encoding="utf-8")
    bad = run(data_dir, "courses", "add", str(notes))
    assert bad.returncode == 2 and "no GIFT question" in bad.stderr


@needs_real
def test_importing_a_bank_again_keeps_the_attempts(data_dir):
    from companion.app import build_app
    from companion.services.bank_import import import_question_bank

    app = build_app(data_dir)
    try:
        gift = REAL / "moodle-questions.gift.txt"
        report = import_question_bank(app.library, gift)
        attempt = app.quizzes.start(report.course_id, "moodle-questions")
        app.quizzes.answer(attempt.id, "shortanswer", ["Frog"])
        finished = app.quizzes.finish(attempt.id)
        assert finished.result.questions  # graded
        again = import_question_bank(app.library, gift)
        assert again.updated and again.action == "updated" and again.version == 2
        kept = app.quizzes.overview(report.course_id, "moodle-questions").attempts
        assert [a.id for a in kept] == [attempt.id]
        assert app.quizzes.result(kept[0]).questions[[r.question_id for r in app.quizzes.result(kept[0]).questions]
                                                      .index("shortanswer")].is_correct
    finally:
        app.close()

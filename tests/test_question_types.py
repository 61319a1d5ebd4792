"""Question types beyond choices: short answer, numerical, cloze, matching, essay; partial credit and
per-answer feedback; what the course file hides and what it cannot (pure domain + the JSON Schema)."""

from __future__ import annotations

import json

import pytest

from companion.domain.answers import fold, parse_number, wildcard_match
from companion.domain.errors import CourseError
from companion.domain.interchange import questions as build
from companion.domain.quiz import grade, pair
from companion.services.course_package import parse_manifest


def manifest(*questions: dict, scoring: str = "all_or_nothing") -> dict:
    return {"format": "companion-course/1", "id": "bank", "title": "Bank", "version": 1, "time_zone": "UTC",
            "starts_on": "2026-01-05", "ends_on": "2026-02-05", "lectures": [],
            "quizzes": [{"id": "quiz", "title": "Quiz", "scoring": scoring, "section": "Top / Sub",
                         "questions": list(questions)}]}


def load(*questions: dict, **kw):
    return parse_manifest(json.loads(json.dumps(manifest(*questions, **kw))), "test").quizzes[0]


SHORT = build.short_answer_question("capital", "Capital of Colombia?", [
    ("Bogotá", 1.0, "Yes."), ("Santa Fe de Bogotá", 1.0, ""), ("Bogo*", 0.5, "Close: spell it out."),
    ("Medellín", 0.0, "That is another city.")], fold_accents=True, explanation="Bogotá is the capital.")
NUMBER = build.numerical_question("pi", "Pi to two places?", [
    build.numeric_answer(value=3.14, tolerance=0.005, feedback="Right."),
    build.numeric_answer(low=3.0, high=3.3, credit=0.5, feedback="Roughly.")], units=[("rad", 1), ("mrad", 1000)])
MATCH = build.matching_question("pairs", "Match the city to its country.", [("s1", "Seoul"), ("s2", "Madrid"),
                                ("s3", "Lima")], [("c1", "Korea"), ("c2", "Spain"), ("c3", "Peru"), ("c4", "Chile")],
                                {"s1": "c1", "s2": "c2", "s3": "c3"})
CLOZE = build.cloze_question("fill", "Water boils at {{t}} degrees at sea level in {{unit}}; ice is {{state}}.", [
    build.blank("fill", "t", "numerical", 2, answers=[build.numeric_answer(value=100)]),
    build.blank("fill", "unit", "short_answer", answers=[("Celsius", 1.0, ""), ("C", 1.0, "")]),
    build.blank("fill", "state", "single_choice", options=[("a", "solid", ""), ("b", "gas", "")],
                fractions={"a": 1.0})])
ESSAY = build.essay_question("essay", "Describe one care policy in your city.", min_words=50, max_words=300, points=5)
WEIGHTED = build.choice_question("multi", "multiple_choice", "Which are prime?", [
    ("a", "2", ""), ("b", "3", ""), ("c", "4", "4 = 2 × 2")], {"a": 0.5, "b": 0.5, "c": -1.0})
PARTIAL_SINGLE = build.choice_question("single", "single_choice", "Best answer?", [
    ("a", "Best", "Yes"), ("b", "Half right", "Partly"), ("c", "Wrong", "No")], {"a": 1.0, "b": 0.5})


def test_every_type_passes_the_schema_and_loads():
    quiz = load(SHORT, NUMBER, MATCH, CLOZE, ESSAY, WEIGHTED, PARTIAL_SINGLE)
    assert [q.type for q in quiz.questions] == ["short_answer", "numerical", "matching", "cloze", "essay",
                                                "multiple_choice", "single_choice"]
    assert quiz.section == "Top / Sub"
    assert quiz.total_points == 1 + 1 + 1 + 1 + 1 + 1  # the essay's 5 points are the organizer's


def test_short_answer_folds_case_and_accents_and_takes_the_first_match():
    q = load(SHORT)
    for typed, score in (("bogotá", 100), ("  BOGOTA ", 100), ("santa  fe de bogota", 100), ("Bogo", 50),
                         ("Bogotaa", 50), ("Medellín", 0), ("", 0)):
        result = grade(q, {"capital": [typed]})
        assert result.score == score, typed
    assert grade(q, {"capital": ["Medellin"]}).questions[0].feedback == ("That is another city.",)
    assert grade(q, {"capital": ["Bogotá"]}).questions[0].feedback == ("Yes.",)


def test_short_answer_case_sensitive_when_the_source_says_so():
    q = load(build.short_answer_question("dna", "Abbreviation?", [("DNA", 1, "")], case_sensitive=True))
    assert grade(q, {"dna": ["DNA"]}).score == 100
    assert grade(q, {"dna": ["dna"]}).score == 0


def test_sealed_short_answers_are_not_in_the_file_but_wildcards_are():
    text = json.dumps(SHORT)
    assert "Bogotá" not in text.replace("Bogotá is the capital.", "") and "Santa Fe" not in text
    assert "Bogo*" in text  # a wildcard cannot be hidden (docs/question-types.md)
    assert not load(SHORT).questions[0].key_is_sealed
    plain = build.short_answer_question("x", "?", [("Secret", 1, "")])
    assert "Secret" not in json.dumps(plain) and load(plain).questions[0].key_is_sealed


def test_numerical_tolerance_range_decimal_comma_and_units():
    q = load(NUMBER)
    cases = {"3.14": 100, "3,14": 100, "3,144": 100, "3.2": 50, "3,2": 50, "4": 0, "pi": 0,
             "3140 mrad": 100, "3.14 rad": 100, "3.14 furlongs": 0, "−3.14": 0}
    for typed, score in cases.items():
        assert grade(q, {"pi": [typed]}).score == score, typed
    assert grade(q, {"pi": ["3.1"]}).questions[0].feedback == ("Roughly.",)


@pytest.mark.parametrize("typed,value", [("1 000,5", 1000.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5),
                                         ("-2e3", -2000.0), ("12,57 cm", 12.57), (".5", 0.5)])
def test_numbers_as_people_type_them(typed, value):
    assert parse_number(typed)[0] == pytest.approx(value)


def test_matching_gives_credit_per_pair_and_hides_the_pairs():
    q = load(MATCH)
    assert "s1=c1" not in json.dumps(MATCH) and "Korea" in json.dumps(MATCH)
    right = [pair("s1", "c1"), pair("s2", "c2"), pair("s3", "c3")]
    assert grade(q, {"pairs": right}).score == 100
    two = grade(q, {"pairs": [pair("s1", "c1"), pair("s2", "c2"), pair("s3", "c4")]})
    assert two.score == pytest.approx(66.67) and two.questions[0].is_partial
    assert [p.credit for p in two.questions[0].parts] == [1.0, 1.0, 0.0]
    assert grade(q, {"pairs": ["junk", pair("s9", "c1")]}).score == 0


def test_cloze_weighs_its_blanks():
    q = load(CLOZE)
    full = [pair("t", "100"), pair("unit", "celsius"), pair("state", "a")]
    assert grade(q, {"fill": full}).score == 100
    result = grade(q, {"fill": [pair("t", "100,0"), pair("unit", "Kelvin"), pair("state", "b")]})
    assert result.score == 50  # the number is worth 2 of 4 points
    assert [(p.id, p.credit) for p in result.questions[0].parts] == [("t", 1.0), ("unit", 0.0), ("state", 0.0)]


def test_essay_is_never_graded_and_leaves_the_score_alone():
    q = load(ESSAY, build.true_false_question("tf", "Sky is blue?", True))
    result = grade(q, {"essay": ["My city runs night buses for carers."], "tf": ["true"]})
    assert result.score == 100 and result.pending_question_ids == ("essay",)
    essay = result.questions[0]
    assert essay.pending and not essay.missed and essay.answered and essay.earned == 0


def test_weights_give_partial_credit_and_option_feedback():
    q = load(WEIGHTED, PARTIAL_SINGLE)
    assert grade(q, {"multi": ["a", "b"]}, ["multi"]).score == 100
    assert grade(q, {"multi": ["a"]}, ["multi"]).score == 50
    assert grade(q, {"multi": ["a", "b", "c"]}, ["multi"]).score == 0
    assert grade(q, {"multi": ["c"]}, ["multi"]).questions[0].feedback == ("4 = 2 × 2",)
    assert grade(q, {"single": ["b"]}, ["single"]).score == 50
    assert grade(q, {"single": ["a"]}, ["single"]).score == 100


def test_faults_the_schema_cannot_see_are_named():
    bad = build.cloze_question("fill", "No marker here.", [build.blank("fill", "t", "numerical",
                                                                      answers=[build.numeric_answer(value=1)])])
    with pytest.raises(CourseError, match=r"\{\{t\}\}"):
        load(bad)
    broken = dict(MATCH, answer_key=build.matching_question("pairs", "x", [("s1", "a")], [("c1", "b")],
                                                            {"s1": "c1"})["answer_key"])
    with pytest.raises(CourseError, match="stem"):
        load(broken)
    with pytest.raises(CourseError):
        load(dict(SHORT, answers=[]))


def test_folding_and_wildcards():
    assert fold("  Ärger  im  Büro ", fold_accents=True) == "arger im buro"
    assert fold("ÄB", case_sensitive=True) == "ÄB"
    assert wildcard_match("colo*r", "colour") and wildcard_match("colo*r", "color")
    assert not wildcard_match(r"5\*3", "543") and wildcard_match(r"5\*3", "5*3")


# ---- the portal regrades the new types (real HTTP on 127.0.0.1) ----

@pytest.mark.integration
def test_the_portal_regrades_every_new_type(tmp_path, clock):
    import shutil

    from companion_portal.testing import running_portal

    from .conftest import SAMPLE
    from .support.portal import Caller

    package = tmp_path / "course"
    shutil.copytree(SAMPLE, package)
    data = json.loads((package / "course.json").read_text(encoding="utf-8"))
    data["quizzes"].append({"id": "bank", "title": "Practice bank",
                            "questions": [SHORT, NUMBER, MATCH, CLOZE, ESSAY, WEIGHTED]})
    (package / "course.json").write_text(json.dumps(data), encoding="utf-8")
    answers = {"capital": ["bogota"], "pi": ["3,14"], "pairs": [pair("s1", "c1"), pair("s2", "c3"), pair("s3", "c2")],
               "fill": [pair("t", "100"), pair("unit", "C"), pair("state", "a")],
               "essay": ["Our city pays carers for night shifts. " * 10], "multi": ["a"]}
    with running_portal(tmp_path / "portal", course=package, users={"ana": "secret-pw"}, clock=clock.now) as server:
        ana = Caller(server.url, "ana", "secret-pw")
        answer = ana.submit("caring-cities-2023", "quiz_attempt", "bank", {"answers": answers})
        assert answer.status_code == 201, answer.text
        # 1 + 1 + 1/3 + 1 + (essay left out) + 0.5 of 5 points
        assert answer.json()["score"] == pytest.approx(round(100 * (3 + 1 / 3 + 0.5) / 5, 2))
        shown = ana.get("/courses/caring-cities-2023/manifest").json()
        assert shown["quizzes"][-1]["questions"][0]["answers"][0]["digest"] == SHORT["answers"][0]["digest"]


def test_the_offline_search_reads_the_new_types():
    from companion.services.search import course_docs

    course = parse_manifest(json.loads(json.dumps(manifest(MATCH, CLOZE, ESSAY, PARTIAL_SINGLE))), "test")
    docs = {d.part_id: d for d in course_docs(course) if d.kind == "question"}
    assert "Lima" in docs["pairs"].body and "Chile" in docs["pairs"].body  # stems and choices
    assert "{{" not in docs["fill"].title and "____" in docs["fill"].title and "solid" in docs["fill"].body
    assert docs["essay"].title.startswith("Describe one care policy")
    assert "Partly" in docs["single"].body  # per-answer feedback is found too

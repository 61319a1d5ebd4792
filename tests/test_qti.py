"""QTI 1.2 and 2.1 read into quizzes: the real files in ../shared/real-courses (pyslet's samples, a
Canvas cartridge's assessments, text2qti's zip), quizzes text2qti writes in the test, QTI 2.1 items
written to the spec, and hostile XML."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from companion.domain.interchange.qti import image_paths, read_qti_assessment, read_qti_package
from companion.domain.interchange.report import EMPTY, TYPE_NOT_SUPPORTED, ImportReport
from companion.domain.interchange.xmltools import XmlFault
from companion.domain.quiz import grade, pair
from companion.services.course_package import parse_manifest

from .conftest import ROOT

REAL = ROOT.parent / "shared" / "real-courses"
if not REAL.is_dir():
    REAL = Path("/work/shared/real-courses")
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="the shared real-courses folder is not here")


def course_of(quizzes: list[dict]):
    """The quizzes in a course.json, through the JSON Schema and the domain's checks."""
    data = {"format": "companion-course/1", "id": "bank", "title": "Bank", "version": 1, "time_zone": "UTC",
            "starts_on": "2026-01-05", "ends_on": "2026-02-05", "lectures": [], "quizzes": quizzes}
    return parse_manifest(json.loads(json.dumps(data)), "test")


def read_file(name: str) -> tuple[list[dict], ImportReport]:
    report = ImportReport("qti_1.2")
    return read_qti_assessment((REAL / name).read_bytes(), source=name, report=report), report


def read_zip(path: Path) -> tuple[list[dict], ImportReport]:
    report = ImportReport("qti_1.2")
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        quizzes = read_qti_package(lambda n: z.read(n) if n in names else None, names, report=report)
    return quizzes, report


def by_prompt(quiz, fragment: str):
    return next(q for q in quiz.questions if fragment in q.prompt)


@needs_real
def test_pyslet_single_choice_with_a_doctype_that_is_never_fetched():
    quizzes, report = read_file("pyslet-qti12-mchc_ir_01.xml")
    quiz = course_of(quizzes).quizzes[0]
    assert report.questions_by_type() == {"single_choice": 1} and not report.skipped
    question = quiz.questions[0]
    assert [o.text for o in question.options] == ["14 mm", "15 mm", "16 mm", "17 mm", "None of the above."]
    right = next(o.id for o in question.options if o.text == "15 mm")
    assert grade(quiz, {question.id: [right]}).score == 100
    assert question.option(right).feedback == "Yes, you are right."


@needs_real
def test_pyslet_multiple_response_and_fill_in_blank():
    quizzes, report = read_file("pyslet-qti12-mrsp_ir_01.xml")
    quiz = course_of(quizzes).quizzes[0]
    assert report.questions_by_type() == {"multiple_choice": 1}
    assert len(quiz.questions[0].options) == 6 and len(quiz.questions[0].correct) >= 2

    quizzes, report = read_file("pyslet-qti12-fibs_ir_01.xml")
    quiz = course_of(quizzes).quizzes[0]
    assert report.questions_by_type() == {"short_answer": 1}
    qid = quiz.questions[0].id
    assert grade(quiz, {qid: ["S"]}).score == 100
    assert grade(quiz, {qid: ["s"]}).score == 0  # the item says case="Yes"
    assert "'S'" not in json.dumps(quizzes[0]["questions"][0]["answers"][0].get("digest", ""))


@needs_real
def test_text2qti_zip_from_the_shared_set():
    quizzes, report = read_zip(REAL / "text2qti-geometry-quiz.zip")
    quiz = course_of(quizzes).quizzes[0]
    assert quiz.title == "Basic Geometry Check" and quiz.max_attempts == 1
    assert report.questions_by_type() == {"multiple_choice": 1, "numerical": 1, "single_choice": 1, "true_false": 1}
    area = by_prompt(quiz, "area of a circle")
    assert grade(quiz, {area.id: ["12,57"]}, [area.id]).score == 100
    assert grade(quiz, {area.id: ["12.6"]}, [area.id]).score == 0
    shapes = by_prompt(quiz, "quadrilaterals")
    assert shapes.points == 2 and {shapes.option(o).text for o in shapes.correct} == {"Square", "Trapezoid"}


@needs_real
def test_canvas_cartridge_assessments_and_its_image():
    quizzes, report = read_zip(REAL / "canvas-fixture-main.imscc")
    quiz = course_of(quizzes).quizzes[0]
    # cc.multiple_choice, cc.true_false, cc.multiple_response, cc.fib x2, cc.essay x2
    assert report.questions_by_type() == {"essay": 2, "multiple_choice": 1, "short_answer": 2, "single_choice": 1,
                                          "true_false": 1}
    assert [(s.title, s.reason) for s in report.skipped] == [("QTI No Items", EMPTY)]
    assert image_paths(quizzes) == ["web_resources/QuizImages/fractal.jpg"]
    with zipfile.ZipFile(REAL / "canvas-fixture-main.imscc") as z:
        assert "web_resources/QuizImages/fractal.jpg" in z.namelist()
    number = by_prompt(quiz, "ending in a 5")
    assert [grade(quiz, {number.id: [x]}, [number.id]).score for x in ("15", "25", "20")] == [100, 100, 0]
    city = by_prompt(quiz, "Switzerland")  # a regular expression Z[uü]rich, as wildcard patterns
    assert [grade(quiz, {city.id: [x]}, [city.id]).score for x in ("Zürich", "zurich", "Geneva")] == [100, 100, 0]
    essays = [q for q in quiz.questions if q.type == "essay"]
    assert essays[0].explanation == "Sample Answer"


@needs_real
def test_a_made_up_profile_is_reported_not_guessed():
    quizzes, report = read_zip(REAL / "cc2olx-corner-cases.imscc")
    assert quizzes == []
    assert [(s.kind, s.reason, s.data.get("type")) for s in report.skipped] == [
        ("question", TYPE_NOT_SUPPORTED, "cc.strange.v0p1"), ("quiz", EMPTY, None)]


T2Q = """Quiz title: Care policy practice
Quiz description: Questions written for the importer tests.

Title: City
1.  Which city hosted the program?
a)  Madrid
... Not this one.
*b) Seoul
... Yes.
c)  Lima

Title: Services
2.  Which of these are care services?
[*] Home visits
[ ] Parking fines
[*] Day centres

Title: Name
3.  Name the care model where neighbours help each other.
*   community care
*   Community-based care

Title: Budget
4.  What share of the budget, in percent, goes to care?
=   25 +- 1

Title: Range
5.  Give a number between 10 and 20.
=   [10, 20]

Title: Essay
6.  Describe one care policy in your city.
____

Title: Upload
7.  Upload a photo of your centre.
^^^^
"""


def test_quizzes_text2qti_writes(tmp_path):
    exe = shutil.which("text2qti") or str(Path(sys.executable).parent / "text2qti")
    if not Path(exe).exists():
        pytest.skip("text2qti (the test extra) is not installed")
    (tmp_path / "quiz.md").write_text(T2Q, encoding="utf-8")
    subprocess.run([exe, "quiz.md"], cwd=tmp_path, check=True, capture_output=True, timeout=120)
    quizzes, report = read_zip(tmp_path / "quiz.zip")
    quiz = course_of(quizzes).quizzes[0]
    assert report.questions_by_type() == {"essay": 1, "multiple_choice": 1, "numerical": 2, "short_answer": 1,
                                          "single_choice": 1}
    assert [(s.reason, s.data.get("type")) for s in report.skipped] == [(TYPE_NOT_SUPPORTED, "file_upload_question")]
    city = by_prompt(quiz, "city hosted")
    madrid = next(o for o in city.options if o.text == "Madrid")
    assert madrid.feedback == "Not this one."
    name = by_prompt(quiz, "neighbours")
    assert grade(quiz, {name.id: ["Community care"]}, [name.id]).score == 100
    budget = by_prompt(quiz, "budget")
    assert [grade(quiz, {budget.id: [x]}, [budget.id]).score for x in ("25,5", "24", "27")] == [100, 100, 0]
    result = grade(quiz, {by_prompt(quiz, "Describe").id: ["We fund day centres."]})
    assert len(result.pending_question_ids) == 1


# ---- QTI 2.1, written to the specification -------------------------------------------------------

NS = 'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1"'

CHOICE_21 = f"""<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem {NS} identifier="trams" title="Trams" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
    <correctResponse><value>A</value><value>C</value></correctResponse>
    <mapping lowerBound="0" upperBound="2" defaultValue="0">
      <mapEntry mapKey="A" mappedValue="1"/><mapEntry mapKey="B" mappedValue="-1"/><mapEntry mapKey="C" mappedValue="1"/>
    </mapping>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <itemBody>
    <p>Which of these cities run trams? <img src="images/tram.png" alt="A tram"/></p>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="0">
      <simpleChoice identifier="A">Lisbon</simpleChoice>
      <simpleChoice identifier="B">Venice<feedbackInline outcomeIdentifier="FEEDBACK" identifier="B" showHide="show">Boats, not trams.</feedbackInline></simpleChoice>
      <simpleChoice identifier="C">Melbourne</simpleChoice>
    </choiceInteraction>
  </itemBody>
  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"/>
</assessmentItem>"""

CLOZE_21 = f"""<assessmentItem {NS} identifier="rivers" title="Rivers" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="R1" cardinality="single" baseType="string">
    <correctResponse><value>Seine</value></correctResponse>
    <mapping defaultValue="0"><mapEntry mapKey="Seine" mappedValue="1"/><mapEntry mapKey="La Seine" mappedValue="1"/></mapping>
  </responseDeclaration>
  <responseDeclaration identifier="R2" cardinality="single" baseType="identifier">
    <correctResponse><value>north</value></correctResponse>
  </responseDeclaration>
  <responseDeclaration identifier="R3" cardinality="single" baseType="integer">
    <correctResponse><value>777</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <p>Paris lies on the <textEntryInteraction responseIdentifier="R1" expectedLength="10"/>, which flows
    <inlineChoiceInteraction responseIdentifier="R2" shuffle="false">
      <inlineChoice identifier="north">north-west</inlineChoice><inlineChoice identifier="south">south</inlineChoice>
    </inlineChoiceInteraction> for <textEntryInteraction responseIdentifier="R3"/> km.</p>
  </itemBody>
</assessmentItem>"""

MATCH_21 = f"""<assessmentItem {NS} identifier="capitals" title="Capitals" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">
    <correctResponse><value>K SE</value><value>P LI</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="2">
      <prompt>Match each country to its capital.</prompt>
      <simpleMatchSet>
        <simpleAssociableChoice identifier="K" matchMax="1">Korea</simpleAssociableChoice>
        <simpleAssociableChoice identifier="P" matchMax="1">Peru</simpleAssociableChoice>
      </simpleMatchSet>
      <simpleMatchSet>
        <simpleAssociableChoice identifier="SE" matchMax="1">Seoul</simpleAssociableChoice>
        <simpleAssociableChoice identifier="LI" matchMax="1">Lima</simpleAssociableChoice>
        <simpleAssociableChoice identifier="QU" matchMax="1">Quito</simpleAssociableChoice>
      </simpleMatchSet>
    </matchInteraction>
  </itemBody>
</assessmentItem>"""

ESSAY_21 = f"""<assessmentItem {NS} identifier="plan" title="Plan" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>
  <itemBody><extendedTextInteraction responseIdentifier="RESPONSE" expectedLength="400">
    <prompt>Write your action plan.</prompt></extendedTextInteraction></itemBody>
</assessmentItem>"""

HOTSPOT_21 = f"""<assessmentItem {NS} identifier="map" title="Map" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"/>
  <itemBody><hotspotInteraction responseIdentifier="RESPONSE" maxChoices="1"><object type="image/png" data="m.png"/>
  </hotspotInteraction></itemBody></assessmentItem>"""

TEST_21 = f"""<assessmentTest {NS} identifier="practice" title="Practice test">
  <testPart identifier="p1" navigationMode="linear" submissionMode="individual">
    <assessmentSection identifier="s1" title="One" visible="true">
      <assessmentItemRef identifier="i1" href="items/trams.xml"/>
      <assessmentItemRef identifier="i2" href="items/rivers.xml"/>
      <assessmentItemRef identifier="i3" href="items/capitals.xml"/>
      <assessmentItemRef identifier="i4" href="items/plan.xml"/>
      <assessmentItemRef identifier="i5" href="items/map.xml"/>
      <assessmentItemRef identifier="i6" href="items/gone.xml"/>
    </assessmentSection>
  </testPart>
</assessmentTest>"""

MANIFEST_21 = """<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m">
  <organizations/>
  <resources>
    <resource identifier="t" type="imsqti_test_xmlv2p1" href="test.xml"><file href="test.xml"/></resource>
    <resource identifier="r1" type="imsqti_item_xmlv2p1" href="items/trams.xml"><file href="items/trams.xml"/></resource>
  </resources>
</manifest>"""


def test_qti21_package_with_a_test_and_every_interaction():
    files = {"imsmanifest.xml": MANIFEST_21, "test.xml": TEST_21, "items/trams.xml": CHOICE_21,
             "items/rivers.xml": CLOZE_21, "items/capitals.xml": MATCH_21, "items/plan.xml": ESSAY_21,
             "items/map.xml": HOTSPOT_21}
    report = ImportReport("qti_2.1")
    quizzes = read_qti_package(lambda n: files[n].encode() if n in files else None, list(files), report=report)
    assert [q["title"] for q in quizzes] == ["Practice test"]  # the item the test names is not a second quiz
    assert report.questions_by_type() == {"cloze": 1, "essay": 1, "matching": 1, "multiple_choice": 1}
    assert sorted((s.reason, s.data.get("type") or s.data.get("path")) for s in report.skipped) == [
        ("import.file_missing", "items/gone.xml"), (TYPE_NOT_SUPPORTED, "hotspotInteraction")]
    assert image_paths(quizzes) == ["items/images/tram.png"]
    quiz = course_of(quizzes).quizzes[0]
    trams, rivers, capitals = quiz.questions[0], quiz.questions[1], quiz.questions[2]
    ids = {o.text: o.id for o in trams.options}
    assert grade(quiz, {trams.id: [ids["Lisbon"], ids["Melbourne"]]}, [trams.id]).score == 100
    assert grade(quiz, {trams.id: [ids["Lisbon"]]}, [trams.id]).score == 50
    assert grade(quiz, {trams.id: [ids["Lisbon"], ids["Venice"]]}, [trams.id]).score == 0
    assert trams.option(ids["Venice"]).feedback == "Boats, not trams."
    assert "{{r1}}" in rivers.prompt and rivers.prompt.index("{{r1}}") < rivers.prompt.index("{{r2}}")
    north = rivers.blank("r2").option_ids[0]
    assert grade(quiz, {rivers.id: [pair("r1", "La Seine"), pair("r2", north), pair("r3", "777")]},
                 [rivers.id]).score == 100
    assert grade(quiz, {rivers.id: [pair("r1", "seine"), pair("r2", north), pair("r3", "777")]},
                 [rivers.id]).score == pytest.approx(66.67)  # the item's mapping is case sensitive
    stems = {s.text: s.id for s in capitals.stems}
    choices = {o.text: o.id for o in capitals.options}
    assert grade(quiz, {capitals.id: [pair(stems["Korea"], choices["Seoul"]), pair(stems["Peru"], choices["Lima"])]},
                 [capitals.id]).score == 100
    assert capitals.prompt == "Match each country to its capital."


def test_hostile_and_foreign_xml_is_refused_with_a_reason():
    bomb = b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><questestinterop>&b;</questestinterop>'
    with pytest.raises(XmlFault) as info:
        read_qti_assessment(bomb, source="x.xml", report=ImportReport("qti_1.2"))
    assert info.value.code == "entities"
    external = b'<?xml version="1.0"?><!DOCTYPE q [<!ENTITY e SYSTEM "file:///etc/passwd">]><questestinterop>&e;</questestinterop>'
    with pytest.raises(XmlFault):
        read_qti_assessment(external, source="x.xml", report=ImportReport("qti_1.2"))
    with pytest.raises(XmlFault) as info:
        read_qti_assessment(b"<html><body/></html>", source="x.xml", report=ImportReport("qti_1.2"))
    assert info.value.code == "not_qti"
    with pytest.raises(XmlFault):
        read_qti_assessment(b"<questestinterop><item>", source="x.xml", report=ImportReport("qti_1.2"))

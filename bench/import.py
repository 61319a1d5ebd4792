"""Question banks: a 1,000-question Moodle XML export read and checked, beside a plain parse.

    python bench/import.py [--questions 1000] [--runs 5]

The bank mixes the types Moodle exports (multichoice single and multi with fractions, truefalse,
shortanswer, numerical with units, matching, cloze, essay) in 10 categories. Measured, as medians:
  reference - xml.etree.ElementTree.fromstring of the file (parsing only, nothing understood);
  read      - read_moodle_xml (safe parse, every question built and its key sealed);
  import    - read + the JSON Schema and the domain's checks of the whole practice course
              (what `companion courses add bank.xml` does before writing the package).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = [
    """<question type="multichoice"><name><text>Choice {n}</text></name><questiontext format="html"><text><![CDATA[<p>Which answer is right for item {n}?</p>]]></text></questiontext>
<defaultgrade>1</defaultgrade><single>true</single>
<answer fraction="100" format="html"><text>Right {n}</text><feedback><text>Yes</text></feedback></answer>
<answer fraction="0" format="html"><text>Wrong {n}</text><feedback><text>No</text></feedback></answer>
<answer fraction="50" format="html"><text>Half {n}</text><feedback><text>Partly</text></feedback></answer></question>""",
    """<question type="multichoice"><name><text>Multi {n}</text></name><questiontext format="html"><text>Pick two for {n}</text></questiontext>
<single>false</single><answer fraction="50"><text>A{n}</text></answer><answer fraction="50"><text>B{n}</text></answer>
<answer fraction="-100"><text>C{n}</text></answer></question>""",
    """<question type="truefalse"><name><text>TF {n}</text></name><questiontext format="plain_text"><text>Statement {n} holds.</text></questiontext>
<answer fraction="100"><text>true</text><feedback><text>Right</text></feedback></answer><answer fraction="0"><text>false</text><feedback><text>Wrong</text></feedback></answer></question>""",
    """<question type="shortanswer"><name><text>Short {n}</text></name><questiontext format="html"><text>Name item {n}</text></questiontext>
<usecase>0</usecase><answer fraction="100"><text>item {n}</text></answer><answer fraction="50"><text>it*</text></answer></question>""",
    """<question type="numerical"><name><text>Number {n}</text></name><questiontext format="html"><text>How many for {n}?</text></questiontext>
<answer fraction="100"><text>{n}</text><tolerance>0.5</tolerance></answer>
<units><unit><multiplier>1</multiplier><unit_name>m</unit_name></unit><unit><multiplier>100</multiplier><unit_name>cm</unit_name></unit></units></question>""",
    """<question type="matching"><name><text>Match {n}</text></name><questiontext format="html"><text>Match for {n}</text></questiontext>
<subquestion><text>One {n}</text><answer><text>1</text></answer></subquestion><subquestion><text>Two {n}</text><answer><text>2</text></answer></subquestion>
<subquestion><text></text><answer><text>3</text></answer></subquestion></question>""",
    """<question type="multianswer"><name><text>Cloze {n}</text></name><questiontext format="html"><text><![CDATA[<p>Item {n} is {{1:MC:=red~blue}} and weighs {{2:NUMERICAL:={n}:1}} kg, called {{1:SA:=thing~%50%stuff}}.</p>]]></text></questiontext></question>""",
    """<question type="essay"><name><text>Essay {n}</text></name><questiontext format="html"><text>Write about {n}</text></questiontext></question>""",
]


def bank_xml(count: int) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>']
    per_category = max(1, count // 10)
    for n in range(count):
        if n % per_category == 0:
            parts.append(f'<question type="category"><category><text>$course$/Bench/Part {n // per_category + 1}'
                         '</text></category></question>')
        parts.append(KINDS[n % len(KINDS)].format(n=n))
    parts.append("</quiz>")
    return "\n".join(parts).encode("utf-8")


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from companion.domain.interchange.moodle_xml import read_moodle_xml
    from companion.domain.interchange.report import ImportReport
    from companion.services.course_package import parse_manifest

    parser = argparse.ArgumentParser()
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = bank_xml(args.questions)

    def read():
        return read_moodle_xml(data, source="bank.xml", report=ImportReport("moodle_xml"))

    def full():
        bank = read()
        manifest = {"format": "companion-course/1", "id": "bank", "title": "Bench", "version": 1,
                    "time_zone": "UTC", "starts_on": "2026-01-05", "ends_on": "2027-01-05", "lectures": [],
                    "quizzes": bank.quizzes}
        return parse_manifest(json.loads(json.dumps(manifest)), "bench")

    course = full()
    questions = sum(len(q.questions) for q in course.quizzes)
    reference = median_time(lambda: ET.fromstring(data), args.runs)
    reading = median_time(read, args.runs)
    importing = median_time(full, args.runs)
    print(f"Moodle XML bank: {questions} questions in {len(course.quizzes)} categories, {len(data) / 1e6:.2f} MB")
    print(f"  reference  ElementTree.fromstring      {reference * 1000:8.1f} ms")
    print(f"  read       read_moodle_xml             {reading * 1000:8.1f} ms  ({reading / reference:5.1f}x reference)")
    print(f"  import     read + schema + domain      {importing * 1000:8.1f} ms  ({importing / reference:5.1f}x reference)"
          f"  {'under' if importing < 1.0 else 'OVER'} the 1 s budget")


if __name__ == "__main__":
    main()

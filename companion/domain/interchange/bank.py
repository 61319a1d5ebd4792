"""A question bank read from a file: questions grouped by category, each category a practice quiz.

Moodle XML and GIFT files carry categories (``$course$/Top/Sub``); a bank becomes one quiz per
category that holds questions (``section`` = the category path, as the participant reads it), in
the order the file gives them. Files the questions show (Moodle's inline base64 ``<file>``) come
with the bank, keyed by the path they get inside the course package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import questions as build
from .report import EMPTY, QUIZZES, SECTIONS, ImportReport, question_key

PRACTICE_PASS_SCORE = 60.0
CONTEXT_PREFIXES = ("$course$", "$system$", "$module$", "$coursecategory$", "$cat1$", "top")


def category_path(raw: str) -> str:
    """``$course$/Iota/Kappa`` -> ``Iota / Kappa`` (Moodle's context and "top" levels dropped;
    ``//`` is a slash inside a name)."""
    parts = [p.replace("\x00", "/").strip() for p in raw.replace("//", "\x00").split("/")]
    parts = [p for p in parts if p]
    while parts and parts[0].lower() in CONTEXT_PREFIXES:
        parts = parts[1:]
    return " / ".join(parts)


@dataclass
class QuestionBank:
    title: str
    quizzes: list[dict] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # package path -> bytes


class BankBuilder:
    """Collects questions under the current category; :meth:`finish` makes the quizzes."""

    def __init__(self, report: ImportReport, default_title: str):
        self.report = report
        self.default_title = default_title
        self.category = ""
        self.groups: dict[str, list[dict]] = {}
        self.question_ids: set[str] = set()
        self.files: dict[str, bytes] = {}

    def set_category(self, raw: str) -> None:
        self.category = category_path(raw)

    def new_id(self, name: str) -> str:
        return build.make_id(name or "question", self.question_ids, "q")

    def add(self, question: dict) -> None:
        self.groups.setdefault(self.category, []).append(question)

    def finish(self) -> QuestionBank:
        quizzes: list[dict] = []
        quiz_ids: set[str] = set()
        for section, questions in self.groups.items():
            if not questions:
                continue
            title = section.rsplit(" / ", 1)[-1] if section else self.default_title
            quiz: dict[str, Any] = {"id": build.make_id(section or self.default_title, quiz_ids, "bank"),
                                    "title": title[:300] or "Questions", "pass_score": PRACTICE_PASS_SCORE,
                                    "questions": questions}
            if section:
                quiz["section"] = section[:500]
            if sum(q.get("points", 1.0) for q in questions) <= 0:
                for q in questions:
                    q.pop("points", None)
            quizzes.append(quiz)
            self.report.add(QUIZZES)
            if section:
                self.report.add(SECTIONS)
            for q in questions:
                self.report.add(question_key(q["type"]))
        if not quizzes:
            self.report.skip("quiz", self.default_title, EMPTY)
        return QuestionBank(self.default_title, quizzes, self.files)

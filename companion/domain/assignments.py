"""Rules for handing in assignments: word limits, file counts and types, survey answers."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import reasons
from .course import Assignment
from .reasons import Reason

WORDS_PER_PAGE = 500  # a typical single-spaced A4 page in 11-12 pt type
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def word_count(text: str) -> int:
    return len(_WORD.findall(text or ""))


@dataclass(frozen=True)
class FileFacts:
    filename: str
    mime: str
    size: int
    sha256: str


def problems(assignment: Assignment, body: Mapping, files: Sequence[FileFacts] = ()) -> list[Reason]:
    """Why this work cannot be submitted as it is (empty when it can): codes with their figures;
    ``companion.ui.words.reason`` says them."""
    out: list[Reason] = []
    if assignment.kind in ("essay", "action_plan"):
        text = body.get("text", "")
        words = word_count(text) if isinstance(text, str) else 0  # a body from elsewhere may hold anything
        if words == 0:
            out.append(Reason(reasons.TEXT_EMPTY))
        if assignment.max_words and words > assignment.max_words:
            out.append(Reason(reasons.TOO_MANY_WORDS, {"words": words, "limit": assignment.max_words}))
    if assignment.kind == "photos":
        n = len(files)
        if assignment.min_files and n < assignment.min_files:
            out.append(Reason(reasons.TOO_FEW_PHOTOS, {"minimum": assignment.min_files, "chosen": n}))
        if assignment.max_files and n > assignment.max_files:
            out.append(Reason(reasons.TOO_MANY_PHOTOS, {"maximum": assignment.max_files, "chosen": n}))
        for f in files:
            if assignment.mime and f.mime not in assignment.mime:
                out.append(Reason(reasons.WRONG_TYPE, {"filename": f.filename, "mime": f.mime,
                                                       "accepted": list(assignment.mime)}))
            if assignment.max_file_bytes and f.size > assignment.max_file_bytes:
                out.append(Reason(reasons.FILE_TOO_LARGE, {"filename": f.filename, "size": f.size,
                                                           "limit": assignment.max_file_bytes}))
    if assignment.kind == "survey":
        answers = body.get("answers", {})
        if not isinstance(answers, Mapping):  # a body from elsewhere may hold anything
            answers = {}
        for q in assignment.questions:
            value = answers.get(q.id)
            if q.required and (value is None or (isinstance(value, str) and not value.strip())):
                out.append(Reason(reasons.ANSWER_REQUIRED, {"prompt": q.prompt, "question_id": q.id}))
            elif value is not None and q.type in ("likert", "single_choice") and value not in q.options:
                out.append(Reason(reasons.NOT_A_CHOICE, {"value": value, "prompt": q.prompt, "question_id": q.id}))
    return out

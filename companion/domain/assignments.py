"""Rules for handing in assignments: word limits, file counts and types, survey answers."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .course import Assignment

WORDS_PER_PAGE = 500  # a typical single-spaced A4 page in 11-12 pt type
_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


def word_count(text: str) -> int:
    return len(_WORD.findall(text or ""))


def page_estimate(words: int) -> float:
    return words / WORDS_PER_PAGE


@dataclass(frozen=True)
class FileFacts:
    filename: str
    mime: str
    size: int
    sha256: str


def problems(assignment: Assignment, body: Mapping, files: Sequence[FileFacts] = ()) -> list[str]:
    """Why this work cannot be submitted as it is (empty when it can). Sentences, not codes."""
    out: list[str] = []
    if assignment.kind in ("essay", "action_plan"):
        words = word_count(body.get("text", ""))
        if words == 0:
            out.append("The text is empty.")
        if assignment.max_words and words > assignment.max_words:
            out.append(f"The text has {words} words; the limit is {assignment.max_words}.")
    if assignment.kind == "photos":
        n = len(files)
        if assignment.min_files and n < assignment.min_files:
            out.append(f"Add at least {assignment.min_files} photos ({n} chosen).")
        if assignment.max_files and n > assignment.max_files:
            out.append(f"At most {assignment.max_files} photos are accepted ({n} chosen).")
        for f in files:
            if assignment.mime and f.mime not in assignment.mime:
                out.append(f"{f.filename} is {f.mime}; accepted: {', '.join(assignment.mime)}.")
            if assignment.max_file_bytes and f.size > assignment.max_file_bytes:
                out.append(f"{f.filename} is {f.size / 1e6:.1f} MB; the limit is "
                           f"{assignment.max_file_bytes / 1e6:.1f} MB.")
    if assignment.kind == "survey":
        answers = body.get("answers", {})
        for q in assignment.questions:
            value = answers.get(q.id)
            if q.required and (value is None or (isinstance(value, str) and not value.strip())):
                out.append(f"Answer: \"{q.prompt}\"")
            elif value is not None and q.type in ("likert", "single_choice") and value not in q.options:
                out.append(f"\"{value}\" is not a choice for \"{q.prompt}\"")
    return out

"""What an import brought in and what it left out, as counts and codes (words are the UI's).

Readers fill one :class:`ImportReport` as they go; the services add what only they can see (files
missing from a package, sizes, hashes) and the UI and the CLI turn it into sentences in the
participant's language (``companion.ui.words``); ``companion courses --json add`` prints
:meth:`ImportReport.as_json`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

# ---- formats (ImportReport.source_format) ----
IMSCC = "imscc"  # version in ImportReport.format_version: "1.0" .. "1.3"
MOODLE_XML = "moodle_xml"
GIFT = "gift"
QTI_12 = "qti_1.2"
QTI_21 = "qti_2.1"
CCB = "ccb"  # Companion's own course file

# ---- what came in (ImportReport.counts keys; questions are counted as "question:<type>") ----
LECTURES = "lectures"
PAGES = "pages"
FILES = "files"
LINKS = "links"
TOPICS = "topics"
QUIZZES = "quizzes"
ASSIGNMENTS = "assignments"
DATES = "dates"
PLATFORM_LINKS = "platform_links"  # links inside pages to the platform's own objects (they go nowhere offline)
ON_PLATFORM = "on_platform"  # listed with their link, usable only on the platform
SECTIONS = "sections"  # question-bank categories


def question_key(question_type: str) -> str:
    return f"question:{question_type}"


# ---- why something was left out (Skipped.reason) ----
NEEDS_PLATFORM = "import.needs_platform"  # LTI tools and the like: kept as a link, data: url
TYPE_NOT_SUPPORTED = "import.type_not_supported"  # a question or resource type we do not run: data: type
FILE_MISSING = "import.file_missing"  # the package names a file it does not hold: data: path
UNREADABLE = "import.unreadable"  # the item's own file cannot be read as its format says: data: what
EMPTY = "import.empty"  # an assessment with no question we can run
TOO_MANY = "import.too_many"  # more items (or deeper nesting) than Companion takes: data: limit, count or what


@dataclass(frozen=True)
class Skipped:
    kind: str  # "question", "resource", "quiz", "file", ...
    title: str  # as the source names it (plain text; the UI shows it as plain text)
    reason: str  # one of the codes above
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportReport:
    source_format: str
    format_version: str = ""
    counts: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    course_id: str = ""
    course_title: str = ""
    updated: bool = False  # True when the same course was already here and was updated in place
    action: str = ""  # "added" | "updated" | "unchanged", once installed
    version: int | None = None  # the installed course's version

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def skip(self, kind: str, title: str, reason: str, **data: Any) -> None:
        self.skipped.append(Skipped(kind, title, reason, dict(data)))

    def questions_by_type(self) -> dict[str, int]:
        return {k.split(":", 1)[1]: v for k, v in sorted(self.counts.items()) if k.startswith("question:")}

    def skipped_by_reason(self) -> dict[str, int]:
        return dict(Counter(s.reason for s in self.skipped))

    def merge(self, other: "ImportReport") -> None:
        self.counts.update(other.counts)
        self.skipped.extend(other.skipped)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": self.source_format,
            "format_version": self.format_version,
            "course_id": self.course_id,
            "course_title": self.course_title,
            "updated": self.updated,
            "action": self.action,
            "version": self.version,
            "counts": {k: v for k, v in sorted(self.counts.items()) if not k.startswith("question:")},
            "questions": self.questions_by_type(),
            "skipped": [{"kind": s.kind, "title": s.title, "reason": s.reason, **s.data} for s in self.skipped],
        }

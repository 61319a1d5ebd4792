"""Offline search across a course: lecture notes, downloaded PDFs (page by page), quiz questions, the
explanations of quizzes whose answers were shown, assignments and live sessions.

The index (companion.store.search_index) is a cache derived from the courses and the verified
downloads. ``ensure_current`` brings one course up to date, touching only the sources whose
fingerprint changed; ``index_download`` adds a file the moment its download verifies. Returns data
(``SearchHit``), never sentences.

PDF text comes from pypdf: pure Python with no dependencies of its own (pdfminer.six brings
cryptography and charset-normalizer along), it reads ToUnicode maps of CID fonts (Korean slides),
and it gives text page by page, which is what opening a PDF at the page found needs.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

from companion.domain import reasons
from companion.domain.course import Course
from companion.domain.errors import CompanionError
from companion.domain.search import (ASSIGNMENT, EXPLANATION, LECTURE, NOTES, PDF, QUESTION, SESSION, TOPIC, flatten,
                                     snippet, spans_in, terms)
from companion.store.search_index import Doc, SearchIndex

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.store.repo import Store

    from .library import Library

log = logging.getLogger(__name__)

COURSE_SOURCE = "course"
EXTRACTION = "x2"  # bump when what is taken out of a source changes: every source is indexed again
TEXT_KINDS = ("html", "transcript")
PDF_MIME = "application/pdf"


@dataclass(frozen=True)
class SearchHit:
    course_id: str
    kind: str  # one of companion.domain.search.KINDS
    item_id: str  # lecture, quiz, assignment or live session id
    part_id: str  # material id (notes, pdf) or question id; "" otherwise
    page: int | None  # a PDF's page, from 1
    title: str
    parent_title: str  # the lecture or quiz it belongs to ("" for items themselves)
    snippet: str
    spans: tuple[tuple[int, int], ...]  # the hits inside ``snippet``
    match: str  # the original text of the first hit, for the viewer to find and highlight
    rank: float
    title_spans: tuple[tuple[int, int], ...] = ()  # the hits inside ``title``

    def __str__(self) -> str:  # what a page's select() takes
        return self.item_id

    def as_json(self) -> dict:
        return {"course_id": self.course_id, "kind": self.kind, "item_id": self.item_id, "part_id": self.part_id,
                "page": self.page, "title": self.title, "parent_title": self.parent_title,
                "title_spans": [list(s) for s in self.title_spans], "snippet": self.snippet,
                "spans": [list(s) for s in self.spans], "match": self.match,
                "rank": round(self.rank, 4)}


@dataclass(frozen=True)
class IndexReport:
    course_id: str
    sources_indexed: int
    sources_removed: int
    docs: int  # in the index for this course afterwards


# ---- text out of files -----------------------------------------------------------------------------

class _TextOf(HTMLParser):
    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "section", "article",
              "blockquote", "pre", "dd", "dt", "figcaption", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        if tag == "title":
            self.in_title = True
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1
        if tag == "title":
            self.in_title = False
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def html_text(markup: str) -> str:
    parser = _TextOf()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (empty for a page that is only a picture)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        try:
            reader.decrypt("")
        except Exception:  # noqa: BLE001 - a locked PDF simply has no searchable text
            return []
    out = []
    for page in reader.pages:
        try:
            out.append(" ".join((page.extract_text() or "").split()))
        except Exception as exc:  # noqa: BLE001 - one bad page does not cost the others
            log.warning("no text from a page of %s: %s", path, exc)
            out.append("")
    return out


def _file_fingerprint(path: Path) -> str:
    st = path.stat()
    return f"{path}:{st.st_size}:{st.st_mtime_ns}"


# ---- what a course holds ---------------------------------------------------------------------------

def course_docs(course: Course) -> list[Doc]:
    """Everything the manifest itself says that a participant may look for."""
    docs: list[Doc] = []
    for lecture in course.lectures:
        docs.append(Doc(LECTURE, lecture.id, lecture.title, lecture.summary))
        for material in lecture.materials:
            if material.kind == "topic" and material.text:
                docs.append(Doc(TOPIC, lecture.id, material.title, html_text(material.text), part_id=material.id,
                                parent_title=lecture.title))
    for quiz in course.quizzes:
        parent = quiz.title
        for question in quiz.questions:
            prompt = question.prompt
            for blank in question.blanks:  # a cloze's blanks read as gaps, their choices as words to find
                prompt = prompt.replace(blank.marker, "____")
            words = [o.text for o in question.stems] + [o.text for o in question.options if o.id not in ("true", "false")]
            words += [o.text for blank in question.blanks for o in blank.options]
            words += [o.feedback for o in question.options if o.feedback]
            docs.append(Doc(QUESTION, quiz.id, prompt, " · ".join(words), part_id=question.id, parent_title=parent))
            if question.explanation:
                docs.append(Doc(EXPLANATION, quiz.id, prompt, question.explanation, part_id=question.id,
                                parent_title=parent))
    for assignment in course.assignments:
        survey = "\n".join(q.prompt + (": " + " / ".join(q.options) if q.options else "")
                           for q in assignment.questions)
        docs.append(Doc(ASSIGNMENT, assignment.id, assignment.title,
                        "\n".join(x for x in (assignment.instructions, survey) if x)))
    for session in course.live_sessions:
        docs.append(Doc(SESSION, session.id, session.title,
                        "\n".join(x for x in (session.host, session.description) if x)))
    return docs


class SearchService:
    def __init__(self, store: "Store", library: "Library", data_dir: Path, index: SearchIndex | None = None):
        self.store = store
        self.library = library
        self.index = index or SearchIndex(data_dir)
        self._busy = threading.Lock()  # one refresh at a time; a second caller waits and finds it done

    # ---- keeping the index current ----
    def _wanted(self, course_id: str) -> dict[str, tuple[str, object]]:
        """source -> (fingerprint, how to make its docs)."""
        found = self.store.get_course(course_id)
        if found is None:
            return {}
        record, manifest = found
        course = self.library.course(course_id)
        wanted: dict[str, tuple[str, object]] = {
            COURSE_SOURCE: (f"v{record.version}:{hashlib.sha256(repr(sorted(manifest.items())).encode()).hexdigest()[:16]}",
                            lambda: course_docs(course))}
        seen: set[Path] = set()  # a file several parts show (a cartridge's page in four modules) is read once
        folder = self.library.package_dir(course_id)
        for lecture, material in course.materials():
            for variant in material.variants:
                path = folder / variant.path if variant.path else None
                if path is None or path in seen or not path.is_file():
                    continue
                seen.add(path)
                source = f"file:{material.id}:{variant.name}"
                if material.kind in TEXT_KINDS or variant.mime in ("text/html", "text/plain"):
                    wanted[source] = (_file_fingerprint(path),
                                      lambda p=path, m=material, lec=lecture, v=variant: self._text_docs(p, m, lec, v.mime))
                elif variant.mime == PDF_MIME or material.kind == "pdf":
                    wanted[source] = (_file_fingerprint(path), lambda p=path, m=material, lec=lecture: self._pdf_docs(p, m, lec))
        titles = {m.id: (lec, m) for lec, m in course.materials()}
        for record in self.store.downloads(course_id):
            if record.state != "done" or not record.path or not record.done_sha256 or record.material_id not in titles:
                continue
            lecture, material = titles[record.material_id]
            path = Path(record.path)
            source = f"file:{record.material_id}:{record.variant}"
            if source in wanted or not path.is_file():
                continue
            if record.mime == PDF_MIME or material.kind == "pdf":
                wanted[source] = (record.done_sha256, lambda p=path, m=material, lec=lecture: self._pdf_docs(p, m, lec))
            elif record.mime in ("text/html", "text/plain") or material.kind in TEXT_KINDS:
                wanted[source] = (record.done_sha256,
                                  lambda p=path, m=material, lec=lecture, mime=record.mime: self._text_docs(p, m, lec, mime))
        return wanted

    def _text_docs(self, path: Path, material, lecture, mime: str) -> list[Doc]:
        raw = path.read_text(encoding="utf-8", errors="replace")
        text = raw if mime == "text/plain" else html_text(raw)
        return [Doc(NOTES, lecture.id, material.title, text, part_id=material.id, parent_title=lecture.title)]

    def _pdf_docs(self, path: Path, material, lecture) -> list[Doc]:
        try:
            pages = pdf_pages(path)
        except Exception as exc:  # noqa: BLE001 - a damaged PDF is left out of search, nothing more
            log.warning("cannot read the text of %s: %s", path, exc)
            return []
        return [Doc(PDF, lecture.id, material.title, text, part_id=material.id, page=n, parent_title=lecture.title)
                for n, text in enumerate(pages, start=1) if text]

    def ensure_current(self, course_id: str) -> IndexReport:
        """Index what changed in a course since last time; drop what is gone."""
        with self._busy:
            wanted = self._wanted(course_id)
            have = self.index.fingerprints(course_id)
            indexed = removed = 0
            for source in have.keys() - wanted.keys():
                self.index.remove_source(course_id, source)
                removed += 1
            for source, (fingerprint, make) in wanted.items():
                fingerprint = f"{EXTRACTION}:{fingerprint}"
                if have.get(source) != fingerprint:
                    docs = [replace(d, title=flatten(d.title), body=flatten(d.body)) for d in make()]
                    self.index.replace_source(course_id, source, fingerprint, docs)
                    indexed += 1
            return IndexReport(course_id, indexed, removed, self.index.count(course_id))

    def ensure_all(self) -> list[IndexReport]:
        known = set(self.library.known_ids())
        for gone in set(self.index.courses()) - known:
            for source in self.index.fingerprints(gone):
                self.index.remove_source(gone, source)
        return [self.ensure_current(c) for c in sorted(known)]

    def course_changed(self, course_id: str) -> None:
        """Hook: a course was imported or updated."""
        try:
            self.ensure_current(course_id)
        except Exception:  # noqa: BLE001 - search is a convenience; it must never break an import
            log.exception("could not index the course %s", course_id)

    def download_verified(self, course_id: str, material_id: str, variant: str) -> None:
        """Hook: a download's sha256 matched; its text becomes searchable now."""
        self.course_changed(course_id)

    # ---- finding ----
    def revealed_quizzes(self, course_ids: list[str]) -> dict[str, set[str]]:
        """Quizzes whose explanations may be searched: those with a finished attempt (the app shows the
        correct answers and why after each finished try)."""
        return {c: {a.quiz_id for a in self.store.list_attempts(c)} for c in course_ids}

    def search(self, text: str, course_id: str | None = None, limit: int = 50) -> list[SearchHit]:
        words = terms(text)
        if not words:
            return []
        course_ids = [course_id] if course_id else self.library.known_ids()
        if course_id and course_id not in course_ids:
            raise CompanionError(f"there is no course '{course_id}'", code=reasons.UNKNOWN_COURSE,
                                 data={"course_id": course_id, "known": list(course_ids)})
        rows = self.index.search(words, course_ids=course_ids, revealed=self.revealed_quizzes(course_ids),
                                 hidden_kind=EXPLANATION, limit=limit)
        hits = []
        for r in rows:
            cut = snippet(r.body, words, folded=r.folded_body, marks=r.marks)
            title = r.title
            title_spans = spans_in(title, words)
            match = cut.match or (title[title_spans[0][0]:title_spans[0][1]] if title_spans else "")
            hits.append(SearchHit(r.course_id, r.kind, r.item_id, r.part_id, r.page, title, r.parent_title,
                                  cut.text, cut.spans, match, r.rank, title_spans))
        return hits

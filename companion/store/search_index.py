"""The search index: a derived cache in its own SQLite file (``search.sqlite3`` in the data folder).

Nothing in it is the participant's: it is rebuilt from the courses and downloaded files whenever it
is missing, damaged or of an older layout, so it needs no migrations. Text is indexed folded (no
case, no accents; see companion.domain.search) by FTS5's ``trigram`` tokenizer, which finds any
substring of three or more characters, Korean without spaces included; the original text is kept
beside it for snippets. Shorter terms are matched by a scan (instr) over the folded text.

Each indexed thing comes from a *source* (a course's manifest, one notes file, one downloaded PDF)
with a fingerprint, so keeping the index current only touches what changed.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from companion.domain import reasons
from companion.domain.errors import CompanionError

log = logging.getLogger(__name__)

INDEX_FILE = "search.sqlite3"
LAYOUT = 3  # PRAGMA user_version; a different number means: throw the file away and rebuild

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    course_id TEXT NOT NULL,
    source TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (course_id, source)
);
CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: ids cached by another process stay true
    course_id TEXT NOT NULL,
    source TEXT NOT NULL,
    kind TEXT NOT NULL,
    item_id TEXT NOT NULL,
    part_id TEXT NOT NULL DEFAULT '',
    page INTEGER,
    parent_title TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    marks TEXT  -- where each run of original characters starts in the folded body (see domain.search)
);
CREATE INDEX IF NOT EXISTS docs_source ON docs (course_id, source);
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(title, body, tokenize='trigram');
"""


@dataclass(frozen=True)
class Doc:
    """One thing a search can find; ``title`` and ``body`` are the original text."""

    kind: str
    item_id: str  # the lecture, quiz, assignment or session it belongs to
    title: str
    body: str
    part_id: str = ""  # the material or question inside the item
    page: int | None = None  # a PDF's page, from 1
    parent_title: str = ""  # e.g. the lecture a material belongs to


@dataclass(frozen=True)
class Row:
    course_id: str
    kind: str
    item_id: str
    part_id: str
    page: int | None
    parent_title: str
    title: str
    body: str
    rank: float  # smaller is better (bm25)
    folded_body: str = ""
    marks: tuple[int, ...] | None = None


class IndexUnavailable(CompanionError):
    """The index cannot be made here (no FTS5 trigram tokenizer in this SQLite, a folder not writable)."""


class SearchIndex:
    def __init__(self, folder: Path):
        self.path = Path(folder) / INDEX_FILE
        self._lock = threading.Lock()  # one writer at a time within this process
        self._ready = False
        self._meta: dict[int, tuple[str, str, str]] | None = None  # see _kinds

    # ---- the file ----
    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=15, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _open(self) -> sqlite3.Connection:
        if not self._ready:
            with self._lock:
                if not self._ready:
                    self._prepare()
                    self._ready = True
        return self._connect()

    def _prepare(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = self._connect()
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version not in (0, LAYOUT):
                    raise sqlite3.DatabaseError(f"layout {version}")
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version={LAYOUT}")
                conn.execute("SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'abc'").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:  # damaged or foreign: it is only a cache, so start again
            log.warning("rebuilding the search index %s: %s", self.path, exc)
            try:
                for suffix in ("", "-wal", "-shm"):
                    Path(str(self.path) + suffix).unlink(missing_ok=True)
                conn = self._connect()
                try:
                    conn.executescript(_SCHEMA)
                    conn.execute(f"PRAGMA user_version={LAYOUT}")
                finally:
                    conn.close()
            except (sqlite3.DatabaseError, OSError) as again:
                raise IndexUnavailable(f"search cannot keep its index in {self.path}: {again} (it needs SQLite 3.34 "
                                       f"or newer with FTS5; this Python has SQLite {sqlite3.sqlite_version})",
                                       code=reasons.SEARCH_UNAVAILABLE,
                                       data={"path": str(self.path), "problem": str(again),
                                             "sqlite": sqlite3.sqlite_version}) from None

    # ---- what is indexed ----
    def fingerprints(self, course_id: str) -> dict[str, str]:
        conn = self._open()
        try:
            return dict(conn.execute("SELECT source, fingerprint FROM sources WHERE course_id = ?", (course_id,)))
        finally:
            conn.close()

    def courses(self) -> list[str]:
        conn = self._open()
        try:
            return [r[0] for r in conn.execute("SELECT DISTINCT course_id FROM sources ORDER BY course_id")]
        finally:
            conn.close()

    def replace_source(self, course_id: str, source: str, fingerprint: str, docs: Iterable[Doc]) -> int:
        """Put ``docs`` in place of whatever ``source`` held before, in one transaction."""
        from companion.domain.search import fold, fold_marked

        docs = list(docs)
        with self._writing() as conn:
            self._delete(conn, course_id, source)
            for d in docs:
                body, marks = fold_marked(d.body)
                cur = conn.execute(
                    "INSERT INTO docs (course_id, source, kind, item_id, part_id, page, parent_title, title, body,"
                    " marks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (course_id, source, d.kind, d.item_id, d.part_id, d.page, d.parent_title, d.title, d.body,
                     None if marks is None else ",".join(map(str, marks))))
                conn.execute("INSERT INTO docs_fts (rowid, title, body) VALUES (?, ?, ?)",
                             (cur.lastrowid, fold(d.title), body))
            conn.execute("INSERT OR REPLACE INTO sources (course_id, source, fingerprint) VALUES (?, ?, ?)",
                         (course_id, source, fingerprint))
        return len(docs)

    def remove_source(self, course_id: str, source: str) -> None:
        with self._writing() as conn:
            self._delete(conn, course_id, source)
            conn.execute("DELETE FROM sources WHERE course_id = ? AND source = ?", (course_id, source))

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT, rolled back on any error), one writer at a
        time in this process; the cached index facts are dropped after it commits."""
        conn = self._open()
        try:
            with self._lock:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    yield conn
                    conn.execute("COMMIT")
                    self._meta = None
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
        finally:
            conn.close()

    @staticmethod
    def _delete(conn: sqlite3.Connection, course_id: str, source: str) -> None:
        conn.execute("DELETE FROM docs_fts WHERE rowid IN (SELECT id FROM docs WHERE course_id = ? AND source = ?)",
                     (course_id, source))
        conn.execute("DELETE FROM docs WHERE course_id = ? AND source = ?", (course_id, source))

    def count(self, course_id: str | None = None) -> int:
        conn = self._open()
        try:
            if course_id is None:
                return conn.execute("SELECT count(*) FROM docs").fetchone()[0]
            return conn.execute("SELECT count(*) FROM docs WHERE course_id = ?", (course_id,)).fetchone()[0]
        finally:
            conn.close()

    # ---- finding ----
    def _kinds(self, conn: sqlite3.Connection, wanted: int) -> dict[int, tuple[str, str, str]]:
        """doc id -> (course, kind, item), kept in memory: filtering candidates then costs no join. A doc
        this process has not seen (another process indexed it) reloads the table."""
        with self._lock:
            table = self._meta
        if table is None or wanted not in table:
            table = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, course_id, kind, item_id FROM docs")}
            with self._lock:
                self._meta = table
        return table

    def search(self, words: Sequence[str], *, course_ids: Sequence[str] | None = None,
               revealed: dict[str, set[str]] | None = None, hidden_kind: str = "explanation",
               limit: int = 50) -> list[Row]:
        """Docs holding every one of ``words`` (folded substrings), best first. Docs of ``hidden_kind``
        count only for the items ``revealed`` names per course (e.g. quizzes whose answers were shown).

        Two steps: the full-text index alone ranks the candidates (ids and scores: no join, no text
        read), they are filtered in memory, and only the chosen few are read in full."""
        words = [w for w in words if w]
        if not words:
            return []
        from companion.domain.search import MIN_TRIGRAM

        long_words = [w for w in words if len(w) >= MIN_TRIGRAM]
        short_words = [w for w in words if len(w) < MIN_TRIGRAM]
        where: list[str] = []
        args: list[object] = []
        if long_words:
            where.append("docs_fts MATCH ?")
            args.append(" AND ".join('"' + w.replace('"', '""') + '"' for w in long_words))
        for w in short_words:  # a scan: the text is folded already, so a plain substring test is exact
            where.append("(instr(docs_fts.title, ?) > 0 OR instr(docs_fts.body, ?) > 0)")
            args += [w, w]
        # without a trigram to look up, walk the index in its own order and stop once there are enough
        sql = (f"SELECT rowid, {'bm25(docs_fts, 2.0, 1.0)' if long_words else '0.0'} AS score FROM docs_fts "
               f"WHERE {' AND '.join(where)} ORDER BY {'score, rowid' if long_words else 'rowid'}")
        courses = set(course_ids) if course_ids is not None else None
        shown = {(c, i) for c, items in (revealed or {}).items() for i in items}
        conn = self._open()
        try:
            chosen: list[tuple[int, float]] = []
            table: dict[int, tuple[str, str, str]] | None = None
            for rowid, score in conn.execute(sql, args):
                if table is None or rowid not in table:
                    table = self._kinds(conn, rowid)
                course, kind, item = table.get(rowid, (None, None, None))
                if course is None or (courses is not None and course not in courses):
                    continue
                if kind == hidden_kind and (course, item) not in shown:
                    continue
                chosen.append((rowid, score))
                if len(chosen) >= limit:
                    break
            if not chosen:
                return []
            ids = [rowid for rowid, _score in chosen]
            marks = ",".join("?" * len(ids))
            full = {r[0]: r[1:] for r in conn.execute(
                f"SELECT id, course_id, kind, item_id, part_id, page, parent_title, title, body, marks FROM docs "
                f"WHERE id IN ({marks})", ids)}
            folded = dict(conn.execute(f"SELECT rowid, body FROM docs_fts WHERE rowid IN ({marks})", ids))
        finally:
            conn.close()
        out = []
        for rowid, score in chosen:
            r = full.get(rowid)
            if r is not None:
                out.append(Row(*r[:8], score, folded.get(rowid, ""),
                               tuple(map(int, r[8].split(","))) if r[8] else None))
        return out

"""One portal's shared state, handed to every route by FastAPI's dependency injection: its
configuration, its database, and a cache of parsed course models (keyed by the manifest's ETag, so
a course updated by another process is parsed again)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from companion.shared_kernel import Course as CourseModel
from companion.shared_kernel import canonical_json, course_from_manifest

from .config import PortalConfig
from .errors import ApiRefusal
from .models import Course, Participant, Token
from .receipts import load_key
from .schema import ensure

API = "/api/v1"


def make_engine(url: str) -> Engine:
    # as many connections as uvicorn's thread pool runs requests (40), so no request waits past the
    # pool's timeout for one; with --workers N a PostgreSQL needs max_connections above 40 × N
    pool = {"pool_size": 10, "max_overflow": 30}
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False}, **pool)

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # type: ignore[no-untyped-def]
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")

        return engine
    return create_engine(url, pool_pre_ping=True, **pool)


def manifest_etag(manifest: dict) -> str:
    return '"' + hashlib.sha256(canonical_json(manifest)).hexdigest() + '"'


def token_digest(token: str) -> str:
    """Tokens are stored only as their SHA-256: a copy of the database signs no one in."""
    return hashlib.sha256(token.encode()).hexdigest()


class Portal:
    def __init__(self, config: PortalConfig):
        self.config = config
        config.data_dir.mkdir(parents=True, exist_ok=True)
        config.uploads_dir.mkdir(exist_ok=True)
        self.engine = make_engine(config.database_url)
        migrate = config.migrate if config.migrate is not None else self.engine.dialect.name == "sqlite"
        ensure(self.engine, migrate_if_behind=migrate)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._courses: dict[str, tuple[str, CourseModel]] = {}
        self.receipt_key = load_key(config.data_dir, config.receipt_key)

    @contextmanager
    def db(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def now(self):
        return self.config.clock()

    def course_row(self, s: Session, course_id: str) -> Course:
        row = s.get(Course, course_id)
        if row is None:
            raise ApiRefusal(404, "unknown_course", f"There is no course '{course_id}'.")
        return row

    def course_model(self, row: Course) -> CourseModel:
        cached = self._courses.get(row.id)
        if cached is None or cached[0] != row.etag:
            cached = (row.etag, course_from_manifest(row.manifest, row.id))
            self._courses[row.id] = cached
        return cached[1]


# ---- dependencies ------------------------------------------------------------------------------

def get_portal(request: Request) -> Portal:
    return request.app.state.portal


PortalDep = Annotated[Portal, Depends(get_portal)]


def bearer(authorization: str | None) -> str | None:
    if authorization and authorization.startswith("Bearer ") and authorization[7:].strip():
        return authorization[7:].strip()
    return None


def current_participant(portal: PortalDep, authorization: str | None = Header(default=None)) -> Participant:
    token = bearer(authorization)
    if token is None:
        raise ApiRefusal(401, "unauthorized", "Sign in first: this call needs a token.",
                         headers={"WWW-Authenticate": "Bearer"})
    with portal.db() as s:
        row = s.get(Token, token_digest(token))
        if row is None or row.revoked or row.expires_at <= portal.now():
            raise ApiRefusal(401, "token_expired", "Your sign-in has expired; sign in again.",
                             headers={"WWW-Authenticate": "Bearer"})
        person = s.get(Participant, row.participant_id)
        s.expunge(person)
        return person


Who = Annotated[Participant, Depends(current_participant)]

"""One portal's shared state, handed to every route by FastAPI's dependency injection: its
configuration, its database, and a cache of parsed course models (keyed by the manifest's ETag, so
a course updated by another process is parsed again)."""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy import bindparam, create_engine, event, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from companion.shared_kernel import Course as CourseModel
from companion.shared_kernel import canonical_json, course_from_manifest

from .config import PortalConfig
from .errors import ApiRefusal
from .models import Course, Enrolment, Participant, Token
from .receipts import load_key
from .schema import ensure

API = "/api/v1"


IDLE_PING_AFTER = 10.0  # seconds a pooled connection may rest before it is checked again


def make_engine(url: str, connections: int = 40) -> Engine:
    # as many connections, all kept open, as the process runs requests at once (its thread pool:
    # PortalConfig.threads), so no request waits for one and none is opened and closed per request
    # (a PostgreSQL backend costs a fork), plus 5 in a rush (the password hashers' threads); with
    # --workers N a PostgreSQL needs max_connections above N × (threads + 5), plus a few for admin
    pool = {"pool_size": connections, "max_overflow": 5}
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False}, **pool)

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # type: ignore[no-untyped-def]
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")

        return engine
    engine = create_engine(url, **pool)
    _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: Engine) -> None:
    """A pooled connection that rested a while is pinged before use, and replaced if the database
    dropped it (restarted, or a proxy cut it). Unlike ``pool_pre_ping`` (a round trip before every
    request) a connection in steady use is not pinged."""

    @event.listens_for(engine, "checkin")
    def _rested_from(_dbapi, record):  # type: ignore[no-untyped-def]
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi, record, _proxy):  # type: ignore[no-untyped-def]
        since = record.info.get("idle_since")
        if since is not None and time.monotonic() - since > IDLE_PING_AFTER:
            try:
                engine.dialect.do_ping(dbapi)
            except Exception as exc:  # noqa: BLE001 - any failure: a fresh connection instead
                raise DisconnectionError(str(exc)) from exc


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
        self.engine = make_engine(config.database_url, config.threads)
        migrate = config.migrate if config.migrate is not None else self.engine.dialect.name == "sqlite"
        ensure(self.engine, migrate_if_behind=migrate)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # reads that need no transaction: one round trip each (no BEGIN, no COMMIT)
        self._reads = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._courses: dict[str, tuple[str, CourseModel, bytes]] = {}
        self.receipt_key = load_key(config.data_dir, config.receipt_key)
        # password hashes: one thread per core of their own, first come first served. scrypt is
        # CPU-bound by design; past the cores more at once only slows every request in the process,
        # and in a queue of its own a hash never waits behind other requests for a thread.
        self.hasher = ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="password-hash")

    @contextmanager
    def db(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back when it raises."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One transaction in plain statements (no ORM unit of work): committed when the block
        ends, rolled back when it raises."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A connection for single statements, each its own transaction (autocommit): a read that
        needs one consistent view of several statements takes ``db()`` instead."""
        with self._reads.connect() as conn:
            yield conn

    def now(self):
        return self.config.clock()

    def course(self, conn: Connection | Session, course_id: str,
               who: Participant | None = None) -> tuple[str, CourseModel, bytes]:
        """A course's (ETag, parsed model, canonical manifest bytes): only its ETag is read from the
        database, the manifest itself again only when the ETag changed (another process updated it).

        With ``who`` (every route of the participants' API) the course must have them on its roster:
        to anyone else it answers exactly as a course that does not exist (404 ``unknown_course``), in
        the same one round trip."""
        if who is None:
            etag = conn.execute(_COURSE_ETAG, {"course_id": course_id}).scalar()
        else:
            etag = conn.execute(_ENROLLED_ETAG, {"course_id": course_id, "participant_id": who.id}).scalar()
        if etag is None:
            raise ApiRefusal(404, "unknown_course", f"There is no course '{course_id}'.")
        return self._cached_course(course_id, etag, lambda: conn.execute(
            select(Course.etag, Course.manifest).where(Course.id == course_id)).one())

    def _cached_course(self, course_id: str, etag: str, load) -> tuple[str, CourseModel, bytes]:
        cached = self._courses.get(course_id)
        if cached is None or cached[0] != etag:
            loaded_etag, manifest = load()  # the ETag read with the manifest: a change meanwhile is not mislabelled
            cached = (loaded_etag, course_from_manifest(manifest, course_id), canonical_json(manifest))
            self._courses[course_id] = cached
        return cached


# ---- dependencies ------------------------------------------------------------------------------

async def get_portal(request: Request) -> Portal:
    """Async on purpose: a plain ``def`` dependency costs every request a trip through the thread
    pool (and, in a rush, a place at the back of its queue)."""
    return request.app.state.portal


PortalDep = Annotated[Portal, Depends(get_portal)]


def bearer(authorization: str | None) -> str | None:
    if authorization and authorization.startswith("Bearer ") and authorization[7:].strip():
        return authorization[7:].strip()
    return None


# built once: every request runs it (a statement built per call costs its cache key each time)
_TOKEN_HOLDER = (select(Token.revoked, Token.expires_at, *Participant.__table__.columns)
                 .join(Participant, Participant.id == Token.participant_id)
                 .where(Token.token_sha256 == bindparam("digest")))
_COURSE_ETAG = select(Course.etag).where(Course.id == bindparam("course_id"))
_ENROLLED_ETAG = (select(Course.etag)
                  .join(Enrolment, (Enrolment.course_id == Course.id)
                        & (Enrolment.participant_id == bindparam("participant_id")))
                  .where(Course.id == bindparam("course_id")))


def current_participant(portal: PortalDep, authorization: str | None = Header(default=None)) -> Participant:
    """The token's participant (a detached record), checked on every request in one round trip:
    revoked or expired tokens stop working at once, on every worker."""
    token = bearer(authorization)
    if token is None:
        raise ApiRefusal(401, "unauthorized", "Sign in first: this call needs a token.",
                         headers={"WWW-Authenticate": "Bearer"})
    with portal.read() as conn:
        row = conn.execute(_TOKEN_HOLDER, {"digest": token_digest(token)}).first()
    if row is None or row.revoked or row.expires_at <= portal.now():
        raise ApiRefusal(401, "token_expired", "Your sign-in has expired; sign in again.",
                         headers={"WWW-Authenticate": "Bearer"})
    return Participant(**{c.key: getattr(row, c.key) for c in Participant.__table__.columns})


Who = Annotated[Participant, Depends(current_participant)]

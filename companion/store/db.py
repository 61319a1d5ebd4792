"""Opening the database: SQLite in WAL mode with foreign keys, migrated by Alembic at start.

Several processes may share a data folder (two windows, a window and a CLI command): WAL lets
readers and one writer work at once, writes take the lock up front (BEGIN IMMEDIATE) and wait up to
``BUSY_TIMEOUT_MS`` for each other, and migrations run under a file lock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SQLDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from companion.domain import reasons
from companion.domain.errors import CompanionError

DB_FILE = "companion.sqlite3"
BUSY_TIMEOUT_MS = 15000
MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(CompanionError):
    pass


def head_revision(folder: Path = MIGRATIONS / "versions") -> str:
    """The newest migration's revision id, from the file names alone (``NNNN_name.py`` holds revision
    ``NNNN_name``), so start-up can skip importing Alembic when the database is already current. A
    test checks it equals Alembic's own head; a new migration needs no edit here."""
    names = sorted(p.stem for p in folder.glob("[0-9][0-9][0-9][0-9]_*.py"))
    if not names:
        raise DatabaseError(f"no migrations in {folder}")
    return names[-1]


HEAD_REVISION = head_revision()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (SQLAlchemy's pysqlite recipe)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

    return engine


class Database:
    """One SQLite file. ``read()`` and ``write()`` each give a Session for one unit of work."""

    def __init__(self, path: Path):
        self.path = path
        self.engine = _make_engine(path)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False)

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        with self._writer() as session, session.begin():
            yield session

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            exists = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
            if not exists:
                return None
            row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
            return row[0] if row else None

    def migrate(self) -> None:
        """Bring the schema to the newest revision (a no-op, without importing Alembic, when current)."""
        if self.current_revision() == HEAD_REVISION:
            return
        with FileLock(str(self.path) + ".migrate.lock", timeout=60):
            if self.current_revision() == HEAD_REVISION:
                return
            from alembic import command
            from alembic.config import Config

            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS))
            with self.engine.connect() as conn:
                config.attributes["connection"] = conn
                command.upgrade(config, "head")

    def close(self) -> None:
        self.engine.dispose()


def open_database(data_dir: Path) -> Database:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the data folder {data_dir}: {exc.strerror}", code=reasons.DATA_UNUSABLE,
                            data={"path": str(data_dir), "problem": exc.strerror or ""}) from None
    db = Database(data_dir / DB_FILE)
    try:
        db.migrate()
    except SQLDatabaseError as exc:  # locked, read-only, or not a database at all (damaged): nothing is written
        raise DatabaseError(f"cannot open the database {db.path}: {exc.orig}", code=reasons.DATA_UNUSABLE,
                            data={"path": str(db.path), "problem": str(exc.orig)}) from None
    return db

"""The portal's schema, kept by Alembic (``companion_portal/migrations``, apart from the desktop
app's own). ``companion-portal migrate`` brings a database to the newest revision; a server refuses
to start on a database that is not there, except on SQLite (a demo or one organizer's machine),
where it migrates by itself at start."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

HEAD = "0008_certperf"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
LEGACY = "0001"  # a database made by create_all before migrations existed holds this revision's tables


class SchemaError(Exception):
    """The database's schema is not the one this portal needs (a sentence for the organizer)."""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return LEGACY if inspect(conn).has_table("participants") else None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Upgrade to HEAD (one migrator at a time: a PostgreSQL advisory lock, or a file lock beside a
    SQLite database); returns (revision before, revision after)."""
    from alembic import command
    from alembic.config import Config

    before = current_revision(engine)
    if before == HEAD:
        return before, HEAD
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with _one_migrator(engine), engine.begin() as conn:
        config.attributes["connection"] = conn
        if not inspect(conn).has_table("alembic_version") and inspect(conn).has_table("participants"):
            command.stamp(config, LEGACY)
        command.upgrade(config, "head")
    return before, HEAD


class _one_migrator:
    def __init__(self, engine: Engine):
        self.engine, self.conn, self.lock = engine, None, None

    def __enter__(self):
        if self.engine.dialect.name == "postgresql":
            self.conn = self.engine.connect()
            self.conn.execute(text("SELECT pg_advisory_lock(4242001)"))
            self.conn.commit()
        elif self.engine.url.database:
            from filelock import FileLock

            self.lock = FileLock(self.engine.url.database + ".migrate.lock", timeout=120)
            self.lock.acquire()
        return self

    def __exit__(self, *exc):
        if self.conn is not None:
            self.conn.execute(text("SELECT pg_advisory_unlock(4242001)"))
            self.conn.commit()
            self.conn.close()
        if self.lock is not None:
            self.lock.release()


def ensure(engine: Engine, *, migrate_if_behind: bool) -> None:
    """Migrate (when allowed) or refuse a database whose schema is behind (or ahead of) this portal."""
    revision = current_revision(engine)
    if revision == HEAD:
        return
    if migrate_if_behind:
        migrate(engine)
        return
    where = engine.url.render_as_string(hide_password=True)
    if revision is None:
        raise SchemaError(f"the database {where} has no portal tables yet: run `companion-portal migrate "
                          f"--database URL` first")
    raise SchemaError(f"the database {where} is at schema revision {revision}, this portal needs {HEAD}: run "
                      f"`companion-portal migrate --database URL` first (with every portal process stopped "
                      f"if it is older)")

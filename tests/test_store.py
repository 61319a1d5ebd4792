"""The store: aware UTC only, migrations, and several processes on one data folder."""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import datetime, timezone

import pytest

from companion.store import open_database
from companion.store.db import DB_FILE, HEAD_REVISION, MIGRATIONS
from companion.store.repo import Store


def test_head_revision_constant_matches_alembic():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_migrations_create_every_table_in_wal_mode(data_dir):
    db = open_database(data_dir)
    db.close()
    conn = sqlite3.connect(data_dir / DB_FILE)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"courses", "quiz_attempts", "quiz_answers", "attendance", "drafts", "submissions", "settings",
            "alembic_version"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_naive_datetimes_are_refused(app):
    with pytest.raises(Exception, match="naive"):
        app.store.set_attended("caring-cities-2023", "orientation", True, "self", datetime(2023, 7, 3, 9, 0))


def test_instants_come_back_aware_utc(app):
    at = datetime(2023, 7, 3, 9, 0, tzinfo=timezone.utc)
    app.store.save_draft("caring-cities-2023", "essay", {"text": "hello"}, at)
    body, stamp = app.store.get_draft("caring-cities-2023", "essay")
    assert stamp == at and stamp.tzinfo is not None and body == {"text": "hello"}


def _writer(folder: str, n: int, worker: int) -> None:
    from companion.app import build_app

    app = build_app(folder)
    for i in range(n):
        app.store.set_setting(f"w{worker}-{i}", i)
        app.store.save_draft("caring-cities-2023", "essay", {"text": f"{worker}-{i}"},
                             datetime.now(timezone.utc))
    app.close()


def test_two_processes_on_one_data_folder(tmp_path):
    folder = tmp_path / "shared"
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(folder), 60, w)) for w in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    db = open_database(folder)
    store = Store(db)
    for w in range(3):
        for i in range(60):
            assert store.get_setting(f"w{w}-{i}") == i
    conn = sqlite3.connect(folder / DB_FILE)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    db.close()

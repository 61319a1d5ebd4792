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


def test_the_store_refuses_a_move_the_outbox_forbids(app):
    from companion.domain.outbox import InvalidTransition

    sub = app.outbox.submit("caring-cities-2023", "essay", "essay", {"text": "mine"})
    now = app.clock.now()
    with pytest.raises(InvalidTransition):
        app.store.update_submission(sub.id, now, state="draft", tries=5)
    assert app.store.get_submission(sub.id).state == "queued" and app.store.get_submission(sub.id).tries == 0
    assert app.store.update_submission(sub.id, now, state="uploading")
    assert app.store.update_submission(sub.id, now, state="delivered", receipt={"status": "accepted"})
    for state in ("queued", "uploading", "needs_attention", "kept_local", "delivered"):
        with pytest.raises(InvalidTransition):
            app.store.update_submission(sub.id, now, state=state)
    assert app.store.get_submission(sub.id).state == "delivered"
    assert app.store.update_submission(sub.id, now, tries=1)  # fields other than the state still change


def test_migration_0005_turns_old_sentences_into_codes(data_dir):
    """A database from before reasons were codes: its English sentences become codes with data, and
    the portal caches leave the settings table."""
    import json

    from alembic import command
    from alembic.config import Config

    from companion.store.db import Database

    data_dir.mkdir(parents=True, exist_ok=True)
    database = Database(data_dir / DB_FILE)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with database.engine.connect() as c:
        config.attributes["connection"] = c
        command.upgrade(config, "0004_downloads")
        c.commit()
    conn = sqlite3.connect(data_dir / DB_FILE)
    conn.execute("INSERT INTO courses (id, title, version, package_dir, manifest, imported_at, updated_at, shift_weeks)"
                 " VALUES ('c', 'C', 1, '/x', '{}', '2026-11-23 12:00:00', '2026-11-23 12:00:00', 0)")
    sentences = {
        "a": "The portal already holds another version of this item, received 2026-11-23T10:00:00Z from another "
             "computer. Send yours as well (the newest counts) or keep the portal's; nothing is deleted either way.",
        "b": "Replaced by your later submission.",
        "c": "The file me.jpg is no longer on this computer (/tmp/me.jpg); submit the assignment again with the photo.",
        "d": "The text has 650 words; the limit is 600.",
    }
    for sid, text in sentences.items():
        conn.execute("INSERT INTO submissions (id, course_id, kind, item_id, state, submitted_at, content_sha256, body,"
                     " files, last_error, tries, updated_at, clock_offset_s) VALUES (?, 'c', 'essay', 'essay',"
                     " 'needs_attention', '2026-11-23 12:00:00', 'x', '{}', '[]', ?, 0, '2026-11-23 12:00:00', 0)",
                     (sid, text))
    receipts = [{"submission_id": "s1", "item_id": "essay", "kind": "essay", "status": "accepted"}]
    for key, value in (("remote_receipts:c", receipts), ("portal_courses", ["c"]), ("manifest_etag:c", '"v1"'),
                       ("time_zone", "Asia/Seoul")):
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value)))
    conn.commit()
    conn.close()
    database.migrate()
    store = Store(database)
    reasons = {sid: store.get_submission(sid).reason for sid in sentences}
    assert reasons["a"].code == "outbox.conflict" and reasons["a"].get("received_at") == "2026-11-23T10:00:00Z"
    assert reasons["b"].code == "outbox.replaced"
    assert reasons["c"].code == "outbox.file_gone" and reasons["c"].data == {"filename": "me.jpg",
                                                                             "path": "/tmp/me.jpg"}
    assert reasons["d"].code == "outbox.refused" and "650 words" in reasons["d"].get("message")
    assert store.remote_receipts("c") == receipts
    assert store.portal_course_ids() == ["c"] and store.portal_course("c")[0] == '"v1"'
    assert store.get_setting("remote_receipts:c") is None and store.get_setting("portal_courses") is None
    assert store.get_setting("time_zone") == "Asia/Seoul"
    database.close()

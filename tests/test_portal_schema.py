"""The portal's schema under Alembic, a server that refuses an un-migrated database, and several
worker processes sharing only the database and the data folder (on PostgreSQL where installed)."""

from __future__ import annotations

import concurrent.futures
import json
import os
import socket
import subprocess
import sys
import time
import uuid

import pytest

from .conftest import ROOT, SAMPLE
from .support.portal import Caller
from .support.postgres import database_url, postgres_cluster, postgres_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"
ESSAY = {"text": "Care is a public service. " * 20}


def portal_command(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "companion_portal", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def test_the_migrations_make_exactly_the_models_tables(database_url):  # noqa: F811
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from companion_portal.core import make_engine
    from companion_portal.models import Base
    from companion_portal.schema import HEAD, current_revision, migrate

    engine = make_engine(database_url)
    assert current_revision(engine) is None
    assert migrate(engine) == (None, HEAD)
    assert migrate(engine) == (HEAD, HEAD)  # again: nothing to do
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_a_database_made_before_migrations_is_upgraded_with_its_records(tmp_path):
    """Portals before revision 0002 made their tables with create_all and had no alembic_version."""
    import sqlite3

    from companion_portal.core import make_engine
    from companion_portal.schema import HEAD, current_revision, migrate

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript("""
            CREATE TABLE participants (id VARCHAR(36) PRIMARY KEY, login VARCHAR(120) NOT NULL UNIQUE,
                name VARCHAR(200) NOT NULL, time_zone VARCHAR(64) NOT NULL, password_hash VARCHAR(300) NOT NULL);
            CREATE TABLE uploads (id VARCHAR(64) PRIMARY KEY, participant_id VARCHAR(36) NOT NULL,
                submission_id VARCHAR(36) NOT NULL, filename VARCHAR(300) NOT NULL, mime VARCHAR(100) NOT NULL,
                sha256 VARCHAR(64) NOT NULL, size INTEGER NOT NULL, verified BOOLEAN NOT NULL, path TEXT NOT NULL);
            INSERT INTO participants VALUES ('p1', 'ana', 'Ana', 'Asia/Seoul', 'x');
            INSERT INTO uploads VALUES ('u1', 'p1', 's1', 'a.jpg', 'image/jpeg', 'ab', 3, 1, '/tmp/u1');
        """)
    engine = make_engine(f"sqlite:///{path}")
    assert current_revision(engine) == "0001"
    assert migrate(engine) == ("0001", HEAD)
    engine.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT login FROM participants").fetchall() == [("ana",)]
        assert conn.execute("SELECT id, created_at IS NOT NULL, lease_until FROM uploads").fetchall() == [("u1", 1, None)]


def test_the_server_refuses_an_unmigrated_database_until_migrate(postgres_url, tmp_path):  # noqa: F811
    refused = portal_command("--database", postgres_url, "--data-dir", str(tmp_path), "--port", "0")
    assert refused.returncode == 2
    assert "has no portal tables yet: run `companion-portal migrate --database URL` first" in refused.stderr
    done = portal_command("migrate", "--database", postgres_url)
    from companion_portal.schema import HEAD

    assert done.returncode == 0 and f"schema at revision {HEAD} (was empty)" in done.stdout
    again = portal_command("migrate", "--database", postgres_url)
    assert again.returncode == 0 and "(was" not in again.stdout


@pytest.fixture
def workers(postgres_url, tmp_path):  # noqa: F811
    """`companion-portal --workers 3` on PostgreSQL: three processes sharing the database and data folder."""
    assert portal_command("migrate", "--database", postgres_url).returncode == 0
    ready = tmp_path / "ready.json"
    process = subprocess.Popen([sys.executable, "-m", "companion_portal", "--database", postgres_url, "--data-dir",
                                str(tmp_path / "data"), "--course", str(SAMPLE), "--user", "ana:secret-pw",
                                "--user", "ben:other-pw", "--port", "0", "--workers", "3", "--ready-file", str(ready)],
                               cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not ready.exists():
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the portal did not start"
        time.sleep(0.1)
    url = json.loads(ready.read_text())["url"]
    while True:  # the socket listens at once; wait until a worker answers
        try:
            Caller(url).get("/courses")
            break
        except OSError:
            assert time.monotonic() < deadline, "no worker answered"
            time.sleep(0.2)
    yield url
    process.terminate()
    process.wait(30)


def test_workers_take_a_submission_exactly_once(workers, postgres_url):  # noqa: F811
    callers = [Caller(workers, "ana", "secret-pw") for _ in range(6)]
    sid = str(uuid.uuid4())
    with concurrent.futures.ThreadPoolExecutor(12) as pool:
        answers = list(pool.map(lambda i: callers[i % 6].submit(COURSE, "essay", "essay", ESSAY, submission_id=sid),
                                range(24)))
    codes = sorted(a.status_code for a in answers)
    assert codes.count(201) == 1 and codes.count(200) == 23, codes
    assert len({a.json()["received_at"] for a in answers}) == 1
    import psycopg

    with psycopg.connect(postgres_url.replace("postgresql+psycopg", "postgresql")) as conn:
        assert conn.execute("SELECT count(*) FROM submissions WHERE id = %s", (sid,)).fetchone()[0] == 1


def test_workers_share_the_sign_in_throttle(workers):
    answers = [Caller(workers).post("/session", json={"login": "ana", "password": "guess"}).status_code
               for _ in range(8)]
    assert answers[:6] == [401] * 6 and 429 in answers[6:]  # each request may land on another worker


def test_one_writer_per_upload_across_workers(workers):
    """A PATCH still receiving on one worker holds the upload: another PATCH, on any worker, is told
    423; once the first is cut off, HEAD says how much arrived and the rest completes the file."""
    import hashlib

    ana = Caller(workers, "ana", "secret-pw")
    data = os.urandom(200_000)
    created = ana.create_upload(len(data), sha256=hashlib.sha256(data).hexdigest())
    location = created.headers["Location"]
    path = location.split("//", 1)[1].split("/", 1)[1]
    host, port = workers.removeprefix("http://").split(":")
    slow = socket.create_connection((host, int(port)))
    slow.sendall((f"PATCH /{path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {ana.token}\r\n"
                  f"Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\nContent-Type: application/offset+octet-stream\r\n"
                  f"Content-Length: {len(data)}\r\n\r\n").encode() + data[:50_000])
    tus = {"Tus-Resumable": "1.0.0"}
    busy = []
    for _ in range(6):  # six tries: they land on several workers
        deadline = time.monotonic() + 30
        while int(ana.request("HEAD", location, headers=tus).headers["Upload-Offset"]) < 50_000:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        answer = ana.request("PATCH", location, data=data[50_000:], headers={
            **tus, "Upload-Offset": "50000", "Content-Type": "application/offset+octet-stream"})
        busy.append(answer.status_code)
    assert busy == [423] * 6
    slow.close()
    deadline = time.monotonic() + 30
    while True:
        head = ana.request("HEAD", location, headers=tus)
        offset = int(head.headers["Upload-Offset"])
        answer = ana.request("PATCH", location, data=data[offset:], headers={
            **tus, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"})
        if answer.status_code == 204:
            break
        assert answer.status_code == 423 and time.monotonic() < deadline, answer.text
        time.sleep(0.1)
    assert answer.headers["Upload-Offset"] == str(len(data))  # and its sha256 matched (else 460)


def test_a_pooled_connection_the_database_dropped_is_replaced_not_failed(postgres_cluster, postgres_url,  # noqa: F811
                                                                       monkeypatch):
    """No ping per request: a connection that rested is pinged before use and, when the database
    dropped it (restarted, or a proxy cut it), replaced, so the request still succeeds."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from companion_portal import core

    engine = core.make_engine(postgres_url, connections=2)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar() == 1
    monkeypatch.setattr(core, "IDLE_PING_AFTER", 0.0)  # every rest counts as long
    postgres_cluster.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                             f"'{make_url(postgres_url).database}'")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 2")).scalar() == 2
    finally:
        engine.dispose()

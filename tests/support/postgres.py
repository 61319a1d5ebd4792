"""A throwaway PostgreSQL cluster for the tests: ``initdb`` in a temporary folder, started on a free
port of 127.0.0.1, stopped and removed at the end of the session. PostgreSQL refuses to run as root,
so as root (CI, a container) the cluster belongs to the ``postgres`` user and its commands run
through ``runuser``. Where no PostgreSQL is installed, the tests that want it are skipped, saying so."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

SKIP_REASON = ("PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH; Debian: "
               "apt-get install postgresql, which `make test` does): the portal is tested on SQLite only")


def postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


OWNER = "owner.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_clusters(bindir: Path) -> None:
    """A test session killed before its teardown leaves its cluster running: stop those whose owner
    process is gone (only clusters this module made, which name their owner)."""
    for owner in glob.glob(os.path.join(tempfile.gettempdir(), "companion-pg-*", OWNER)):
        folder = Path(owner).parent
        try:
            pid = int(Path(owner).read_text())
        except (OSError, ValueError):
            continue
        if not _alive(pid):
            cluster = Cluster.__new__(Cluster)
            cluster.bindir, cluster.as_root, cluster.folder, cluster.data = bindir, os.geteuid() == 0, folder, folder / "data"
            cluster.stop()


class Cluster:
    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.as_root = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="companion-pg-"))  # in /tmp: reachable by 'postgres'
        self.data = self.folder / "data"
        self.port = _free_port()
        (self.folder / OWNER).write_text(str(os.getpid()))
        if self.as_root:
            shutil.chown(self.folder, "postgres", "postgres")

    def run(self, *command: str) -> subprocess.CompletedProcess:
        argv = [str(self.bindir / command[0]), *command[1:]]
        if self.as_root:
            argv = ["runuser", "-u", "postgres", "--", *argv]
        return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=True)

    def start(self, durable: bool = False) -> "Cluster":
        """``durable``: fsync on, as a production portal's database runs (the benches); the tests
        run without it, being throwaway."""
        self.run("initdb", "-D", str(self.data), "-U", "companion", "--auth=trust", "-E", "UTF8", "--no-sync",
                 "--locale=C")
        safety = "" if durable else "-F -c fsync=off "
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} {safety}-c max_connections=300"
        self.run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")
        return self

    def pid(self) -> int | None:
        """The postmaster's process id (its first line of postmaster.pid), None when not running."""
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://companion@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=companion dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self) -> str:
        name = "portal_" + uuid.uuid4().hex[:12]
        self.execute(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster():
    bindir = postgres_bin()
    if bindir is None:
        pytest.skip(SKIP_REASON)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("the PostgreSQL driver is not installed (pip install 'companion[portal]')")
    remove_stale_clusters(bindir)
    cluster = Cluster(bindir).start()
    yield cluster
    cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster):
    """A fresh, empty database on the session's cluster (dropped afterwards)."""
    name = postgres_cluster.create_database()
    yield postgres_cluster.url(name)
    postgres_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """Run a test on SQLite, then on PostgreSQL (skipped, with the reason, where it is not installed)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'portal-db.sqlite3'}"
    return request.getfixturevalue("postgres_url")

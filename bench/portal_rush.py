"""Deadline rush: N participants (default 500) at once against the reference portal on 127.0.0.1.

    python bench/portal_rush.py [--participants 500] [--setups sqlite-1,postgresql-1,postgresql-4]

Each participant signs in, fetches the course manifest (nine in ten already hold its ETag and get
304), uploads one photo by tus, PUTs three submissions (an essay, a quiz attempt, an attendance) and
sends the essay once more, as a client whose answer was lost would (a repeat: 200, never a second
record). All start together (a barrier), each on its own keep-alive connection, in threads of this
process. The portal runs as `companion-portal --workers W` in its own processes: SQLite with one
worker, then PostgreSQL (a throwaway cluster, where installed) with one and with four. Printed side
by side: requests/s, p50/p99 latency (all requests, and sign-in apart: it is scrypt, CPU-bound by
design), errors, and the database's own count that every submission is there exactly once.
Sign-in throttling does not interfere: no sign-in fails.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COURSE = "caring-cities-2023"
SAMPLE = ROOT / "resources" / "courses" / COURSE
PASSWORD = "rush-hour-pw"
PHOTO = os.urandom(300_000)  # a selfie prepared for upload is a few hundred KB


def prepare(database: str, data_dir: Path, participants: int) -> None:
    """Schema, the course and N participants (one scrypt hash shared by all: setup, not the bench)."""
    from sqlalchemy import insert

    from companion_portal.admin import add_course
    from companion_portal.config import PortalConfig
    from companion_portal.core import Portal
    from companion_portal.models import Participant
    from companion_portal.passwords import hash_password

    portal = Portal(PortalConfig(database_url=database, data_dir=data_dir, migrate=True))
    add_course(portal, SAMPLE)
    digest = hash_password(PASSWORD)
    with portal.db() as s:
        s.execute(insert(Participant), [{"id": str(uuid.uuid4()), "login": f"p{i:04d}", "name": f"P {i}",
                                         "time_zone": "Asia/Seoul", "password_hash": digest}
                                        for i in range(participants)])
    portal.engine.dispose()


def start_portal(database: str, data_dir: Path, workers: int) -> tuple[subprocess.Popen, str]:
    ready = data_dir / "ready.json"
    with open(data_dir / "portal.log", "w") as log:  # a file, not a pipe: nobody reads a pipe during the rush
        process = subprocess.Popen([sys.executable, "-m", "companion_portal", "--database", database, "--data-dir",
                                    str(data_dir), "--port", "0", "--workers", str(workers), "--ready-file",
                                    str(ready)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log,
                                   env=dict(os.environ, PYTHONPATH=str(ROOT)))
    deadline = time.monotonic() + 120
    while not ready.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the portal did not start: {(data_dir / 'portal.log').read_text()[-2000:]}")
        time.sleep(0.1)
    url = json.loads(ready.read_text())["url"]
    import requests

    while True:  # until a worker answers
        try:
            requests.get(url + "/api/v1/courses", timeout=30)
            return process, url
        except requests.RequestException:
            if time.monotonic() > deadline:
                process.terminate()
                process.wait(60)
                raise
            time.sleep(0.2)


class Participant(threading.Thread):
    def __init__(self, url: str, index: int, etag: str | None, barrier: threading.Barrier, results: list):
        super().__init__(daemon=True)
        import requests

        self.url, self.index, self.etag, self.barrier, self.results = url + "/api/v1", index, etag, barrier, results
        self.http = requests.Session()
        self.timings: list[tuple[str, float, bool]] = []  # (what, seconds, as expected)
        self.errors: list[str] = []

    def call(self, what: str, method: str, path: str, expected: tuple[int, ...], **kwargs):
        started = time.perf_counter()
        try:
            answer = self.http.request(method, path if path.startswith("http") else self.url + path, timeout=120,
                                       **kwargs)
            ok = answer.status_code in expected
            if not ok:
                self.errors.append(f"{what} {answer.status_code} {answer.text[:120]}")
        except Exception as exc:  # noqa: BLE001 - a reset or a timeout is an error of the run, counted
            answer, ok = None, False
            self.errors.append(f"{what} {exc.__class__.__name__}")
        self.timings.append((what, time.perf_counter() - started, ok))
        return answer if ok else None

    def run(self) -> None:
        from companion.domain.digest import content_sha256

        self.barrier.wait()
        signed = self.call("sign-in", "POST", "/session", (200,), json={"login": f"p{self.index:04d}",
                                                                         "password": PASSWORD})
        if signed is None:
            self.results.append(self.timings)
            return
        self.http.headers["Authorization"] = "Bearer " + signed.json()["token"]
        headers = {"If-None-Match": self.etag} if self.etag and self.index % 10 else {}
        self.call("manifest", "GET", f"/courses/{COURSE}/manifest", (200, 304), headers=headers)
        meta = {"filename": "selfie.jpg", "mime": "image/jpeg", "sha256": hashlib.sha256(PHOTO).hexdigest(),
                "submission_id": str(uuid.uuid4())}
        import base64

        created = self.call("tus", "POST", "/uploads/", (201,), headers={
            "Tus-Resumable": "1.0.0", "Upload-Length": str(len(PHOTO)),
            "Upload-Metadata": ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in meta.items())})
        if created is not None:
            self.call("tus", "PATCH", created.headers["Location"], (204,), data=PHOTO, headers={
                "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        now = datetime.now(timezone.utc).isoformat()
        sent = []
        for kind, item, body in (("essay", "essay", {"text": f"Participant {self.index} on caring cities. " * 30}),
                                 ("quiz_attempt", "quiz-1", {"answers": {"q1": ["true"]}}),
                                 ("attendance", "orientation", {})):
            sid = str(uuid.uuid4())
            payload = {"kind": kind, "item_id": item, "submitted_at": now, "clock_offset_s": 0.0, "body": body,
                       "files": [], "content_sha256": content_sha256(kind, item, body, [])}
            self.call("submit", "PUT", f"/courses/{COURSE}/submissions/{sid}", (201,), json=payload)
            sent.append((sid, payload))
        sid, payload = sent[0]  # the essay again: its first answer was "lost"
        self.call("submit", "PUT", f"/courses/{COURSE}/submissions/{sid}", (200,), json=payload)
        self.results.append(self.timings)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def counts(database: str, participants: int) -> dict:
    from sqlalchemy import func, select

    from companion_portal.core import make_engine
    from companion_portal.models import Submission

    engine = make_engine(database)
    with engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(Submission)).scalar()
        distinct = conn.execute(select(func.count(func.distinct(Submission.id)))).scalar()
        per = conn.execute(select(Submission.participant_id, Submission.kind, func.count())
                           .group_by(Submission.participant_id, Submission.kind)).all()
    engine.dispose()
    expected = 3 * participants
    doubled = sum(n - 1 for _p, _k, n in per if n > 1)
    return {"stored": total, "expected": expected, "lost": max(0, expected - (total - doubled)), "doubled": doubled,
            "distinct_ids": distinct}


def rush(url: str, participants: int) -> tuple[list, float]:
    import requests

    signed = requests.post(url + "/api/v1/session", json={"login": "p0000", "password": PASSWORD}, timeout=60).json()
    etag = requests.get(f"{url}/api/v1/courses/{COURSE}/manifest", timeout=60,
                        headers={"Authorization": "Bearer " + signed["token"]}).headers.get("ETag")
    barrier = threading.Barrier(participants + 1)
    results: list = []
    threads = [Participant(url, i, etag, barrier, results) for i in range(participants)]
    for t in threads:
        t.start()
    barrier.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    errors = [e for t in threads for e in t.errors]
    for text in sorted(set(errors))[:5]:
        print(f"  error ×{errors.count(text)}: {text}")
    return [x for r in results for x in r], wall


def run_setup(name: str, participants: int, cluster) -> dict:
    engine_name, workers = name.rsplit("-", 1)
    work = Path(tempfile.mkdtemp(prefix=f"companion-rush-{name}-"))
    if engine_name == "sqlite":
        database = f"sqlite:///{work / 'portal.sqlite3'}"
    else:
        database = cluster.url(cluster.create_database())
    prepare(database, work, participants)
    process, url = None, ""
    try:
        process, url = start_portal(database, work, int(workers))
        timings, wall = rush(url, participants)
    finally:
        if process is not None:
            process.terminate()
            process.wait(60)
    faults = [line for line in (work / "portal.log").read_text(errors="replace").splitlines()
              if line and not line.startswith((" ", "Traceback", "INFO"))]
    for line in sorted(set(faults))[:5]:
        print(f"  portal log ×{faults.count(line)}: {line[:200]}")
    found = counts(database, participants)
    everything = [t for _w, t, _ok in timings]
    signins = [t for w, t, _ok in timings if w == "sign-in"]
    others = [t for w, t, _ok in timings if w != "sign-in"]
    return {"setup": name, "requests": len(timings), "wall_s": wall, "rps": len(timings) / wall,
            "p50": percentile(everything, 0.5), "p99": percentile(everything, 0.99),
            "p50_other": percentile(others, 0.5), "p99_other": percentile(others, 0.99),
            "p50_signin": percentile(signins, 0.5), "p99_signin": percentile(signins, 0.99),
            "errors": sum(1 for *_x, ok in timings if not ok), **found}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--setups", default="sqlite-1,postgresql-1,postgresql-4")
    args = parser.parse_args()
    from tests.support.postgres import Cluster, postgres_bin

    cluster = None
    setups = args.setups.split(",")
    if any(s.startswith("postgresql") for s in setups):
        if postgres_bin() is None:
            print("PostgreSQL is not installed: its setups are left out")
            setups = [s for s in setups if not s.startswith("postgresql")]
        else:
            cluster = Cluster(postgres_bin()).start()
    rows = []
    try:
        for name in setups:
            print(f"{name}: {args.participants} participants…", flush=True)
            rows.append(run_setup(name, args.participants, cluster))
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"\nDeadline rush, {args.participants} participants at once, {os.cpu_count()} cores "
          "(client threads and portal on the same machine)")
    header = ("setup", "requests", "wall s", "req/s", "p50 ms", "p99 ms", "p50/p99 ms w/o sign-in",
              "sign-in p50/p99 ms", "errors", "stored/expected", "lost", "doubled")
    print(" | ".join(header))
    for r in rows:
        print(" | ".join([r["setup"], str(r["requests"]), f"{r['wall_s']:.1f}", f"{r['rps']:.0f}",
                          f"{r['p50'] * 1000:.0f}", f"{r['p99'] * 1000:.0f}",
                          f"{r['p50_other'] * 1000:.0f}/{r['p99_other'] * 1000:.0f}",
                          f"{r['p50_signin'] * 1000:.0f}/{r['p99_signin'] * 1000:.0f}", str(r["errors"]),
                          f"{r['stored']}/{r['expected']}", str(r["lost"]), str(r["doubled"])]))
    return 0 if all(r["errors"] == 0 and r["lost"] == 0 and r["doubled"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

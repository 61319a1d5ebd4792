"""Deadline rush: N participants (default 500) against the reference portal on 127.0.0.1.

    python bench/portal_rush.py [--participants 500] [--setups sqlite-1,postgresql-1,postgresql-4]
                                [--windows 0,60] [--sign-in 1.0] [--arrivals random|even]

Each participant signs in, fetches the course manifest (nine in ten already hold its ETag and get
304), uploads one photo (300 KB) by tus, PUTs three submissions (an essay, a quiz attempt, an
attendance) and sends the essay once more, as a client whose answer was lost would (a repeat: 200,
never a second record): 8 requests, one after another on its own keep-alive connection.

How they arrive, per ``--windows`` (seconds, each run side by side):
  0   all at the same instant (a burst: the worst case, which no real cohort produces);
  W   open-loop arrivals spread over the last W seconds before the deadline: ``random`` is a Poisson
      process (given N arrivals in the window, their times are independent and uniform), ``even``
      one every W/N s. 500 in 60 s is far denser than any real last hour.

``--sign-in F``: the fraction of participants who sign in during the rush (default 1: every one, as
the issue asks). A real participant's app keeps its token in the keyring for 30 days, so on a
deadline evening almost nobody signs in; those who do not use a token issued beforehand.

The portal runs as ``companion-portal --workers W`` in its own processes: SQLite with one worker,
then PostgreSQL (a throwaway cluster, run durably: fsync on, as in production) with one and with
four. The client is one asyncio event loop speaking plain HTTP/1.1 on raw sockets, cheap enough to
measure the portal rather than itself; its CPU time is printed beside the portal's. Printed per
setup and window: requests/s, p50/p99 latency (all requests, without sign-in, and sign-in alone: it
is scrypt, CPU-bound by design), errors, and the database's own count that every submission is there
exactly once. Sign-in throttling does not interfere: no sign-in fails.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import json
import math
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COURSE = "caring-cities-2023"
SAMPLE = ROOT / "resources" / "courses" / COURSE
PASSWORD = "rush-hour-pw"
PHOTO = os.urandom(300_000)  # a selfie prepared for upload is a few hundred KB
PHOTO_SHA = hashlib.sha256(PHOTO).hexdigest()
THREADS = int(os.environ.get("RUSH_THREADS", "40"))  # each worker's --threads (kept at the default; to try others)


def prepare(database: str, data_dir: Path, participants: int) -> dict[int, str]:
    """Schema, the course and N participants (one scrypt hash shared by all: setup, not the bench),
    and a token issued beforehand for each (used by those who do not sign in during the rush)."""
    from sqlalchemy import insert

    from companion_portal.admin import add_course
    from companion_portal.config import PortalConfig
    from companion_portal.core import Portal, token_digest
    from companion_portal.models import Enrolment, Participant, Token
    from companion_portal.passwords import hash_password

    portal = Portal(PortalConfig(database_url=database, data_dir=data_dir, migrate=True))
    course_id = add_course(portal, SAMPLE, weeks_before_deadlines())
    digest = hash_password(PASSWORD)
    ids = [str(uuid.uuid4()) for _ in range(participants)]
    tokens = {i: secrets.token_urlsafe(32) for i in range(participants)}
    expires = datetime.now(timezone.utc) + timedelta(days=30)
    with portal.db() as s:
        s.execute(insert(Participant), [{"id": ids[i], "login": f"p{i:04d}", "name": f"P {i}",
                                         "time_zone": "Asia/Seoul", "password_hash": digest}
                                        for i in range(participants)])
        s.execute(insert(Token), [{"token_sha256": token_digest(tokens[i]), "participant_id": ids[i],
                                   "expires_at": expires, "revoked": False} for i in range(participants)])
        now = datetime.now(timezone.utc)
        s.execute(insert(Enrolment), [{"course_id": course_id, "participant_id": ids[i], "enrolled_at": now}
                                      for i in range(participants)])  # all on the course's roster
    portal.engine.dispose()
    return tokens


def weeks_before_deadlines() -> int:
    """Shift the sample course so its first deadline is still ahead (within a week): a rush before
    the deadline, every submission on time, as on a real deadline evening."""
    from companion.shared_kernel import load_package

    course = load_package(SAMPLE).course
    first = min(x.due.instant() for x in (*course.assignments, *course.quizzes) if x.due)
    return math.ceil((datetime.now(timezone.utc) - first) / timedelta(weeks=1))


def start_portal(database: str, data_dir: Path, workers: int) -> tuple[subprocess.Popen, str]:
    ready = data_dir / "ready.json"
    with open(data_dir / "portal.log", "w") as log:  # a file, not a pipe: nobody reads a pipe during the rush
        process = subprocess.Popen([sys.executable, "-m", "companion_portal", "--database", database, "--data-dir",
                                    str(data_dir), "--port", "0", "--workers", str(workers), "--threads", str(THREADS), "--ready-file",
                                    str(ready)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log,
                                   env=dict(os.environ, PYTHONPATH=str(ROOT)))
    deadline = time.monotonic() + 120
    while not ready.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the portal did not start: {(data_dir / 'portal.log').read_text()[-2000:]}")
        time.sleep(0.1)
    url = json.loads(ready.read_text())["url"]
    import requests

    answered = 0
    while answered < 3 * workers:  # until the workers answer (each has imported everything)
        try:
            requests.get(url + "/api/v1/courses", timeout=30)
            answered += 1
        except requests.RequestException:
            if time.monotonic() > deadline:
                process.terminate()
                process.wait(60)
                raise
            time.sleep(0.2)
    return process, url


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and all its descendants (Linux /proc), 0 where unreadable."""
    tick = os.sysconf("SC_CLK_TCK")
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue
    return total


# ---- the client: plain HTTP/1.1 over asyncio streams -------------------------------------------

class Connection:
    """One keep-alive connection, one request at a time (as a participant's app uses it)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> tuple[int, dict, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Content-Length: {len(body)}"]
        head += [f"{k}: {v}" for k, v in headers.items()]
        self.writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
        await self.writer.drain()
        status_line, *lines = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(status_line.split(" ", 2)[1])
        got = {}
        for line in lines:
            if line:
                k, _, v = line.partition(":")
                got[k.strip().lower()] = v.strip()
        if got.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
                parts.append(await self.reader.readexactly(size + 2))
                if size == 0:
                    break
            payload = b"".join(p[:-2] for p in parts)
        else:
            payload = await self.reader.readexactly(int(got.get("content-length", "0")))
        if got.get("connection", "").lower() == "close":
            self.close()
        return status, got, payload

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


class Participant:
    def __init__(self, url: str, index: int, etag: str | None, token: str | None):
        parts = urlsplit(url)
        self.connection = Connection(parts.hostname, parts.port)
        self.index, self.etag, self.token = index, etag, token
        self.timings: list[tuple[str, float, bool]] = []  # (what, seconds, as expected)
        self.errors: list[str] = []

    async def call(self, what: str, method: str, path: str, expected: tuple[int, ...], headers: dict | None = None,
                   body: bytes = b"") -> tuple[int, dict, bytes] | None:
        headers = dict(headers or {})
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        started = time.perf_counter()
        try:
            answer = await asyncio.wait_for(self.connection.request(method, path, headers, body), 120)
            ok = answer[0] in expected
            if not ok:
                self.errors.append(f"{what} {answer[0]} {answer[2][:120]!r}")
        except Exception as exc:  # noqa: BLE001 - a reset or a timeout is an error of the run, counted
            answer, ok = None, False
            self.connection.close()
            self.errors.append(f"{what} {exc.__class__.__name__}")
        self.timings.append((what, time.perf_counter() - started, ok))
        return answer if ok else None

    async def run(self, at: float, sign_in: bool) -> None:
        from companion.domain.digest import content_sha256

        await asyncio.sleep(max(0.0, at - time.perf_counter()))
        api = "/api/v1"
        if sign_in:
            signed = await self.call("sign-in", "POST", api + "/session", (200,), {"Content-Type": "application/json"},
                                     json.dumps({"login": f"p{self.index:04d}", "password": PASSWORD}).encode())
            if signed is None:
                return
            self.token = json.loads(signed[2])["token"]
        headers = {"If-None-Match": self.etag} if self.etag and self.index % 10 else {}
        await self.call("manifest", "GET", f"{api}/courses/{COURSE}/manifest", (200, 304), headers)
        meta = {"filename": "selfie.jpg", "mime": "image/jpeg", "sha256": PHOTO_SHA, "submission_id": str(uuid.uuid4())}
        created = await self.call("tus", "POST", api + "/uploads/", (201,), {
            "Tus-Resumable": "1.0.0", "Upload-Length": str(len(PHOTO)),
            "Upload-Metadata": ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in meta.items())})
        if created is not None:
            await self.call("tus", "PATCH", urlsplit(created[1]["location"]).path, (204,), {
                "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"},
                PHOTO)
        now = datetime.now(timezone.utc).isoformat()
        sent = []
        for kind, item, body in (("essay", "essay", {"text": f"Participant {self.index} on caring cities. " * 30}),
                                 ("quiz_attempt", "quiz-1", {"answers": {"q1": ["true"]}}),
                                 ("attendance", "orientation", {})):
            sid = str(uuid.uuid4())
            payload = json.dumps({"kind": kind, "item_id": item, "submitted_at": now, "clock_offset_s": 0.0,
                                  "body": body, "files": [],
                                  "content_sha256": content_sha256(kind, item, body, [])}).encode()
            await self.call("submit", "PUT", f"{api}/courses/{COURSE}/submissions/{sid}", (201,),
                            {"Content-Type": "application/json"}, payload)
            sent.append((sid, payload))
        sid, payload = sent[0]  # the essay again: its first answer was "lost"
        await self.call("submit", "PUT", f"{api}/courses/{COURSE}/submissions/{sid}", (200,),
                        {"Content-Type": "application/json"}, payload)
        self.connection.close()


def arrivals(participants: int, window: float, how: str, rng: random.Random) -> list[float]:
    """Offsets (s) from the start at which each participant begins."""
    if window <= 0:
        return [0.0] * participants
    if how == "even":
        return [window * i / participants for i in range(participants)]
    return [rng.uniform(0, window) for _ in range(participants)]  # Poisson, given N arrivals in the window


async def rush(url: str, tokens: dict[int, str], window: float, how: str, sign_in: float,
               seed: int) -> tuple[list, float, list[str]]:
    import requests

    etag = requests.get(f"{url}/api/v1/courses/{COURSE}/manifest", timeout=60,
                        headers={"Authorization": "Bearer " + tokens[0]}).headers.get("ETag")
    rng = random.Random(seed)
    n = len(tokens)
    signing = set(rng.sample(range(n), round(sign_in * n)))
    people = [Participant(url, i, etag, None if i in signing else tokens[i]) for i in range(n)]
    offsets = arrivals(n, window, how, rng)
    start = time.perf_counter() + 0.5
    await asyncio.gather(*(p.run(start + at, i in signing) for i, (p, at) in enumerate(zip(people, offsets))))
    wall = time.perf_counter() - start
    return [t for p in people for t in p.timings], wall, [e for p in people for e in p.errors]


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
        per = conn.execute(select(Submission.participant_id, Submission.kind, func.count())
                           .group_by(Submission.participant_id, Submission.kind)).all()
    engine.dispose()
    expected = 3 * participants
    doubled = sum(n - 1 for _p, _k, n in per if n > 1)
    return {"stored": total, "expected": expected, "lost": max(0, expected - (total - doubled)), "doubled": doubled}


def run_setup(name: str, window: float, args, cluster) -> dict:
    engine_name, workers = name.rsplit("-", 1)
    work = Path(tempfile.mkdtemp(prefix=f"companion-rush-{name}-"))
    if engine_name == "sqlite":
        database = f"sqlite:///{work / 'portal.sqlite3'}"
    else:
        database = cluster.url(cluster.create_database())
    tokens = prepare(database, work, args.participants)
    process, url = None, ""
    try:
        process, url = start_portal(database, work, int(workers))
        db_pid = cluster.pid() if engine_name != "sqlite" else None
        db_before = cpu_seconds(db_pid) if db_pid else 0.0
        portal_before, client_before = cpu_seconds(process.pid), time.process_time()
        timings, wall, errors = asyncio.run(rush(url, tokens, window, args.arrivals, args.sign_in, args.seed))
        portal_cpu, client_cpu = cpu_seconds(process.pid) - portal_before, time.process_time() - client_before
        load = os.getloadavg()[0]  # the machine's 1-minute load as the rush ends (other work on it too)
        db_cpu = cpu_seconds(db_pid) - db_before if db_pid else float("nan")
    finally:
        if process is not None:
            process.terminate()
            process.wait(60)
    for text in sorted(set(errors))[:5]:
        print(f"  error ×{errors.count(text)}: {text}")
    faults = [line for line in (work / "portal.log").read_text(errors="replace").splitlines()
              if line and not line.startswith((" ", "Traceback", "INFO"))]
    for line in sorted(set(faults))[:5]:
        print(f"  portal log ×{faults.count(line)}: {line[:200]}")
    found = counts(database, args.participants)
    everything = [t for _w, t, _ok in timings]
    signins = [t for w, t, _ok in timings if w == "sign-in"]
    others = [t for w, t, _ok in timings if w != "sign-in"]
    return {"setup": name, "window": window, "requests": len(timings), "wall_s": wall, "rps": len(timings) / wall,
            "p50": percentile(everything, 0.5), "p99": percentile(everything, 0.99),
            "p50_other": percentile(others, 0.5), "p99_other": percentile(others, 0.99),
            "p50_signin": percentile(signins, 0.5), "p99_signin": percentile(signins, 0.99),
            "errors": sum(1 for *_x, ok in timings if not ok), "client_cpu": client_cpu, "portal_cpu": portal_cpu,
            "db_cpu": db_cpu, "load": load,
            **found}


def ms(value: float) -> str:
    return "–" if value != value else f"{value * 1000:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--setups", default="sqlite-1,postgresql-1,postgresql-4")
    parser.add_argument("--windows", default="0,60", help="arrival windows in seconds, comma-separated; 0: all at "
                                                          "the same instant")
    parser.add_argument("--window", type=float, help="one arrival window (instead of --windows)")
    parser.add_argument("--arrivals", choices=("random", "even"), default="random",
                        help="random: a Poisson process over the window; even: evenly spaced")
    parser.add_argument("--sign-in", type=float, default=1.0, metavar="FRACTION",
                        help="fraction of participants who sign in during the rush (the rest hold a token)")
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()
    windows = [args.window] if args.window is not None else [float(w) for w in args.windows.split(",")]
    from tests.support.postgres import Cluster, postgres_bin

    cluster = None
    setups = args.setups.split(",")
    if any(s.startswith("postgresql") for s in setups):
        if postgres_bin() is None:
            print("PostgreSQL is not installed: its setups are left out")
            setups = [s for s in setups if not s.startswith("postgresql")]
        else:
            cluster = Cluster(postgres_bin()).start(durable=True)
    rows = []
    try:
        for name in setups:
            for window in windows:
                print(f"{name}, window {window:g} s: {args.participants} participants…", flush=True)
                rows.append(run_setup(name, window, args, cluster))
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"\nDeadline rush, {args.participants} participants, {args.sign_in:.0%} sign in, {os.cpu_count()} cores "
          f"(client and portal on the same machine; load: the 1-minute load average as each rush ended); "
          f"window 0 = all at once, else {args.arrivals} arrivals over the window")
    header = ("setup", "window s", "requests", "wall s", "req/s", "p50 ms", "p99 ms", "w/o sign-in p50/p99 ms",
              "sign-in p50/p99 ms", "errors", "stored/expected", "lost", "doubled", "portal CPU s", "PostgreSQL CPU s", "client CPU s", "load")
    print(" | ".join(header))
    for r in rows:
        print(" | ".join([r["setup"], f"{r['window']:g}", str(r["requests"]), f"{r['wall_s']:.1f}", f"{r['rps']:.0f}",
                          ms(r["p50"]), ms(r["p99"]), f"{ms(r['p50_other'])}/{ms(r['p99_other'])}",
                          f"{ms(r['p50_signin'])}/{ms(r['p99_signin'])}", str(r["errors"]),
                          f"{r['stored']}/{r['expected']}", str(r["lost"]), str(r["doubled"]),
                          f"{r['portal_cpu']:.1f}",
                          "–" if r["db_cpu"] != r["db_cpu"] else f"{r['db_cpu']:.1f}", f"{r['client_cpu']:.1f}", f"{r['load']:.1f}"]))
    return 0 if all(r["errors"] == 0 and r["lost"] == 0 and r["doubled"] == 0 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

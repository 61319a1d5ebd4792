"""The organizer's desk under a 500-participant course, beside the participants' API in the same run.

    python bench/desk.py [--participants 500] [--rounds 60]

The portal runs in this process (uvicorn on 127.0.0.1, SQLite) with the sample course; N participants
(inserted directly, one shared password hash: scrypt per participant would only time the setup) each
with an essay and a photos submission. Printed, as p50/p95 over ``--rounds`` requests one after
another (time to the last byte, measured by the client on the same machine):
  - the desk's submissions page of the course (2N rows), beside the participants' progress route;
  - a Zoom participants report of N rows: the preview (read, summed, matched) and the recording;
  - the zip of the essays (N) and of the photos (3 per participant, ``--photo-kb`` each), streamed:
    MB/s beside reading the same files from disk, and this process's resident memory (sampled every
    10 ms) before and at its peak during the download;
  - a roster file of N new participants (UTF-8 with a byte-order mark, semicolons): the preview and
    the import (one transaction), then their N first passwords (scrypt; at most 100 per request);
  - the size on the wire of the participants page and of attendance by hand with 2N people.
"""

from __future__ import annotations

import argparse
import os
import threading
import re
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.shared_kernel import load_package, resources_dir  # noqa: E402
from companion_portal.models import Enrolment, Participant, Submission, Upload  # noqa: E402
from companion_portal.passwords import hash_password  # noqa: E402
from companion_portal.testing import running_portal  # noqa: E402

COURSE = "caring-cities-2023"
SAMPLE = resources_dir() / "courses" / COURSE


def quantiles(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"p50 {statistics.median(ordered) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"


def timed(call, rounds: int) -> list[float]:
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        answer = call()
        answer.content  # noqa: B018 - to the last byte
        assert answer.status_code in (200, 303), answer.status_code
        out.append(time.perf_counter() - start)
    return out


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def seed(app, n: int, photo_kb: int, folder: Path) -> list[tuple[str, str]]:
    portal = app.state.portal
    digest = hash_password("participant-pw")
    received = datetime(2023, 7, 10, 12, tzinfo=timezone.utc)
    people = []
    with portal.db() as s:
        for i in range(n):
            pid, login = str(uuid.uuid4()), f"p{i:04d}@example.org"
            people.append((login, f"Participant {i:04d}"))
            s.add(Participant(id=pid, login=login, name=f"Participant {i:04d}", time_zone="Asia/Seoul",
                              password_hash=digest))
            s.flush()
            s.add(Enrolment(course_id=COURSE, participant_id=pid, enrolled_at=received))  # on the roster
            files = []
            for k in range(3):
                upload_id = uuid.uuid4().hex
                path = folder / upload_id
                path.write_bytes(os.urandom(photo_kb * 1024))
                s.add(Upload(id=upload_id, participant_id=pid, submission_id="x", filename=f"selfie {k}.jpg",
                             mime="image/jpeg", sha256="0" * 64, size=photo_kb * 1024, verified=True, path=str(path),
                             created_at=received))
                files.append({"upload_url": f"/api/v1/uploads/{upload_id}", "sha256": "0" * 64,
                              "filename": f"selfie {k}.jpg", "mime": "image/jpeg", "size": photo_kb * 1024})
            for kind, item in (("essay", "essay"), ("photos", "selfies")):
                s.add(Submission(id=str(uuid.uuid4()), course_id=COURSE, participant_id=pid, kind=kind, item_id=item,
                                 content_sha256="0" * 64, body={"text": "An essay. " * 50} if kind == "essay" else {},
                                 files=files if kind == "photos" else [], submitted_at=received, clock_offset_s=0.0,
                                 received_at=received + timedelta(minutes=i), status="late" if i % 7 == 0 else "accepted",
                                 reason="", score=None, on_time_by="arrival"))
    return people


def zoom_report(people: list[tuple[str, str]]) -> bytes:
    lines = ["Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants",
             "812 3456 7890,Live session,07/04/2023 09:58:12 AM,07/04/2023 11:32:40 AM,host@example.org,95,500", "",
             "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent"]
    for i, (login, name) in enumerate(people):
        email = login if i % 10 else ""  # one in ten joined without e-mail: matched by name
        lines.append(f"{name},{email},07/04/2023 10:00:00 AM,07/04/2023 11:00:00 AM,{20 + i % 90},No,")
    return ("\n".join(lines) + "\n").encode("utf-8")


def roster_file(n: int) -> bytes:
    lines = ["Nombre;Correo electrónico;Zona horaria;Idioma"]
    zones = ("Asia/Seoul", "Europe/Madrid", "America/Bogota", "")
    for i in range(n):
        lines.append(f"Persona Nueva {i:04d};new{i:04d}@example.org;{zones[i % 4]};{('es', 'ko', 'en', '')[i % 4]}")
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def wire_kb(answer) -> str:
    size = int(answer.headers.get("content-length") or len(answer.content))
    return f"{size / 1024:.0f} KB on the wire ({answer.headers.get('content-encoding', 'identity')}, " \
           f"{len(answer.content) / 1024:.0f} KB of HTML)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--photo-kb", type=int, default=200)
    args = parser.parse_args()
    session_id = load_package(SAMPLE).course.live_sessions[0].id
    with tempfile.TemporaryDirectory() as tmp, running_portal(Path(tmp) / "portal", course=SAMPLE,
                                                              users={"ana": "secret-pw"}) as server:
        photos = Path(tmp) / "photos"
        photos.mkdir()
        people = seed(server.app, args.participants, args.photo_kb, photos)
        server.app.state.add_organizer("kim", "desk-password-1", "Kim", [COURSE])
        desk = requests.Session()
        form = desk.get(server.url + "/desk/sign-in").text
        token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        assert desk.post(server.url + "/desk/sign-in", data={"login": "kim", "password": "desk-password-1",
                                                             "csrf": token}).status_code == 200
        api = requests.Session()
        signed = api.post(server.url + "/api/v1/session", json={"login": people[0][0], "password": "participant-pw"})
        api.headers["Authorization"] = "Bearer " + signed.json()["token"]
        page = desk.get(server.url + f"/desk/courses/{COURSE}")
        print(f"{args.participants} participants, {2 * args.participants} submissions; the page is "
              f"{len(page.content) / 1024:.0f} KB ({len(page.text)} chars), "
              f"{int(page.headers.get('content-length', 0)) / 1024:.0f} KB gzipped on the wire" if "gzip" in
              page.headers.get("content-encoding", "") else f"{len(page.content) / 1024:.0f} KB on the wire")
        for _ in range(5):  # warm
            desk.get(server.url + f"/desk/courses/{COURSE}")
        print(f"desk submissions page          {quantiles(timed(lambda: desk.get(server.url + f'/desk/courses/{COURSE}'), args.rounds))}")
        print(f"participants' progress (API)   {quantiles(timed(lambda: api.get(server.url + f'/api/v1/courses/{COURSE}/progress'), args.rounds))}")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        report = zoom_report(people)
        start = time.perf_counter()
        preview = desk.post(server.url + f"/desk/courses/{COURSE}/attendance/preview",
                            data={"csrf": csrf, "session_id": session_id, "minimum": "30"},
                            files={"report": ("participants.csv", report, "text/csv")})
        preview_s = time.perf_counter() - start
        assert preview.status_code == 200, preview.text[:500]
        ids = re.findall(r'name="present" value="([^"]+)"[^>]*checked', preview.text)
        start = time.perf_counter()
        done = desk.post(server.url + f"/desk/courses/{COURSE}/attendance",
                         data={"csrf": csrf, "session_id": session_id, "present": ids}, allow_redirects=False)
        record_s = time.perf_counter() - start
        assert done.status_code == 303, done.text[:300]
        print(f"Zoom report of {len(people)} rows ({len(report) / 1024:.0f} KB): preview {preview_s * 1000:.0f} ms "
              f"({len(ids)} present by the 30-minute rule), recording {record_s * 1000:.0f} ms")
        roster = roster_file(len(people))
        start = time.perf_counter()
        shown = desk.post(server.url + f"/desk/courses/{COURSE}/participants/import", data={"csrf": csrf},
                          files={"roster": ("roster.csv", roster, "text/csv")})
        roster_preview_s = time.perf_counter() - start
        assert shown.status_code == 200, shown.text[:500]
        staged = re.search(r'name="token" value="([^"]+)"', shown.text).group(1)
        start = time.perf_counter()
        done = desk.post(server.url + f"/desk/courses/{COURSE}/participants/import/confirm",
                         data={"csrf": csrf, "token": staged}, allow_redirects=False)
        roster_import_s = time.perf_counter() - start
        assert done.status_code == 303 and done.headers["location"].endswith(f"imported={len(people)}"), done.text[:300]
        print(f"roster of {len(people)} new rows ({len(roster) / 1024:.0f} KB): preview {roster_preview_s * 1000:.0f} ms, "
              f"import {roster_import_s * 1000:.0f} ms (together {(roster_preview_s + roster_import_s) * 1000:.0f} ms)")
        batches, handed, start = [], 0, time.perf_counter()
        while handed < len(people):  # at most 100 a request (PASSWORD_BATCH)
            begun = time.perf_counter()
            given = desk.post(server.url + f"/desk/courses/{COURSE}/participants/passwords", data={"csrf": csrf})
            batches.append(time.perf_counter() - begun)
            count = given.text.count('class="secret"')
            assert given.status_code == 200 and count, given.text[:300]
            handed += count
        passwords_s = time.perf_counter() - start
        print(f"first passwords for those {len(people)}: {len(batches)} requests of at most 100, "
              f"{min(batches):.1f}-{max(batches):.1f} s each, {passwords_s:.1f} s in all (scrypt n=2^14, "
              f"{passwords_s / len(people) * 1000:.0f} ms per password on this machine); a page is {wire_kb(given)}")
        listing = desk.get(server.url + f"/desk/courses/{COURSE}/participants", headers={"Accept-Encoding": "gzip"},
                           stream=True)
        raw = listing.raw.read()
        print(f"participants page with {2 * len(people) + 1} people: {len(raw) / 1024:.0f} KB on the wire "
              f"({listing.headers.get('content-encoding', 'identity')})")
        ticks = desk.get(server.url + f"/desk/courses/{COURSE}/sessions/{session_id}", stream=True)
        raw = ticks.raw.read()
        print(f"attendance by hand with {2 * len(people) + 1} people: {len(raw) / 1024:.0f} KB on the wire "
              f"({ticks.headers.get('content-encoding', 'identity')})")
        start = time.perf_counter()
        on_disk = sum(len(p.read_bytes()) for p in photos.iterdir())
        disk_s = time.perf_counter() - start
        for item in ("essay", "selfies"):
            before, peak, stop = rss_mb(), [0.0], threading.Event()

            def sample() -> None:
                while not stop.is_set():
                    peak[0] = max(peak[0], rss_mb())
                    time.sleep(0.01)

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            start, got = time.perf_counter(), 0
            with desk.get(server.url + f"/desk/courses/{COURSE}/assignments/{item}/download", stream=True) as answer:
                assert answer.status_code == 200
                for chunk in answer.iter_content(1 << 16):
                    got += len(chunk)
            took = time.perf_counter() - start
            stop.set()
            sampler.join()
            print(f"zip of {item:8s} {got / 1e6:7.1f} MB in {took:5.2f} s = {got / 1e6 / took:6.0f} MB/s; "
                  f"process memory {before:.0f} MB before, {peak[0]:.0f} MB at most while streaming")
        print(f"reference: reading the {on_disk / 1e6:.0f} MB of photos from disk (page cache) in this run: "
              f"{on_disk / 1e6 / disk_s:.0f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

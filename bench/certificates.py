"""Certificates on the desk for a 500-participant course, beside the participants' API in the same run.

    python bench/certificates.py [--participants 500] [--rounds 40]

The portal runs in this process (uvicorn on 127.0.0.1, SQLite) with the sample course; N participants
(inserted directly, one shared password hash) who each attended every live session and delivered every
required assignment and passed every quiz (rows inserted as the routes would), so all N meet the rules.
Printed (time to the last byte, measured by the client on the same machine):
  - the desk's certificates page (N rows, each participant's checklist computed by the shared kernel),
    p50/p95, beside the participants' progress route (one checklist); and the server's CPU time for
    the page's data beside one participant's standing (steadier than the wall clock on a shared machine);
  - issuing N certificates in one form post (recorded at once; each PDF is printed when first asked for);
  - the first listing of one participant's certificates (it prints the PDF), then 20 more participants'
    first listings (each printing its own), and the PDF's size;
  - the public verification page for a known code, p50/p95;
  - the app's two calls once printed: the listing and the PDF download, p50/p95.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.shared_kernel import load_package, resources_dir  # noqa: E402
from companion_portal.models import Attendance, Enrolment, Participant, Submission  # noqa: E402
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
        assert answer.status_code == 200, answer.status_code
        out.append(time.perf_counter() - start)
    return out


def cpu_line(portal, rounds: int) -> str:
    """CPU time (this process) of the page's data — the standing of everyone in the course and the
    rows — beside one participant's standing (what the progress route computes): steadier than the
    wall clock on a machine shared with other work."""
    from sqlalchemy import select

    from companion_portal.desk.certificates import _certificates_page
    from companion_portal.models import CourseOrganizer
    from companion_portal.standing import standings

    with portal.read() as conn:
        organizer = conn.execute(select(CourseOrganizer.organizer_id).where(CourseOrganizer.course_id == COURSE)).scalar()
        pid = conn.execute(select(Participant.id).where(Participant.login == "p0000")).scalar()

    def one() -> None:
        with portal.read() as conn:
            standings(conn, portal.course(conn, COURSE)[1], portal.now(), [pid])

    out = []
    for call in (lambda: _certificates_page(portal, organizer, COURSE), one):
        times = []
        for _ in range(rounds):
            start = time.process_time()
            call()
            times.append(time.process_time() - start)
        out.append(statistics.median(times) * 1000)
    return f"median {out[0]:6.1f} ms   (one participant's: {out[1]:.1f} ms)"


def seed(app, n: int) -> None:
    course = load_package(SAMPLE).course
    portal = app.state.portal
    digest = hash_password("participant-pw")
    at = datetime(2023, 7, 10, 12, tzinfo=timezone.utc)
    with portal.db() as s:
        for i in range(n):
            pid = str(uuid.uuid4())
            s.add(Participant(id=pid, login=f"p{i:04d}", name=f"참가자 {i:04d} Ñúñez", time_zone="Asia/Seoul",
                              password_hash=digest))
            s.flush()
            s.add(Enrolment(course_id=COURSE, participant_id=pid, enrolled_at=at))  # on the roster
            for session in course.live_sessions:
                s.add(Attendance(course_id=COURSE, session_id=session.id, participant_id=pid))
            items = [("quiz_attempt", q.id, 90.0) for q in course.quizzes]
            items += [(a.kind, a.id, None) for a in course.assignments if a.required]
            for kind, item, score in items:
                s.add(Submission(id=str(uuid.uuid4()), course_id=COURSE, participant_id=pid, kind=kind, item_id=item,
                                 content_sha256="0" * 64, body={}, files=[], submitted_at=at, received_at=at,
                                 status="accepted", score=score))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, running_portal(Path(tmp), course=SAMPLE,
                                                               clock=lambda: datetime(2023, 7, 30, 12,
                                                                                      tzinfo=timezone.utc)) as server:
        state = server.app.state
        seed(server.app, args.participants)
        state.add_participant("ana", "secret-pw", "Ana", "Asia/Seoul", [COURSE])
        state.add_organizer("kim", "desk-password-1", "Kim", [COURSE])
        desk = requests.Session()
        form = desk.get(server.url + "/desk/sign-in").text
        token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        assert desk.post(server.url + "/desk/sign-in", data={"login": "kim", "password": "desk-password-1",
                                                             "csrf": token}).status_code == 200
        page_url = f"{server.url}/desk/courses/{COURSE}/certificates"
        page = desk.get(page_url).text
        ids = re.findall(r'name="participant" value="([^"]+)"', page)
        assert len(ids) == args.participants, len(ids)
        ana = requests.Session()
        ana.headers["Authorization"] = "Bearer " + ana.post(server.url + "/api/v1/session", json={
            "login": "p0000", "password": "participant-pw"}).json()["token"]
        print(f"{args.participants} participants, all meeting the rules; {args.rounds} rounds each")
        print(f"  desk certificates page       {quantiles(timed(lambda: desk.get(page_url), args.rounds))}"
              f"   {len(desk.get(page_url).content) / 1024:.0f} KB")
        progress = f"{server.url}/api/v1/courses/{COURSE}/progress"
        print(f"  participants' progress route {quantiles(timed(lambda: ana.get(progress), args.rounds))}")
        print(f"  server CPU, page's standing  {cpu_line(state.portal, args.rounds)}")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        start = time.perf_counter()
        issued = desk.post(page_url, data={"csrf": csrf, "participant": ids, "language": "ko"})
        took = time.perf_counter() - start
        assert issued.status_code == 200 and f"{args.participants} certificate" in issued.text, issued.status_code
        print(f"  issuing {args.participants} certificates      {took * 1000:7.0f} ms in all (recorded; printed when "
              f"first asked for)")
        listing = f"{server.url}/api/v1/courses/{COURSE}/certificates"
        start = time.perf_counter()
        first = ana.get(listing).json()["certificates"][0]
        print(f"  first listing (prints it)    {(time.perf_counter() - start) * 1000:7.0f} ms, PDF {first['size'] / 1024:.0f} KB")
        firsts = []
        for i in range(1, 21):
            other = requests.Session()
            other.headers["Authorization"] = "Bearer " + other.post(server.url + "/api/v1/session", json={
                "login": f"p{i:04d}", "password": "participant-pw"}).json()["token"]
            firsts += timed(lambda: other.get(listing), 1)
        print(f"  20 more first listings       {quantiles(firsts)}")
        code = first["code"]
        public = requests.Session()
        verify = f"{server.url}/desk/verify?code={code}"
        print(f"  verification page            {quantiles(timed(lambda: public.get(verify), args.rounds))}")
        print(f"  app: listing                 {quantiles(timed(lambda: ana.get(listing), args.rounds))}")
        pdf = server.url + ana.get(listing).json()["certificates"][0]["pdf_url"]
        print(f"  app: PDF download            {quantiles(timed(lambda: ana.get(pdf), args.rounds))}")


if __name__ == "__main__":
    main()
